package org.attune.ml.traps;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.traps.Trap;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;

/**
 * The trained thinking-trap model, read one sentence at a time: the sentence's in-context embedding (z-scored) and the
 * tf-idf of its words feed a binary gate, P(any trap), and one logistic head per {@link Trap}. When {@code conditional},
 * the trap heads were trained on trap sentences only and read P(trap | some trap), so P(trap) = gate times head;
 * otherwise each head reads P(trap) on its own. A sentence shows traps when the gate reaches {@code gateThreshold}; it
 * shows trap k when P(trap k) also reaches {@code thresholds[k]} (the most probable trap when none does). Thresholds
 * are tuned on held-out folds of the training data by {@code attune train traps}. A model with {@code branch} reads
 * each sentence's embedding followed by what the encoder's fine-tuned emotion branch read of it ({@link #vector}).
 * Immutable and thread-safe.
 */
public record TrapModel(String id, Standardizer standardizer, TfidfFeaturizer tfidf, LinearHead gate,
        LinearHead traps, boolean conditional, double gateThreshold, double[] thresholds, boolean branch,
        Map<String, String> hashes) {

    /** The model over the frozen encoder's vectors alone. */
    public static final String BUNDLE = "org/attune/models/traps-sentence";
    /**
     * The model that also reads what the encoder's fine-tuned emotion branch read of each sentence: the default
     * engine's, which runs that branch for emotions.
     */
    public static final String TUNED = "org/attune/models/traps-sentence-tuned";
    public static final String FILE = "head.json";

    public TrapModel {
        if (traps.classes() != Trap.values().length || thresholds.length != Trap.values().length
                || gate.classes() != 1) {
            throw new AttuneException(ErrorCode.MODEL, "a trap model needs a one-row gate and one head row and one "
                    + "threshold per trap (" + Trap.values().length + ")");
        }
        thresholds = thresholds.clone();
        hashes = Map.copyOf(hashes);
    }

    /**
     * What the model reads in one sentence.
     *
     * @param any   P(the sentence shows any trap)
     * @param traps P(trap k), indexed by {@link Trap#ordinal()}
     */
    public record Reading(double any, double[] traps) {
    }

    /** The model over the frozen encoder's vectors. */
    public static TrapModel load() {
        return load(BUNDLE);
    }

    public static TrapModel load(String bundleFolder) {
        ModelBundle bundle = ModelBundle.open(bundleFolder);
        return fromJson(bundle.id(), bundle.json(FILE), bundle.hashes());
    }

    public static TrapModel fromJson(String id, JsonNode m, Map<String, String> hashes) {
        JsonNode t = m.path("thresholds");
        double[] thresholds = new double[t.size()];
        for (int k = 0; k < thresholds.length; k++) {
            thresholds[k] = t.get(k).asDouble();
        }
        return new TrapModel(id, Standardizer.fromJson(m.path("standardizer")), TfidfFeaturizer.fromJson(
                m.path("tfidf")), LinearHead.fromJson(m.path("gate")), LinearHead.fromJson(m.path("traps")),
                m.path("conditional").asBoolean(), m.path("gateThreshold").asDouble(), thresholds,
                m.path("branch").asBoolean(false), hashes);
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("standardizer", standardizer.toJson());
        o.set("tfidf", tfidf.toJson());
        o.set("gate", gate.toJson());
        o.set("traps", traps.toJson());
        o.put("conditional", conditional);
        o.put("gateThreshold", gateThreshold);
        var t = o.putArray("thresholds");
        for (double v : thresholds) {
            t.add(v);
        }
        return branch ? o.put("branch", true) : o; // a frozen model's JSON stays as it was before the flag
    }

    /**
     * The vector a model reads for sentence {@code index}: its in-context embedding, followed, when {@code branch},
     * by what the encoder's fine-tuned branch read of it (the mean of its tokens' states).
     *
     * @throws AttuneException if {@code branch} and the vectors carry no branch
     */
    public static float[] vector(SentenceEmbeddings vectors, int index, boolean branch) {
        if (!branch) {
            return vectors.get(index);
        }
        float[] own = vectors.get(index);
        float[] states = vectors.requireBranch("this thinking-trap model").means()[index];
        float[] out = java.util.Arrays.copyOf(own, own.length + states.length);
        System.arraycopy(states, 0, out, own.length, states.length);
        return out;
    }

    /** The features of one sentence: its z-scored embedding, then the tf-idf of its words. */
    public static FeatureVector features(float[] vector, String text, Standardizer standardizer,
            TfidfFeaturizer tfidf) {
        TfidfFeaturizer.Sparse words = tfidf.transform(text, standardizer.size());
        return new FeatureVector(standardizer.transform(vector), words.indexes(), words.values(),
                standardizer.size() + tfidf.size());
    }

    public Reading read(float[] vector, String text) {
        FeatureVector x = features(vector, text, standardizer, tfidf);
        double any = gate.sigmoids(x)[0];
        double[] p = traps.sigmoids(x);
        if (conditional) {
            for (int k = 0; k < p.length; k++) {
                p[k] *= any;
            }
        }
        return new Reading(any, p);
    }

    /** Whether a reading shows any trap. */
    public boolean shows(Reading r) {
        return r.any() >= gateThreshold;
    }

    /** Whether a reading that {@link #shows} traps shows trap k. */
    public boolean shows(Reading r, int k) {
        return shows(r) && r.traps()[k] >= thresholds[k];
    }

    public double threshold(int k) {
        return thresholds[k];
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }
}
