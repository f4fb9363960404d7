package org.attune.core.support;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A passage of a reply that carries an empathy mechanism: one sentence, or several in a row, {@code [begin, end)}
 * into the given field of the reply's original text; {@code text} is that substring; {@code score} is the rationale
 * head's highest probability among the passage's sentences.
 */
@JsonPropertyOrder({"field", "begin", "end", "text", "score"})
public record Rationale(String field, int begin, int end, String text, double score) {
}
