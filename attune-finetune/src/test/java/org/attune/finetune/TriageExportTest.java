package org.attune.finetune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.safety.TunedTriageModel;

/**
 * The triage bundle written from a fine-tuning run's tensors: the head's rows are its outputs (the tensors hold it
 * inputs by outputs), the files are the ones the manifest names with their sha256, and a run whose tensors diverged
 * or lack the head is refused.
 */
class TriageExportTest {
    private static final int OUTPUTS = TunedTriageModel.OUTPUTS;
    private static final Map<String, OnnxWeights.Tensor> TOP = new LinkedHashMap<>();

    @BeforeAll
    static void readTopLayers() throws Exception {
        try (InputStream in = TorchBert.class.getClassLoader().getResourceAsStream(TorchBert.MODEL_RESOURCE)) {
            OnnxWeights.read(in).forEach((name, t) -> {
                if (TorchBert.layerOf(name) >= 8) {
                    TOP.put(name, t);
                }
            });
        }
    }

    /** The top layers as pretrained and a head whose weight (d, k) is d + 1000 k, so rows are easy to check. */
    private static Map<String, OnnxWeights.Tensor> tensors(boolean withHead, float poison) {
        Map<String, OnnxWeights.Tensor> t = new LinkedHashMap<>(TOP);
        if (withHead) {
            float[] w = new float[TorchBert.HIDDEN * OUTPUTS];
            for (int d = 0; d < TorchBert.HIDDEN; d++) {
                for (int k = 0; k < OUTPUTS; k++) {
                    w[d * OUTPUTS + k] = d + 1000f * k;
                }
            }
            w[0] += poison;
            t.put("head.weight", new OnnxWeights.Tensor(new long[] {TorchBert.HIDDEN, OUTPUTS}, w));
            t.put("head.bias", new OnnxWeights.Tensor(new long[] {OUTPUTS}, new float[] {0.1f, 0.2f, 0.3f, 0.4f}));
        }
        return t;
    }

    @Test
    void theBundle_holdsTheHeadByOutput_andTheFilesItsManifestNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.tensors");
        TensorFile.write(file, tensors(true, 0f));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path bundle = dir.resolve("fold-2");
        TriageExport.export(file, 0.7, 0.85, 33, TriageComparison.RealPosts.parse("real2"), bundle,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode head = mapper.readTree(bundle.resolve(TunedTriageModel.HEAD).toFile());
        assertEquals(OUTPUTS, head.path("weight").size());
        for (int k = 0; k < OUTPUTS; k++) {
            assertEquals(TorchBert.HIDDEN, head.path("weight").path(k).size());
            assertEquals(5 + 1000.0 * k, head.path("weight").path(k).path(5).asDouble(), 1e-3);
        }
        assertEquals(0.4, head.path("bias").path(3).asDouble(), 1e-6);
        assertEquals(0.7, head.path("raise").asDouble(), 1e-9);
        JsonNode manifest = mapper.readTree(bundle.resolve("manifest.json").toFile());
        for (String name : new String[] {TunedTriageModel.BRANCH, TunedTriageModel.HEAD}) {
            assertEquals(ModelBundle.sha256(Files.readAllBytes(bundle.resolve(name))),
                    manifest.path("files").path(name).asText(), name);
        }
        assertEquals(BranchExport.entry(8), manifest.path("branch").path("entry").asText());
        assertEquals("8-11", manifest.path("branch").path("layers").asText());
        assertTrue(manifest.path("training").path("notTrainedOn").asText().startsWith("blind sets 34 to "));
        JsonNode training = manifest.path("training");
        assertTrue(training.path("dataset").asText().contains("cssrs-7level-posts posts but fold 2"), "dataset");
        assertTrue(training.path("licence").asText().contains("CC BY 4.0"), "licence");
        assertTrue(training.path("script").asText().contains("export-triage OUT 0.7 33 real2 --moderate 0.85"),
                "script");
        TunedTriageModel reader = TunedTriageModel.load(ModelBundle.open(bundle));
        assertEquals(0.7, reader.raise(), 1e-9);
        assertEquals(0.85, reader.raiseModerate(), 1e-9);
        assertEquals(BranchExport.entry(8), reader.branch().entry());
        assertEquals(Set.of(0, 1, 3, 4), reader.cssrsFolds());
    }

    @Test
    void aBundleTrainedOnSyntheticPostsOnly_saysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.tensors");
        TensorFile.write(file, tensors(true, 0f));
        TriageExport.export(file, 0.7, Double.POSITIVE_INFINITY, 33, TriageComparison.RealPosts.NONE,
                dir.resolve("b"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        JsonNode training = new ObjectMapper().readTree(dir.resolve("b/manifest.json").toFile()).path("training");
        assertFalse(training.path("dataset").asText().contains("cssrs"), "dataset");
        assertEquals(0, training.path(TunedTriageModel.CSSRS_FOLDS).size());
        assertEquals(Double.POSITIVE_INFINITY,
                TunedTriageModel.load(ModelBundle.open(dir.resolve("b"))).raiseModerate(), "never raises to moderate");
        assertTrue(training.path("script").asText().endsWith("export-triage OUT 0.7 33 (attune-finetune: libtorch "
                + "on the CPU)"), "script");
    }

    @Test
    void aDivergedRun_orOneWithoutAHead_isRefused(@TempDir Path dir) {
        Path diverged = dir.resolve("nan.tensors");
        TensorFile.write(diverged, tensors(true, Float.NaN));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TriageExport.export(diverged, 0.7, 0.85, 33, TriageComparison.RealPosts.NONE, dir,
                        System.out));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
        Path headless = dir.resolve("headless.tensors");
        TensorFile.write(headless, tensors(false, 0f));
        e = assertThrows(IllegalStateException.class, () -> TriageExport.export(headless, 0.7, 0.85, 33,
                TriageComparison.RealPosts.NONE, dir, System.out));
        assertTrue(e.getMessage().contains("head"), e.getMessage());
    }
}
