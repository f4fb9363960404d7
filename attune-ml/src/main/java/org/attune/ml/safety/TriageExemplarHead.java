package org.attune.ml.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;

/**
 * The triage exemplar head: P(high or imminent) of a writer's pooled sentence vectors, trained on the synthetic
 * functional cases already acted on (written from docs/triage.md), with its own standardiser and a threshold chosen by
 * cross-validation for precision. The analyzer lets it raise a writer to high; it never lowers anyone.
 */
public record TriageExemplarHead(Standardizer standardizer, LinearHead head, double threshold) {

    /** P(high or imminent). */
    public double probability(float[] pooled) {
        return head.probabilities(FeatureVector.dense(standardizer.transform(pooled)))[1];
    }

    /** Whether the pooled sentences read as needing a same-hour review. */
    public boolean urgent(float[] pooled) {
        return probability(pooled) >= threshold;
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("standardizer", standardizer.toJson());
        o.set("head", head.toJson());
        o.put("threshold", threshold);
        return o;
    }

    public static TriageExemplarHead fromJson(JsonNode o) {
        return new TriageExemplarHead(Standardizer.fromJson(o.path("standardizer")),
                LinearHead.fromJson(o.path("head")), o.path("threshold").asDouble());
    }
}
