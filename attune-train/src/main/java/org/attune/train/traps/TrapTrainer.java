package org.attune.train.traps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import org.attune.core.traps.Trap;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;
import org.attune.ml.traps.TrapModel;
import org.attune.train.EmbeddingCache;
import org.attune.train.data.BenignTexts;
import org.attune.train.data.Esconv;
import org.attune.train.data.ThinkingTrapData;
import org.attune.train.data.ThinkingTrapData.Example;
import org.attune.train.data.ThinkingTrapData.Source;
import org.attune.train.eval.Folds;

/**
 * Trains and evaluates the sentence-level thinking-trap model on {@code cognitive-reframing} and
 * {@code cognitive-distortions-shreevastava} in one taxonomy ({@link Trap}).
 *
 * <p>Neither dataset has a test split: a fixed stratified fifth of each (by source and first trap, seed
 * {@value #SEED}) is held out as the test set and never trained or tuned on. On the other four fifths, a stratified
 * 5-fold cross-validation compares the configurations (architecture, whether the unmarked sentences of a distorted
 * text count as trap-free, C) and tunes the thresholds on the out-of-fold readings; the shipped model is the best
 * configuration fitted on the whole training part.
 *
 * <p>The datasets label a thought or a text; the model reads sentences, each with its in-context embedding exactly as
 * at run time. Training rows are sentences: those of the marked part (the thought, the annotated distorted part)
 * carry the example's traps, those of a trap-free example carry none. Evaluation is at the datasets' unit: an example
 * shows a trap when one of its sentences does, which is what the analyzer reports for a text.
 */
public final class TrapTrainer {
    public static final long SEED = 20251123L;
    public static final int FOLDS = 5;
    static final int MIN_DF = 3;
    static final double[] C_GRID = {0.01, 0.03, 0.1};
    private static final int TRAPS = Trap.values().length;

    /** How the per-trap heads relate to the any-trap gate. */
    public enum Architecture {
        /** Trap heads trained on trap sentences only: P(trap) = P(any) * P(trap | any). */
        GATE_AND_CONDITIONAL_HEADS,
        /** Trap heads trained on every sentence, each reading P(trap) on its own; the gate decides "any". */
        GATE_AND_INDEPENDENT_HEADS
    }

    public record Config(Architecture architecture, boolean unmarkedAreNegative, double c) {
        @Override
        public String toString() {
            return (architecture == Architecture.GATE_AND_CONDITIONAL_HEADS ? "gate + conditional heads"
                    : "gate + independent heads") + ", unmarked sentences " + (unmarkedAreNegative ? "trap-free"
                    : "left out") + ", C=" + c;
        }
    }

    /** Figures at the examples' unit over a set of examples. */
    public record Scores(double anyF1, double anyPrecision, double anyRecall, int anySupport,
            double distortionsAnyF1, double distortionsAnyPrecision, double distortionsAnyRecall,
            double reframingAnyF1, double[] trapF1, int[] trapSupport, double[] trapF1Reframing,
            double[] trapF1Distortions, double allPositiveDistortionsF1, double sentenceAnyF1,
            double sentenceAnyF1Distortions, double sentenceMacroTrapF1) {
        public double macroTrapF1() {
            return Arrays.stream(trapF1).average().orElse(0);
        }
    }

    /** The configurations compared on the development folds and the chosen one with its tuned model. */
    public record Selection(List<Config> configs, List<Scores> devScores, Config best, TrapModel model) {
    }

    /** GoEmotions comments added to every training fold as trap-free rows, so that the gate sees everyday text. */
    static final int EVERYDAY = 1000;
    /**
     * ESConv supporter turns added the same way, so that the gate sees replies written to support someone: every
     * author of a thread is read, and the first bundle flagged 17 % of held-out supporter sentences.
     */
    static final int EVERYDAY_REPLIES = 1000;

    private final List<TrapDocument> docs;
    private final List<Integer> everyday = new ArrayList<>();
    private final List<Integer> train = new ArrayList<>();
    private final List<Integer> test = new ArrayList<>();
    private final int[] devFold;

    private final OnnxEncoder.Branch branch;

    /** The examples read by the frozen encoder alone. */
    public TrapTrainer() {
        this(null);
    }

    /**
     * The examples read by the encoder running {@code branch} (null: none); each sentence's vector is then followed by
     * what the branch read of it.
     */
    public TrapTrainer(OnnxEncoder.Branch branch) {
        this.branch = branch;
        Linear.disableDebugOutput();
        List<Example> examples = ThinkingTrapData.load();
        List<Example> all = new ArrayList<>(examples);
        all.addAll(ThinkingTrapData.everyday(BenignTexts.goemotions(EVERYDAY, SEED)));
        all.addAll(ThinkingTrapData.everyday(BenignTexts.esconvSupporter(EVERYDAY_REPLIES, SEED)));
        for (int i = examples.size(); i < all.size(); i++) {
            everyday.add(i);
        }
        try (EmbeddingCache encoder = new EmbeddingCache(OnnxEncoder.bgeSmall(branch))) {
            docs = TrapDocument.of(all, encoder, branch != null);
        }
        int[] split = Folds.stratified(strata(examples), FOLDS, SEED);
        for (int i = 0; i < examples.size(); i++) {
            (split[i] == 0 ? test : train).add(i);
        }
        List<Example> trainExamples = train.stream().map(examples::get).toList();
        int[] fold = Folds.stratified(strata(trainExamples), FOLDS, SEED + 1);
        devFold = new int[all.size()];
        Arrays.fill(devFold, -1);
        for (int j = 0; j < train.size(); j++) {
            devFold[train.get(j)] = fold[j];
        }
    }

    private static int[] strata(List<Example> examples) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[examples.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(examples.get(i).stratum(), k -> ids.size());
        }
        return out;
    }

    public int trainSize() {
        return train.size();
    }

    public int testSize() {
        return test.size();
    }

    /** Examples per source in a split: {reframing, distortions}. */
    public int[] sizes(boolean testSplit) {
        int[] n = new int[2];
        for (int i : testSplit ? test : train) {
            n[docs.get(i).example().source().ordinal()]++;
        }
        return n;
    }

    public int trainingSentences(boolean unmarkedAreNegative) {
        List<Integer> all = new ArrayList<>(train);
        all.addAll(everyday);
        return rows(all, unmarkedAreNegative).size();
    }

    // ---- training rows

    private record RowRef(int doc, int sentence, boolean any, Set<Trap> traps) {
    }

    private List<RowRef> rows(List<Integer> docIndexes, boolean unmarkedAreNegative) {
        List<RowRef> out = new ArrayList<>();
        for (int d : docIndexes) {
            TrapDocument doc = docs.get(d);
            Set<Trap> traps = doc.example().traps();
            for (int s = 0; s < doc.sentences().size(); s++) {
                boolean marked = doc.sentences().get(s).marked();
                if (traps.isEmpty() || (!marked && unmarkedAreNegative)) {
                    out.add(new RowRef(d, s, false, Set.of()));
                } else if (marked) {
                    out.add(new RowRef(d, s, true, traps));
                }
            }
        }
        return out;
    }

    /** Fits standardiser, vocabulary, gate and heads on the given examples; thresholds are left at 0.5. */
    TrapModel fit(List<Integer> docIndexes, Config config) {
        List<RowRef> rows = rows(docIndexes, config.unmarkedAreNegative());
        float[][] vectors = new float[rows.size()][];
        List<String> texts = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            TrapDocument.Row row = docs.get(rows.get(r).doc()).sentences().get(rows.get(r).sentence());
            vectors[r] = row.vector();
            texts.add(row.text());
        }
        Standardizer standardizer = Standardizer.fit(vectors);
        TfidfFeaturizer tfidf = TfidfFeaturizer.fit(texts, MIN_DF);
        Feature[][] x = new Feature[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            x[r] = liblinear(TrapModel.features(vectors[r], texts.get(r), standardizer, tfidf));
        }
        int features = standardizer.size() + tfidf.size();
        List<Integer> all = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            all.add(r);
        }
        float[][] gateWeights = new float[1][];
        float[] gateBias = new float[1];
        binary(x, all, r -> rows.get(r).any(), config.c(), features, gateWeights, gateBias, 0);
        float[][] weights = new float[TRAPS][];
        float[] bias = new float[TRAPS];
        for (Trap t : Trap.values()) {
            List<Integer> used = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                RowRef row = rows.get(r);
                boolean inScope = config.architecture() == Architecture.GATE_AND_INDEPENDENT_HEADS || row.any();
                if (inScope && (!row.any() || docs.get(row.doc()).example().labels(t))) {
                    used.add(r);
                }
            }
            binary(x, used, r -> rows.get(r).traps().contains(t), config.c(), features, weights, bias, t.ordinal());
        }
        double[] thresholds = new double[TRAPS];
        Arrays.fill(thresholds, 0.5);
        return new TrapModel("training", standardizer, tfidf, new LinearHead(gateWeights, gateBias),
                new LinearHead(weights, bias), config.architecture() == Architecture.GATE_AND_CONDITIONAL_HEADS, 0.5,
                thresholds, branch != null, Map.of());
    }

    /** Trains one binary logistic regression into row {@code k} of weights and bias: P(label true). */
    private static void binary(Feature[][] x, List<Integer> rows, java.util.function.IntPredicate label, double c,
            int features, float[][] weights, float[] bias, int k) {
        int positives = 0;
        for (int r : rows) {
            positives += label.test(r) ? 1 : 0;
        }
        weights[k] = new float[features];
        if (positives == 0 || positives == rows.size()) {
            bias[k] = positives == 0 ? -30f : 30f; // nothing to tell apart: a constant answer
            return;
        }
        Problem p = new Problem();
        p.l = rows.size();
        p.n = features + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            p.x[i] = x[rows.get(i)];
            p.y[i] = label.test(rows.get(i)) ? 1 : 0;
        }
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.01));
        double[] w = m.getFeatureWeights();
        double sign = m.getLabels()[0] == 1 ? 1 : -1; // LIBLINEAR keeps one vector, for its first label
        for (int j = 0; j < features; j++) {
            weights[k][j] = (float) (sign * w[j]);
        }
        bias[k] = (float) (sign * w[features] * m.getBias());
    }

    /** A feature vector in LIBLINEAR's 1-based sparse form with the bias feature last. */
    private static Feature[] liblinear(FeatureVector v) {
        List<Feature> f = new ArrayList<>(v.dense().length + v.indexes().length + 1);
        for (int j = 0; j < v.dense().length; j++) {
            if (v.dense()[j] != 0) {
                f.add(new FeatureNode(j + 1, v.dense()[j]));
            }
        }
        for (int k = 0; k < v.indexes().length; k++) {
            f.add(new FeatureNode(v.indexes()[k] + 1, v.values()[k]));
        }
        f.add(new FeatureNode(v.size() + 1, 1.0));
        return f.toArray(new Feature[0]);
    }

    // ---- reading, thresholds, scores

    /** The model's reading of every sentence of each given example. */
    Map<Integer, List<TrapModel.Reading>> read(TrapModel m, List<Integer> docIndexes) {
        Map<Integer, List<TrapModel.Reading>> out = new LinkedHashMap<>();
        for (int d : docIndexes) {
            List<TrapModel.Reading> rs = new ArrayList<>();
            for (TrapDocument.Row row : docs.get(d).sentences()) {
                rs.add(m.read(row.vector(), row.text()));
            }
            out.put(d, rs);
        }
        return out;
    }

    /**
     * The traps an example shows: the union over its sentences that pass the gate of the traps that pass their
     * thresholds, or of the most probable trap when none does (what the analyzer reports).
     */
    static Set<Trap> predicted(List<TrapModel.Reading> readings, double gate, double[] thresholds) {
        Set<Trap> out = EnumSet.noneOf(Trap.class);
        for (TrapModel.Reading r : readings) {
            if (r.any() < gate) {
                continue;
            }
            int best = 0;
            boolean any = false;
            for (int k = 0; k < TRAPS; k++) {
                if (r.traps()[k] >= thresholds[k]) {
                    out.add(Trap.values()[k]);
                    any = true;
                }
                if (r.traps()[k] > r.traps()[best]) {
                    best = k;
                }
            }
            if (!any) {
                out.add(Trap.values()[best]);
            }
        }
        return out;
    }

    /** The traps the model reports for one sentence, in the same way as {@link #predicted}. */
    public static List<Trap> shown(TrapModel m, TrapModel.Reading r) {
        return List.copyOf(predicted(List.of(r), m.gateThreshold(), m.thresholds()));
    }

    /**
     * The sentences a threshold is judged on: those of the marked part of a trap example (positive, with its traps)
     * and every sentence of a trap-free example (negative); the unmarked sentences of a trap example are unknown.
     */
    private record Judged(boolean any, Set<Trap> traps, Example example, TrapModel.Reading reading) {
    }

    private List<Judged> judged(Map<Integer, List<TrapModel.Reading>> readings) {
        List<Judged> out = new ArrayList<>();
        for (var e : readings.entrySet()) {
            TrapDocument doc = docs.get(e.getKey());
            Set<Trap> traps = doc.example().traps();
            for (int s = 0; s < doc.sentences().size(); s++) {
                if (traps.isEmpty() || doc.sentences().get(s).marked()) {
                    out.add(new Judged(!traps.isEmpty(), traps, doc.example(), e.getValue().get(s)));
                }
            }
        }
        return out;
    }

    /**
     * Thresholds for the unit the analyzer reports, the sentence: the gate's for the best any-trap F1 over the judged
     * sentences, then each trap's for its best F1 among the sentences that pass the gate. (Tuned on the examples' unit
     * instead, the gate falls to about 0.2 and flags nearly every sentence of any text: F1 on data that is 63 %
     * distorted rewards calling everything distorted.)
     */
    double[] tune(Map<Integer, List<TrapModel.Reading>> readings) {
        List<Judged> rows = judged(readings);
        double bestGate = 0.5;
        double bestF1 = -1;
        for (int g = 5; g <= 95; g++) {
            double t = g / 100.0;
            int[] c = new int[3];
            for (Judged j : rows) {
                count(c, j.any(), j.reading().any() >= t);
            }
            double f1 = f1(c[0], c[1], c[2]);
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                bestGate = t;
            }
        }
        double[] out = new double[TRAPS + 1];
        out[0] = bestGate;
        for (int k = 0; k < TRAPS; k++) {
            Trap trap = Trap.values()[k];
            double best = 0.5;
            double bestK = -1;
            for (int g = 1; g <= 95; g++) {
                double t = g / 100.0;
                int[] c = new int[3];
                for (Judged j : rows) {
                    if (j.example().labels(trap)) {
                        count(c, j.traps().contains(trap), j.reading().any() >= bestGate && j.reading().traps()[k] >= t);
                    }
                }
                double f1 = f1(c[0], c[1], c[2]);
                if (f1 > bestK + 1e-12) {
                    bestK = f1;
                    best = t;
                }
            }
            out[k + 1] = best;
        }
        return out;
    }

    /** Sentence-level figures over the judged sentences: {any-trap F1, any-trap F1 of distortions, macro trap F1}. */
    double[] sentenceScores(Map<Integer, List<TrapModel.Reading>> readings, double gate, double[] thresholds) {
        int[] any = new int[3];
        int[] anyDistortions = new int[3];
        int[][] trap = new int[TRAPS][3];
        for (Judged j : judged(readings)) {
            Set<Trap> pred = predicted(List.of(j.reading()), gate, thresholds);
            count(any, j.any(), !pred.isEmpty());
            if (j.example().source() == Source.DISTORTIONS) {
                count(anyDistortions, j.any(), !pred.isEmpty());
            }
            for (Trap t : Trap.values()) {
                if (j.example().labels(t)) {
                    count(trap[t.ordinal()], j.traps().contains(t), pred.contains(t));
                }
            }
        }
        double macro = 0;
        for (int[] c : trap) {
            macro += f1(c[0], c[1], c[2]) / TRAPS;
        }
        return new double[] {f1(any[0], any[1], any[2]), f1(anyDistortions[0], anyDistortions[1],
                anyDistortions[2]), macro};
    }

    static TrapModel withThresholds(TrapModel m, String id, double[] tuned, Map<String, String> hashes) {
        return new TrapModel(id, m.standardizer(), m.tfidf(), m.gate(), m.traps(), m.conditional(), tuned[0],
                Arrays.copyOfRange(tuned, 1, tuned.length), m.branch(), hashes);
    }

    Scores score(Map<Integer, List<TrapModel.Reading>> readings, double gate, double[] thresholds) {
        int[][] any = new int[3][3]; // [all, reframing, distortions][tp, fp, fn]
        int[][][] trap = new int[3][TRAPS][3];
        int[] support = new int[TRAPS];
        int distortionsPositive = 0;
        int distortions = 0;
        for (var e : readings.entrySet()) {
            Example ex = docs.get(e.getKey()).example();
            Set<Trap> pred = predicted(e.getValue(), gate, thresholds);
            boolean gold = !ex.traps().isEmpty();
            int src = ex.source() == Source.REFRAMING ? 1 : 2;
            if (ex.source() == Source.DISTORTIONS) {
                distortions++;
                distortionsPositive += gold ? 1 : 0;
            }
            for (int s : new int[] {0, src}) {
                count(any[s], gold, !pred.isEmpty());
            }
            for (Trap t : Trap.values()) {
                if (!ex.labels(t)) {
                    continue;
                }
                support[t.ordinal()] += ex.traps().contains(t) ? 1 : 0;
                for (int s : new int[] {0, src}) {
                    count(trap[s][t.ordinal()], ex.traps().contains(t), pred.contains(t));
                }
            }
        }
        double[][] f1 = new double[3][TRAPS];
        for (int s = 0; s < 3; s++) {
            for (int k = 0; k < TRAPS; k++) {
                f1[s][k] = f1(trap[s][k][0], trap[s][k][1], trap[s][k][2]);
            }
        }
        for (Trap t : ThinkingTrapData.NOT_IN_DISTORTIONS) {
            f1[2][t.ordinal()] = Double.NaN;
        }
        double allPositive = f1(distortionsPositive, distortions - distortionsPositive, 0);
        double[] sentence = sentenceScores(readings, gate, thresholds);
        return new Scores(f1(any[0][0], any[0][1], any[0][2]), precision(any[0]), recall(any[0]),
                any[0][0] + any[0][2], f1(any[2][0], any[2][1], any[2][2]), precision(any[2]), recall(any[2]),
                f1(any[1][0], any[1][1], any[1][2]), f1[0], support, f1[1], f1[2], allPositive, sentence[0],
                sentence[1], sentence[2]);
    }

    private static void count(int[] c, boolean gold, boolean pred) {
        c[0] += gold && pred ? 1 : 0;
        c[1] += !gold && pred ? 1 : 0;
        c[2] += gold && !pred ? 1 : 0;
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    // ---- selection, test, bundle

    /** Out-of-fold readings of the training examples under one configuration. */
    Map<Integer, List<TrapModel.Reading>> outOfFold(Config config) {
        Map<Integer, List<TrapModel.Reading>> out = new LinkedHashMap<>();
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> fit = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int d : train) {
                (devFold[d] == k ? held : fit).add(d);
            }
            fit.addAll(everyday);
            out.putAll(read(fit(fit, config), held));
        }
        return out;
    }

    /**
     * Compares configurations on the development folds by any-trap F1 plus macro per-trap F1, in two stages to keep
     * training to minutes on two cores: architecture and the treatment of unmarked sentences at C={@value #FIRST_C},
     * then the best of those at the other values of C; the best is fitted on the whole training part.
     */
    public Selection select(java.io.PrintWriter log) {
        List<Config> configs = new ArrayList<>();
        List<Scores> scores = new ArrayList<>();
        List<double[]> tunings = new ArrayList<>();
        List<Architecture> architectures = Boolean.getBoolean("attune.traps.allArchitectures")
                ? List.of(Architecture.values()) : List.of(Architecture.GATE_AND_CONDITIONAL_HEADS);
        for (Architecture a : architectures) {
            for (boolean negative : new boolean[] {true, false}) {
                evaluate(new Config(a, negative, FIRST_C), configs, scores, tunings, log);
            }
        }
        Config first = configs.get(best(scores));
        for (double c : C_GRID) {
            if (c != FIRST_C) {
                evaluate(new Config(first.architecture(), first.unmarkedAreNegative(), c), configs, scores, tunings,
                        log);
            }
        }
        int b = best(scores);
        List<Integer> rows = new ArrayList<>(train);
        rows.addAll(everyday);
        TrapModel m = withThresholds(fit(rows, configs.get(b)), "training", tunings.get(b), Map.of());
        return new Selection(configs, scores, configs.get(b), m);
    }

    static final double FIRST_C = 0.03;

    private void evaluate(Config c, List<Config> configs, List<Scores> scores, List<double[]> tunings,
            java.io.PrintWriter log) {
        var oof = outOfFold(c);
        double[] tuned = tune(oof);
        Scores s = score(oof, tuned[0], Arrays.copyOfRange(tuned, 1, tuned.length));
        configs.add(c);
        scores.add(s);
        tunings.add(tuned);
        if (log != null) {
            log.printf(java.util.Locale.ROOT, "dev %s: sentences: any-trap F1 %.3f, macro per-trap F1 %.3f; "
                    + "texts: any-trap F1 %.3f, distortions any-trap F1 %.3f, macro per-trap F1 %.3f%n", c,
                    s.sentenceAnyF1(), s.sentenceMacroTrapF1(), s.anyF1(), s.distortionsAnyF1(), s.macroTrapF1());
            log.flush();
        }
    }

    private static int best(List<Scores> scores) {
        int b = 0;
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i).sentenceAnyF1() + scores.get(i).sentenceMacroTrapF1() > scores.get(b).sentenceAnyF1()
                    + scores.get(b).sentenceMacroTrapF1()) {
                b = i;
            }
        }
        return b;
    }

    /** The figures of a model on the held-out test examples. */
    public Scores testScores(TrapModel m) {
        return score(read(m, test), m.gateThreshold(), m.thresholds());
    }

    /** Writes the bundle (head.json, manifest.json) of the selected model into {@code dir}. */
    public void write(Path dir, Selection selection, Scores test) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        try {
            Files.createDirectories(dir);
            byte[] head = mapper.writeValueAsBytes(selection.model().toJson());
            Files.write(dir.resolve(TrapModel.FILE), head);
            ObjectNode manifest = mapper.createObjectNode();
            manifest.put("id", branch == null ? "traps-sentence" : "traps-sentence-tuned");
            manifest.put("version", "1");
            manifest.put("task", "thinking traps (Sharma et al. 2023 taxonomy) of each sentence of an author's text");
            var labels = manifest.putArray("labels");
            for (Trap t : Trap.values()) {
                labels.add(t.wireName());
            }
            ObjectNode thresholds = manifest.putObject("thresholds");
            thresholds.put("any", selection.model().gateThreshold());
            for (Trap t : Trap.values()) {
                thresholds.put(t.wireName(), selection.model().threshold(t.ordinal()));
            }
            manifest.putObject("files").put(TrapModel.FILE, ModelBundle.sha256(head));
            if (branch != null) {
                ModelBundle.nameBranch(manifest, branch.name(), branch.model());
            }
            manifest.put("commercialUse", false);
            manifest.put("licenceNote", "trained on CC BY-NC-ND 4.0 data (non-commercial) and data of unknown "
                    + "licence (research use): not for commercial use; the configuration can leave this head out");
            ObjectNode training = manifest.putObject("training");
            var datasets = training.putArray("datasets");
            datasets.addObject().put("name", ThinkingTrapData.REFRAMING).put("licence", ThinkingTrapData
                    .REFRAMING_LICENCE).put("source", "Sharma et al., ACL 2023 (behavioral-data/Cognitive-Reframing)")
                    .put("trainExamples", sizes(false)[0]).put("testExamples", sizes(true)[0]);
            datasets.addObject().put("name", ThinkingTrapData.DISTORTIONS).put("licence", ThinkingTrapData
                    .DISTORTIONS_LICENCE).put("source", "Shreevastava and Foltz, CLPsych 2021 (mirror sehee-lim/ERD)")
                    .put("trainExamples", sizes(false)[1]).put("testExamples", sizes(true)[1]);
            training.put("everyday", EVERYDAY + " GoEmotions train comments (" + BenignTexts.GOEMOTIONS_LICENCE
                    + ") and " + EVERYDAY_REPLIES + " ESConv train supporter turns (" + Esconv.LICENCE + "), drawn "
                    + "with seed " + SEED + ", as trap-free rows in every training fold; never evaluated");
            training.put("split", "no published split: a fixed stratified fifth of each dataset (by source and first "
                    + "trap, seed " + SEED + ") is the test set; thresholds and configuration chosen by " + FOLDS
                    + "-fold cross-validation on the rest");
            training.put("encoder", branch == null ? "bge-small-en-v1.5-int8 (frozen), in-context sentence vectors"
                    : "bge-small-en-v1.5-int8 (frozen), in-context sentence vectors, and its fine-tuned emotion branch "
                    + branch.name() + " (layers 8-11 trained on GoEmotions)");
            training.put("features", "z-scored sentence embedding" + (branch == null ? "" : " and the mean of the "
                    + "branch's states over the sentence's tokens") + " + word 1-2-gram tf-idf of the sentence (min df "
                    + MIN_DF + ")");
            training.put("classifier", "LIBLINEAR L2R_LR, " + selection.best());
            training.put("sentences", trainingSentences(selection.best().unmarkedAreNegative()));
            training.put("seed", SEED);
            ObjectNode metrics = manifest.putObject("metrics");
            metrics.put("protocol", "held-out test fifth, at the datasets' unit (a text shows a trap when one of "
                    + "its sentences does)");
            metrics.put("anyTrapF1Distortions", round(test.distortionsAnyF1()));
            metrics.put("anyTrapF1DistortionsAnchor", 0.79);
            metrics.put("anyTrapF1Reframing", round(test.reframingAnyF1()));
            metrics.put("anyTrapF1", round(test.anyF1()));
            metrics.put("macroTrapF1", round(test.macroTrapF1()));
            metrics.put("sentenceAnyTrapF1", round(test.sentenceAnyF1()));
            metrics.put("sentenceAnyTrapF1Distortions", round(test.sentenceAnyF1Distortions()));
            metrics.put("sentenceMacroTrapF1", round(test.sentenceMacroTrapF1()));
            ObjectNode per = metrics.putObject("trapF1");
            for (Trap t : Trap.values()) {
                per.put(t.wireName(), round(test.trapF1()[t.ordinal()]));
            }
            var devTable = manifest.putArray("selection");
            for (int i = 0; i < selection.configs().size(); i++) {
                Config c = selection.configs().get(i);
                Scores d = selection.devScores().get(i);
                devTable.addObject().put("architecture", c.architecture().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-')).put("unmarkedAreNegative", c.unmarkedAreNegative()).put("c", c.c())
                        .put("devSentenceAnyTrapF1", round(d.sentenceAnyF1()))
                        .put("devSentenceMacroTrapF1", round(d.sentenceMacroTrapF1()))
                        .put("devAnyTrapF1", round(d.anyF1())).put("devAnyTrapF1Distortions",
                                round(d.distortionsAnyF1())).put("devMacroTrapF1", round(d.macroTrapF1()))
                        .put("chosen", c.equals(selection.best()));
            }
            manifest.put("calibrated", false);
            Files.write(dir.resolve("manifest.json"), mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model bundle to " + dir, e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Where the committed bundle lives in the source tree, relative to the repository root. */
    /** Where this trainer's bundle lives in the source tree: the frozen one, or the one that reads the branch. */
    public Path bundleSourceDir(Path repoRoot) {
        return repoRoot.resolve("attune-ml/src/main/resources").resolve(branch == null ? TrapModel.BUNDLE
                : TrapModel.TUNED);
    }
}
