package org.attune.ml.head;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/**
 * One-vs-rest logistic regression over dense features: {@code p_c = sigmoid(w_c . x + b_c)}, normalised over the
 * classes (LIBLINEAR's multi-class probability estimate, so that run time reproduces training exactly). Immutable and
 * thread-safe.
 */
public final class LinearHead {
    private final float[][] weights;
    private final float[] bias;

    public LinearHead(float[][] weights, float[] bias) {
        if (weights.length != bias.length || weights.length == 0) {
            throw new IllegalArgumentException("one weight row and one bias per class");
        }
        this.weights = weights;
        this.bias = bias;
    }

    /** One head whose rows are the rows of the given heads, in order (for instance binary heads stacked). */
    public static LinearHead stack(List<LinearHead> heads) {
        int rows = heads.stream().mapToInt(LinearHead::classes).sum();
        float[][] w = new float[rows][];
        float[] b = new float[rows];
        int r = 0;
        for (LinearHead h : heads) {
            for (int c = 0; c < h.classes(); c++, r++) {
                w[r] = h.weights[c];
                b[r] = h.bias[c];
            }
        }
        return new LinearHead(w, b);
    }

    public int classes() {
        return weights.length;
    }

    public int features() {
        return weights[0].length;
    }

    /** Raw per-class sigmoid scores, not normalised. */
    public double[] sigmoids(FeatureVector x) {
        if (x.size() != features()) {
            throw new IllegalArgumentException("the head takes " + features() + " features, not " + x.size());
        }
        double[] p = new double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            p[c] = 1 / (1 + Math.exp(-(bias[c] + x.dot(weights[c]))));
        }
        return p;
    }

    /** Class probabilities summing to 1. */
    public double[] probabilities(FeatureVector x) {
        double[] p = sigmoids(x);
        if (p.length == 1) {
            return new double[] {1 - p[0], p[0]};
        }
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode w = o.putArray("weights");
        for (float[] row : weights) {
            ArrayNode r = w.addArray();
            for (float v : row) {
                r.add(v);
            }
        }
        ArrayNode b = o.putArray("bias");
        for (float v : bias) {
            b.add(v);
        }
        return o;
    }

    public static LinearHead fromJson(JsonNode o) {
        JsonNode w = o.path("weights");
        JsonNode b = o.path("bias");
        if (!w.isArray() || !b.isArray() || w.size() != b.size() || w.isEmpty()) {
            throw new AttuneException(ErrorCode.MODEL, "a linear head needs 'weights' (one row per class) and 'bias'");
        }
        float[][] weights = new float[w.size()][];
        float[] bias = new float[b.size()];
        for (int c = 0; c < w.size(); c++) {
            weights[c] = floats(w.get(c));
            bias[c] = (float) b.get(c).asDouble();
            if (weights[c].length != weights[0].length) {
                throw new AttuneException(ErrorCode.MODEL, "linear head rows differ in length");
            }
        }
        return new LinearHead(weights, bias);
    }

    public static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }
}
