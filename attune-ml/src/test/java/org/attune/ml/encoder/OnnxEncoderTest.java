package org.attune.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/** The real bge-small encoder, opened once for the class (it takes about a second). */
class OnnxEncoderTest {
    private static OnnxEncoder encoder;

    private static final List<String> TEXTS = List.of(
            "I don't think I can keep going like this.",
            "The weather is nice today.",
            "",
            "\uD83D\uDE1E\uD83D\uDE1E\uD83D\uDE1E",
            "my therapist said to write down three things i did today",
            "ok",
            "Nobody would notice if I was gone, and honestly that is the part that hurts the most, more than anything"
                    + " else that happened this year.");

    @BeforeAll
    static void open() {
        encoder = OnnxEncoder.bgeSmall(2);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private static void assertUnit(float[] v) {
        assertEquals(384, v.length, "dimension");
        assertEquals(1.0, Math.sqrt(dot(v, v)), 1e-4, "length");
    }

    @Test
    void vectors_areUnitLengthWithDimension384() {
        assertEquals(384, encoder.dimension());
        float[][] vectors = encoder.encode(TEXTS);
        assertEquals(TEXTS.size(), vectors.length);
        for (float[] v : vectors) {
            assertUnit(v);
        }
    }

    /**
     * Batching may not change what a text means. It does change the vector slightly: the int8 model quantises its
     * activations with one scale per tensor, computed over the whole batch, so a text's vector depends on its batch
     * companions (measured: cosine 0.993 to 0.996 against the text alone; identical texts give 1.0). The bound below
     * is what holds today; the Analyzer contract asks for equality, which only one text per run would give, at
     * about 1.5 times the encoding time on this project's machines. Left as a decision for the encoder's owner.
     */
    @Test
    void encodingABatch_isCloseToEncodingEachTextAlone() {
        float[][] together = encoder.encode(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] alone = encoder.encode(List.of(TEXTS.get(i)))[0];
            double cosine = dot(alone, together[i]);
            assertTrue(cosine > 0.99, "text " + i + ": cosine " + cosine);
        }
    }

    @Test
    void encodingTheSameTextTwiceInABatch_givesTheVectorOfTheTextAlone() {
        String text = TEXTS.get(0);
        float[] alone = encoder.encode(List.of(text))[0];
        float[][] twice = encoder.encode(List.of(text, text));
        assertTrue(dot(alone, twice[0]) > 0.999 && dot(alone, twice[1]) > 0.999);
    }

    @Test
    void similarMeanings_areCloserThanUnrelatedOnes() {
        float[][] v = encoder.encode(List.of("I want to die.", "I wish I were dead.", "Pass me the salt please."));
        assertTrue(dot(v[0], v[1]) > dot(v[0], v[2]), "the model separates meaning at all");
    }

    @Test
    void textLongerThan512Tokens_isWindowed() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            first.append("I lie awake every night thinking about how much I miss my brother. ");
            second.append("The quarterly budget spreadsheet has errors in column twelve. ");
        }
        String text = first + " " + second;
        assertTrue(encoder.tokenCount(text) > 1000, "the text spans several windows");
        float[][] v = encoder.encode(List.of(text, first.toString(), "Bake the bread at 200 degrees for an hour."));
        assertUnit(v[0]);
        assertTrue(dot(v[0], v[1]) > dot(v[0], v[2]), "a windowed text stays close to its own first half");
        assertTrue(dot(v[0], v[1]) > 0.7, "cosine to its first half " + dot(v[0], v[1]));
    }

    @Test
    void textOfExactlyTheWindow_andOneTokenMore_areBothEncoded() {
        String base = "word ".repeat(505);
        for (int extra = 0; extra < 12; extra++) {
            String text = base + "more ".repeat(extra);
            float[] v = encoder.encode(List.of(text))[0];
            assertUnit(v);
        }
    }

    @Test
    void eightThreadsAtOnce_getTheSameVectorsAsOne() throws Exception {
        float[][] expected = encoder.encode(TEXTS);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<float[][]>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<float[][]> job = () -> encoder.encode(TEXTS);
                futures.add(pool.submit(job));
            }
            for (Future<float[][]> f : futures) {
                float[][] got = f.get();
                for (int i = 0; i < expected.length; i++) {
                    assertArrayEquals(expected[i], got[i], 1e-5f, "text " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void provenance_holdsTheSha256OfBothModelFiles() {
        var files = encoder.files();
        assertEquals(2, files.size());
        for (String name : List.of(OnnxEncoder.BGE_SMALL_MODEL, OnnxEncoder.BGE_SMALL_TOKENIZER)) {
            assertTrue(files.containsKey(name), name);
            assertTrue(files.get(name).matches("[0-9a-f]{64}"), name + " has a sha256");
        }
        assertEquals("bge-small-en-v1.5-int8", encoder.id());
    }

    @Test
    void emptyBatch_givesNoVectors() {
        assertEquals(0, encoder.encode(List.of()).length);
    }

    @Test
    void inContext_givesEachSentenceAUnitVector_independentOfOtherGroups() {
        List<String> group = List.of("I walked to the shop 😀 this morning.", "Then it rained all afternoon.",
                "🙂🙂");
        List<String> other = List.of("Completely different words about trains.");
        float[][] alone = encoder.encodeInContext(List.of(group)).get(0);
        List<float[][]> together = encoder.encodeInContext(List.of(other, group, other));
        assertEquals(3, alone.length);
        for (int i = 0; i < alone.length; i++) {
            assertUnit(alone[i]);
            assertArrayEquals(alone[i], together.get(1)[i], 0f, "a group's vectors never depend on other groups");
        }
    }

    @Test
    void inContext_readsAPassageLongerThanTheWindow() {
        List<String> sentences = longPassage(120);
        float[][] v = encoder.encodeInContext(List.of(sentences)).get(0);
        assertEquals(120, v.length);
        for (float[] x : v) {
            assertUnit(x);
        }
    }

    @Test
    void inContext_givesAPassageLongerThanTheWindow_theSameVectorsEveryTime() {
        List<String> sentences = longPassage(200);
        float[][] first = encoder.encodeInContext(List.of(sentences)).get(0);
        for (int run = 0; run < 3; run++) {
            float[][] again = encoder.encodeInContext(List.of(sentences)).get(0);
            for (int i = 0; i < first.length; i++) {
                assertArrayEquals(first[i], again[i], 0f, "sentence " + i + " whichever window finishes first");
            }
        }
    }

    @Test
    void aBranchCutFromAnotherBaseModel_isRefused() {
        AttuneException e = assertThrows(AttuneException.class, () -> OnnxEncoder.bgeSmall(1,
                new OnnxEncoder.Branch("stale", new byte[] {1, 2, 3}, "some/tensor", "0".repeat(64))));
        assertEquals(ErrorCode.MODEL, e.code());
        assertTrue(e.getMessage().contains("another version"), e.getMessage());
    }

    @Test
    void sentenceBias_letsATokenAttendWithinItsSentence_andToTheSpecialTokens() {
        // [CLS] a a b [SEP]
        float[] bias = OnnxEncoder.sentenceBias(new int[] {-1, 0, 0, 1, -1});
        float m = -10000f;
        assertArrayEquals(new float[] {
            0, 0, 0, 0, 0,
            0, 0, 0, m, 0,
            0, 0, 0, m, 0,
            0, m, m, 0, 0,
            0, 0, 0, 0, 0}, bias);
    }

    @Test
    void withOutput_appendsAGraphOutputOfTheNamedTensor() {
        byte[] model = {8, 6};
        byte[] out = OnnxEncoder.withOutput(model, "t");
        // ir_version 6, then graph (field 7) { output (field 12) { name (field 1) "t" } }
        assertArrayEquals(new byte[] {8, 6, 0x3A, 5, 0x62, 3, 0x0A, 1, 't'}, out);
    }

    /** {@code n} plain sentences, far more tokens than the model's window when n is over about 40. */
    private static List<String> longPassage(int n) {
        List<String> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            sentences.add("Sentence number " + i + " talks about the weather and the garden today.");
        }
        return sentences;
    }
}
