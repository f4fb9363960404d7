package org.attune.core.text;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Random text built from the pieces that break text code: emoji and surrogate pairs (ZWJ sequences, flags, skin
 * tones, variation selectors), CRLF and lone CR, zero-width characters and the BOM, combining marks, right-to-left
 * scripts, CJK, compatibility forms that NFKC expands, Unicode spaces, and lone surrogates. Deterministic for a seed,
 * in the manner of Lucene's {@code checkRandomData}: a failing test prints its seed, never the text.
 */
public final class HostileText {
    static final List<String> PIECES = List.of(
            // plain English words and punctuation
            "i", "feel", "so", "tired", "and", "nobody", "would", "notice", "Mr.", "Dr.", "e.g.", "i.e.", "U.S.",
            "3.14", "1,000", "can't", "don't", ".", "!", "?", "?!", "...", ",", ";", ":", "-", "(", ")", "\"", "'",
            // whitespace of every kind
            " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\r\r\n", "\u00A0", "\u2003", "\u3000",
            "\u2028", "\u2029", "\u0085", "\f",
            // zero-width and invisible
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
            // quotes that get straightened
            "\u2018", "\u2019", "\u201C", "\u201D", "\u00AB", "\u00BB",
            // emoji: single, with variation selector, skin tone, ZWJ family, flags, keycap
            "\uD83D\uDE1E", "\u2764\uFE0F", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "\uD83C\uDDFA\uD83C\uDDF8", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "1\uFE0F\u20E3", "\uD83E\uDEE0",
            "\u2696\uFE0F",
            // combining marks, precomposed and decomposed
            "cafe\u0301", "caf\u00E9", "n\u0303", "Z\u0351\u0368\u0344\u036B", "\u0915\u094D\u0937",
            // right to left
            "\u0645\u0631\u062D\u0628\u0627", "\u0627\u0644\u0633\u0644\u0627\u0645.", "\u05E9\u05DC\u05D5\u05DD",
            "\u200F", "\u202E",
            // CJK with its own full stops, Hangul, Thai
            "\u6211\u5F88\u7D2F\u3002", "\u4ECA\u65E5\u306F\uFF01", "\uD55C\uAD6D\uC5B4", "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35",
            // compatibility forms that NFKC changes, some into several characters or across planes
            "\uFB01", "\u2026", "\u00BD", "\u33C2", "\uFF28\uFF45\uFF4C\uFF4C\uFF4F", "\uD835\uDC00", "\u2460",
            "\u01C4", "\uFDFA", "\u2474",
            // lone surrogates: legal in a Java string, illegal in UTF-8
            "\uD83D", "\uDE1E", "\uDBFF", "\uDC00");

    private HostileText() {
    }

    /** A text of about {@code pieces} pieces drawn at random. */
    public static String random(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES.get(r.nextInt(PIECES.size())));
            if (r.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** Random UTF-16 code units, any value at all: surrogates split anywhere, controls, unassigned. */
    public static String randomCodeUnits(Random r, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(4);
            c[i] = switch (kind) {
                case 0 -> (char) (0x20 + r.nextInt(0x5F));
                case 1 -> (char) (0xD800 + r.nextInt(0x800));
                case 2 -> (char) r.nextInt(0x80);
                default -> (char) r.nextInt(0x10000);
            };
        }
        return new String(c);
    }

    /** A text of at least {@code length} characters with few sentence ends: one long post of run-on writing. */
    public static String longPost(Random r, int length) {
        StringBuilder sb = new StringBuilder(length + 64);
        while (sb.length() < length) {
            sb.append(PIECES.get(r.nextInt(PIECES.size()))).append(' ');
            if (r.nextInt(50) == 0) {
                sb.append("and then ");
            }
        }
        return sb.toString();
    }

    /** Seeds for parameterised tests: fixed, so that a failure can be replayed by its seed alone. */
    public static LongStream seeds(int count) {
        return LongStream.range(0, count).map(i -> 0x5EEDL * 31 + i * 0x9E3779B97F4A7C15L);
    }
}
