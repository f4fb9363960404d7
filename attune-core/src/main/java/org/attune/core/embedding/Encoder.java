package org.attune.core.embedding;

import java.util.ArrayList;
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

    /**
     * Encodes several groups of texts; a vector depends only on the texts of its own group, never on other groups
     * (a quantised model's activations may depend on what shares a batch). The engine makes one group per thread, so a
     * thread's result does not depend on what else is being analysed. The default encodes group after group.
     */
    default List<float[][]> encodeGroups(List<List<String>> groups) {
        List<float[][]> out = new ArrayList<>(groups.size());
        for (List<String> g : groups) {
            out.add(g.isEmpty() ? new float[0][] : encode(g));
        }
        return out;
    }

    /**
     * Encodes each group of sentences as one passage, in one pass, and gives each sentence the mean of its tokens'
     * vectors: every sentence is read in the context of its neighbours, and a document costs one encoder pass rather
     * than one per sentence. Vectors depend only on their own group. The default encodes sentence by sentence.
     */
    default List<float[][]> encodeInContext(List<List<String>> groups) {
        return encodeGroups(groups);
    }

    /**
     * A passage's sentence vectors; from an encoder with a fine-tuned branch that several heads share, what the branch
     * read (else null); and what each dedicated branch (one read by one model alone) read, by the branch's name.
     */
    record Passage(float[][] vectors, BranchStates branch, Map<String, BranchStates> dedicated) {
        public Passage(float[][] vectors, BranchStates branch) {
            this(vectors, branch, Map.of());
        }
    }

    /**
     * As {@link #encodeInContext}, with the branch's reading of every sentence when the encoder has one (the same pass
     * runs both). The default has no branch.
     */
    default List<Passage> readInContext(List<List<String>> groups) {
        List<Passage> out = new ArrayList<>(groups.size());
        for (float[][] v : encodeInContext(groups)) {
            out.add(new Passage(v, null));
        }
        return out;
    }

    /** The model files by name with their sha256, for provenance. */
    Map<String, String> files();

    @Override
    default void close() {
    }
}
