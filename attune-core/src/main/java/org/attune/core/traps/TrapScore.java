package org.attune.core.traps;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One trap read in a sentence, with the model's probability of it (not calibrated; see the model card). */
@JsonPropertyOrder({"trap", "probability"})
public record TrapScore(Trap trap, double probability) {
}
