package org.attune.core.safety;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The C-SSRS screener level 0-6 (0 none, 1 wish to be dead, 2 non-specific active thoughts, 3 method, 4 intent,
 * 5 plan with intent, 6 behaviour) and a probability per level, from the trained head.
 */
@JsonPropertyOrder({"level", "probabilities"})
public record Cssrs(int level, List<Double> probabilities) {
    public Cssrs {
        probabilities = List.copyOf(probabilities);
    }
}
