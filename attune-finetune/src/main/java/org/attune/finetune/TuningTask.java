package org.attune.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

/**
 * What a fine-tuning learns from the mean of the top layer's token states: the number of outputs of its linear head,
 * its loss against the gold labels, and how raw outputs become probabilities. One label row per example.
 */
public sealed interface TuningTask {

    int outputs();

    /** The mean loss of the batch; {@code gold} is (batch, labels per example). */
    NDArray loss(NDArray logits, int[][] gold, NDManager manager);

    /** The probabilities of one example's raw outputs. */
    float[] probabilities(float[] logits);

    /**
     * An ordered label 0..{@code levels}-1 read as {@code levels}-1 cumulative "at least k" sigmoids (Frank and Hall,
     * as the C-SSRS head reads it), each trained with binary cross-entropy.
     */
    record Ordinal(int levels) implements TuningTask {
        @Override
        public int outputs() {
            return levels - 1;
        }

        @Override
        public NDArray loss(NDArray logits, int[][] gold, NDManager manager) {
            float[] targets = new float[gold.length * outputs()];
            for (int i = 0; i < gold.length; i++) {
                for (int k = 0; k < outputs(); k++) {
                    targets[i * outputs() + k] = gold[i][0] > k ? 1f : 0f;
                }
            }
            return binaryCrossEntropy(logits, manager.create(targets, new Shape(gold.length, outputs())));
        }

        @Override
        public float[] probabilities(float[] logits) {
            return sigmoid(logits);
        }

        /** Binary cross-entropy on logits, in its stable form: max(x, 0) - x t + log(1 + exp(-|x|)). */
        static NDArray binaryCrossEntropy(NDArray logits, NDArray targets) {
            return Activation.relu(logits).sub(logits.mul(targets)).add(logits.abs().neg().exp().add(1f).log())
                    .mean();
        }

        static float[] sigmoid(float[] logits) {
            float[] p = new float[logits.length];
            for (int k = 0; k < logits.length; k++) {
                p[k] = (float) (1 / (1 + Math.exp(-logits[k])));
            }
            return p;
        }

        /** The level read: the highest k whose P(level at least k) reaches 0.5, as k = 1, 2, ... */
        public int level(float[] probabilities) {
            int level = 0;
            for (int k = 0; k < probabilities.length; k++) {
                if (probabilities[k] >= 0.5f) {
                    level = k + 1;
                }
            }
            return level;
        }
    }

    /**
     * Any number of {@code labels} at once (GoEmotions' 28), one sigmoid each, trained with binary cross-entropy; a
     * gold row lists the label ids present.
     */
    record MultiLabel(int labels) implements TuningTask {
        @Override
        public int outputs() {
            return labels;
        }

        @Override
        public NDArray loss(NDArray logits, int[][] gold, NDManager manager) {
            float[] targets = new float[gold.length * labels];
            for (int i = 0; i < gold.length; i++) {
                for (int c : gold[i]) {
                    targets[i * labels + c] = 1f;
                }
            }
            return Ordinal.binaryCrossEntropy(logits, manager.create(targets, new Shape(gold.length, labels)));
        }

        @Override
        public float[] probabilities(float[] logits) {
            return Ordinal.sigmoid(logits);
        }
    }

    /**
     * Several independent categorical labels (EPITOME's three mechanisms, 0/1/2 each), a softmax over each label's
     * slice of the outputs, trained with cross-entropy weighted by {@code weights[label][class]}.
     */
    record Categorical(int[] classes, float[][] weights) implements TuningTask {
        @Override
        public int outputs() {
            int n = 0;
            for (int c : classes) {
                n += c;
            }
            return n;
        }

        @Override
        public NDArray loss(NDArray logits, int[][] gold, NDManager manager) {
            NDArray total = null;
            int offset = 0;
            for (int m = 0; m < classes.length; m++) {
                float[] pick = new float[gold.length * classes[m]];
                for (int i = 0; i < gold.length; i++) {
                    pick[i * classes[m] + gold[i][m]] = weights[m][gold[i][m]];
                }
                NDArray slice = logits.get(":, " + offset + ":" + (offset + classes[m])).logSoftmax(-1);
                NDArray term = slice.mul(manager.create(pick, new Shape(gold.length, classes[m]))).sum().neg()
                        .div((float) gold.length);
                total = total == null ? term : total.add(term);
                offset += classes[m];
            }
            return total;
        }

        @Override
        public float[] probabilities(float[] logits) {
            float[] p = new float[logits.length];
            int offset = 0;
            for (int c : classes) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < c; j++) {
                    max = Math.max(max, logits[offset + j]);
                }
                double sum = 0;
                for (int j = 0; j < c; j++) {
                    sum += Math.exp(logits[offset + j] - max);
                }
                for (int j = 0; j < c; j++) {
                    p[offset + j] = (float) (Math.exp(logits[offset + j] - max) / sum);
                }
                offset += c;
            }
            return p;
        }

        /** The most probable class of label {@code m}. */
        public int argmax(float[] probabilities, int m) {
            int offset = 0;
            for (int i = 0; i < m; i++) {
                offset += classes[i];
            }
            int best = 0;
            for (int j = 1; j < classes[m]; j++) {
                if (probabilities[offset + j] > probabilities[offset + best]) {
                    best = j;
                }
            }
            return best;
        }

        /** Weights n / (classes x count) per class of each label ("balanced"), from the training rows' labels. */
        public static Categorical balanced(int[] classes, int[][] gold) {
            float[][] w = new float[classes.length][];
            for (int m = 0; m < classes.length; m++) {
                int[] count = new int[classes[m]];
                for (int[] g : gold) {
                    count[g[m]]++;
                }
                w[m] = new float[classes[m]];
                for (int c = 0; c < classes[m]; c++) {
                    w[m][c] = count[c] == 0 ? 0f : (float) gold.length / (classes[m] * count[c]);
                }
            }
            return new Categorical(classes, w);
        }
    }
}
