package org.attune.ml.safety;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.embedding.BranchStates;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.safety.TriageLevel;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;

/**
 * The five triage levels read by a fine-tuned copy of the encoder's top layers (the bundle's {@value #BRANCH}, int8
 * ONNX, a dedicated branch the {@link OnnxEncoder} runs on the same pass) and an ordinal head over the mean of the
 * tokens of an author's sentences: four sigmoids, P(level at least low), ... P(imminent). Trained with
 * {@code bin/attune-finetune triage-model} on the single posts of the functional suites whose failures have been read
 * (written from {@code docs/triage.md}), never on the blind sets that estimate the engine. The safety analysis
 * consults it as a second reader beside the rules and the heads: {@code raise} is the probability of "at least high"
 * from which it raises a writer read none or low to high (the manifest and the model card say how it was chosen).
 * Immutable and thread-safe.
 */
public record TunedTriageModel(String id, float[][] weight, float[] bias, double raise, OnnxEncoder.Branch branch,
        Map<String, String> hashes) {

    public static final String BUNDLE = "org/attune/models/safety-triage-tuned";
    public static final String BRANCH = "branch.onnx";
    public static final String HEAD = "head.json";
    /** The head's outputs: P(at least low), P(at least moderate), P(at least high), P(imminent). */
    public static final int OUTPUTS = TriageLevel.values().length - 1;

    public TunedTriageModel {
        if (weight.length != OUTPUTS || bias.length != OUTPUTS) {
            throw new AttuneException(ErrorCode.MODEL, "the triage head needs " + OUTPUTS + " outputs");
        }
        if (!(raise > 0 && raise < 1)) {
            throw new AttuneException(ErrorCode.MODEL, "the triage head's raise threshold must lie in (0, 1)");
        }
    }

    public static TunedTriageModel load() {
        ModelBundle bundle = ModelBundle.open(BUNDLE);
        JsonNode head = bundle.json(HEAD);
        JsonNode rows = head.path("weight");
        float[][] weight = new float[rows.size()][];
        for (int r = 0; r < weight.length; r++) {
            weight[r] = vector(rows.path(r));
        }
        JsonNode branch = bundle.manifest().path("branch");
        return new TunedTriageModel(bundle.id(), weight, vector(head.path("bias")),
                head.path("raise").asDouble(Double.NaN),
                new OnnxEncoder.Branch(bundle.id() + "/" + BRANCH, bundle.file(BRANCH), branch.path("entry").asText(),
                        branch.path("baseSha256").asText()), bundle.hashes());
    }

    /** P(level at least low .. imminent) of the mean token state of the given sentences. */
    public double[] atLeast(BranchStates states, int[] sentences) {
        float[] mean = states.mean(sentences);
        double[] p = new double[OUTPUTS];
        for (int k = 0; k < OUTPUTS; k++) {
            double z = bias[k];
            for (int d = 0; d < mean.length; d++) {
                z += weight[k][d] * mean[d];
            }
            p[k] = 1 / (1 + Math.exp(-z));
        }
        return p;
    }

    /** P(at least high) of the given sentences. */
    public double urgent(BranchStates states, int[] sentences) {
        return atLeast(states, sentences)[TriageLevel.HIGH.ordinal() - 1];
    }

    private static float[] vector(JsonNode values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values.path(i).asDouble(Double.NaN);
        }
        return out;
    }
}
