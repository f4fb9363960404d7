package org.attune.core.embedding;

import java.util.List;
import java.util.Map;

/**
 * A deterministic stand-in for a model: each word is hashed into one of 16 dimensions, and the counts are
 * L2-normalised. Enough to test the pipeline's mechanics without native code.
 */
public final class HashingEncoder implements Encoder {
    public static final int DIMENSION = 16;

    @Override
    public String id() {
        return "hashing-test.v1";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][] encode(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int t = 0; t < texts.size(); t++) {
            float[] v = new float[DIMENSION];
            v[0] = 1e-3f; // never the zero vector
            for (String w : texts.get(t).split("\\s+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), DIMENSION)] += 1;
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int d = 0; d < DIMENSION; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            out[t] = v;
        }
        return out;
    }

    @Override
    public Map<String, String> files() {
        return Map.of("hashing-test.bin", "0".repeat(64));
    }
}
