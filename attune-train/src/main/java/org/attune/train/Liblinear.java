package org.attune.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;

/**
 * LIBLINEAR's L2-regularised logistic regression (one-vs-rest) fitted into a {@link LinearHead}, and LIBLINEAR's
 * models turned into heads: one place for its weight layout (feature-major, classes in label order, bias last).
 */
public final class Liblinear {
    private Liblinear() {
    }

    /**
     * A head over classes {@code 0..classes-1} (two classes give a two-row head whose normalised sigmoids are the
     * class probabilities). {@code balanced} weighs each class by n / (k n_c), which serves macro-F1.
     */
    public static LinearHead fit(List<FeatureVector> x, int[] y, int classes, double c, boolean balanced) {
        Linear.disableDebugOutput();
        int features = x.get(0).size();
        Problem p = new Problem();
        p.l = x.size();
        p.n = features + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        int[] count = new int[classes];
        for (int r = 0; r < p.l; r++) {
            p.x[r] = sparse(x.get(r));
            p.y[r] = y[r];
            count[y[r]]++;
        }
        Parameter param = new Parameter(SolverType.L2R_LR, c, 0.01);
        if (balanced) {
            List<Integer> present = new ArrayList<>();
            for (int k = 0; k < classes; k++) {
                if (count[k] > 0) {
                    present.add(k);
                }
            }
            double[] w = new double[present.size()];
            int[] labels = new int[present.size()];
            for (int i = 0; i < w.length; i++) {
                labels[i] = present.get(i);
                w[i] = (double) p.l / (present.size() * count[labels[i]]);
            }
            param.setWeights(w, labels);
        }
        Model model = Linear.train(p, param);
        return toHead(model, features, classes);
    }

    /** A binary LIBLINEAR model as a one-row head giving P(label 1). */
    public static LinearHead binary(Model model, int features) {
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // LIBLINEAR keeps one vector, for its first label
        float[][] weights = new float[1][features];
        for (int j = 0; j < features; j++) {
            weights[0][j] = (float) (sign * w[j]);
        }
        return new LinearHead(weights, new float[] {(float) (sign * w[features] * model.getBias())});
    }

    /** A LIBLINEAR model as a head over classes 0..classes-1; a class absent from training is never predicted. */
    public static LinearHead toHead(Model model, int features, int classes) {
        double[] w = model.getFeatureWeights();
        int[] labelOrder = model.getLabels();
        int nr = model.getNrClass();
        float[][] weights = new float[classes][features];
        float[] bias = new float[classes];
        Arrays.fill(bias, -30f); // a class absent from the training rows is never predicted
        if (nr == 2) { // LIBLINEAR keeps one vector, for its first label
            for (int j = 0; j < features; j++) {
                weights[labelOrder[0]][j] = (float) w[j];
                weights[labelOrder[1]][j] = (float) -w[j];
            }
            bias[labelOrder[0]] = (float) (w[features] * model.getBias());
            bias[labelOrder[1]] = (float) (-w[features] * model.getBias());
            return new LinearHead(weights, bias);
        }
        for (int k = 0; k < nr; k++) {
            int label = labelOrder[k];
            for (int j = 0; j < features; j++) {
                weights[label][j] = (float) w[j * nr + k];
            }
            bias[label] = (float) (w[features * nr + k] * model.getBias());
        }
        return new LinearHead(weights, bias);
    }

    /** The features as LIBLINEAR's 1-based sparse nodes, with the bias feature last. */
    public static Feature[] sparse(FeatureVector v) {
        List<Feature> f = new ArrayList<>();
        float[] d = v.dense();
        for (int j = 0; j < d.length; j++) {
            if (d[j] != 0) {
                f.add(new FeatureNode(j + 1, d[j]));
            }
        }
        for (int k = 0; k < v.indexes().length; k++) {
            f.add(new FeatureNode(v.indexes()[k] + 1, v.values()[k]));
        }
        f.add(new FeatureNode(v.size() + 1, 1.0));
        return f.toArray(new Feature[0]);
    }
}
