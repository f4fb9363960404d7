package org.attune.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSentenceSplitterTest {
    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(NormalizedText.of(text)).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void punctuatedProse_splitsAtSentenceEnds() {
        assertEquals(List.of("I can't sleep.", "Nobody would notice!", "Would they?"),
                sentences("I can't sleep. Nobody would notice! Would they?"));
    }

    @Test
    void abbreviations_doNotEndASentence() {
        assertEquals(List.of("I saw Dr. Smith today.", "It went ok."),
                sentences("I saw Dr. Smith today. It went ok."));
    }

    @Test
    void aFullStopBeforeALowerCaseWord_endsASentence_unlessAnAbbreviationEndsThere() {
        assertEquals(List.of("kept timing the trains.", "idk why i do it."),
                sentences("kept timing the trains. idk why i do it."));
        assertEquals(List.of("woke at 4 a.m. and couldn't sleep, pears etc. and more from the u.s. office."),
                sentences("woke at 4 a.m. and couldn't sleep, pears etc. and more from the u.s. office."));
        assertEquals(List.of("so tired...", "nothing helps"), sentences("so tired... nothing helps"));
    }

    @Test
    void everyLineBreak_endsASentence() {
        assertEquals(List.of("the walls are close", "the light is grey", "I am still here"),
                sentences("the walls are close\nthe light is grey\r\nI am still here\n"));
    }

    @Test
    void enjambment_joinsALineThatEndsOnAWordThatCannotEndASentence() {
        assertEquals(List.of("I loved you more than\nI could say"), sentences("I loved you more than\nI could say"));
    }

    @Test
    void enjambment_doesNotJoinAcrossABlankLine() {
        assertEquals(List.of("I loved you more than", "I could say"),
                sentences("I loved you more than\n\nI could say"));
    }

    @Test
    void runOnTextWithoutPunctuation_isCutIntoClausesOfAtMost48Words() {
        String text = ("i cant do this anymore everything is too loud and nobody listens " .repeat(20)).strip();
        List<Span> spans = splitter.split(NormalizedText.of(text));
        assertTrue(spans.size() >= 5, "expected the run-on text to be cut, got " + spans.size() + " pieces");
        for (Span s : spans) {
            int words = s.of(text).split("\\s+").length;
            assertTrue(words <= RuleSentenceSplitter.MAX_WORDS, "a piece has " + words + " words");
        }
        assertEquals(text.split("\\s+").length,
                spans.stream().mapToInt(s -> s.of(text).split("\\s+").length).sum(), "no word is lost");
    }

    @Test
    void runOnText_prefersToCutBeforeAConjunction() {
        String text = ("word ".repeat(30) + "and then " + "word ".repeat(30)).strip();
        List<String> pieces = sentences(text);
        assertEquals(2, pieces.size());
        assertTrue(pieces.get(1).startsWith("and then"), "second piece starts at the conjunction");
    }

    @Test
    void emptyAndWhitespaceOnlyText_haveNoSentences() {
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of(), sentences(" \r\n\t\u00A0\u200B\n "));
    }

    @Test
    void punctuationOnly_hasNoSentences() {
        assertEquals(List.of(), sentences("... !!! ?"));
    }

    @Test
    void emojiOnly_isASentence() {
        assertEquals(List.of("\uD83D\uDE1E\uD83D\uDE1E"), sentences("  \uD83D\uDE1E\uD83D\uDE1E \n"));
    }

    @Test
    void offsets_surviveEmojiAndCrlf() {
        String text = "\uFEFFI\u2019m done \uD83D\uDE1E\r\nreally.\u200B Bye \uD83D\uDC4B\uD83C\uDFFD";
        assertEquals(List.of("I\u2019m done \uD83D\uDE1E", "really.", "Bye \uD83D\uDC4B\uD83C\uDFFD"), sentences(text));
    }

    @Test
    void curlyQuotedSentence_keepsItsClosingQuote() {
        assertEquals(List.of("She said \u201Cgo away.\u201D", "So I did."),
                sentences("She said \u201Cgo away.\u201D So I did."));
    }

    @Test
    void chineseFullStops_endSentences() {
        assertEquals(List.of("\u6211\u5F88\u7D2F\u3002", "\u6CA1\u6709\u4EBA\u5728\u4E4E\u3002"),
                sentences("\u6211\u5F88\u7D2F\u3002\u6CA1\u6709\u4EBA\u5728\u4E4E\u3002"));
    }

    static LongStream seeds() {
        return HostileText.seeds(400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void spans_areInBoundsOrderedDisjointAndKeepSurrogatePairsWhole(long seed) {
        Random r = new Random(seed);
        String text = r.nextInt(5) == 0 ? HostileText.randomCodeUnits(r, r.nextInt(300))
                : HostileText.random(r, r.nextInt(200));
        checkSpans(seed, text, splitter.split(NormalizedText.of(text)));
    }

    @Test
    void hundredThousandCharacterPost_isSplitIntoValidSpans() {
        Random r = new Random(7);
        String text = HostileText.longPost(r, 100_000);
        List<Span> spans = splitter.split(NormalizedText.of(text));
        checkSpans(7, text, spans);
        assertFalse(spans.isEmpty());
    }

    @Test
    void hundredThousandCharactersWithoutASpace_areOneValidSpan() {
        String text = "a".repeat(100_000);
        assertEquals(List.of(new Span(0, 100_000)), splitter.split(NormalizedText.of(text)));
    }

    /** The contract of every splitter: in bounds, non-empty, ordered, disjoint, trimmed, pairs whole. */
    static void checkSpans(long seed, String text, List<Span> spans) {
        int lastEnd = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            String where = "seed " + seed + ", sentence " + i + " " + s + " of text length " + text.length();
            assertTrue(s.end() <= text.length(), "out of bounds: " + where);
            assertFalse(s.isEmpty(), "empty: " + where);
            assertTrue(s.begin() >= lastEnd, "overlaps or goes back before the previous end " + lastEnd + ": " + where);
            NormalizedTextTest.assertWholePairs(text, s, where);
            assertFalse(Character.isWhitespace(text.charAt(s.begin())), "starts with whitespace: " + where);
            assertFalse(Character.isWhitespace(text.charAt(s.end() - 1)), "ends with whitespace: " + where);
            lastEnd = s.end();
        }
    }
}
