package org.attune.finetune;

import static org.attune.finetune.FineTuneCommand.row;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;

import org.attune.train.data.CssrsPosts;
import org.attune.train.eval.Folds;
import org.attune.train.eval.Metrics;
import org.attune.train.safety.SafetyTrainer;

/**
 * The C-SSRS level of {@code cssrs-7level-posts} by the stratified 5-fold cross-validation of the shipped head (same
 * seed, same folds): an ordinal head over the whole post on the frozen encoder, and the same head with the top layers
 * fine-tuned in each fold's training posts. The shipped head reads only the sentences the writer asserts and adds
 * word tf-idf and tuned thresholds; these two arms read the post as it is, with thresholds at 0.5, so that the only
 * difference between them is the fine-tuning.
 */
final class SafetyComparison {
    private static final int LEVELS = 7;
    private static final int FOLDS = 5;

    private SafetyComparison() {
    }

    static String run(TorchBert bert, NDManager manager, HuggingFaceTokenizer tokenizer, int layers,
            PrintStream out) {
        List<CssrsPosts.Post> posts = CssrsPosts.load();
        int[] gold = posts.stream().mapToInt(CssrsPosts.Post::level).toArray();
        int[] fold = Folds.stratified(gold, FOLDS, SafetyTrainer.SEED);
        List<TopLayerTuning.Example> examples = new ArrayList<>();
        for (CssrsPosts.Post p : posts) {
            examples.add(FineTuneCommand.example(tokenizer.encode(p.text())));
        }
        TuningTask.Ordinal task = new TuningTask.Ordinal(LEVELS);
        List<List<Integer>> trains = new ArrayList<>();
        List<List<Integer>> reads = new ArrayList<>();
        List<int[][]> golds = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> read = new ArrayList<>();
            for (int i = 0; i < posts.size(); i++) {
                (fold[i] == f ? read : train).add(i);
            }
            int[][] g = new int[train.size()][];
            for (int i = 0; i < train.size(); i++) {
                g[i] = new int[] {gold[train.get(i)]};
            }
            trains.add(train);
            reads.add(read);
            golds.add(g);
        }
        List<float[][]> readings = FineTuneCommand.arms(bert, manager, examples, layers, trains, golds,
                List.of(task, task, task, task, task), reads,
                FineTuneCommand.FROZEN, FineTuneCommand.TUNED, out);
        StringBuilder md = new StringBuilder();
        md.append("# Fine-tuning the encoder's top layers: C-SSRS levels\n\n")
                .append("`bin/attune-finetune safety`. `cssrs-7level-posts`, 937 posts, the stratified 5-fold ")
                .append("cross-validation of `bin/attune eval safety` (seed ").append(SafetyTrainer.SEED)
                .append("). Both arms read each post whole (at most ").append(FineTuneCommand.MAX_TOKENS)
                .append(" tokens) through an ordinal head (six \"level at least k\" sigmoids, thresholds 0.5) over ")
                .append("the mean of the last token states. Frozen: the head alone, ")
                .append(FineTuneCommand.FROZEN.epochs()).append(" epochs. Fine-tuned: the top ")
                .append(layers).append(" of 12 layers and the head, ")
                .append(FineTuneCommand.TUNED.epochs()).append(" epochs, in each fold's training posts only. ")
                .append("Settings fixed before the run, one run each.\n\n")
                .append("| metric | frozen encoder | top ").append(layers)
                .append(" layers fine-tuned | zero-shot LLM anchor |\n|---|---|---|---|\n");
        int[][] pred = new int[2][posts.size()];
        for (int a = 0; a < 2; a++) {
            for (int i = 0; i < posts.size(); i++) {
                pred[a][i] = task.level(readings.get(a)[i]);
            }
        }
        row(md, out, "accuracy", Metrics.accuracy(gold, pred[0]), Metrics.accuracy(gold, pred[1]), "0.735");
        row(md, out, "quadratic-weighted kappa", Metrics.quadraticWeightedKappa(gold, pred[0], LEVELS),
                Metrics.quadraticWeightedKappa(gold, pred[1], LEVELS), "0.876");
        row(md, out, "macro-F1", Metrics.macroF1(gold, pred[0], LEVELS), Metrics.macroF1(gold, pred[1], LEVELS),
                "0.669");
        row(md, out, "F1(level >= 1)", Metrics.f1AtLeast(gold, pred[0], 1), Metrics.f1AtLeast(gold, pred[1], 1),
                "0.946-0.951");
        row(md, out, "F1(level >= 4)", Metrics.f1AtLeast(gold, pred[0], 4), Metrics.f1AtLeast(gold, pred[1], 4),
                "0.797-0.856");
        row(md, out, "F1(level 6)", Metrics.f1Of(gold, pred[0], 6), Metrics.f1Of(gold, pred[1], 6), "0.854");
        row(md, out, "mean absolute error", Metrics.meanAbsoluteError(gold, pred[0]),
                Metrics.meanAbsoluteError(gold, pred[1]), "0.438-0.488");
        md.append("\nPer fold, quadratic-weighted kappa (frozen / fine-tuned):");
        for (int f = 0; f < FOLDS; f++) {
            int[] g = new int[reads.get(f).size()];
            int[][] p = new int[2][g.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = gold[reads.get(f).get(i)];
                p[0][i] = pred[0][reads.get(f).get(i)];
                p[1][i] = pred[1][reads.get(f).get(i)];
            }
            md.append(String.format(" %.3f / %.3f%s", Metrics.quadraticWeightedKappa(g, p[0], LEVELS),
                    Metrics.quadraticWeightedKappa(g, p[1], LEVELS), f < FOLDS - 1 ? ";" : ".\n"));
        }
        return md.toString();
    }
}
