package org.attune.core.assessment;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What produced an Assessment: the engine version, the analyzers in pipeline order, and the sha256 of every model
 * file they used, so that a result can be traced to the exact weights.
 */
@JsonPropertyOrder({"engine", "engineVersion", "analyzers", "models"})
public record Provenance(String engine, String engineVersion, List<String> analyzers, Map<String, String> models) {
    public Provenance {
        analyzers = List.copyOf(analyzers);
        models = Map.copyOf(models);
    }
}
