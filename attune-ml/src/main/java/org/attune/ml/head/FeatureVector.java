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
        double z = dot(w, dense, dense.length);
        for (int k = 0; k < indexes.length; k++) {
            z += w[indexes[k]] * values[k];
        }
        return z;
    }

    /**
     * {@code a . b} over the first {@code n} places, in four running sums: one sum waits on each addition before the
     * next, four let the processor overlap them.
     */
    private static double dot(float[] a, float[] b, int n) {
        double z0 = 0;
        double z1 = 0;
        double z2 = 0;
        double z3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            z0 += a[j] * b[j];
            z1 += a[j + 1] * b[j + 1];
            z2 += a[j + 2] * b[j + 2];
            z3 += a[j + 3] * b[j + 3];
        }
        for (; j < n; j++) {
            z0 += a[j] * b[j];
        }
        return (z0 + z1) + (z2 + z3);
    }
}
