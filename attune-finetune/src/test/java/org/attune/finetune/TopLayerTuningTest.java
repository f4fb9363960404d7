package org.attune.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopLayerTuningTest {
    private static final TopLayerTuning.Settings SETTINGS = new TopLayerTuning.Settings(4, 4, 1e-4f, 1e-2f, 7L);
    private static NDManager manager;
    private static TorchBert bert;
    private static List<TopLayerTuning.Example> examples;
    private static int[][] gold;

    /** Synthetic texts of two kinds: calm weather (level 0) and storms (level 2). */
    @BeforeAll
    static void load() throws Exception {
        System.setProperty("ai.djl.offline", "true");
        manager = NDManager.newBaseManager("PyTorch");
        bert = TorchBert.load(manager);
        HuggingFaceTokenizer tokenizer = FineTuneCommand.tokenizer();
        String[] calm = {"The sky is clear and the sea is calm.", "A quiet sunny morning by the lake.",
            "Light breeze, blue sky, warm afternoon.", "The weather is mild and pleasant today.",
            "Still air and sunshine over the fields.", "A gentle, bright day at the beach."};
        String[] storm = {"A violent storm tore the roof off the barn.", "Thunder and hail battered the town.",
            "Gale-force winds flattened the fences overnight.", "The hurricane flooded every street.",
            "Lightning struck twice during the tempest.", "Torrential rain and a howling gale all night."};
        examples = new ArrayList<>();
        List<int[]> g = new ArrayList<>();
        for (int i = 0; i < calm.length; i++) {
            examples.add(FineTuneCommand.example(tokenizer.encode(calm[i])));
            g.add(new int[] {0});
            examples.add(FineTuneCommand.example(tokenizer.encode(storm[i])));
            g.add(new int[] {2});
        }
        gold = g.toArray(new int[0][]);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void learnsTheTrainingLevels_andTrainsTheSameTwice() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            all.add(i);
        }
        TuningTask.Ordinal task = new TuningTask.Ordinal(3);
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, 1)) {
            float[][] first = tuning.trainAndRead(all, gold, task, SETTINGS, all);
            for (int i = 0; i < examples.size(); i++) {
                assertEquals(gold[i][0], task.level(first[i]), "example " + i);
            }
            // each training starts again from the pretrained layers, with the same seed
            float[][] second = tuning.trainAndRead(all, gold, task, SETTINGS, all);
            for (int i = 0; i < examples.size(); i++) {
                assertArrayEquals(first[i], second[i], 1e-5f);
            }
        }
    }

    /** One sentence per example: attending within the sentence is attending to all, and reads the same. */
    @Test
    void oneSentenceExamples_readAsWhenReadWhole() {
        List<Integer> all = new ArrayList<>();
        List<TopLayerTuning.Example> oneSentence = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            all.add(i);
            TopLayerTuning.Example e = examples.get(i);
            int[] sentenceOf = new int[e.ids().length];
            sentenceOf[0] = -1;
            sentenceOf[sentenceOf.length - 1] = -1;
            oneSentence.add(new TopLayerTuning.Example(e.ids(), e.typeIds(), sentenceOf));
        }
        TuningTask.Ordinal task = new TuningTask.Ordinal(3);
        float[][] whole;
        float[][] bySentence;
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, 1)) {
            whole = tuning.trainAndRead(all, gold, task, SETTINGS, all);
        }
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, oneSentence, 1)) {
            bySentence = tuning.trainAndRead(all, gold, task, SETTINGS, all);
        }
        for (int i = 0; i < examples.size(); i++) {
            assertArrayEquals(whole[i], bySentence[i], 1e-4f, "example " + i);
        }
    }

    /**
     * A passage of one example is that example read alone; in a passage of two, each example's states carry the other
     * (the frozen layers read them together), and the head learns the level of pairs of a kind.
     */
    @Test
    void examplesReadInPassages_keepTheirOwnTokens_andTakeInTheOthers() {
        List<Integer> all = new ArrayList<>();
        List<List<Integer>> alone = new ArrayList<>();
        List<List<Integer>> pairs = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            all.add(i);
            alone.add(List.of(i));
            if (i % 4 < 2) {
                pairs.add(List.of(i, i + 2)); // two calm texts, or two storms
            }
        }
        TuningTask.Ordinal task = new TuningTask.Ordinal(3);
        float[][] plain;
        float[][] asPassages;
        float[][] inPairs;
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, 1)) {
            plain = tuning.trainAndRead(all, gold, task, SETTINGS, all);
        }
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, 1,
                TopLayerTuning.Pooling.ALL_TOKENS, alone)) {
            asPassages = tuning.trainAndRead(all, gold, task, SETTINGS, all);
        }
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, 1,
                TopLayerTuning.Pooling.ALL_TOKENS, pairs)) {
            inPairs = tuning.trainAndRead(all, gold, task, SETTINGS, all);
        }
        double moved = 0;
        for (int i = 0; i < examples.size(); i++) {
            assertArrayEquals(plain[i], asPassages[i], 1e-5f, "example " + i);
            assertEquals(gold[i][0], task.level(inPairs[i]), "example " + i);
            for (int c = 0; c < plain[i].length; c++) {
                moved = Math.max(moved, Math.abs(plain[i][c] - inPairs[i][c]));
            }
        }
        assertTrue(moved > 1e-3, "read in pairs, the examples read otherwise than alone");
    }

    /** A step whose gradient is not finite is refused, and the gradients are cleared for the next step. */
    @Test
    void aNonFiniteGradientIsFound_andCleared() {
        try (NDManager scope = manager.newSubManager()) {
            NDArray w = scope.create(new float[] {1f, 2f});
            NDArray head = scope.create(new float[] {3f});
            NDArray bias = scope.create(new float[] {4f});
            for (NDArray a : List.of(w, head, bias)) {
                a.setRequiresGradient(true);
            }
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray loss = w.mul(scope.create(new float[] {Float.NaN, 1f})).sum().add(head.sum())
                        .add(bias.sum());
                collector.backward(loss);
            }
            assertFalse(TopLayerTuning.finiteGradients(List.of(w), head, bias, scope));
            assertArrayEquals(new float[] {0f, 0f}, w.getGradient().toFloatArray());
            assertArrayEquals(new float[] {0f}, head.getGradient().toFloatArray());
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                collector.backward(w.sum().add(head.sum()).add(bias.sum()));
            }
            assertTrue(TopLayerTuning.finiteGradients(List.of(w), head, bias, scope));
        }
    }

    @Test
    void theFrozenArmTrainsTheHeadAlone() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            all.add(i);
        }
        float before = bert.weights().get("encoder.layer.11.output.dense.weight").getFloat(0, 0);
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, 0)) {
            float[][] read = tuning.trainAndRead(all, gold, new TuningTask.Ordinal(3), SETTINGS, all);
            assertTrue(read[1][0] > read[0][0], "a storm reads higher than calm weather");
        }
        assertEquals(before, bert.weights().get("encoder.layer.11.output.dense.weight").getFloat(0, 0));
    }
}
