package org.attune.finetune;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.pipeline.Pipeline;
import org.attune.core.safety.TriageLevel;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.train.data.CssrsPosts;
import org.attune.train.eval.Folds;
import org.attune.train.eval.Metrics;
import org.attune.train.safety.FunctionalSuite;
import org.attune.train.safety.SafetyTrainer;

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

    /** A single post with the lowest and highest level its band allows; a real post's C-SSRS level (else -1). */
    private record Case(String id, String text, int lowest, int highest, int set, int cssrs) {
    }

    /**
     * The single posts of the main suite (set 0) and of every blind set (set n is blind set n), in order, with their
     * bands.
     */
    private static List<Case> singlePosts() {
        List<String> suites = new ArrayList<>();
        suites.add(FunctionalSuite.RESOURCE);
        suites.addAll(FunctionalSuite.BLIND_SUITES);
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
                cases.add(new Case(c.path("id").asText(), c.get("text").asText(), lo, hi, s, -1));
            }
        }
        return cases;
    }

    /** The set of a real post trained on, and of one held out (the cssrs posts of one of five folds). */
    private static final int REAL_TRAIN = -1;
    private static final int REAL_HELD_OUT = -2;

    /**
     * Which of the cssrs-7level-posts posts a triage model trains on besides the synthetic ones: none, all of them, or
     * all but fold {@code heldOut} of the five of {@code bin/attune eval safety} (-1: none held out).
     */
    record RealPosts(boolean used, int heldOut) {
        static final RealPosts NONE = new RealPosts(false, -1);
        static final RealPosts ALL = new RealPosts(true, -1);

        /** The command line's word: absent (none), {@code real} (all) or {@code realFOLD} (all but that fold). */
        static RealPosts parse(String word) {
            if (word == null) {
                return NONE;
            }
            if (!word.matches("real[0-4]?")) {
                throw new IllegalArgumentException("not real or real0 .. real4: " + word);
            }
            return word.length() == 4 ? ALL : new RealPosts(true, word.charAt(4) - '0');
        }

        /** What the model trained on besides the synthetic posts, for logs and manifests ("" when nothing). */
        String describe() {
            return !used ? "" : heldOut < 0 ? ", the cssrs-7level-posts posts"
                    : ", the cssrs-7level-posts posts but fold " + heldOut + " of bin/attune eval safety";
        }
    }

    /**
     * The cssrs posts as triage cases: each post's C-SSRS level as the lowest level of a triage band (docs/triage.md:
     * 0 none, 1-2 moderate, 3-6 high), fold {@code heldOut} of the five stratified folds of {@code bin/attune eval
     * safety} held out (none when -1).
     */
    private static List<Case> realPosts(int heldOut) {
        List<CssrsPosts.Post> posts = CssrsPosts.load();
        int[] levels = posts.stream().mapToInt(CssrsPosts.Post::level).toArray();
        int[] fold = Folds.stratified(levels, SafetyTrainer.FOLDS, SafetyTrainer.SEED);
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            int level = levels[i];
            int lowest = level == 0 ? 0 : level <= 2 ? TriageLevel.MODERATE.ordinal() : URGENT;
            out.add(new Case("cssrs-" + posts.get(i).id(), posts.get(i).text(), lowest,
                    level == 0 ? TriageLevel.LOW.ordinal() : LEVELS - 1,
                    fold[i] == heldOut ? REAL_HELD_OUT : REAL_TRAIN, level));
        }
        return out;
    }

    /**
     * Trains the model to ship: the top {@code layers} and an ordinal head on the single posts of the main suite and
     * of blind sets 1 to {@code through} (and the {@code real} posts), each read as the engine reads a post (split
     * into sentences, one passage, the trained layers attending within a sentence, the head over the mean of the
     * content tokens), the band's lowest level as the gold. Writes the trained layers and the head to {@code out}
     * (head.weight, 384 by 4; head.bias) for {@code attune-finetune export-triage}, and each later blind set's single
     * posts as read (id, band, P(at least low .. imminent)) to {@code out}.readings.tsv, printing only their totals
     * per set: with {@code through} below {@link FunctionalSuite#BLIND_READ}, the read sets between give a fair
     * reading on which to choose how the engine weighs the model, without touching the sets that estimate it.
     */
    static void trainModel(TorchBert bert, NDManager manager, HuggingFaceTokenizer tokenizer, int layers,
            int through, RealPosts real, Path out, PrintStream log) {
        List<Case> cases = new ArrayList<>(singlePosts());
        if (real.used()) {
            cases.addAll(realPosts(real.heldOut()));
        }
        List<TopLayerTuning.Example> examples = new ArrayList<>();
        Pipeline split = Pipeline.of(new SentenceAnalyzer());
        try (OnnxEncoder engine = OnnxEncoder.bgeSmall(1)) {
            for (Case c : cases) {
                examples.add(EmotionsComparison.asTheEngineReadsIt(c.text(), split, engine, tokenizer,
                        TorchBert.MAX_POSITIONS));
            }
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            int set = cases.get(i).set();
            (set == REAL_TRAIN || set >= 0 && set <= through ? train : read).add(i);
        }
        int[][] gold = new int[train.size()][];
        for (int i = 0; i < train.size(); i++) {
            gold[i] = new int[] {cases.get(train.get(i)).lowest()};
        }
        log.printf("triage model: %d single posts to train on (main suite, blind sets 1 to %d%s), %d to read%n",
                train.size(), through, real.describe(), read.size());
        long start = System.nanoTime();
        TuningTask.Ordinal task = new TuningTask.Ordinal(LEVELS);
        TopLayerTuning.Trained trained;
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, layers,
                TopLayerTuning.Pooling.CONTENT_TOKENS)) {
            trained = tuning.trainAndKeep(train, gold, task, FineTuneCommand.TUNED, read);
        }
        log.printf("trained: %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
        StringBuilder tsv = new StringBuilder("id\tlowest\thighest\tp_low\tp_moderate\tp_high\tp_imminent\n");
        for (int k = 0; k < read.size(); k++) {
            Case c = cases.get(read.get(k));
            tsv.append(c.id()).append('\t').append(c.lowest()).append('\t').append(c.highest());
            for (float p : trained.readings()[k]) {
                tsv.append('\t').append(String.format("%.4f", p));
            }
            tsv.append('\n');
        }
        for (int set = through + 1; set <= FunctionalSuite.BLIND_SUITES.size(); set++) {
            int s = set;
            List<Integer> inSet = new ArrayList<>();
            for (int k = 0; k < read.size(); k++) {
                if (cases.get(read.get(k)).set() == s) {
                    inSet.add(k);
                }
            }
            List<Integer> urgent = inSet.stream().filter(k -> cases.get(read.get(k)).lowest() >= URGENT).toList();
            List<Integer> calm = inSet.stream()
                    .filter(k -> cases.get(read.get(k)).highest() < TriageLevel.MODERATE.ordinal()).toList();
            if (urgent.isEmpty() || calm.isEmpty()) {
                continue;
            }
            float[][] r = trained.readings();
            log.printf("blind set %d: AUC %.3f, same-hour read high+ %.3f, none/low read high+ %.3f (%d, %d posts)%n",
                    set, Metrics.auc(urgent.stream().mapToDouble(k -> r[k][URGENT - 1]).toArray(),
                            calm.stream().mapToDouble(k -> r[k][URGENT - 1]).toArray()),
                    urgent.stream().filter(k -> task.level(r[k]) >= URGENT).count() / (double) urgent.size(),
                    calm.stream().filter(k -> task.level(r[k]) >= URGENT).count() / (double) calm.size(),
                    urgent.size(), calm.size());
        }
        if (real.used() && real.heldOut() >= 0) {
            float[][] r = trained.readings();
            int[] posts = new int[3];
            int[] read0 = new int[3];
            for (int k = 0; k < read.size(); k++) {
                Case c = cases.get(read.get(k));
                if (c.set() != REAL_HELD_OUT) {
                    continue;
                }
                int level = task.level(r[k]);
                int cssrs = c.cssrs();
                if (cssrs == 0) {
                    posts[0]++;
                    read0[0] += level >= URGENT ? 1 : 0;
                } else if (cssrs >= 4) {
                    posts[1]++;
                    read0[1] += level <= TriageLevel.LOW.ordinal() ? 1 : 0;
                }
                if (cssrs == 6) {
                    posts[2]++;
                    read0[2] += level >= URGENT ? 1 : 0;
                }
            }
            log.printf("held-out cssrs fold %d, the model alone: gold 0 read high+ %d of %d; gold >= 4 read none/low "
                    + "%d of %d; gold 6 read high+ %d of %d%n", real.heldOut(), read0[0], posts[0], read0[1], posts[1],
                    read0[2], posts[2]);
        }
        FineTuneCommand.writeTrained(out, trained, bert, task.outputs());
        try {
            Files.writeString(Path.of(out + ".readings.tsv"), tsv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.println("wrote " + out + " and its readings");
    }

    static String run(TorchBert bert, NDManager manager, HuggingFaceTokenizer tokenizer, int layers,
            PrintStream out) {
        int firstUnread = 1 + FunctionalSuite.BLIND_READ; // the main suite comes first
        int sets = 1 + FunctionalSuite.BLIND_SUITES.size();
        List<Case> cases = singlePosts();
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
                read.size(), firstUnread, sets - 1);
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
                .append(sets - 1).append(", written later by others and trained on by neither arm. ")
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
