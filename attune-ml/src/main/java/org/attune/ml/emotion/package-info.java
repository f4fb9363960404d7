/**
 * The trained emotion head (GoEmotions, 27 emotions and neutral, multi-label) over the sentence embeddings the pipeline
 * already computed, and the analyzer that reads every author's text and sentences with it.
 */
package org.attune.ml.emotion;
