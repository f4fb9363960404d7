package org.attune.core.context;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The context of one author's text as a whole.
 *
 * @param stress   P(stress) from the dreaddit head (a logistic-regression probability, not calibrated further)
 * @param stressed whether {@code stress} is at or over the head's threshold
 * @param cause    the most probable cause of distress (one of {@link Context#CAUSES}; "none" when no reason is given)
 * @param causes   every cause's probability, in {@link Context#CAUSES} order, summing to 1
 */
@JsonPropertyOrder({"stress", "stressed", "cause", "causes"})
public record AuthorContext(double stress, boolean stressed, String cause, Map<String, Double> causes) {
    public AuthorContext {
        causes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(causes));
    }
}
