package org.attune.core.privacy;

import java.util.List;

/** Replaces personal data with placeholders ({@code [name]}, {@code [email]}...). */
public final class Redactor {
    private static final PersonalDataFinder FINDER = new PersonalDataFinder();

    private Redactor() {
    }

    /** {@code text} with every span of {@code found} (sorted, not overlapping) replaced by its placeholder. */
    public static String redact(String text, List<Found> found) {
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Found f : found) {
            if (f.span().begin() < at || f.span().end() > text.length()) {
                continue;
            }
            sb.append(text, at, f.span().begin()).append(f.kind().placeholder());
            at = f.span().end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** Finds and replaces in one step. */
    public static String redact(String text) {
        return redact(text, FINDER.find(text));
    }
}
