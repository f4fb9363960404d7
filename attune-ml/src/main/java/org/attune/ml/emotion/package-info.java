/**
 * The emotion heads (GoEmotions, 27 emotions and neutral, multi-label): the one over the fine-tuned branch of the
 * encoder, the default, and the one over the frozen sentence embeddings; and the analyzer that reads every author's
 * text and sentences with one of them.
 */
package org.attune.ml.emotion;
