package org.attune.ml.support;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;

/**
 * One reply-quality bundle: the feature spec, the standardiser of the dense features, the tf-idf vocabulary (or none),
 * and named linear heads over those features with their decision thresholds. Two bundles are shipped, because their
 * training data come from different sources and a deployment may leave either out:
 * {@value #EMPATHY} (EPITOME: heads {@code emotional-reactions}, {@code interpretations}, {@code explorations} over
 * levels 0-2, and {@code rationale.<mechanism>} over single sentences) and {@value #STRATEGY} (ESConv: head
 * {@code strategy} over the eight strategies). The EPITOME heads come twice: {@value #EMPATHY_TUNED} also reads
 * the states of the encoder's fine-tuned emotion branch (the default engine runs it), {@value #EMPATHY} serves an
 * encoder without it. Immutable and thread-safe.
 */
public record SupportModel(String id, SupportFeatures.Spec spec, Standardizer standardizer, TfidfFeaturizer tfidf,
        Map<String, LinearHead> heads, Map<String, Double> thresholds, Map<String, String> hashes) {

    public static final String EMPATHY = "org/attune/models/support-empathy";
    /**
     * The EPITOME heads that also read the encoder's fine-tuned emotion branch: the engine's default, which runs that
     * branch for emotions; {@value #EMPATHY} serves an encoder without it.
     */
    public static final String EMPATHY_TUNED = "org/attune/models/support-empathy-tuned";

    public static final String STRATEGY = "org/attune/models/support-strategy";
    public static final String FILE = "model.json";

    public SupportModel {
        heads = Map.copyOf(heads);
        thresholds = Map.copyOf(thresholds);
        hashes = Map.copyOf(hashes);
    }

    public static SupportModel load(String bundleFolder) {
        ModelBundle bundle = ModelBundle.open(bundleFolder);
        return fromJson(bundle.id(), bundle.json(FILE), bundle.hashes());
    }

    public static SupportModel fromJson(String id, JsonNode m, Map<String, String> hashes) {
        SupportFeatures.Spec spec = SupportFeatures.Spec.fromJson(m.path("spec"));
        Map<String, LinearHead> heads = new LinkedHashMap<>();
        m.path("heads").fields().forEachRemaining(e -> heads.put(e.getKey(), LinearHead.fromJson(e.getValue())));
        Map<String, Double> thresholds = new LinkedHashMap<>();
        m.path("thresholds").fields().forEachRemaining(e -> thresholds.put(e.getKey(), e.getValue().asDouble()));
        TfidfFeaturizer tfidf = spec.tfidf() ? TfidfFeaturizer.fromJson(m.path("tfidf")) : null;
        return new SupportModel(id, spec, Standardizer.fromJson(m.path("standardizer")), tfidf, heads, thresholds,
                hashes);
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("spec", spec.toJson());
        o.set("standardizer", standardizer.toJson());
        if (tfidf != null) {
            o.set("tfidf", tfidf.toJson());
        }
        ObjectNode h = o.putObject("heads");
        new java.util.TreeMap<>(heads).forEach((k, v) -> h.set(k, v.toJson()));
        ObjectNode t = o.putObject("thresholds");
        new java.util.TreeMap<>(thresholds).forEach(t::put);
        return o;
    }

    public FeatureVector features(float[] dense, String text) {
        return SupportFeatures.features(dense, text, standardizer, tfidf);
    }

    public LinearHead head(String name) {
        LinearHead h = heads.get(name);
        if (h == null) {
            throw new AttuneException(ErrorCode.MODEL, "model " + id + " has no head '" + name + "'");
        }
        return h;
    }

    public double threshold(String name, double otherwise) {
        return thresholds.getOrDefault(name, otherwise);
    }
}
