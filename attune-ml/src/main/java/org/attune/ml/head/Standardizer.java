package org.attune.ml.head;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Per-feature z-scores with a mean and scale fitted on training data. */
public final class Standardizer {
    private final float[] mean;
    private final float[] scale;

    public Standardizer(float[] mean, float[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    public static Standardizer fit(float[][] rows) {
        int d = rows[0].length;
        float[] mean = new float[d];
        float[] scale = new float[d];
        for (int j = 0; j < d; j++) {
            double m = 0;
            for (float[] r : rows) {
                m += r[j];
            }
            m /= rows.length;
            double v = 0;
            for (float[] r : rows) {
                v += (r[j] - m) * (r[j] - m);
            }
            mean[j] = (float) m;
            scale[j] = (float) (Math.sqrt(v / rows.length) + 1e-6);
        }
        return new Standardizer(mean, scale);
    }

    public int size() {
        return mean.length;
    }

    /** The z-scores of {@code x}. */
    public float[] transform(float[] x) {
        float[] out = new float[mean.length];
        for (int j = 0; j < mean.length; j++) {
            out[j] = (x[j] - mean[j]) / scale[j];
        }
        return out;
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        var m = o.putArray("mean");
        var s = o.putArray("scale");
        for (int j = 0; j < mean.length; j++) {
            m.add(mean[j]);
            s.add(scale[j]);
        }
        return o;
    }

    public static Standardizer fromJson(JsonNode o) {
        return new Standardizer(LinearHead.floats(o.path("mean")), LinearHead.floats(o.path("scale")));
    }
}
