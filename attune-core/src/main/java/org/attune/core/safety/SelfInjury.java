package org.attune.core.safety;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Whether the person describes injuring themself, and when. */
@JsonPropertyOrder({"present", "recency"})
public record SelfInjury(boolean present, Recency recency) {
    public static final SelfInjury NONE = new SelfInjury(false, Recency.NONE);
}
