package org.attune.core.emotion;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One emotion label with the head's probability for it (a one-vs-rest sigmoid, not calibrated). */
@JsonPropertyOrder({"label", "probability"})
public record EmotionScore(String label, double probability) {
}
