package org.attune.core.support;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A sentence of a reply that carries an empathy mechanism: {@code [begin, end)} into the given field of the reply's
 * original text; {@code text} is that substring; {@code score} is the rationale head's probability for the sentence.
 */
@JsonPropertyOrder({"field", "begin", "end", "text", "score"})
public record Rationale(String field, int begin, int end, String text, double score) {
}
