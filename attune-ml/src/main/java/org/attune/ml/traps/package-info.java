/**
 * Thinking traps: the trained sentence model (an any-trap gate and a head per trap over the pipeline's sentence
 * embeddings and tf-idf) and the analyzer that reports, per author, the sentences that show traps.
 */
package org.attune.ml.traps;
