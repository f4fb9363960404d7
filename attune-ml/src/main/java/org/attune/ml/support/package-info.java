/**
 * Reply quality, trained: EPITOME empathy levels with rationale sentences and ESConv support strategies per
 * sentence, read from the sentence embeddings the pipeline already computed (no second encoder pass) and tf-idf.
 */
package org.attune.ml.support;
