package org.attune.core.embedding;

import java.util.Map;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/**
 * One unit vector per sentence of a thread, aligned with the sentences layer, and, when the encoder has a fine-tuned
 * branch that several heads share, what the branch read of each sentence ({@code branch} is null otherwise), and what
 * each dedicated branch (read by one model alone) read, by the branch's name. The arrays are not copied: treat them as
 * read-only.
 */
public record SentenceEmbeddings(int dimension, float[][] vectors, BranchStates branch,
        Map<String, BranchStates> dedicated) {
    public SentenceEmbeddings(int dimension, float[][] vectors) {
        this(dimension, vectors, null);
    }

    public SentenceEmbeddings(int dimension, float[][] vectors, BranchStates branch) {
        this(dimension, vectors, branch, Map.of());
    }

    public SentenceEmbeddings {
        dedicated = Map.copyOf(dedicated);
        if (branch != null && branch.means().length != vectors.length
                || dedicated.values().stream().anyMatch(b -> b.means().length != vectors.length)) {
            throw new IllegalArgumentException("a branch must read every sentence");
        }
    }

    /** What the dedicated branch {@code name} read, or null when the encoder ran no branch of that name. */
    public BranchStates dedicated(String name) {
        return dedicated.get(name);
    }

    /**
     * What the encoder's branch read, for a model that reads it ({@code reader} names that model in the error): null
     * only when there is no sentence at all, which no branch reads.
     *
     * @throws AttuneException if there are sentences and the encoder ran no branch
     */
    public BranchStates requireBranch(String reader) {
        if (branch == null && vectors.length > 0) {
            throw new AttuneException(ErrorCode.MODEL, reader + " reads the encoder's fine-tuned branch, and the "
                    + "encoder runs none");
        }
        return branch;
    }

    public int size() {
        return vectors.length;
    }

    public float[] get(int sentenceIndex) {
        return vectors[sentenceIndex];
    }

    /** The length-weighted mean of the given sentences' vectors, L2-normalised; zeros when none is given. */
    public float[] mean(int[] sentenceIndexes, int[] weights) {
        float[] out = new float[dimension];
        for (int k = 0; k < sentenceIndexes.length; k++) {
            float[] v = vectors[sentenceIndexes[k]];
            for (int d = 0; d < dimension; d++) {
                out[d] += weights[k] * v[d];
            }
        }
        double norm = 0;
        for (float x : out) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dimension; d++) {
                out[d] *= inv;
            }
        }
        return out;
    }
}
