package org.attune.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;

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
