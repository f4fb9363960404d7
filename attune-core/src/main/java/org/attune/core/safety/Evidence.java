package org.attune.core.safety;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A span of the original text that supports a risk claim: {@code [begin, end)} into the given field of the given post;
 * {@code text} is that substring; {@code signal} names what it shows ("cssrs.behaviour", "self-injury.current",
 * "self-injury.severity", "farewell", ...).
 */
@JsonPropertyOrder({"post", "field", "begin", "end", "text", "signal", "score"})
public record Evidence(String post, String field, int begin, int end, String text, String signal, double score) {
}
