package org.attune.core.support;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One empathy mechanism of one reply: its level (0 none, 1 weak, 2 strong), the probability of each level, and the
 * reply's sentences that carry it (empty at level 0).
 */
@JsonPropertyOrder({"mechanism", "level", "probabilities", "rationale"})
public record EmpathyLevel(Mechanism mechanism, int level, List<Double> probabilities, List<Rationale> rationale) {
    public EmpathyLevel {
        if (level < 0 || level > 2) {
            throw new IllegalArgumentException("an empathy level is 0, 1 or 2");
        }
        probabilities = List.copyOf(probabilities);
        rationale = List.copyOf(rationale);
    }
}
