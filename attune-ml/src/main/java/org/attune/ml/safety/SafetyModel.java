package org.attune.ml.safety;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;

/**
 * The trained safety model: the standardiser of the pooled embeddings, the tf-idf vocabulary, a binary gate for
 * "any suicide-related content" (C-SSRS level >= 1, Platt-calibrated) and a head over the seven levels that decides
 * which level, when the gate says there is one; and a binary head for distress (stress, trained on dreaddit), which
 * tells "low" from "none" when there is no suicide-related content. Loaded from the bundle {@code org/attune/models/safety-cssrs}, written
 * by {@code attune train safety}.
 */
public record SafetyModel(String id, Standardizer standardizer, TfidfFeaturizer tfidf, LinearHead gate,
        LinearHead head, LinearHead distress, double plattA, double plattB, java.util.Map<String, String> hashes) {

    public static final String BUNDLE = "org/attune/models/safety-cssrs";
    public static final String FILE = "head.json";
    /** Calibrated P(level >= 1) at or above which a level is read from the head. */
    public static final double GATE = 0.5;

    /** What the model reads in a text: calibrated P(level >= 1) and the probability of each level 0..6. */
    public record Reading(double anyRisk, double[] levels) {
        /** The reading of no text at all: level 0, and not a model output. */
        public static final Reading NOTHING = new Reading(0, new double[] {1, 0, 0, 0, 0, 0, 0});

        /** Level 0 when the gate is below {@link #GATE}, else the most probable level from 1 to 6. */
        public int level() {
            if (anyRisk < GATE) {
                return 0;
            }
            int best = 1;
            for (int c = 2; c < levels.length; c++) {
                if (levels[c] > levels[best]) {
                    best = c;
                }
            }
            return best;
        }
    }

    public static SafetyModel load() {
        ModelBundle bundle = ModelBundle.open(BUNDLE);
        JsonNode m = bundle.json(FILE);
        return new SafetyModel(bundle.id(), Standardizer.fromJson(m.path("standardizer")),
                TfidfFeaturizer.fromJson(m.path("tfidf")), LinearHead.fromJson(m.path("gate")),
                LinearHead.fromJson(m.path("head")), LinearHead.fromJson(m.path("distress")),
                m.path("calibration").path("a").asDouble(),
                m.path("calibration").path("b").asDouble(), bundle.hashes());
    }

    /** The gate's raw (uncalibrated) P(level >= 1). */
    public double rawAnyRisk(FeatureVector features) {
        return gate.sigmoids(features)[0];
    }

    /** Platt scaling on the gate's log-odds: identity when a = 1 and b = 0. */
    public double calibrate(double raw) {
        return 1 / (1 + Math.exp(-(plattA * logit(raw) + plattB)));
    }

    public static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
    }

    /** P(distress) of a text: the stress head trained on dreaddit (uncalibrated). */
    public double distress(float[] pooled, String text) {
        return distress.sigmoids(SafetyFeatures.features(pooled, text, standardizer, tfidf))[0];
    }

    public Reading read(float[] pooled, String text) {
        FeatureVector x = SafetyFeatures.features(pooled, text, standardizer, tfidf);
        double any = calibrate(rawAnyRisk(x));
        double[] h = head.probabilities(x);
        double rest = 0;
        for (int c = 1; c < h.length; c++) {
            rest += h[c];
        }
        double[] levels = new double[h.length];
        levels[0] = 1 - any;
        for (int c = 1; c < h.length; c++) {
            levels[c] = rest == 0 ? any / (h.length - 1) : any * h[c] / rest;
        }
        return new Reading(any, levels);
    }
}
