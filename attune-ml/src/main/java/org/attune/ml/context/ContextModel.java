package org.attune.ml.context;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.context.Context;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;
import org.attune.ml.safety.SafetyFeatures;

/**
 * The document-context heads over one set of features (the z-scored mean and max of a text's in-context sentence
 * embeddings plus word tf-idf, as in {@link SafetyFeatures}; a model with {@code branch} also reads the mean of the
 * encoder's fine-tuned emotion branch states over the text's tokens): a binary stress head trained on dreaddit and a
 * one-vs-rest cause-of-distress head over CAMS' six classes. Two bundles, written by {@code attune train context}:
 * {@value #TUNED}, which reads the branch the default engine runs for emotions, and {@value #BUNDLE}, over the frozen
 * encoder's vectors alone. Both datasets are for research use only: the manifests say {@code "commercialUse": false}.
 * Immutable and thread-safe.
 */
public record ContextModel(String id, Standardizer standardizer, TfidfFeaturizer tfidf, LinearHead stress,
        double stressThreshold, LinearHead cause, boolean branch, Map<String, String> hashes) {

    public static final String BUNDLE = "org/attune/models/context-dreaddit-cams";
    public static final String TUNED = "org/attune/models/context-dreaddit-cams-tuned";
    public static final String FILE = "head.json";

    public ContextModel {
        if (stress.classes() != 1 || cause.classes() != Context.CAUSES.size()) {
            throw new AttuneException(ErrorCode.MODEL, "the context bundle needs a one-row stress head and a "
                    + Context.CAUSES.size() + "-class cause head");
        }
    }

    /** The bundle over the frozen encoder's vectors. */
    public static ContextModel load() {
        return load(BUNDLE);
    }

    public static ContextModel load(String bundleFolder) {
        ModelBundle bundle = ModelBundle.open(bundleFolder);
        JsonNode m = bundle.json(FILE);
        List<String> causes = new java.util.ArrayList<>();
        bundle.manifest().path("causes").forEach(l -> causes.add(l.asText()));
        if (!causes.equals(Context.CAUSES)) {
            throw new AttuneException(ErrorCode.MODEL, "the context bundle's causes differ from the engine's");
        }
        return new ContextModel(bundle.id(), Standardizer.fromJson(m.path("standardizer")),
                TfidfFeaturizer.fromJson(m.path("tfidf")), LinearHead.fromJson(m.path("stress")),
                m.path("stressThreshold").asDouble(0.5), LinearHead.fromJson(m.path("cause")),
                m.path("branch").asBoolean(false), bundle.hashes());
    }

    /**
     * The dense features of a text: its pooled sentence vectors, then, when {@code branch}, the mean of the branch's
     * states over its tokens ({@code branchStates}; empty for a text without tokens, read as zeros of half the pooled
     * width, the branch's width being the encoder's).
     */
    public static float[] dense(float[] pooled, float[] branchStates, boolean branch) {
        if (!branch) {
            return pooled;
        }
        float[] out = Arrays.copyOf(pooled, pooled.length + pooled.length / 2);
        System.arraycopy(branchStates, 0, out, pooled.length, branchStates.length);
        return out;
    }

    /** Whether the bundle's manifest allows commercial use of its heads (their training data's licences). */
    public static boolean commercialUse() {
        return ModelBundle.open(BUNDLE).manifest().path("commercialUse").asBoolean(false);
    }

    /** What the heads read in a text: P(stress) and the probability of each cause, summing to 1. */
    public record Reading(double stress, double[] causes) {
        public int cause() {
            int best = 0;
            for (int c = 1; c < causes.length; c++) {
                if (causes[c] > causes[best]) {
                    best = c;
                }
            }
            return best;
        }
    }

    /** What the heads read in a text; {@code branchStates} is read only by a model with {@link #branch}. */
    public Reading read(float[] pooled, float[] branchStates, String text) {
        FeatureVector x = SafetyFeatures.features(dense(pooled, branchStates, branch), text, standardizer, tfidf);
        return new Reading(stress.sigmoids(x)[0], cause.probabilities(x));
    }
}
