/**
 * Sentence embeddings: the {@link org.attune.core.embedding.Encoder} contract that the ML module implements, and the
 * analyzer that encodes all sentences of a batch in one call.
 */
package org.attune.core.embedding;
