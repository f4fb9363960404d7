package org.attune.train.head;

import java.util.Random;
import java.util.function.Function;

import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.MlpHead;

/**
 * Trains an {@link MlpHead} for multi-label classification: binary cross-entropy, mini-batch AdamW, a fixed seed and
 * one thread, so that the same data gives the same head. After each epoch {@code score} measures the head (on dev
 * data) and the best epoch's head is kept.
 */
public final class MlpTrainer {
    /** Hidden units (0: logistic regression), epochs, learning rate, decoupled weight decay, batch size, seed. */
    public record Config(int hidden, int epochs, double learningRate, double weightDecay, int batch, long seed) {
    }

    /** The head kept and what {@code score} gave it, with the epoch (from 1). */
    public record Result(MlpHead head, double score, int epoch) {
    }

    private MlpTrainer() {
    }

    public static Result train(FeatureVector[] x, boolean[][] y, Config cfg, Function<MlpHead, Double> score) {
        int n = x.length;
        int k = y[0].length;
        int size = x[0].size();
        int d = x[0].dense().length;
        int h = cfg.hidden();
        Random random = new Random(cfg.seed());
        Param linear = new Param(k, size, 0);
        Param bias = new Param(1, k, 0);
        Param hiddenW = new Param(h, d, Math.sqrt(2.0 / d), random);
        Param hiddenB = new Param(1, h, 0);
        Param output = new Param(k, h, Math.sqrt(1.0 / Math.max(1, h)), random);
        Param[] all = {linear, bias, hiddenW, hiddenB, output};
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] pre = new double[h];
        double[] act = new double[h];
        double[] gz = new double[k];
        double[] gh = new double[h];
        Result best = null;
        int step = 0;
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int from = 0; from < n; from += cfg.batch()) {
                int to = Math.min(n, from + cfg.batch());
                for (Param p : all) {
                    p.zeroGrad();
                }
                double scale = 1.0 / (to - from);
                for (int b = from; b < to; b++) {
                    FeatureVector xi = x[order[b]];
                    float[] dense = xi.dense();
                    for (int u = 0; u < h; u++) {
                        float z = hiddenB.w[0][u];
                        float[] w = hiddenW.w[u];
                        for (int j = 0; j < d; j++) {
                            z += w[j] * dense[j];
                        }
                        pre[u] = z;
                        act[u] = Math.max(0, z);
                    }
                    for (int c = 0; c < k; c++) {
                        double z = bias.w[0][c] + xi.dot(linear.w[c]);
                        float[] o = output.w[c];
                        for (int u = 0; u < h; u++) {
                            z += o[u] * act[u];
                        }
                        double p = 1 / (1 + Math.exp(-z));
                        gz[c] = (p - (y[order[b]][c] ? 1 : 0)) * scale;
                    }
                    java.util.Arrays.fill(gh, 0);
                    for (int c = 0; c < k; c++) {
                        float g = (float) gz[c];
                        bias.g[0][c] += g;
                        float[] gl = linear.g[c];
                        for (int j = 0; j < d; j++) {
                            gl[j] += g * dense[j];
                        }
                        int[] idx = xi.indexes();
                        float[] val = xi.values();
                        for (int q = 0; q < idx.length; q++) {
                            gl[idx[q]] += g * val[q];
                        }
                        float[] go = output.g[c];
                        float[] o = output.w[c];
                        for (int u = 0; u < h; u++) {
                            go[u] += g * act[u];
                            gh[u] += g * o[u];
                        }
                    }
                    for (int u = 0; u < h; u++) {
                        if (pre[u] <= 0) {
                            continue;
                        }
                        float g = (float) gh[u];
                        hiddenB.g[0][u] += g;
                        float[] gw = hiddenW.g[u];
                        for (int j = 0; j < d; j++) {
                            gw[j] += g * dense[j];
                        }
                    }
                }
                step++;
                for (Param p : all) {
                    p.adam(cfg.learningRate(), p == bias || p == hiddenB ? 0 : cfg.weightDecay(), step);
                }
            }
            MlpHead head = new MlpHead(copy(linear.w), bias.w[0].clone(), copy(hiddenW.w), hiddenB.w[0].clone(),
                    copy(output.w));
            double s = score.apply(head);
            if (best == null || s > best.score()) {
                best = new Result(head, s, epoch);
            }
        }
        return best;
    }

    private static float[][] copy(float[][] m) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** A weight matrix with its gradient and Adam moments. */
    private static final class Param {
        final float[][] w;
        final float[][] g;
        final float[][] m;
        final float[][] v;

        Param(int rows, int cols, double init, Random random) {
            this(rows, cols, 0);
            for (float[] r : w) {
                for (int j = 0; j < cols; j++) {
                    r[j] = (float) (random.nextGaussian() * init);
                }
            }
        }

        Param(int rows, int cols, double unused) {
            w = new float[rows][cols];
            g = new float[rows][cols];
            m = new float[rows][cols];
            v = new float[rows][cols];
        }

        void zeroGrad() {
            for (float[] r : g) {
                java.util.Arrays.fill(r, 0);
            }
        }

        void adam(double lr, double decay, int step) {
            double b1 = 0.9;
            double b2 = 0.999;
            double c1 = 1 - Math.pow(b1, step);
            double c2 = 1 - Math.pow(b2, step);
            for (int i = 0; i < w.length; i++) {
                float[] wi = w[i];
                float[] gi = g[i];
                float[] mi = m[i];
                float[] vi = v[i];
                for (int j = 0; j < wi.length; j++) {
                    float gj = gi[j];
                    mi[j] = (float) (b1 * mi[j] + (1 - b1) * gj);
                    vi[j] = (float) (b2 * vi[j] + (1 - b2) * gj * gj);
                    wi[j] -= (float) (lr * ((mi[j] / c1) / (Math.sqrt(vi[j] / c2) + 1e-8) + decay * wi[j]));
                }
            }
        }
    }
}
