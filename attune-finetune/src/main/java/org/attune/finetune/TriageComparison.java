package org.attune.finetune;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.safety.TriageLevel;
import org.attune.train.eval.Metrics;
import org.attune.train.safety.FunctionalSuite;

/**
 * Whether fine-tuning the encoder's top layers on triage-labelled text makes it read fresh wording better than the
 * frozen encoder does. Both arms train an ordinal head over the five triage levels on the single posts of the main
 * suite and of the blind sets whose failures have been read (up to {@link FunctionalSuite#BLIND_READ}); both read the
 * single posts of every later blind set, which neither trained on, and are scored on whether a post needs a same-hour
 * review (its band starts at high) against posts that need none (its band ends at low). Threads are left out: one
 * author's posts among others' are not one text. Only totals are printed: the later sets estimate the engine and
 * are not read case by case.
 */
final class TriageComparison {
    private static final int LEVELS = TriageLevel.values().length;
    private static final int URGENT = TriageLevel.HIGH.ordinal();

    private TriageComparison() {
    }

    /** A single post with the lowest and highest level its band allows. */
    private record Case(String text, int lowest, int highest, int set) {
    }

    static String run(TorchBert bert, NDManager manager, HuggingFaceTokenizer tokenizer, int layers,
            PrintStream out) {
        List<String> suites = new ArrayList<>();
        suites.add(FunctionalSuite.RESOURCE);
        suites.addAll(FunctionalSuite.BLIND_SUITES);
        int firstUnread = 1 + FunctionalSuite.BLIND_READ; // the main suite comes first
        List<Case> cases = new ArrayList<>();
        for (int s = 0; s < suites.size(); s++) {
            for (JsonNode c : FunctionalSuite.cases(suites.get(s))) {
                if (!c.has("text")) {
                    continue;
                }
                int lo = LEVELS;
                int hi = -1;
                for (JsonNode e : c.get("expect")) {
                    int level = TriageLevel.fromWire(e.asText()).ordinal();
                    lo = Math.min(lo, level);
                    hi = Math.max(hi, level);
                }
                cases.add(new Case(c.get("text").asText(), lo, hi, s));
            }
        }
        List<TopLayerTuning.Example> examples = new ArrayList<>();
        List<Integer> train = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            examples.add(FineTuneCommand.example(tokenizer.encode(cases.get(i).text())));
            (cases.get(i).set() < firstUnread ? train : read).add(i);
        }
        int[][] gold = new int[train.size()][];
        for (int i = 0; i < train.size(); i++) {
            gold[i] = new int[] {cases.get(train.get(i)).lowest()};
        }
        out.printf("triage: %d single posts to train on, %d to read (blind sets %d to %d)%n", train.size(),
                read.size(), firstUnread, suites.size() - 1);
        TuningTask.Ordinal task = new TuningTask.Ordinal(LEVELS);
        List<float[][]> readings = FineTuneCommand.arms(bert, manager, examples, layers, List.of(train),
                List.<int[][]>of(gold), List.<TuningTask>of(task), List.of(read), FineTuneCommand.FROZEN,
                FineTuneCommand.TUNED, out);
        StringBuilder md = new StringBuilder();
        md.append("# Fine-tuning the encoder's top layers: triage of fresh wording\n\n")
                .append("`bin/attune-finetune triage`. Trained on the ").append(train.size())
                .append(" single posts of the main functional suite and blind sets 1 to ")
                .append(FunctionalSuite.BLIND_READ).append(" (their band's lowest level, an ordinal head over the ")
                .append("five levels, the mean of the last token states); read on the ").append(read.size())
                .append(" single posts of blind sets ").append(firstUnread).append(" to ")
                .append(suites.size() - 1).append(", written later by others and trained on by neither arm. ")
                .append("Scored as the head's own reading, without the rules: a post needs a same-hour review when ")
                .append("its band starts at high, and needs none when it ends at low. Frozen: the head alone, ")
                .append(FineTuneCommand.FROZEN.epochs()).append(" epochs. Fine-tuned: the top ").append(layers)
                .append(" of 12 layers and the head, ").append(FineTuneCommand.TUNED.epochs())
                .append(" epochs. Settings fixed before the run, one run each.\n\n")
                .append("| metric | frozen encoder | top ").append(layers)
                .append(" layers fine-tuned | note |\n|---|---|---|---|\n");
        List<Integer> urgent = new ArrayList<>();
        List<Integer> calm = new ArrayList<>();
        for (int i : read) {
            if (cases.get(i).lowest() >= URGENT) {
                urgent.add(i);
            } else if (cases.get(i).highest() < TriageLevel.MODERATE.ordinal()) {
                calm.add(i);
            }
        }
        double[] auc = new double[2];
        double[] recall = new double[2];
        double[] falseAlarms = new double[2];
        double[] within = new double[2];
        for (int a = 0; a < 2; a++) {
            float[][] r = readings.get(a);
            double[] u = urgent.stream().mapToDouble(i -> r[i][URGENT - 1]).toArray();
            double[] c = calm.stream().mapToDouble(i -> r[i][URGENT - 1]).toArray();
            auc[a] = Metrics.auc(u, c);
            recall[a] = urgent.stream().filter(i -> task.level(r[i]) >= URGENT).count() / (double) urgent.size();
            falseAlarms[a] = calm.stream().filter(i -> task.level(r[i]) >= URGENT).count() / (double) calm.size();
            within[a] = read.stream().filter(i -> {
                int level = task.level(r[i]);
                return level >= cases.get(i).lowest() && level <= cases.get(i).highest();
            }).count() / (double) read.size();
        }
        FineTuneCommand.row(md, out, "AUC, same-hour vs none/low", auc[0], auc[1],
                urgent.size() + " vs " + calm.size() + " posts");
        FineTuneCommand.row(md, out, "recall, same-hour (>= high)", recall[0], recall[1], "thresholds 0.5");
        FineTuneCommand.row(md, out, "none/low read high or more", falseAlarms[0], falseAlarms[1], "thresholds 0.5");
        FineTuneCommand.row(md, out, "level within the band", within[0], within[1], "the head alone, no rules");
        return md.toString();
    }
}
