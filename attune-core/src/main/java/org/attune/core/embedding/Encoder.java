package org.attune.core.embedding;

import java.util.List;
import java.util.Map;

/**
 * A sentence encoder: text in, one unit-length vector per text out. Implementations are shared by all threads of a
 * process and must be safe to call concurrently.
 */
public interface Encoder extends AutoCloseable {
    /** Stable id of the model ("bge-small-en-v1.5-int8"). */
    String id();

    int dimension();

    /** One L2-normalised vector per text, in order. Texts longer than the model's window are encoded by windows. */
    float[][] encode(List<String> texts);

    /** The model files by name with their sha256, for provenance. */
    Map<String, String> files();

    @Override
    default void close() {
    }
}
