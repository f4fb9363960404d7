package org.attune.ml.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.MlpHead;
import org.attune.ml.head.Standardizer;

/**
 * The triage exemplar head: P(high or imminent) of a writer's pooled sentence vectors, trained on the synthetic
 * functional cases already acted on (written from docs/triage.md), with its own standardiser and a threshold chosen by
 * cross-validation for precision. The analyzer lets it raise a writer to high; it never lowers anyone.
 *
 * @param linear a logistic regression, or null where the head is {@code mlp}
 * @param mlp    a one-hidden-layer network with one output, or null where the head is {@code linear}
 */
public record TriageExemplarHead(Standardizer standardizer, LinearHead linear, MlpHead mlp, double threshold) {
    public TriageExemplarHead {
        if ((linear == null) == (mlp == null)) {
            throw new IllegalArgumentException("an exemplar head is either linear or an MLP");
        }
    }

    /** P(high or imminent). */
    public double probability(float[] pooled) {
        FeatureVector x = FeatureVector.dense(standardizer.transform(pooled));
        return mlp != null ? mlp.probabilities(x)[0] : linear.probabilities(x)[1];
    }

    /** The same model with another threshold. */
    public TriageExemplarHead withThreshold(double t) {
        return new TriageExemplarHead(standardizer, linear, mlp, t);
    }

    /** Whether the pooled sentences read as needing a same-hour review. */
    public boolean urgent(float[] pooled) {
        return probability(pooled) >= threshold;
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("standardizer", standardizer.toJson());
        if (mlp != null) {
            o.set("mlp", mlp.toJson());
        } else {
            o.set("head", linear.toJson());
        }
        o.put("threshold", threshold);
        return o;
    }

    public static TriageExemplarHead fromJson(JsonNode o) {
        return new TriageExemplarHead(Standardizer.fromJson(o.path("standardizer")),
                o.has("head") ? LinearHead.fromJson(o.path("head")) : null,
                o.has("mlp") ? MlpHead.fromJson(o.path("mlp")) : null, o.path("threshold").asDouble());
    }
}
