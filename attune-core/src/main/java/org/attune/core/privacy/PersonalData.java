package org.attune.core.privacy;

import java.util.Objects;

import org.attune.core.text.Span;

/**
 * One piece of personal data in a post.
 *
 * @param post  the post's id
 * @param field {@code "text"} or {@code "title"}
 * @param span  half-open range into the original field
 * @param kind  what it is
 */
public record PersonalData(String post, String field, Span span, PersonalDataKind kind) {
    public PersonalData {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
