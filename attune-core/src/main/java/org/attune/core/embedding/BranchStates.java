package org.attune.core.embedding;

/**
 * What an encoder's fine-tuned branch (a copy of its top layers trained for one head, run on the same pass) reads in
 * a passage: per sentence, the mean of its content tokens' states (not normalised: the head was trained on these
 * means) and how many tokens that is. A sentence without tokens has a zero vector and a count of 0. The arrays are not
 * copied: treat them as read-only.
 */
public record BranchStates(float[][] means, int[] tokens) {
    public BranchStates {
        if (means.length != tokens.length) {
            throw new IllegalArgumentException("one token count per sentence");
        }
    }

    /** The mean over the tokens of the given sentences (each sentence weighted by its token count); zeros if none. */
    public float[] mean(int[] sentenceIndexes) {
        int dimension = means.length == 0 ? 0 : means[0].length;
        float[] out = new float[dimension];
        long total = 0;
        for (int s : sentenceIndexes) {
            for (int d = 0; d < dimension; d++) {
                out[d] += tokens[s] * means[s][d];
            }
            total += tokens[s];
        }
        if (total > 0) {
            for (int d = 0; d < dimension; d++) {
                out[d] /= total;
            }
        }
        return out;
    }
}
