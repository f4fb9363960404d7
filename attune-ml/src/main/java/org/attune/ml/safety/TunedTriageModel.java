package org.attune.ml.safety;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.embedding.BranchStates;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.safety.TriageLevel;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;

/**
 * The five triage levels read by a fine-tuned copy of the encoder's top layers (the bundle's {@value #BRANCH}, int8
 * ONNX, a dedicated branch the {@link OnnxEncoder} runs on the same pass) and an ordinal head over the mean of the
 * tokens of an author's sentences: four sigmoids ({@link LinearHead#sigmoids}), P(level at least low), ...
 * P(imminent). Trained with {@code bin/attune-finetune triage-model} on the single posts of the functional suites
 * whose failures have been read (written from {@code docs/triage.md}) and the real posts of cssrs-7level-posts, never
 * on the blind sets that estimate the engine. The safety analysis
 * consults it as a second reader beside the rules and the heads: {@code raise} is the probability of "at least high"
 * from which it raises a writer read none or low to high, and {@code raiseModerate} that of "at least moderate" from
 * which it raises them to moderate (never when infinite, or absent from the bundle); the model card says how both
 * were chosen.
 * {@code cssrsFolds} are the folds of {@code bin/attune eval safety}'s cross-validation whose real posts it trained on
 * (the manifest's {@value #CSSRS_FOLDS}; none when absent): a measurement on those posts must not use it.
 * Immutable and thread-safe.
 */
public record TunedTriageModel(String id, LinearHead head, double raise, double raiseModerate,
        OnnxEncoder.Branch branch, Map<String, String> hashes, Set<Integer> cssrsFolds) {

    public static final String BUNDLE = "org/attune/models/safety-triage-tuned";
    public static final String BRANCH = "branch.onnx";
    public static final String HEAD = "head.json";
    /** The manifest's list, under "training", of the eval folds of cssrs-7level-posts trained on. */
    public static final String CSSRS_FOLDS = "cssrsFolds";
    /** The head's outputs: P(at least low), P(at least moderate), P(at least high), P(imminent). */
    public static final int OUTPUTS = TriageLevel.values().length - 1;

    public TunedTriageModel {
        if (head.classes() != OUTPUTS) {
            throw new AttuneException(ErrorCode.MODEL, "the triage head needs " + OUTPUTS + " outputs");
        }
        if (!(raise > 0 && raise < 1)) {
            throw new AttuneException(ErrorCode.MODEL, "the triage head's raise threshold must lie in (0, 1)");
        }
        if (!(raiseModerate > 0 && raiseModerate < 1 || raiseModerate == Double.POSITIVE_INFINITY)) {
            throw new AttuneException(ErrorCode.MODEL, "the triage head's moderate threshold must lie in (0, 1), or be "
                    + "absent");
        }
        cssrsFolds = Set.copyOf(cssrsFolds);
    }

    /** The shipped reader. */
    public static TunedTriageModel load() {
        return load(ModelBundle.open(BUNDLE));
    }

    /** A reader from any bundle laid out as the shipped one (the per-fold readers of a cross-validation). */
    public static TunedTriageModel load(ModelBundle bundle) {
        JsonNode head = bundle.json(HEAD);
        JsonNode rows = head.path("weight");
        float[][] weight = new float[rows.size()][];
        for (int r = 0; r < weight.length; r++) {
            weight[r] = LinearHead.floats(rows.path(r));
        }
        Set<Integer> folds = new TreeSet<>();
        bundle.manifest().path("training").path(CSSRS_FOLDS).forEach(f -> folds.add(f.asInt()));
        return new TunedTriageModel(bundle.id(), new LinearHead(weight, LinearHead.floats(head.path("bias"))),
                head.path("raise").asDouble(Double.NaN),
                head.path("raiseModerate").asDouble(Double.POSITIVE_INFINITY), OnnxEncoder.Branch.of(bundle, BRANCH),
                bundle.hashes(), folds);
    }

    /**
     * The same reader raising none or low to moderate from {@code threshold} of "at least moderate" (infinite:
     * never), for measuring a threshold before it is written into a bundle.
     */
    public TunedTriageModel raisingModerateFrom(double threshold) {
        return new TunedTriageModel(id, head, raise, threshold, branch, hashes, cssrsFolds);
    }

    /** P(level at least low .. imminent) of the mean token state of the given sentences. */
    public double[] atLeast(BranchStates states, int[] sentences) {
        return head.sigmoids(FeatureVector.dense(states.mean(sentences)));
    }

    /** P(at least high) of the given sentences. */
    public double urgent(BranchStates states, int[] sentences) {
        return atLeast(states, sentences)[TriageLevel.HIGH.ordinal() - 1];
    }
}
