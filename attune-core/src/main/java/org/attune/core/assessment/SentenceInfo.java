package org.attune.core.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A sentence in the Assessment: {@code [begin, end)} into the original text of the given field of the given post;
 * {@code text} is exactly that original substring.
 */
@JsonPropertyOrder({"index", "post", "field", "begin", "end", "text"})
public record SentenceInfo(int index, String post, String field, int begin, int end, String text) {
}
