package org.attune.ml.head;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/**
 * A multi-label head with a linear path over all features (dense and sparse) and, when {@code hidden > 0}, one
 * hidden ReLU layer over the dense features only: {@code logit_c = b_c + l_c . x + o_c . relu(W dense + h)}; each
 * label's probability is the sigmoid of its logit. With no hidden layer it is one-vs-rest logistic regression.
 * Immutable and thread-safe.
 */
public final class MlpHead {
    private final float[][] linear;
    private final float[] bias;
    private final float[][] hiddenWeights;
    private final float[] hiddenBias;
    private final float[][] output;
    /** The hidden weights feature by feature ({@code [j * hidden + u]}), so that a layer is a sum of scaled rows. */
    private final float[] hiddenByFeature;

    /** {@code hiddenWeights} has one row per hidden unit over the dense features; {@code output} one row per label. */
    public MlpHead(float[][] linear, float[] bias, float[][] hiddenWeights, float[] hiddenBias, float[][] output) {
        if (linear.length == 0 || linear.length != bias.length || output.length != linear.length
                || hiddenWeights.length != hiddenBias.length) {
            throw new IllegalArgumentException("one linear row, bias and output row per label; a bias per unit");
        }
        for (float[] o : output) {
            if (o.length != hiddenWeights.length) {
                throw new IllegalArgumentException("output rows must have one weight per hidden unit");
            }
        }
        this.linear = linear;
        this.bias = bias;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
        this.output = output;
        int units = hiddenWeights.length;
        int width = units == 0 ? 0 : hiddenWeights[0].length;
        this.hiddenByFeature = new float[units * width];
        for (int u = 0; u < units; u++) {
            if (hiddenWeights[u].length != width) {
                throw new IllegalArgumentException("hidden rows differ in length");
            }
            for (int j = 0; j < width; j++) {
                hiddenByFeature[j * units + u] = hiddenWeights[u][j];
            }
        }
    }

    public int labels() {
        return linear.length;
    }

    public int features() {
        return linear[0].length;
    }

    public int hidden() {
        return hiddenWeights.length;
    }

    /** Each label's logit. */
    public double[] logits(FeatureVector x) {
        if (x.size() != features()) {
            throw new IllegalArgumentException("the head takes " + features() + " features, not " + x.size());
        }
        double[] h = hiddenLayer(x.dense());
        double[] out = new double[linear.length];
        for (int c = 0; c < out.length; c++) {
            double z = bias[c] + x.dot(linear[c]);
            float[] o = output[c];
            for (int u = 0; u < h.length; u++) {
                z += o[u] * h[u];
            }
            out[c] = z;
        }
        return out;
    }

    /**
     * {@code relu(W dense + h)}, summed feature by feature: each step adds one feature times its row of weights to
     * every unit, which the compiler runs several units to an instruction (a unit's own sum, one term after another,
     * waits on every addition).
     */
    private double[] hiddenLayer(float[] dense) {
        int units = hiddenBias.length;
        double[] h = new double[units];
        for (int u = 0; u < units; u++) {
            h[u] = hiddenBias[u];
        }
        for (int j = 0; j < dense.length; j++) {
            double xj = dense[j];
            int row = j * units;
            for (int u = 0; u < units; u++) {
                h[u] += hiddenByFeature[row + u] * xj;
            }
        }
        for (int u = 0; u < units; u++) {
            h[u] = Math.max(0, h[u]);
        }
        return h;
    }

    /** Each label's probability, independently (sigmoids of the logits). */
    public double[] probabilities(FeatureVector x) {
        double[] z = logits(x);
        for (int c = 0; c < z.length; c++) {
            z[c] = 1 / (1 + Math.exp(-z[c]));
        }
        return z;
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("linear", matrix(linear));
        o.set("bias", row(bias));
        o.set("hiddenWeights", matrix(hiddenWeights));
        o.set("hiddenBias", row(hiddenBias));
        o.set("output", matrix(output));
        return o;
    }

    public static MlpHead fromJson(JsonNode o) {
        try {
            return new MlpHead(matrix(o.path("linear")), LinearHead.floats(o.path("bias")),
                    matrix(o.path("hiddenWeights")), LinearHead.floats(o.path("hiddenBias")),
                    matrix(o.path("output")));
        } catch (IllegalArgumentException e) {
            throw new AttuneException(ErrorCode.MODEL, "malformed MLP head: " + e.getMessage());
        }
    }

    private static ArrayNode matrix(float[][] m) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (float[] r : m) {
            a.add(row(r));
        }
        return a;
    }

    private static ArrayNode row(float[] r) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (float v : r) {
            a.add(v);
        }
        return a;
    }

    private static float[][] matrix(JsonNode a) {
        float[][] m = new float[a.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = LinearHead.floats(a.get(i));
            if (m[i].length != m[0].length) {
                throw new IllegalArgumentException("rows differ in length");
            }
        }
        return m;
    }
}
