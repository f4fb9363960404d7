package org.attune.core.traps;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A sentence of an author's own text that shows one or more thinking traps: {@code [begin, end)} into the original
 * text of the given field of the given post (the sentence's text is in the Assessment's {@code sentences}).
 *
 * @param sentence    index of the sentence in the Assessment's {@code sentences}
 * @param post        the post it belongs to
 * @param field       {@code title} or {@code text}
 * @param begin       start of the span in the original text of that field
 * @param end         end of the span (exclusive)
 * @param probability the probability that the sentence shows any trap
 * @param traps       the traps found, most probable first; never empty
 */
@JsonPropertyOrder({"sentence", "post", "field", "begin", "end", "probability", "traps"})
public record TrapSentence(int sentence, String post, String field, int begin, int end, double probability,
        List<TrapScore> traps) {
    public TrapSentence {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(field, "field");
        traps = List.copyOf(traps);
        if (traps.isEmpty()) {
            throw new IllegalArgumentException("a trap sentence names at least one trap");
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("a span needs 0 <= begin <= end");
        }
    }
}
