package org.attune.train.eval;

import java.util.Arrays;

import org.attune.ml.safety.SafetyModel;

/**
 * Thresholds for an ordinal head of "at least k" classifiers, tuned for quadratic-weighted kappa: coordinate ascent
 * over a grid, starting from 0.5 each, keeping a threshold unless another strictly improves kappa. Tuned on
 * out-of-fold readings only.
 *
 * <p>Never below {@value #LOW}: the training posts come from a forum where 70 % carry ideation, and a threshold tuned
 * down there (0.3 was once chosen for "level >= 3") calls method thinking on everyday text far too readily; the
 * thresholds also moved a long way between two nearly identical trainings, which a floor steadies.
 */
public final class OrdinalThresholds {
    static final double LOW = 0.4;
    static final double HIGH = 0.8;
    static final double STEP = 0.025;
    static final int PASSES = 2;

    private OrdinalThresholds() {
    }

    /** {@code atLeast[i][k]} is P(level >= k + 1) of example i; levels run 0..atLeast[0].length. */
    public static double[] tune(int[] gold, double[][] atLeast) {
        int levels = atLeast[0].length;
        double[] t = new double[levels];
        Arrays.fill(t, 0.5);
        double best = kappa(gold, atLeast, t);
        for (int pass = 0; pass < PASSES; pass++) {
            for (int k = 0; k < levels; k++) {
                double keep = t[k];
                for (int step = 0; LOW + step * STEP <= HIGH + 1e-9; step++) {
                    double v = Math.round((LOW + step * STEP) * 1000) / 1000.0;
                    t[k] = v;
                    double q = kappa(gold, atLeast, t);
                    if (q > best + 1e-12) {
                        best = q;
                        keep = v;
                    }
                }
                t[k] = keep;
            }
        }
        return t;
    }

    public static int[] decide(double[][] atLeast, double[] thresholds) {
        int[] out = new int[atLeast.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = SafetyModel.decide(atLeast[i], thresholds);
        }
        return out;
    }

    private static double kappa(int[] gold, double[][] atLeast, double[] t) {
        return Metrics.quadraticWeightedKappa(gold, decide(atLeast, t), atLeast[0].length + 1);
    }
}
