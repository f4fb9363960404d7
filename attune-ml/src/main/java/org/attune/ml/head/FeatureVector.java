package org.attune.ml.head;

/**
 * Features as a dense prefix and a sparse tail: embeddings are dense, tf-idf is mostly zeros. {@code indexes} are
 * absolute feature positions (at or after {@code dense.length}), ascending, with their {@code values}.
 */
public record FeatureVector(float[] dense, int[] indexes, float[] values, int size) {
    /** Dense features only. */
    public static FeatureVector dense(float[] x) {
        return new FeatureVector(x, new int[0], new float[0], x.length);
    }

    public float[] toDense() {
        float[] x = java.util.Arrays.copyOf(dense, size);
        for (int k = 0; k < indexes.length; k++) {
            x[indexes[k]] = values[k];
        }
        return x;
    }

    /** {@code w . x}. */
    public double dot(float[] w) {
        double z = 0;
        for (int j = 0; j < dense.length; j++) {
            z += w[j] * dense[j];
        }
        for (int k = 0; k < indexes.length; k++) {
            z += w[indexes[k]] * values[k];
        }
        return z;
    }
}
