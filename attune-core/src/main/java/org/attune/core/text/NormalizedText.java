package org.attune.core.text;

import java.text.Normalizer;

/**
 * A normalised view of an original text that remembers, for every normalised character, the range of original
 * characters it came from. Analyzers work on {@link #normalized()}; every span they report goes through
 * {@link #toOriginal(int, int)} so that it points into the original, which stays the source of truth.
 *
 * <p>What changes: CR and CRLF become LF; zero-width characters and the BOM disappear; curly quotes become straight;
 * no-break and other Unicode spaces become a plain space; compatibility forms (full-width letters, ligatures, the
 * ellipsis character) are NFKC-folded. Emoji, other scripts and letter case are left alone.
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;
    /** For normalised char i: the original range [origBegin[i], origEnd[i]) it came from. */
    private final int[] origBegin;
    private final int[] origEnd;

    private NormalizedText(String original, String normalized, int[] origBegin, int[] origEnd) {
        this.original = original;
        this.normalized = normalized;
        this.origBegin = origBegin;
        this.origEnd = origEnd;
    }

    public static NormalizedText of(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] begins = new int[n + 8];
        int[] ends = new int[n + 8];
        int size = 0;
        int i = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement;
            if (cp == '\r') {
                if (next < n && original.charAt(next) == '\n') {
                    next++;
                }
                replacement = "\n";
            } else if (cp < 0x80) {
                replacement = null; // fast path: ASCII is kept as is
            } else {
                replacement = replace(cp);
            }
            if (replacement == null) {
                if (size + 2 > begins.length) {
                    begins = grow(begins);
                    ends = grow(ends);
                }
                for (int k = i; k < next; k++) {
                    out.append(original.charAt(k));
                    begins[size] = i;
                    ends[size] = next;
                    size++;
                }
            } else {
                if (size + replacement.length() > begins.length) {
                    begins = grow(begins, size + replacement.length());
                    ends = grow(ends, size + replacement.length());
                }
                for (int k = 0; k < replacement.length(); k++) {
                    out.append(replacement.charAt(k));
                    begins[size] = i;
                    ends[size] = next;
                    size++;
                }
            }
            i = next;
        }
        int[] b = java.util.Arrays.copyOf(begins, size);
        int[] e = java.util.Arrays.copyOf(ends, size);
        return new NormalizedText(original, out.toString(), b, e);
    }

    /** Returns the replacement of a non-ASCII code point, or null to keep it as is. */
    private static String replace(int cp) {
        switch (cp) {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                return "";
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC:
                return "'";
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB:
                return "\"";
            case 0x2028, 0x2029, 0x0085:
                return "\n";
            default:
                break;
        }
        if (Character.isSpaceChar(cp)) {
            return " ";
        }
        if (isEmojiOrSymbol(cp)) {
            return null;
        }
        String s = Character.toString(cp);
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return folded.equals(s) ? null : folded;
    }

    private static boolean isEmojiOrSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE || (cp >= 0x1F000 && cp <= 0x1FAFF);
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }

    private static int[] grow(int[] a, int atLeast) {
        return java.util.Arrays.copyOf(a, Math.max(a.length * 2 + 16, atLeast + 16));
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** Maps a half-open range of the normalised text back to the smallest original range that covers it. */
    public Span toOriginal(int begin, int end) {
        if (begin < 0 || end > normalized.length() || end < begin) {
            throw new IndexOutOfBoundsException("range [" + begin + ", " + end + ") outside normalised length "
                    + normalized.length());
        }
        if (begin == end) {
            int at = begin < origBegin.length ? origBegin[begin] : original.length();
            return new Span(at, at);
        }
        return new Span(origBegin[begin], origEnd[end - 1]);
    }
}
