package org.attune.ml.safety;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;

/**
 * The trained safety model: the standardiser of the pooled embeddings, the tf-idf vocabulary, an ordinal head over the
 * C-SSRS levels and a binary head for distress (stress, trained on dreaddit), which tells "low" from "none" when there
 * is no suicide-related content. Loaded from the bundle {@code org/attune/models/safety-cssrs}, written by
 * {@code attune train safety}.
 *
 * <p>The ordinal head is six binary classifiers, one per question "is the level at least k?" for k = 1..6 (Frank and
 * Hall's reduction of ordinal classification). The level read is the highest k whose classifier passes its threshold
 * (thresholds tuned for quadratic-weighted kappa on out-of-fold readings). The first classifier, "at least 1", is also
 * the model's statement that any suicide-related content is present; it is Platt-calibrated.
 *
 * <p>Beside it, a binary exemplar head reads the same pooled vectors for "high or imminent", trained on the synthetic
 * functional cases already acted on (the wordings of method thinking, preparation and veiled farewells that the C-SSRS
 * posts rarely contain); the analyzer lets it raise a writer to high, never lower anyone.
 */
public record SafetyModel(String id, Standardizer standardizer, TfidfFeaturizer tfidf, LinearHead atLeast,
        double[] thresholds, LinearHead distress, double plattA, double plattB, TriageExemplarHead exemplar,
        java.util.Map<String, String> hashes) {

    public static final String BUNDLE = "org/attune/models/safety-cssrs";
    public static final String FILE = "head.json";
    /** Levels above 0: the head has one "at least k" classifier for each. */
    public static final int RISK_LEVELS = 6;

    public SafetyModel {
        if (atLeast.classes() != RISK_LEVELS || thresholds.length != RISK_LEVELS) {
            throw new IllegalArgumentException("the ordinal head needs " + RISK_LEVELS + " classifiers and thresholds");
        }
        thresholds = thresholds.clone();
    }

    /**
     * What the model reads in a text: calibrated P(level >= 1), the probability of each level 0..6 (from the ordinal
     * head's cumulative probabilities, made monotone) and the level decided by the thresholds.
     */
    public record Reading(double anyRisk, double[] levels, int level) {
        /** The reading of no text at all: level 0, and not a model output. */
        public static final Reading NOTHING = new Reading(0, new double[] {1, 0, 0, 0, 0, 0, 0}, 0);
    }

    public static SafetyModel load() {
        ModelBundle bundle = ModelBundle.open(BUNDLE);
        JsonNode m = bundle.json(FILE);
        float[] thresholds = LinearHead.floats(m.path("thresholds"));
        double[] t = new double[thresholds.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = thresholds[k];
        }
        return new SafetyModel(bundle.id(), Standardizer.fromJson(m.path("standardizer")),
                TfidfFeaturizer.fromJson(m.path("tfidf")), LinearHead.fromJson(m.path("atLeast")), t,
                LinearHead.fromJson(m.path("distress")), m.path("calibration").path("a").asDouble(),
                m.path("calibration").path("b").asDouble(), TriageExemplarHead.fromJson(m.path("exemplar")),
                bundle.hashes());
    }

    /** The ordinal head's raw (uncalibrated) P(level >= k) for k = 1..6. */
    public double[] rawAtLeast(FeatureVector features) {
        return atLeast.sigmoids(features);
    }

    /** Platt scaling on the log-odds: identity when a = 1 and b = 0. */
    public double calibrate(double raw) {
        return 1 / (1 + Math.exp(-(plattA * logit(raw) + plattB)));
    }

    public static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
    }

    /** The highest level whose "at least" probability reaches its threshold; 0 when none does. */
    public static int decide(double[] rawAtLeast, double[] thresholds) {
        int level = 0;
        for (int k = 0; k < rawAtLeast.length; k++) {
            if (rawAtLeast[k] >= thresholds[k]) {
                level = k + 1;
            }
        }
        return level;
    }

    /** P(distress) of a text: the stress head trained on dreaddit (uncalibrated). */
    public double distress(float[] pooled, String text) {
        return distress.sigmoids(SafetyFeatures.features(pooled, text, standardizer, tfidf))[0];
    }

    public Reading read(float[] pooled, String text) {
        double[] raw = rawAtLeast(SafetyFeatures.features(pooled, text, standardizer, tfidf));
        double any = calibrate(raw[0]);
        double[] levels = new double[RISK_LEVELS + 1];
        double above = any; // P(level >= k), kept monotone in k
        levels[0] = 1 - any;
        for (int k = 1; k <= RISK_LEVELS; k++) {
            double next = k < RISK_LEVELS ? Math.min(above, raw[k]) : 0;
            levels[k] = above - next;
            above = next;
        }
        return new Reading(any, levels, decide(raw, thresholds));
    }
}
