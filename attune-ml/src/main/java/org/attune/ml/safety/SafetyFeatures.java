package org.attune.ml.safety;

import java.util.List;

import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;

/**
 * The features of the C-SSRS head, the same at training and run time: the mean and the element-wise maximum of the
 * counted sentences' embeddings (z-scored), then tf-idf of their words. A single sentence is a valid input, which is
 * how each sentence gets its own score for the evidence.
 */
public final class SafetyFeatures {
    private SafetyFeatures() {
    }

    /** Mean and max of the vectors, concatenated; zeros when there are none. */
    public static float[] pooled(List<float[]> vectors, int dimension) {
        float[] out = new float[2 * dimension];
        if (vectors.isEmpty()) {
            return out;
        }
        java.util.Arrays.fill(out, dimension, 2 * dimension, Float.NEGATIVE_INFINITY);
        for (float[] v : vectors) {
            for (int d = 0; d < dimension; d++) {
                out[d] += v[d] / vectors.size();
                out[dimension + d] = Math.max(out[dimension + d], v[d]);
            }
        }
        return out;
    }

    public static FeatureVector features(float[] pooled, String text, Standardizer standardizer,
            TfidfFeaturizer tfidf) {
        TfidfFeaturizer.Sparse words = tfidf.transform(text, standardizer.size());
        return new FeatureVector(standardizer.transform(pooled), words.indexes(), words.values(),
                standardizer.size() + tfidf.size());
    }
}
