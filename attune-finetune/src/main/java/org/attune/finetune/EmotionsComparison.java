package org.attune.finetune;

import static org.attune.finetune.FineTuneCommand.row;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;

import org.attune.train.data.GoEmotions;
import org.attune.train.emotion.EmotionTrainer;

/**
 * GoEmotions' 28 labels on its own splits, as the shipped head is measured: trained on train, one threshold per label
 * chosen on dev for that label's F1, macro-F1 on test. A sigmoid per label over the mean of the last token states, on
 * the frozen encoder and with the top layers fine-tuned. Each reads a comment alone, as the dataset labels it.
 */
final class EmotionsComparison {
    /** 43,410 training comments: fewer epochs than the small sets take, at the same rates. */
    static final TopLayerTuning.Settings FROZEN = new TopLayerTuning.Settings(10, 16, 0f, 3e-3f, 20251123L);
    static final TopLayerTuning.Settings TUNED = new TopLayerTuning.Settings(2, 16, 5e-5f, 1e-3f, 20251123L);

    private EmotionsComparison() {
    }

    static String run(TorchBert bert, NDManager manager, HuggingFaceTokenizer tokenizer, int layers,
            PrintStream out) {
        List<GoEmotions.Comment> train = GoEmotions.load("train");
        List<GoEmotions.Comment> dev = GoEmotions.load("dev");
        List<GoEmotions.Comment> test = GoEmotions.load("test");
        int labels = GoEmotions.labels().size();
        List<TopLayerTuning.Example> examples = new ArrayList<>();
        List<Integer> trainIndexes = new ArrayList<>();
        List<Integer> readIndexes = new ArrayList<>();
        int[][] gold = new int[train.size()][];
        for (GoEmotions.Comment c : train) {
            gold[examples.size()] = c.labels();
            trainIndexes.add(examples.size());
            examples.add(FineTuneCommand.example(tokenizer.encode(c.text())));
        }
        for (List<GoEmotions.Comment> split : List.of(dev, test)) {
            for (GoEmotions.Comment c : split) {
                readIndexes.add(examples.size());
                examples.add(FineTuneCommand.example(tokenizer.encode(c.text())));
            }
        }
        TuningTask.MultiLabel task = new TuningTask.MultiLabel(labels);
        List<float[][]> readings = FineTuneCommand.arms(bert, manager, examples, layers, List.of(trainIndexes),
                Collections.singletonList(gold), List.of(task), List.of(readIndexes), FROZEN, TUNED, out);
        StringBuilder md = new StringBuilder();
        md.append("# Fine-tuning the encoder's top layers: GoEmotions\n\n")
                .append("`bin/attune-finetune emotions`. GoEmotions' own splits: trained on the ")
                .append(train.size()).append(" train comments, one threshold per label chosen on the ")
                .append(dev.size()).append(" dev comments, macro-F1 over the 28 labels on the ").append(test.size())
                .append(" test comments. Both arms: a sigmoid per label over the mean of the last token states. ")
                .append("Frozen: the head alone, ").append(FROZEN.epochs()).append(" epochs. ")
                .append("Fine-tuned: the top ").append(layers).append(" of 12 layers and the head, ")
                .append(TUNED.epochs()).append(" epochs.\n\n| macro-F1 | frozen encoder | top ").append(layers)
                .append(" layers fine-tuned | anchor (BERT-base fine-tuned, paper) |\n|---|---|---|---|\n");
        double[] devF1 = new double[2];
        double[] testF1 = new double[2];
        for (int a = 0; a < 2; a++) {
            double[][] pd = probabilities(readings.get(a), readIndexes.subList(0, dev.size()));
            double[][] pt = probabilities(readings.get(a), readIndexes.subList(dev.size(), readIndexes.size()));
            double[] thresholds = EmotionTrainer.tuneThresholds(pd, truth(dev, labels));
            devF1[a] = EmotionTrainer.scores(pd, truth(dev, labels), thresholds, false, null).macroF1();
            testF1[a] = EmotionTrainer.scores(pt, truth(test, labels), thresholds, false, null).macroF1();
        }
        row(md, out, "test, thresholds from dev", testF1[0], testF1[1], "0.46");
        row(md, out, "dev (thresholds tuned here)", devF1[0], devF1[1], "-");
        return md.toString();
    }


    private static double[][] probabilities(float[][] all, List<Integer> indexes) {
        double[][] p = new double[indexes.size()][];
        for (int i = 0; i < indexes.size(); i++) {
            float[] r = all[indexes.get(i)];
            p[i] = new double[r.length];
            for (int c = 0; c < r.length; c++) {
                p[i][c] = r[c];
            }
        }
        return p;
    }

    private static boolean[][] truth(List<GoEmotions.Comment> comments, int labels) {
        boolean[][] y = new boolean[comments.size()][labels];
        for (int i = 0; i < comments.size(); i++) {
            for (int c : comments.get(i).labels()) {
                y[i][c] = true;
            }
        }
        return y;
    }
}
