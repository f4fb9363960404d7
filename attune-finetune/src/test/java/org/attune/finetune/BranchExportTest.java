package org.attune.finetune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.core.embedding.Encoder;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.junit.jupiter.api.Test;

class BranchExportTest {
    private static final List<String> SENTENCES = List.of("The walk by the river was calm this morning.",
            "Then the rain came, and we ran home laughing.", "A second passage line, a little longer than the rest.");
    /**
     * Each sentence its own passage: the branch lets a token attend within its sentence only, which for a passage of
     * one sentence is what the base model does.
     */
    private static final List<List<String>> PASSAGES = SENTENCES.stream().map(List::of).toList();

    private static final String BASE_SHA = sha(base());

    private static String sha(byte[] bytes) {
        return ModelBundle.sha256(bytes);
    }

    private static byte[] base() {
        try (InputStream in = OnnxEncoder.class.getClassLoader().getResourceAsStream(OnnxEncoder.BGE_SMALL_MODEL)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each passage read by the base model alone, and by the base model with the branch. */
    private record Readings(List<float[][]> expected, List<Encoder.Passage> read) {
    }

    private static Readings read(byte[] branch) {
        try (OnnxEncoder plain = OnnxEncoder.bgeSmall(1);
                OnnxEncoder branched = OnnxEncoder.bgeSmall(1,
                        new OnnxEncoder.Branch("test", branch, BranchExport.entry(8), BASE_SHA))) {
            return new Readings(plain.encodeInContext(PASSAGES), branched.readInContext(PASSAGES));
        }
    }

    @Test
    void aBranchWithTheBaseWeightsReadsWhatTheBaseModelReads() throws Exception {
        byte[] branch = BranchExport.export(base(), 8, Map.of());
        Readings r = read(branch);
        for (int s = 0; s < SENTENCES.size(); s++) {
            // the base model's vectors are unchanged by the added output
            assertArrayClose(r.expected().get(s)[0], r.read().get(s).vectors()[0], 1e-6f);
            // and the branch's token means, normalised, are the base model's sentence vectors
            assertArrayClose(r.expected().get(s)[0], unit(r.read().get(s).branch().means()[0]), 1e-4f);
            assertTrue(r.read().get(s).branch().tokens()[0] > 5);
        }
    }

    /** The full-precision weights, quantised by the export, read as the int8 model's own do. */
    @Test
    void theExportQuantisesAsTheBaseModelWas() throws Exception {
        Map<String, OnnxWeights.Tensor> weights = new HashMap<>();
        try (InputStream in = TorchBert.class.getClassLoader().getResourceAsStream(TorchBert.MODEL_RESOURCE)) {
            OnnxWeights.read(in).forEach((name, t) -> {
                if (TorchBert.layerOf(name) >= 8) {
                    weights.put(name, t);
                }
            });
        }
        assertEquals(4 * 16, weights.size());
        byte[] branch = BranchExport.export(base(), 8, weights);
        Readings r = read(branch);
        for (int s = 0; s < SENTENCES.size(); s++) {
            float[] v = unit(r.read().get(s).branch().means()[0]);
            double cosine = 0;
            for (int d = 0; d < v.length; d++) {
                cosine += v[d] * r.expected().get(s)[0][d];
            }
            assertTrue(cosine > 0.999, "sentence " + s + ": cosine " + cosine);
        }
    }

    @Test
    void fineTunedWeightsChangeTheBranchOnly() throws Exception {
        Map<String, OnnxWeights.Tensor> weights = new HashMap<>();
        float[] bias = new float[384];
        bias[0] = 5f;
        weights.put("encoder.layer.11.output.LayerNorm.bias", new OnnxWeights.Tensor(new long[] {384}, bias));
        weights.put("encoder.layer.11.output.LayerNorm.weight", new OnnxWeights.Tensor(new long[] {384},
                new float[384]));
        byte[] branch = BranchExport.export(base(), 8, weights);
        Readings r = read(branch);
        for (int s = 0; s < SENTENCES.size(); s++) {
            assertArrayClose(r.expected().get(s)[0], r.read().get(s).vectors()[0], 1e-6f);
            // the last layer norm now gives its bias whatever it reads: 5 on the first dimension, 0 elsewhere
            assertEquals(5f, r.read().get(s).branch().means()[0][0], 1e-4f);
            assertEquals(0f, r.read().get(s).branch().means()[0][1], 1e-4f);
        }
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return out;
    }

    private static void assertArrayClose(float[] expected, float[] actual, float tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, "dimension " + i);
        }
    }
}
