package org.attune.train.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.support.Mechanism;
import org.attune.core.support.Strategy;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.text.Span;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;
import org.attune.ml.support.SupportAnalyzer;
import org.attune.ml.support.SupportFeatures;
import org.attune.ml.support.SupportModel;
import org.attune.train.DocumentVectors;
import org.attune.train.EmbeddingCache;
import org.attune.train.Liblinear;
import org.attune.train.data.Epitome;
import org.attune.train.data.Esconv;
import org.attune.train.eval.Folds;
import org.attune.train.eval.Metrics;

/**
 * Trains the reply-quality heads. Every example is read as the analyzer reads a reply at run time: a thread is built
 * (EPITOME: the seeker's post with the response as its reply; ESConv: the conversation as a chain, each turn replying
 * to the one before), run through sentences, language and in-context embeddings (cached), and the features are
 * {@link SupportFeatures} of the reply and the post it answers.
 *
 * <p>Splits. EPITOME has no test split: a fixed split, seed {@value #SEED}, stratified by the three levels and grouped
 * by seeker post (a post answered twice never straddles two parts), holds out 20% as test and 20% as dev; the rest
 * trains. ESConv uses its own train / valid / test files. Feature groups, C and class weighting are chosen on dev
 * (valid); the shipped heads are then refitted on train + dev with those choices, and measured once on test.
 */
public final class SupportTrainer {
    public static final long SEED = 20251123L;
    static final int MIN_DF = 3;
    public static final int TEST_FOLD = 0;
    public static final int DEV_FOLD = 1;
    static final int FOLDS = 5;

    static final Map<String, SupportFeatures.Spec> SPECS = new LinkedHashMap<>();

    static {
        SPECS.put("reply", new SupportFeatures.Spec(false, false, false));
        SPECS.put("reply+tfidf", new SupportFeatures.Spec(false, false, true));
        SPECS.put("reply+parent+tfidf", new SupportFeatures.Spec(true, false, true));
        SPECS.put("reply+parent+interaction", new SupportFeatures.Spec(true, true, false));
        SPECS.put("reply+parent+interaction+tfidf", new SupportFeatures.Spec(true, true, true));
        SPECS.put("reply+branch", new SupportFeatures.Spec(false, false, false, true));
    }

    /**
     * The feature groups compared on dev by a training run. A first run compared all of {@link #SPECS} for empathy
     * (dev mean macro-F1: reply 0.581, reply+tfidf 0.581, reply+parent+tfidf 0.580; docs/model-card-support.md); on
     * two shared cores a full grid takes too long for every run, so a run compares the reply alone with the reply
     * read against its parent.
     */
    static final List<String> COMPARED = List.of("reply", "reply+parent+interaction");
    /**
     * What a trainer over the encoder with the emotion branch compares as well: the reply's features with the branch's
     * states over its tokens (dev mean macro-F1 0.694 against 0.668 for the reply alone in the first measurement,
     * docs/model-card-support.md).
     */
    static final List<String> COMPARED_WITH_BRANCH = List.of("reply", "reply+branch");
    static final double[] EMPATHY_C = {0.003, 0.03};
    static final double STRATEGY_C = 0.03;
    static final String STRATEGY_SPEC = "reply";
    /** Supporter turns per passage when turns are read among others. */
    static final int GROUP = 8;
    /** The suffix of a split's name for its turns read among others. */
    static final String AMONG_OTHERS = "~among-others";

    /** A reply as the heads read it: the thread's analysis, the reply's sentences and its parent's. */
    record View(Analysis analysis, String replyId, List<Sentence> reply, List<Sentence> parent) {
        SentenceEmbeddings vectors() {
            return analysis.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
        }

        float[] dense(SupportFeatures.Spec spec) {
            return SupportFeatures.dense(vectors(), SupportAnalyzer.indexes(reply), SupportAnalyzer.indexes(parent),
                    SupportAnalyzer.texts(reply), spec);
        }

        String text() {
            return SupportAnalyzer.text(reply);
        }

        float[] dense(int sentence, SupportFeatures.Spec spec) {
            Sentence s = reply.get(sentence);
            return SupportFeatures.dense(vectors(), new int[] {s.index()}, SupportAnalyzer.indexes(parent),
                    List.of(s.normalized()), spec);
        }
    }

    /** An EPITOME pair: its view, its three levels, the gold rationale spans per mechanism and per-sentence labels. */
    record EmpathyItem(View view, int[] levels, List<List<Span>> rationale, int[][] sentenceLabels, int fold) {
    }

    /** An ESConv supporter turn with a parent: its view, its strategy, its split. */
    record TurnItem(View view, int strategy, String split) {
    }

    private final List<EmpathyItem> empathy = new ArrayList<>();
    private final List<TurnItem> turns = new ArrayList<>();
    private final OnnxEncoder.Branch branch;

    /** The data read by the frozen encoder alone. */
    public SupportTrainer() {
        this(null);
    }

    /**
     * The data read by the encoder running {@code branch} (null: none), as the engine reads it with that branch: the
     * sentence vectors are the same, and what the branch read of each sentence comes with them.
     */
    public SupportTrainer(OnnxEncoder.Branch branch) {
        this.branch = branch;
        try (EmbeddingCache encoder = new EmbeddingCache(OnnxEncoder.bgeSmall(branch))) {
            Pipeline p = Pipeline.of(new SentenceAnalyzer(), new ScriptAndStopwordLanguageIdentifier(),
                    new EmbeddingAnalyzer(encoder));
            readEpitome(p, encoder);
            for (String split : List.of("train", "valid", "test")) {
                readEsconv(p, encoder, split);
            }
        }
    }

    private void readEpitome(Pipeline p, EmbeddingCache cache) {
        List<Epitome.Pair> pairs = Epitome.load();
        int[] fold = epitomeFolds(pairs);
        List<PostThread> threads = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Post reply = new Post("r" + i, "responder", null, null, pairs.get(i).response(), null, List.of());
            threads.add(PostThread.of(new Post("s" + i, "seeker", null, null, pairs.get(i).seeker(), null,
                    List.of(reply))));
        }
        List<Analysis> analyses = run(p, threads, cache);
        for (int i = 0; i < pairs.size(); i++) {
            Epitome.Pair pair = pairs.get(i);
            View v = view(analyses.get(i), "r" + i, "s" + i);
            List<List<Span>> gold = new ArrayList<>();
            int[][] labels = new int[3][v.reply().size()];
            for (int m = 0; m < 3; m++) {
                List<Span> spans = locate(pair.response(), pair.rationales().get(m));
                gold.add(spans);
                for (int s = 0; s < v.reply().size(); s++) {
                    labels[m][s] = pair.levels()[m] > 0 && carries(v.reply().get(s).span(), spans) ? 1 : 0;
                }
            }
            empathy.add(new EmpathyItem(v, pair.levels(), gold, labels, fold[i]));
        }
    }

    /**
     * The fold of each EPITOME pair: folds over distinct seeker posts, stratified by the first pair's three levels,
     * seed {@value #SEED}; fold {@value #TEST_FOLD} is the test split and fold {@value #DEV_FOLD} the dev split.
     */
    public static int[] epitomeFolds(List<Epitome.Pair> pairs) {
        Map<String, Integer> group = new LinkedHashMap<>();
        List<Integer> groupLabel = new ArrayList<>();
        for (Epitome.Pair pair : pairs) {
            if (!group.containsKey(pair.seekerId())) {
                group.put(pair.seekerId(), group.size());
                groupLabel.add(pair.levels()[0] * 9 + pair.levels()[1] * 3 + pair.levels()[2]);
            }
        }
        int[] groupFold = Folds.stratified(groupLabel.stream().mapToInt(Integer::intValue).toArray(), FOLDS, SEED);
        int[] fold = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            fold[i] = groupFold[group.get(pairs.get(i).seekerId())];
        }
        return fold;
    }

    private void readEsconv(Pipeline p, EmbeddingCache cache, String split) {
        List<Esconv.Dialog> dialogs = Esconv.load(split);
        List<PostThread> threads = new ArrayList<>();
        for (int d = 0; d < dialogs.size(); d++) {
            List<Esconv.Turn> t = dialogs.get(d).turns();
            Post next = null;
            for (int i = t.size() - 1; i >= 0; i--) {
                next = new Post("t" + i, t.get(i).supporter() ? "supporter" : "seeker", null, null, t.get(i).text(),
                        null, next == null ? List.of() : List.of(next));
            }
            threads.add(PostThread.of(next));
        }
        List<Analysis> analyses = run(p, threads, cache);
        List<String> texts = new ArrayList<>();
        List<Integer> strategies = new ArrayList<>();
        for (int d = 0; d < dialogs.size(); d++) {
            List<Esconv.Turn> t = dialogs.get(d).turns();
            for (int i = 1; i < t.size(); i++) {
                if (t.get(i).supporter()) {
                    turns.add(new TurnItem(view(analyses.get(d), "t" + i, "t" + (i - 1)),
                            t.get(i).strategy().ordinal(), split));
                    texts.add(t.get(i).text());
                    strategies.add(t.get(i).strategy().ordinal());
                }
            }
        }
        readAmongOthers(p, cache, split, texts, strategies);
    }

    /**
     * The same supporter turns read as a sentence of a long reply is read: shuffled (fixed seed) into groups of
     * {@value #GROUP}, each group one post (turns joined by blank lines), so that every turn's sentence vectors carry
     * the other turns of its group. Their split is the split's name followed by {@value #AMONG_OTHERS}; they have no
     * parent.
     */
    private void readAmongOthers(Pipeline p, EmbeddingCache cache, String split, List<String> texts,
            List<Integer> strategies) {
        List<Integer> order = DocumentVectors.shuffled(texts.size(), SEED);
        List<PostThread> threads = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        for (int from = 0; from < order.size(); from += GROUP) {
            int[] m = new int[Math.min(order.size(), from + GROUP) - from];
            int[] at = new int[m.length];
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < m.length; k++) {
                m[k] = order.get(from + k);
                if (k > 0) {
                    text.append("\n\n");
                }
                at[k] = text.length();
                text.append(texts.get(m[k]));
            }
            members.add(m);
            starts.add(at);
            threads.add(PostThread.of(Post.document("g", "supporter", text.toString())));
        }
        List<Analysis> analyses = run(p, threads, cache);
        for (int g = 0; g < analyses.size(); g++) {
            int[] m = members.get(g);
            List<List<Sentence>> of = byTurn(analyses.get(g).get(SentenceAnalyzer.SENTENCES), starts.get(g));
            for (int k = 0; k < m.length; k++) {
                if (!of.get(k).isEmpty()) {
                    turns.add(new TurnItem(new View(analyses.get(g), "g", of.get(k), List.of()), strategies.get(m[k]),
                            split + AMONG_OTHERS));
                }
            }
        }
    }

    /** The sentences of a passage of joined turns, by turn: each goes to the turn its first character lies in. */
    static List<List<Sentence>> byTurn(List<Sentence> sentences, int[] starts) {
        List<List<Sentence>> of = new ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            of.add(new ArrayList<>());
        }
        for (Sentence s : sentences) {
            int k = Arrays.binarySearch(starts, s.span().begin());
            of.get(k >= 0 ? k : -k - 2).add(s);
        }
        return of;
    }

    private static List<Analysis> run(Pipeline p, List<PostThread> threads, EmbeddingCache cache) {
        List<Analysis> out = new ArrayList<>();
        for (int from = 0; from < threads.size(); from += 64) {
            out.addAll(p.run(threads.subList(from, Math.min(threads.size(), from + 64))));
            if ((from / 64) % 10 == 9) {
                cache.save();
            }
        }
        cache.save();
        return out;
    }

    private static View view(Analysis a, String replyId, String parentId) {
        List<Sentence> reply = new ArrayList<>();
        List<Sentence> parent = new ArrayList<>();
        for (Sentence s : a.get(SentenceAnalyzer.SENTENCES)) {
            if (s.postId().equals(replyId)) {
                reply.add(s);
            } else if (s.postId().equals(parentId)) {
                parent.add(s);
            }
        }
        return new View(a, replyId, reply, parent);
    }

    /** The gold rationale strings as spans of the response (the first occurrence of each). */
    static List<Span> locate(String response, List<String> rationales) {
        List<Span> out = new ArrayList<>();
        for (String r : rationales) {
            String t = r.strip();
            int at = t.isEmpty() ? -1 : response.indexOf(t);
            if (at >= 0) {
                out.add(new Span(at, at + t.length()));
            }
        }
        out.sort(null);
        return out;
    }

    /** A sentence carries a rationale when half of it lies in rationale spans, or a whole span lies in it. */
    static boolean carries(Span sentence, List<Span> spans) {
        int covered = 0;
        for (Span g : spans) {
            covered += Math.max(0, Math.min(sentence.end(), g.end()) - Math.max(sentence.begin(), g.begin()));
            if (sentence.contains(g) && !g.isEmpty()) {
                return true;
            }
        }
        return covered * 2 >= sentence.length() && covered > 0;
    }

    // ---- fitting --------------------------------------------------------------------------------------------------

    /** What was tried on dev and what was chosen. */
    public record Selection(String spec, Map<String, Double> devScores, Map<String, String> choices) {
    }

    private List<EmpathyItem> empathyIn(int... folds) {
        List<EmpathyItem> out = new ArrayList<>();
        for (EmpathyItem e : empathy) {
            for (int f : folds) {
                if (e.fold() == f) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static int[] trainFolds(boolean withDev) {
        List<Integer> f = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            if (k != TEST_FOLD && (withDev || k != DEV_FOLD)) {
                f.add(k);
            }
        }
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The fitted featurisation of one spec on some rows, and the features of any view under it. */
    private record Featuriser(SupportFeatures.Spec spec, Standardizer standardizer, TfidfFeaturizer tfidf) {
        static Featuriser fit(SupportFeatures.Spec spec, List<View> views, boolean withSentences) {
            List<float[]> rows = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (View v : views) {
                rows.add(v.dense(spec));
                texts.add(v.text());
                if (withSentences) {
                    for (int s = 0; s < v.reply().size(); s++) {
                        rows.add(v.dense(s, spec));
                    }
                }
            }
            return new Featuriser(spec, Standardizer.fit(rows.toArray(new float[0][])),
                    spec.tfidf() ? TfidfFeaturizer.fit(texts, MIN_DF) : null);
        }

        FeatureVector whole(View v) {
            return SupportFeatures.features(v.dense(spec), v.text(), standardizer, tfidf);
        }

        FeatureVector sentence(View v, int s) {
            return SupportFeatures.features(v.dense(s, spec), v.reply().get(s).normalized(), standardizer, tfidf);
        }
    }

    /**
     * A decision threshold chosen on dev from 0.20 to 0.80 by 0.05, and its score. Each threshold is scored by the mean
     * of its dev score and its two neighbours' (one at either end of the grid): one dev fold of about 600 replies gives
     * a ragged curve, and a lone peak between two lower neighbours is more likely noise than a better threshold.
     */
    record Pick(double threshold, double score) {
        private static final int GRID = 13;

        static Pick smoothed(DoubleUnaryOperator devScore) {
            int n = GRID;
            double[] raw = new double[n];
            for (int i = 0; i < n; i++) {
                raw[i] = devScore.applyAsDouble(threshold(i));
            }
            Pick best = null;
            for (int i = 0; i < n; i++) {
                int from = Math.max(0, i - 1);
                int to = Math.min(n - 1, i + 1);
                double sum = 0;
                for (int j = from; j <= to; j++) {
                    sum += raw[j];
                }
                double score = sum / (to - from + 1);
                if (best == null || score > best.score()) {
                    best = new Pick(threshold(i), score);
                }
            }
            return best;
        }

        private static double threshold(int i) {
            return Math.round((0.2 + 0.05 * i) * 100) / 100.0;
        }
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }

    /** The empathy bundle's model, chosen on dev and refitted on train + dev. */
    public record Fitted(SupportModel model, Selection selection) {
    }

    public Fitted fitEmpathy() {
        List<EmpathyItem> train = empathyIn(trainFolds(false));
        List<EmpathyItem> dev = empathyIn(DEV_FOLD);
        Map<String, Double> scores = new LinkedHashMap<>();
        String bestSpec = null;
        double bestScore = -1;
        Map<String, String> bestChoices = null;
        for (Map.Entry<String, SupportFeatures.Spec> spec : compared()) {
            Featuriser f = Featuriser.fit(spec.getValue(), train.stream().map(EmpathyItem::view).toList(), true);
            List<FeatureVector> xt = train.stream().map(e -> f.whole(e.view())).toList();
            List<FeatureVector> xd = dev.stream().map(e -> f.whole(e.view())).toList();
            Map<String, String> choices = new LinkedHashMap<>();
            double sum = 0;
            for (Mechanism m : Mechanism.values()) {
                int mi = m.ordinal();
                int[] yt = train.stream().mapToInt(e -> e.levels()[mi]).toArray();
                int[] yd = dev.stream().mapToInt(e -> e.levels()[mi]).toArray();
                double best = -1;
                for (double c : EMPATHY_C) {
                    for (boolean balanced : new boolean[] {false, true}) {
                        LinearHead h = Liblinear.fit(xt, yt, 3, c, balanced);
                        List<double[]> pd = xd.stream().map(h::probabilities).toList();
                        Pick pick = Pick.smoothed(t -> Metrics.macroF1(yd,
                                pd.stream().mapToInt(p -> SupportAnalyzer.decide(p, t)).toArray(), 3));
                        if (pick.score() > best) {
                            best = pick.score();
                            choices.put(m.wireName(), c + (balanced ? " balanced" : ""));
                            choices.put("threshold." + m.wireName(), String.valueOf(pick.threshold()));
                        }
                    }
                }
                scores.put(spec.getKey() + " " + m.wireName(), best);
                sum += best;
            }
            scores.put(spec.getKey() + " mean", sum / 3);
            System.err.printf("support: empathy dev %s mean macro-F1 %.4f %s%n", spec.getKey(), sum / 3, choices);
            if (sum / 3 > bestScore) {
                bestScore = sum / 3;
                bestSpec = spec.getKey();
                bestChoices = choices;
            }
        }
        // rationale heads on the chosen spec: C and threshold by dev sentence F1
        SupportFeatures.Spec spec = SPECS.get(bestSpec);
        Featuriser f = Featuriser.fit(spec, train.stream().map(EmpathyItem::view).toList(), true);
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (Mechanism m : Mechanism.values()) {
            thresholds.put(m.wireName(), Double.parseDouble(bestChoices.get("threshold." + m.wireName())));
        }
        for (Mechanism m : Mechanism.values()) {
            double best = -1;
            for (double c : EMPATHY_C) {
                LinearHead h = rationaleHead(f, train, m, c);
                List<double[]> scored = new ArrayList<>();
                for (EmpathyItem e : dev) {
                    if (e.levels()[m.ordinal()] > 0) {
                        for (int s = 0; s < e.view().reply().size(); s++) {
                            scored.add(new double[] {h.probabilities(f.sentence(e.view(), s))[1],
                                e.sentenceLabels()[m.ordinal()][s]});
                        }
                    }
                }
                Pick pick = Pick.smoothed(t -> binaryF1(scored, t));
                if (pick.score() > best) {
                    best = pick.score();
                    bestChoices.put("rationale." + m.wireName(), String.valueOf(c));
                    thresholds.put("rationale." + m.wireName(), pick.threshold());
                }
            }
            scores.put("rationale." + m.wireName() + " dev sentence F1", best);
        }
        // refit on train + dev
        List<EmpathyItem> all = empathyIn(trainFolds(true));
        Featuriser ff = Featuriser.fit(spec, all.stream().map(EmpathyItem::view).toList(), true);
        List<FeatureVector> x = all.stream().map(e -> ff.whole(e.view())).toList();
        Map<String, LinearHead> heads = new LinkedHashMap<>();
        for (Mechanism m : Mechanism.values()) {
            String[] choice = bestChoices.get(m.wireName()).split(" ");
            heads.put(m.wireName(), Liblinear.fit(x, all.stream().mapToInt(e -> e.levels()[m.ordinal()]).toArray(),
                    3, Double.parseDouble(choice[0]), choice.length > 1));
            heads.put("rationale." + m.wireName(), rationaleHead(ff, all, m,
                    Double.parseDouble(bestChoices.get("rationale." + m.wireName()))));
        }
        SupportModel model = new SupportModel("training", spec, ff.standardizer(), ff.tfidf(), heads, thresholds,
                Map.of());
        return new Fitted(model, new Selection(bestSpec, scores, bestChoices));
    }

    private static LinearHead rationaleHead(Featuriser f, List<EmpathyItem> items, Mechanism m, double c) {
        List<FeatureVector> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (EmpathyItem e : items) {
            if (e.levels()[m.ordinal()] > 0) {
                for (int s = 0; s < e.view().reply().size(); s++) {
                    x.add(f.sentence(e.view(), s));
                    y.add(e.sentenceLabels()[m.ordinal()][s]);
                }
            }
        }
        return Liblinear.fit(x, y.stream().mapToInt(Integer::intValue).toArray(), 2, c, false);
    }

    private static double binaryF1(List<double[]> scored, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (double[] s : scored) {
            boolean p = s[0] >= t;
            boolean g = s[1] > 0;
            tp += p && g ? 1 : 0;
            fp += p && !g ? 1 : 0;
            fn += !p && g ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private List<TurnItem> turnsIn(String... splits) {
        List<TurnItem> out = new ArrayList<>();
        for (TurnItem t : turns) {
            for (String s : splits) {
                if (t.split().equals(s)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The strategy bundle's model over the reply's own features (the reply read with its parent lost on valid in every
     * run: accuracy 0.430 against 0.452 on 2026-11-23, 0.495 against 0.526 with each post its own passage), at
     * C={@value #STRATEGY_C}. Two sets of training rows are compared: the train turns read alone, and read both alone
     * and among others ({@link #readAmongOthers}); the one with the better mean of valid accuracy read alone and read
     * among others is shipped, fitted on train (a refit on train + valid costs another long fit on two shared cores).
     */
    public Fitted fitStrategy() {
        SupportFeatures.Spec spec = SPECS.get(STRATEGY_SPEC);
        List<TurnItem> dev = turnsIn("valid");
        List<TurnItem> devAmong = turnsIn("valid" + AMONG_OTHERS);
        Map<String, Double> scores = new LinkedHashMap<>();
        String bestRows = null;
        SupportModel best = null;
        double bestScore = -1;
        for (String rows : List.of("alone", "alone and among others")) {
            List<TurnItem> train = rows.equals("alone") ? turnsIn("train") : turnsIn("train", "train" + AMONG_OTHERS);
            Featuriser f = Featuriser.fit(spec, train.stream().map(TurnItem::view).toList(), false);
            LinearHead h = Liblinear.fit(train.stream().map(t -> f.whole(t.view())).toList(),
                    train.stream().mapToInt(TurnItem::strategy).toArray(), Strategy.values().length, STRATEGY_C, false);
            double alone = accuracy(h, f, dev);
            double among = accuracy(h, f, devAmong);
            scores.put(rows + " valid", alone);
            scores.put(rows + " valid among others", among);
            System.err.printf("support: strategy %s, C=%s: valid accuracy %.4f alone, %.4f among others%n", rows,
                    STRATEGY_C, alone, among);
            if ((alone + among) / 2 > bestScore) {
                bestScore = (alone + among) / 2;
                bestRows = rows;
                best = new SupportModel("training", spec, f.standardizer(), f.tfidf(), Map.of("strategy", h),
                        Map.of(), Map.of());
            }
        }
        return new Fitted(best, new Selection(STRATEGY_SPEC, scores,
                Map.of("strategy", String.valueOf(STRATEGY_C), "rows", bestRows)));
    }

    private static double accuracy(LinearHead h, Featuriser f, List<TurnItem> items) {
        int[] gold = items.stream().mapToInt(TurnItem::strategy).toArray();
        int[] pred = items.stream().mapToInt(t -> argmax(h.probabilities(f.whole(t.view())))).toArray();
        return Metrics.accuracy(gold, pred);
    }

    private List<Map.Entry<String, SupportFeatures.Spec>> compared() {
        return (branch == null ? COMPARED : COMPARED_WITH_BRANCH).stream().map(k -> Map.entry(k, SPECS.get(k)))
                .toList();
    }

    // ---- evaluation -------------------------------------------------------------------------------------------------

    List<EmpathyItem> empathyTest() {
        return empathyIn(TEST_FOLD);
    }

    List<TurnItem> turnsTest() {
        return turnsIn("test");
    }

    List<TurnItem> turnsTestAmongOthers() {
        return turnsIn("test" + AMONG_OTHERS);
    }

    /** The committed bundles' folder in the source tree, relative to the repository root. */
    public static Path bundleSourceDir(Path repoRoot, String bundle) {
        return repoRoot.resolve("attune-ml/src/main/resources").resolve(bundle);
    }

    /** Writes a bundle: model.json and a manifest.json with its hash, labels, thresholds, data, licence, metrics. */
    static void writeBundle(Path dir, String id, SupportModel model, List<String> labels, ObjectNode training,
            Map<String, Double> metrics, String protocol) {
        writeBundle(dir, id, model, labels, training, metrics, protocol, null);
    }

    /**
     * As above; a model that reads an encoder's branch names it (with its file's sha256) in the manifest, and the
     * engine runs it only over that branch.
     */
    static void writeBundle(Path dir, String id, SupportModel model, List<String> labels, ObjectNode training,
            Map<String, Double> metrics, String protocol, OnnxEncoder.Branch branch) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        try {
            Files.createDirectories(dir);
            byte[] bytes = mapper.writeValueAsBytes(model.toJson());
            Files.write(dir.resolve(SupportModel.FILE), bytes);
            ObjectNode manifest = mapper.createObjectNode();
            manifest.put("id", id);
            manifest.put("version", "1");
            var l = manifest.putArray("labels");
            labels.forEach(l::add);
            if (branch != null) {
                ModelBundle.nameBranch(manifest, branch.name(), branch.model());
            }
            ObjectNode t = manifest.putObject("thresholds");
            new java.util.TreeMap<>(model.thresholds()).forEach(t::put);
            manifest.putObject("files").put(SupportModel.FILE, ModelBundle.sha256(bytes));
            manifest.set("training", training);
            ObjectNode m = manifest.putObject("metrics");
            m.put("protocol", protocol);
            metrics.forEach((k, v) -> m.put(k, Math.round(v * 10000) / 10000.0));
            manifest.put("calibrated", false);
            Files.write(dir.resolve("manifest.json"), mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model bundle to " + dir, e);
        }
    }

    /** The results of {@link #trainAndWrite}: the test figures of the fitted models and what was chosen on dev. */
    public record Trained(SupportEvaluation.Results results, Selection empathy, Selection strategy) {
    }

    /** Chooses and fits both models, measures them on test through the analyzer, and writes both bundles. */
    public Trained trainAndWrite(Path repoRoot) {
        return trainAndWrite(repoRoot, true);
    }

    /**
     * As {@link #trainAndWrite(Path)}; with {@code strategyToo} false the committed strategy bundle is kept (and
     * measured again) while the empathy bundle is retrained.
     */
    public Trained trainAndWrite(Path repoRoot, boolean strategyToo) {
        Fitted e = fitEmpathy();
        if (branch != null) {
            strategyToo = false; // the strategy head reads the frozen vectors alone (its bundle serves both readings)
        }
        Fitted s = strategyToo ? fitStrategy() : new Fitted(SupportModel.load(SupportModel.STRATEGY),
                new Selection("(committed bundle kept)", Map.of(), Map.of()));
        SupportEvaluation.Results results = SupportEvaluation.evaluate(this, e.model(), s.model());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode te = mapper.createObjectNode();
        te.put("dataset", Epitome.NAME);
        te.put("licence", Epitome.LICENCE);
        te.put("commercialUse", false);
        te.put("source", "Sharma, Miner, Atkins, Althoff, EMNLP 2020 (arXiv:2009.08441), Reddit portion");
        te.put("examples", empathyIn(trainFolds(true)).size());
        te.put("split", "fixed split grouped by seeker post, stratified by the three levels, seed " + SEED
                + ": 60% train, 20% dev (choices), 20% test (reported); shipped heads fitted on train + dev");
        te.put("encoder", branch == null ? "bge-small-en-v1.5-int8 (frozen), the pipeline's in-context sentence "
                + "vectors" : "bge-small-en-v1.5-int8 (frozen), the pipeline's in-context sentence vectors, and the "
                + "states of the encoder's fine-tuned emotion branch " + branch.name() + " (layers 8-11 trained on "
                + "GoEmotions) over each segment's tokens");
        te.put("features", e.selection().spec());
        te.put("classifier", "LIBLINEAR L2R_LR one-vs-rest per mechanism over levels 0-2; level >= 1 when "
                + "P(level >= 1) reaches the mechanism's threshold, then the likelier of 1 and 2; rationale heads "
                + "binary per sentence of replies at level >= 1; choices on dev: " + e.selection().choices());
        te.put("seed", SEED);
        List<String> empathyLabels = new ArrayList<>();
        for (Mechanism m : Mechanism.values()) {
            empathyLabels.add(m.wireName() + ":0|1|2");
        }
        String bundle = branch == null ? SupportModel.EMPATHY : SupportModel.EMPATHY_TUNED;
        writeBundle(bundleSourceDir(repoRoot, bundle), bundle.substring(bundle.lastIndexOf('/') + 1), e.model(),
                empathyLabels, te, results.empathyMetrics(), "EPITOME held-out 20% test split (seed " + SEED
                        + "), through the analyzer", branch);
        ObjectNode ts = mapper.createObjectNode();
        ts.put("dataset", Esconv.NAME);
        ts.put("licence", Esconv.LICENCE);
        ts.put("commercialUse", false);
        ts.put("source", "Liu et al., ACL 2021 (arXiv:2106.01144); thu-coai reformat train/valid/test split");
        ts.put("examples", turnsIn("train").size());
        ts.put("encoder", "bge-small-en-v1.5-int8 (frozen), the pipeline's in-context sentence vectors; each "
                + "conversation read as a chain of replies, each turn its own passage");
        ts.put("features", s.selection().spec());
        ts.put("classifier", "LIBLINEAR L2R_LR one-vs-rest over 8 strategies, C=" + s.selection().choices()
                .get("strategy") + ", fitted on supporter turns of train read " + s.selection().choices().get("rows")
                + " (" + GROUP + " turns to a passage; valid chose the rows); applied per sentence at run time");
        ts.put("seed", SEED);
        List<String> strategyLabels = new ArrayList<>();
        for (Strategy st : Strategy.values()) {
            strategyLabels.add(st.wireName());
        }
        if (strategyToo) {
            writeBundle(bundleSourceDir(repoRoot, SupportModel.STRATEGY), "support-strategy", s.model(),
                    strategyLabels, ts, results.strategyMetrics(),
                    "ESConv test split (195 conversations), through the analyzer");
        }
        return new Trained(results, e.selection(), s.selection());
    }
}
