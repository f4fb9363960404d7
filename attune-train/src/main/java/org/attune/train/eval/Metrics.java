package org.attune.train.eval;

/** Classification metrics over integer labels 0..k-1: accuracy, quadratic-weighted kappa, F1 variants. */
public final class Metrics {
    private Metrics() {
    }

    public static double accuracy(int[] gold, int[] pred) {
        int ok = 0;
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] == pred[i]) {
                ok++;
            }
        }
        return (double) ok / gold.length;
    }

    /** Cohen's kappa with quadratic weights over classes 0..k-1. */
    public static double quadraticWeightedKappa(int[] gold, int[] pred, int k) {
        double[][] observed = new double[k][k];
        double[] histGold = new double[k];
        double[] histPred = new double[k];
        for (int i = 0; i < gold.length; i++) {
            observed[gold[i]][pred[i]]++;
            histGold[gold[i]]++;
            histPred[pred[i]]++;
        }
        int n = gold.length;
        double num = 0;
        double den = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double w = (double) (a - b) * (a - b) / ((k - 1) * (k - 1));
                double expected = histGold[a] * histPred[b] / n;
                num += w * observed[a][b];
                den += w * expected;
            }
        }
        return den == 0 ? 1.0 : 1.0 - num / den;
    }

    /** F1 of the binary decision "label >= threshold". */
    public static double f1AtLeast(int[] gold, int[] pred, int threshold) {
        return f1(gold, pred, l -> l >= threshold);
    }

    /** F1 of one class against the rest. */
    public static double f1Of(int[] gold, int[] pred, int label) {
        return f1(gold, pred, l -> l == label);
    }

    private static double f1(int[] gold, int[] pred, java.util.function.IntPredicate positive) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.length; i++) {
            boolean g = positive.test(gold[i]);
            boolean p = positive.test(pred[i]);
            if (g && p) {
                tp++;
            } else if (p) {
                fp++;
            } else if (g) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public static double macroF1(int[] gold, int[] pred, int k) {
        double sum = 0;
        for (int c = 0; c < k; c++) {
            sum += f1Of(gold, pred, c);
        }
        return sum / k;
    }

    public static double meanAbsoluteError(int[] gold, int[] pred) {
        double s = 0;
        for (int i = 0; i < gold.length; i++) {
            s += Math.abs(gold[i] - pred[i]);
        }
        return s / gold.length;
    }

    /**
     * The area under the ROC curve: the chance that a positive scores above a negative, ties counting half (the
     * Mann-Whitney statistic). NaN without positives or negatives.
     */
    public static double auc(double[] positives, double[] negatives) {
        if (positives.length == 0 || negatives.length == 0) {
            return Double.NaN;
        }
        double[] neg = negatives.clone();
        java.util.Arrays.sort(neg);
        double sum = 0;
        for (double p : positives) {
            int below = lowerBound(neg, p);
            int notAbove = lowerBound(neg, Math.nextUp(p));
            sum += below + 0.5 * (notAbove - below);
        }
        return sum / ((double) positives.length * neg.length);
    }

    /** The first index whose value is not below {@code x}, in a sorted array. */
    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
