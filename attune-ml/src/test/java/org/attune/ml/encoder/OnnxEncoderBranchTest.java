package org.attune.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.attune.core.embedding.Encoder;
import org.attune.core.error.AttuneException;
import org.attune.ml.emotion.TunedEmotionModel;

/**
 * The shipped emotion branch run by the encoder: every sentence read, windows included, base vectors untouched; a
 * dedicated branch beside it reads as it would alone.
 */
class OnnxEncoderBranchTest {
    private static OnnxEncoder plain;
    private static OnnxEncoder branched;

    @BeforeAll
    static void open() {
        plain = OnnxEncoder.bgeSmall(2);
        branched = OnnxEncoder.bgeSmall(2, TunedEmotionModel.load().branch());
    }

    @AfterAll
    static void close() {
        plain.close();
        branched.close();
    }

    /** 200 sentences: about 2,600 tokens, read in several windows of 512. */
    @Test
    void aPassageLongerThanTheWindow_getsABranchReadingForEverySentence() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sentences.add("Sentence number " + i + " talks about the weather and the garden today.");
        }
        Encoder.Passage read = branched.readInContext(List.of(sentences)).get(0);
        int content = branched.tokenize(sentences).ids().length - 2;
        int counted = 0;
        for (int s = 0; s < sentences.size(); s++) {
            assertTrue(read.branch().tokens()[s] > 0, "sentence " + s);
            counted += read.branch().tokens()[s];
            for (float x : read.branch().means()[s]) {
                assertTrue(Float.isFinite(x), "sentence " + s);
            }
        }
        assertEquals(content, counted, "every content token belongs to one sentence");
        float[][] expected = plain.encodeInContext(List.of(sentences)).get(0);
        for (int s = 0; s < sentences.size(); s++) {
            assertArrayEquals(expected[s], read.vectors()[s], 1e-6f, "the base vectors are the plain encoder's");
        }
    }

    /**
     * A dedicated branch reads what the same branch reads when shared, and running one beside the shared branch
     * changes neither the shared branch's reading nor the base vectors.
     */
    @Test
    void aDedicatedBranch_readsAsTheSharedOne_andChangesNothingElse() {
        OnnxEncoder.Branch emotions = TunedEmotionModel.load().branch();
        OnnxEncoder.Branch copy = new OnnxEncoder.Branch("copy", emotions.model(), emotions.entry(),
                emotions.baseSha256());
        List<List<String>> groups = List.of(List.of("I kept it together at work.", "Then I cried in the car."),
                List.of("One more line, read in a second passage."));
        try (OnnxEncoder both = OnnxEncoder.bgeSmall(2, emotions, List.of(copy))) {
            assertEquals(List.of("copy"), both.dedicatedBranches());
            assertTrue(both.files().containsKey("copy"));
            List<Encoder.Passage> expected = branched.readInContext(groups);
            List<Encoder.Passage> read = both.readInContext(groups);
            for (int g = 0; g < groups.size(); g++) {
                for (int s = 0; s < groups.get(g).size(); s++) {
                    assertArrayEquals(expected.get(g).vectors()[s], read.get(g).vectors()[s], 1e-6f);
                    assertArrayEquals(expected.get(g).branch().means()[s], read.get(g).branch().means()[s], 1e-6f);
                    assertArrayEquals(expected.get(g).branch().means()[s],
                            read.get(g).dedicated().get("copy").means()[s], 1e-6f);
                }
                assertArrayEquals(expected.get(g).branch().tokens(), read.get(g).dedicated().get("copy").tokens());
            }
        }
        try (OnnxEncoder alone = OnnxEncoder.bgeSmall(2, null, List.of(copy))) {
            Encoder.Passage read = alone.readInContext(groups).get(0);
            assertNull(read.branch(), "no shared branch");
            assertArrayEquals(branched.readInContext(groups).get(0).branch().means()[1],
                    read.dedicated().get("copy").means()[1], 1e-6f);
        }
    }

    @Test
    void twoBranchesOfOneName_areRefused() {
        OnnxEncoder.Branch emotions = TunedEmotionModel.load().branch();
        AttuneException e = assertThrows(AttuneException.class,
                () -> OnnxEncoder.bgeSmall(1, emotions, List.of(emotions)));
        assertTrue(e.getMessage().contains("two branches"), e.getMessage());
    }

    @Test
    void emptyGroupsAndEmojiOnly_readWithoutError() {
        List<Encoder.Passage> read = branched.readInContext(List.of(List.of(), List.of("\uD83D\uDE22\uD83D\uDE22")));
        assertEquals(0, read.get(0).vectors().length);
        assertEquals(1, read.get(1).branch().means().length);
        assertNull(plain.readInContext(List.of(List.of("One."))).get(0).branch());
    }
}
