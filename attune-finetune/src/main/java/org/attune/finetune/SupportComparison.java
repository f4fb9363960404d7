package org.attune.finetune;

import static org.attune.finetune.FineTuneCommand.row;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;

import org.attune.train.data.Epitome;
import org.attune.train.eval.Metrics;
import org.attune.train.support.SupportTrainer;

/**
 * EPITOME's three empathy mechanisms (0/1/2 each) on the held-out test split of the shipped heads (same seed, same
 * grouping by seeker post), trained on the rest (train and dev, as the shipped heads are refitted): a head of three
 * softmaxes over the seeker post and the reply read as a pair, on the frozen encoder and with the top layers
 * fine-tuned. Cross-entropy weighted by inverse class frequency in both arms, as macro-F1 counts rare levels equally.
 */
final class SupportComparison {
    private static final String[] MECHANISMS = {"emotional reactions", "interpretations", "explorations"};
    private static final String[] ANCHORS = {"0.753", "0.697", "0.635"};
    private static final int[] CLASSES = {3, 3, 3};

    private SupportComparison() {
    }

    static String run(TorchBert bert, NDManager manager, HuggingFaceTokenizer tokenizer, int layers,
            PrintStream out) {
        List<Epitome.Pair> pairs = Epitome.load();
        int[] fold = SupportTrainer.epitomeFolds(pairs);
        List<TopLayerTuning.Example> examples = new ArrayList<>();
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            examples.add(FineTuneCommand.example(tokenizer.encode(pairs.get(i).seeker(), pairs.get(i).response())));
            (fold[i] == SupportTrainer.TEST_FOLD ? test : train).add(i);
        }
        int[][] gold = new int[train.size()][];
        for (int i = 0; i < train.size(); i++) {
            gold[i] = pairs.get(train.get(i)).levels();
        }
        TuningTask.Categorical task = TuningTask.Categorical.balanced(CLASSES, gold);
        List<float[][]> readings = FineTuneCommand.arms(bert, manager, examples, layers, List.of(train),
                Collections.singletonList(gold), List.of(task), List.of(test),
                FineTuneCommand.FROZEN, FineTuneCommand.TUNED, out);
        StringBuilder md = new StringBuilder();
        md.append("# Fine-tuning the encoder's top layers: EPITOME empathy\n\n")
                .append("`bin/attune-finetune support`. EPITOME's held-out test split of `bin/attune eval support` (")
                .append(test.size()).append(" pairs, seed ").append(SupportTrainer.SEED).append(", grouped by ")
                .append("seeker post), trained on the other ").append(train.size()).append(" pairs. Both arms read ")
                .append("the seeker post and the reply as one pair (at most ").append(FineTuneCommand.MAX_TOKENS)
                .append(" tokens) through three softmax heads over the mean of the last token states, with ")
                .append("cross-entropy weighted by inverse class frequency. Frozen: the heads alone, ")
                .append(FineTuneCommand.FROZEN.epochs()).append(" epochs. Fine-tuned: the top ")
                .append(layers).append(" of 12 layers and the heads, ")
                .append(FineTuneCommand.TUNED.epochs()).append(" epochs. Settings fixed before the run, one run ")
                .append("each.\n\n| macro-F1 | frozen encoder | top ").append(layers)
                .append(" layers fine-tuned | anchor (RoBERTa bi-encoder) |\n|---|---|---|---|\n");
        for (int m = 0; m < MECHANISMS.length; m++) {
            int[] g = new int[test.size()];
            int[][] p = new int[2][test.size()];
            for (int i = 0; i < test.size(); i++) {
                g[i] = pairs.get(test.get(i)).levels()[m];
                for (int a = 0; a < 2; a++) {
                    p[a][i] = task.argmax(readings.get(a)[test.get(i)], m);
                }
            }
            row(md, out, MECHANISMS[m], Metrics.macroF1(g, p[0], 3), Metrics.macroF1(g, p[1], 3),
                    ANCHORS[m]);
        }
        return md.toString();
    }
}
