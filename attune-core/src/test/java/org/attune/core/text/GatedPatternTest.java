package org.attune.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatedPatternTest {
    /** Expressions in the shapes the rules use, and the syntax a reading could get wrong. */
    private static final List<String> SHAPES = List.of(
            "\\b(?:cut|burn(?:ed|t)?) myself\\b",
            "\\b(?:i|i've|ive|i'm) (?:\\S+ )?(?:cut|sh'?d|relapsed)\\b",
            "^(?:just )?(?:relapsed|self[- ]?harmed|sh'?e?d)\\b",
            "(?<!not )\\bkill (?:my|him)self\\b(?! in the game)",
            "\\b(?:took|swallowed) (?:\\d+|a lot of|all (?:my|the)) (?:pills|tablets)\\b",
            "\\b(?:end|ending) it (?:all )?(?:tonight|today|now)\\b|\\bgoodbye (?:everyone|all)\\b",
            "(?:a|b)+c{2,3}d?",
            "\\bcut\\b(?! (?:the|a(?! (?:bit|little)\\b)|my hair)\\b)",
            "dead (?:\\S+ )?\\x{1F480}|i'm dead \uD83D\uDE02",
            "[.!?]\\s*(?:bye|goodbye)[.!]*$",
            "\\b(?:od'?d?|overdos\\w*) on\\b",
            "(?:it|they) (?:won'?t|wont) stop bleeding",
            "\\b(?:un)?alive\\b",
            "[^a-z]kms[^a-z]|^kms\\b");

    @Test
    void aPhrase_needsOneOfItsWholeStrings() {
        assertEquals("(\"cut myself\" | \"burn myself\" | \"burnt myself\" | \"burned myself\")",
                need("\\b(?:cut|burn(?:ed|t)?) myself\\b"));
    }

    @Test
    void aConcatenation_needsItsStrongestParts() {
        // "a+" repeats, so only what it needs is sure; the run after it is longer
        assertEquals("(\"bcd\" & \"a\")", need("a+bcd"));
        // an assertion matches the empty string and leaves the phrase whole
        assertEquals("\"kill myself\"", need("(?<!not )\\bkill myself\\b"));
        // a word in between that can be anything: both sides are needed
        assertEquals("((\"cut\" | \"shd\" | \"sh'd\") & (\"i \" | \"i've \"))",
                need("\\b(?:i|i've) (?:\\S+ )?(?:cut|sh'?d)\\b"));
    }

    @Test
    void anAlternation_needsOneOfItsBranches() {
        assertEquals("(\"goodbye\" | \"farewell\")", need("\\bgoodbye\\b|\\bfarewell\\b"));
        // a literal that contains another adds nothing
        assertEquals("\"not\"", need("\\b(?:was not|not)\\b"));
        assertEquals("(\"goodbye\" | (\" pills\" & \"took \"))", need("took \\d+ pills|goodbye"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?:abc)?", "x*", "a|b?", "(a)\\1", "(?i)kill", "(?i:kill) me", "\\Qa.b\\E",
        "[a-z&&[^q]]+end", "\\w+", ".*"})
    void expressionsWithNothingSureOrSyntaxNotRead_areAlwaysRun(String regex) {
        assertTrue(RequiredLiterals.of(Pattern.compile(regex)).isEmpty(), regex);
        assertFalse(GatedPattern.compile(regex).gated());
    }

    @Test
    void flaggedExpressions_areAlwaysRun() {
        assertFalse(GatedPattern.of(Pattern.compile("kill me", Pattern.CASE_INSENSITIVE)).gated());
    }

    @Test
    void emojiAndHexCharacters_areLiterals() {
        assertEquals("\"dead \uD83D\uDC80\"", need("dead \\x{1F480}"));
        // a quantifier after an emoji applies to the whole character, not to its low surrogate
        assertTrue(GatedPattern.compile("ok\uD83D\uDE02?!").find("ok!"));
    }

    @Test
    void aTextWithoutTheLiterals_findsNothingAndItsMatcherAgrees() {
        GatedPattern p = GatedPattern.compile("\\b(?:cut|burn(?:ed|t)?) myself\\b");
        assertFalse(p.mayMatch("we walked to the garden"));
        assertFalse(p.find("we walked to the garden"));
        assertFalse(p.matcher("we walked to the garden").find());
        Matcher m = p.matcher("i burnt myself again");
        assertTrue(m.find());
        assertEquals("burnt myself", m.group());
    }

    @Test
    void anExpressionCompiledAfterATextWasLookedUp_seesItsOwnLiteralsInThatText() {
        String text = "the quokka sat by the zebu";
        // what the first look-up found is kept for the text; the second expression's literals are new to the index
        assertTrue(GatedPattern.compile("\\bquokka\\b").find(text));
        GatedPattern later = GatedPattern.compile("\\bzebu\\b|\\bgnu\\b");
        assertTrue(later.find(text));
        assertFalse(later.find("the quokka sat alone"));
    }

    @Test
    void expressionsSharingLiterals_answerEachForItsOwn() {
        GatedPattern both = GatedPattern.compile("harm(?:ed)? (?:myself|me)");
        GatedPattern one = GatedPattern.compile("myself");
        String text = "i harmed myself";
        assertTrue(one.find(text));
        assertTrue(both.find(text));
        assertTrue(one.find("by myself"));
        assertFalse(both.find("by myself"));
    }

    private static String need(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex)).map(Object::toString).orElse("nothing");
    }

    /**
     * The gate never changes an answer: over random texts built from the expressions' own words, pieces that break
     * text code and random letters, every match the expression finds, the gated one finds at the same place.
     */
    @Test
    void gatedAnswers_equalTheExpressionsOwn_onRandomText() {
        List<String> pieces = new ArrayList<>(HostileText.PIECES);
        pieces.addAll(List.of("cut", "myself", "burn", "burned", "burnt", "i", "i've", "sh'd", "relapsed", "just",
                "self-harmed", "not", "kill", "himself", "in the game", "took", "12", "pills", "all my", "tablets",
                "end", "it", "all", "tonight", "goodbye", "everyone", "a", "b", "c", "cc", "d", "bit", "the",
                "my hair", "dead", "\uD83D\uDC80", "i'm", "\uD83D\uDE02", "bye", "od'd", "overdosed", "on", "they",
                "wont", "won't", "stop bleeding", "un", "alive", "kms", "x", "y", " ", " ", " ", ".", "!"));
        List<GatedPattern> gated = SHAPES.stream().map(GatedPattern::compile).toList();
        for (GatedPattern g : gated) {
            assertTrue(g.gated(), g.regex());
        }
        Random rnd = new Random(20261206L);
        int matches = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(pieces.get(rnd.nextInt(pieces.size())));
                if (rnd.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            for (GatedPattern g : gated) {
                Matcher own = g.pattern().matcher(text);
                Matcher ours = g.matcher(text);
                while (true) {
                    boolean found = own.find();
                    assertEquals(found, ours.find(), () -> "seed 20261206, expression " + g.regex());
                    if (!found) {
                        break;
                    }
                    assertEquals(own.start(), ours.start());
                    assertEquals(own.end(), ours.end());
                    matches++;
                }
            }
        }
        assertTrue(matches > 1_000, "the random texts must hold matches for the comparison to mean anything: " + matches);
    }
}
