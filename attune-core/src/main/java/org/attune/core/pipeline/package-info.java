/**
 * The analysis pipeline: {@link org.attune.core.pipeline.Analyzer}s that declare the
 * {@link org.attune.core.pipeline.Layer}s they require and provide, checked when the
 * {@link org.attune.core.pipeline.Pipeline} is built and run over batches of threads.
 */
package org.attune.core.pipeline;
