package org.attune.core.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain spellings of shorthand, on synthetic text. */
class ShorthandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gona do it tmrw|gonna do it tomorrow",
        "Cuted my arm agian TONITE|cut my arm again tonight",
        "idk why ppl care abt me|i don't know why people care about me",
        "the shelf is 2nite's job|the shelf is tonight's job",
        "brown cuttlefish, rnd 2|brown cuttlefish, rnd 2",
        "thoughts of k*lling myself|thoughts of killing myself",
        "su*cidal again, s!icide on my mind|suicidal again, suicide on my mind",
        "k*lls me that the sale ended|kills me that the sale ended",
        "skill*ed and sauce*d|skill*ed and sauce*d",
        "kill my self, my self-esteem|kill myself, my self-esteem",
        "cant do ths anymore gonna unalive myslf tmrrw aftr work|cant do this anymore gonna unalive myself tomorrow "
            + "after work"})
    void expandsWholeWordsOnly(String text, String plain) {
        assertEquals(plain, Shorthand.plain(text));
    }
}
