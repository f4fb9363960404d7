package org.attune.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizedTextTest {

    @Test
    void asciiText_isKeptAsIs() {
        String s = "I can't sleep. Nobody would notice!";
        NormalizedText t = NormalizedText.of(s);
        assertEquals(s, t.normalized());
        assertEquals(new Span(2, 7), t.toOriginal(2, 7));
    }

    @Test
    void crlfAndLoneCr_becomeOneLineFeedEach() {
        NormalizedText t = NormalizedText.of("a\r\nb\rc\n");
        assertEquals("a\nb\nc\n", t.normalized());
        assertEquals(new Span(1, 3), t.toOriginal(1, 2), "the LF stands for both characters of CRLF");
        assertEquals(new Span(4, 5), t.toOriginal(3, 4));
    }

    @Test
    void zeroWidthCharactersAndBom_disappearButSpansStillCoverTheOriginal() {
        String s = "\uFEFFno\u200Bbo\u200Ddy";
        NormalizedText t = NormalizedText.of(s);
        assertEquals("nobody", t.normalized());
        Span all = t.toOriginal(0, 6);
        assertEquals(new Span(1, s.length()), all);
    }

    @Test
    void curlyQuotesAndUnicodeSpaces_areStraightened() {
        NormalizedText t = NormalizedText.of("\u201Cdon\u2019t\u201D\u00A0go");
        assertEquals("\"don't\" go", t.normalized());
    }

    @Test
    void ellipsisCharacter_expandsToThreeDotsThatMapToOneCharacter() {
        NormalizedText t = NormalizedText.of("so\u2026 tired");
        assertEquals("so... tired", t.normalized());
        assertEquals(new Span(2, 3), t.toOriginal(3, 4), "a middle dot maps to the whole ellipsis");
        assertEquals(new Span(0, 3), t.toOriginal(0, 5));
    }

    @Test
    void emojiAndOtherScripts_areLeftAlone() {
        String s = "\uD83D\uDC69\u200D\uD83D\uDC67 \u05E9\u05DC\u05D5\u05DD \u6211\u5F88\u7D2F";
        NormalizedText t = NormalizedText.of(s);
        // the ZWJ inside the family emoji is a zero-width character: it goes, the two people stay
        assertEquals("\uD83D\uDC69\uD83D\uDC67 \u05E9\u05DC\u05D5\u05DD \u6211\u5F88\u7D2F", t.normalized());
    }

    @Test
    void emptyRange_mapsToAnEmptySpanInsideTheOriginal() {
        NormalizedText t = NormalizedText.of("ab\u200B");
        assertEquals(new Span(1, 1), t.toOriginal(1, 1));
        assertEquals(new Span(3, 3), t.toOriginal(2, 2), "the end of the normalised text is the end of the original");
        assertEquals(new Span(0, 0), NormalizedText.of("").toOriginal(0, 0));
    }

    @Test
    void rangeOutsideTheNormalisedText_isRejected() {
        NormalizedText t = NormalizedText.of("abc");
        assertThrows(IndexOutOfBoundsException.class, () -> t.toOriginal(-1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> t.toOriginal(2, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> t.toOriginal(2, 1));
    }

    static LongStream seeds() {
        return HostileText.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRange_mapsInsideTheOriginalWithoutSplittingASurrogatePair(long seed) {
        Random r = new Random(seed);
        String original = r.nextInt(4) == 0 ? HostileText.randomCodeUnits(r, r.nextInt(200))
                : HostileText.random(r, r.nextInt(120));
        checkMapping(seed, original, r, 400);
    }

    @Test
    void hundredThousandCharacterPost_mapsEveryCharacterBack() {
        Random r = new Random(42);
        String original = HostileText.longPost(r, 100_000);
        checkMapping(42, original, r, 5_000);
    }

    /** Checks single characters in order (monotone, in bounds) and random ranges (in bounds, pairs whole). */
    static void checkMapping(long seed, String original, Random r, int ranges) {
        NormalizedText t = NormalizedText.of(original);
        assertEquals(original, t.original());
        int n = t.normalized().length();
        int lastBegin = 0;
        int lastEnd = 0;
        for (int i = 0; i < n; i++) {
            Span s = t.toOriginal(i, i + 1);
            String where = "seed " + seed + ", normalised char " + i + " -> " + s + " of " + original.length();
            assertTrue(s.end() <= original.length() && s.length() > 0, where);
            assertTrue(s.begin() >= lastBegin && s.end() >= lastEnd, "mapping goes backwards: " + where);
            assertWholePairs(original, s, where);
            lastBegin = s.begin();
            lastEnd = s.end();
        }
        for (int k = 0; k < ranges; k++) {
            int b = n == 0 ? 0 : r.nextInt(n + 1);
            int e = b + (n - b == 0 ? 0 : r.nextInt(n - b + 1));
            Span s = t.toOriginal(b, e);
            String where = "seed " + seed + ", normalised [" + b + ", " + e + ") -> " + s + " of " + original.length();
            assertTrue(s.end() <= original.length(), where);
            assertEquals(b == e, s.isEmpty(), "empty exactly when the range is: " + where);
            assertWholePairs(original, s, where);
        }
    }

    static void assertWholePairs(String original, Span s, String where) {
        if (splitsPair(original, s.begin()) || splitsPair(original, s.end())) {
            fail("span cuts a surrogate pair in half: " + where);
        }
    }

    /** Whether offset {@code i} falls between the high and the low half of one surrogate pair. */
    static boolean splitsPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i));
    }
}
