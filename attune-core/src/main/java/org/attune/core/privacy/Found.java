package org.attune.core.privacy;

import org.attune.core.text.Span;

/** A span of personal data in one string, before it is tied to a post. */
public record Found(Span span, PersonalDataKind kind) {
}
