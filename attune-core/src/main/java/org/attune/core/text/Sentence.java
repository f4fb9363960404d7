package org.attune.core.text;

import java.util.Objects;

/**
 * One sentence of one field of one post. {@code span} points into that field's ORIGINAL text.
 *
 * @param index   position in the thread's reading order, from 0
 * @param postId  the post it belongs to
 * @param field   the field of the post it was read from
 * @param span    range in the original text of that field
 * @param normalized the sentence as analyzers read it (see {@link NormalizedText}); never shown as evidence
 */
public record Sentence(int index, String postId, Field field, Span span, String normalized) {
    public Sentence {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(normalized, "normalized");
    }

    /** The fields of a post that carry text. */
    public enum Field {
        TITLE("title"),
        TEXT("text");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
