/**
 * Emotions: the shapes of what the emotion analysis says of each author (GoEmotions' 27 emotions and neutral, for the
 * author's text as a whole and per sentence, with spans). The trained analysis lives in attune-ml.
 */
package org.attune.core.emotion;
