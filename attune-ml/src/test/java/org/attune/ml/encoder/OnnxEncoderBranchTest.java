package org.attune.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.attune.core.embedding.Encoder;
import org.attune.ml.emotion.TunedEmotionModel;

/** The shipped emotion branch run by the encoder: every sentence read, windows included, base vectors untouched. */
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

    @Test
    void emptyGroupsAndEmojiOnly_readWithoutError() {
        List<Encoder.Passage> read = branched.readInContext(List.of(List.of(), List.of("\uD83D\uDE22\uD83D\uDE22")));
        assertEquals(0, read.get(0).vectors().length);
        assertEquals(1, read.get(1).branch().means().length);
        assertNull(plain.readInContext(List.of(List.of("One."))).get(0).branch());
    }
}
