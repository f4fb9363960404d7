package org.attune.core.safety;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The safety assessment of one author of a thread.
 *
 * @param level        triage level (docs/triage.md)
 * @param cssrs        C-SSRS screener level with a probability per level
 * @param selfInjury   self-injury and its recency
 * @param probability  probability that this person needs a moderator's attention now (level at least moderate)
 * @param calibrated   whether {@code probability} is the calibrated model output (see the model card): false when a
 *                     structured signal raised the level or the author asserted nothing of their own
 * @param evidence     the spans behind the level; every level above none has at least one
 */
@JsonPropertyOrder({"level", "cssrs", "selfInjury", "probability", "calibrated", "evidence"})
public record AuthorRisk(TriageLevel level, Cssrs cssrs, SelfInjury selfInjury, double probability,
        boolean calibrated, List<Evidence> evidence) {
    public AuthorRisk {
        evidence = List.copyOf(evidence);
        if (level != TriageLevel.NONE && evidence.isEmpty()) {
            throw new IllegalArgumentException("a risk level above none needs evidence");
        }
    }
}
