package org.attune.train.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;
import org.attune.ml.safety.SafetyFeatures;
import org.attune.ml.safety.SafetyModel;
import org.attune.ml.safety.TriageExemplarHead;
import org.attune.ml.safety.TunedTriageModel;
import org.attune.train.EmbeddingCache;
import org.attune.train.Liblinear;
import org.attune.train.data.BenignTexts;
import org.attune.train.data.CssrsPosts;
import org.attune.train.data.Dreaddit;
import org.attune.train.eval.Folds;
import org.attune.train.eval.Metrics;
import org.attune.train.eval.OrdinalThresholds;

/**
 * Trains and evaluates the C-SSRS head on {@code cssrs-7level-posts}: a fixed stratified 5-fold cross-validation
 * (seed {@value #SEED}) gives the reported figures and the out-of-fold scores the Platt calibration and the shipped
 * thresholds are tuned on; the shipped head is then fitted on all posts. Features: pooled sentence embeddings
 * (z-scored mean and max) and tf-idf of the asserted sentences; head: six LIBLINEAR L2-regularised logistic
 * regressions, one per "level >= k" (an ordinal head, see {@link SafetyModel}). Inside each outer fold the thresholds
 * are tuned by an inner cross-validation of the training posts, so the reported figures never see their own labels.
 * Everyday texts from GoEmotions and dreaddit join every training fold as level 0 ({@link BenignTexts}); only cssrs
 * posts are evaluated.
 */
public final class SafetyTrainer {
    public static final long SEED = 20251123L;
    public static final int FOLDS = 5;
    static final double[] C_GRID = {0.003, 0.01};
    static final int MIN_DF = 3;
    static final int LEVELS = 7;

    /** Out-of-fold results of one cross-validation. */
    public record CrossValidation(double c, int[] gold, int[] predicted, double[][] atLeast) {
        /** The raw out-of-fold P(level >= 1) of each post, which the calibration is fitted on. */
        public double[] rawAnyRisk() {
            double[] out = new double[atLeast.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = atLeast[i][0];
            }
            return out;
        }

        public Map<String, Double> metrics() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("accuracy", Metrics.accuracy(gold, predicted));
            m.put("qwk", Metrics.quadraticWeightedKappa(gold, predicted, LEVELS));
            m.put("macroF1", Metrics.macroF1(gold, predicted, LEVELS));
            m.put("f1AtLeast1", Metrics.f1AtLeast(gold, predicted, 1));
            m.put("f1AtLeast4", Metrics.f1AtLeast(gold, predicted, 4));
            m.put("f1Level6", Metrics.f1Of(gold, predicted, 6));
            m.put("mae", Metrics.meanAbsoluteError(gold, predicted));
            return m;
        }
    }

    static final int BENIGN_GOEMOTIONS = 500;
    static final int BENIGN_DREADDIT = 1500;

    static final double DISTRESS_C = 0.01;

    private final List<AuthorText> docs;
    private final List<AuthorText> stressTrain;
    private final List<AuthorText> stressTest;
    private final int[] stressTrainLabels;
    private final int[] stressTestLabels;
    /** Labels of the cssrs posts (the first labels.length docs); the benign texts after them are level 0. */
    private final int[] labels;
    private final int benign;
    private final TriageExemplars exemplars;

    public SafetyTrainer() {
        Linear.disableDebugOutput();
        List<CssrsPosts.Post> posts = CssrsPosts.load();
        labels = posts.stream().mapToInt(CssrsPosts.Post::level).toArray();
        List<String> texts = new ArrayList<>(posts.stream().map(CssrsPosts.Post::text).toList());
        List<String> extra = new ArrayList<>(BenignTexts.goemotions(BENIGN_GOEMOTIONS, SEED));
        extra.addAll(BenignTexts.dreaddit(BENIGN_DREADDIT, SEED));
        benign = extra.size();
        texts.addAll(extra);
        List<Dreaddit.Post> train = Dreaddit.load("train");
        List<Dreaddit.Post> test = Dreaddit.load("test");
        stressTrainLabels = train.stream().mapToInt(Dreaddit.Post::stress).toArray();
        stressTestLabels = test.stream().mapToInt(Dreaddit.Post::stress).toArray();
        try (EmbeddingCache encoder = new EmbeddingCache(OnnxEncoder.bgeSmall())) {
            docs = AuthorText.of(texts, encoder);
            stressTrain = AuthorText.of(train.stream().map(Dreaddit.Post::text).toList(), encoder);
            stressTest = AuthorText.of(test.stream().map(Dreaddit.Post::text).toList(), encoder);
            exemplars = TriageExemplars.load(encoder);
        }
    }

    /** Posts evaluated (the cssrs posts; the benign texts only ever train). */
    public int size() {
        return labels.length;
    }

    public int benignExamples() {
        return benign;
    }

    private int label(int doc) {
        return doc < labels.length ? labels[doc] : 0;
    }

    /** Cross-validates every C of the grid and returns the best by quadratic-weighted kappa. */
    public CrossValidation crossValidate() {
        CrossValidation best = null;
        for (double c : C_GRID) {
            CrossValidation cv = crossValidate(c);
            if (best == null || cv.metrics().get("qwk") > best.metrics().get("qwk")) {
                best = cv;
            }
        }
        return best;
    }

    /** Stratified cross-validation over the cssrs posts; thresholds tuned inside each training part. */
    public CrossValidation crossValidate(double c) {
        int[] predicted = new int[labels.length];
        double[][] atLeast = new double[labels.length][];
        int[] fold = Folds.stratified(labels, FOLDS, SEED);
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                (fold[i] == k ? test : train).add(i);
            }
            double[] thresholds = OrdinalThresholds.tune(gold(train), outOfFold(train, FOLDS - 1, c));
            SafetyModel m = fit(train, c, thresholds);
            for (int i : test) {
                atLeast[i] = m.rawAtLeast(features(m, i));
                predicted[i] = SafetyModel.decide(atLeast[i], thresholds);
            }
        }
        return new CrossValidation(c, labels.clone(), predicted, atLeast);
    }

    /** Raw P(level >= k) of each of {@code posts}, each read by a model fitted without its fold. */
    double[][] outOfFold(List<Integer> posts, int folds, double c) {
        int[] fold = Folds.stratified(gold(posts), folds, SEED);
        double[][] out = new double[posts.size()][];
        for (int k = 0; k < folds; k++) {
            List<Integer> train = new ArrayList<>();
            for (int j = 0; j < posts.size(); j++) {
                if (fold[j] != k) {
                    train.add(posts.get(j));
                }
            }
            SafetyModel m = fit(train, c, new double[SafetyModel.RISK_LEVELS]);
            for (int j = 0; j < posts.size(); j++) {
                if (fold[j] == k) {
                    out[j] = m.rawAtLeast(features(m, posts.get(j)));
                }
            }
        }
        return out;
    }

    private int[] gold(List<Integer> posts) {
        return posts.stream().mapToInt(i -> labels[i]).toArray();
    }

    private FeatureVector features(SafetyModel m, int doc) {
        return SafetyFeatures.features(docs.get(doc).pooled(), docs.get(doc).text(), m.standardizer(), m.tfidf());
    }

    /**
     * Fits standardiser, vocabulary and the six "at least k" classifiers on the given posts and every benign text
     * (no calibration).
     */
    SafetyModel fit(List<Integer> posts, double c, double[] thresholds) {
        List<Integer> rows = new ArrayList<>(posts);
        for (int i = labels.length; i < labels.length + benign; i++) {
            rows.add(i);
        }
        float[][] pooled = new float[rows.size()][];
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            pooled[r] = docs.get(rows.get(r)).pooled();
            texts.add(docs.get(rows.get(r)).text());
        }
        Standardizer standardizer = Standardizer.fit(pooled);
        TfidfFeaturizer tfidf = TfidfFeaturizer.fit(texts, MIN_DF);
        Feature[][] x = new Feature[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            x[r] = Liblinear.sparse(SafetyFeatures.features(pooled[r], texts.get(r), standardizer, tfidf));
        }
        int features = standardizer.size() + tfidf.size();
        List<LinearHead> atLeast = new ArrayList<>();
        for (int level = 1; level <= SafetyModel.RISK_LEVELS; level++) {
            double[] y = new double[rows.size()];
            for (int r = 0; r < y.length; r++) {
                y[r] = label(rows.get(r)) >= level ? 1 : 0;
            }
            atLeast.add(Liblinear.binary(train(x, y, features, c), features));
        }
        return new SafetyModel("training", standardizer, tfidf, LinearHead.stack(atLeast), thresholds, null, 1, 0,
                null, Map.of());
    }

    private static Model train(Feature[][] x, double[] y, int features, double c) {
        Problem p = new Problem();
        p.l = x.length;
        p.n = features + 1;
        p.bias = 1;
        p.x = x;
        p.y = y;
        return Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.01));
    }

    /** The distress head on dreaddit's training split, with the features of {@code m}; and its test-split F1. */
    public record Distress(LinearHead head, double testF1, double testAccuracy) {
    }

    public Distress fitDistress(SafetyModel m) {
        Feature[][] x = new Feature[stressTrain.size()][];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Liblinear.sparse(SafetyFeatures.features(stressTrain.get(i).pooled(), stressTrain.get(i).text(),
                    m.standardizer(), m.tfidf()));
            y[i] = stressTrainLabels[i];
        }
        int features = m.standardizer().size() + m.tfidf().size();
        LinearHead head = Liblinear.binary(train(x, y, features, DISTRESS_C), features);
        int[] predicted = new int[stressTest.size()];
        for (int i = 0; i < predicted.length; i++) {
            double p = head.sigmoids(SafetyFeatures.features(stressTest.get(i).pooled(), stressTest.get(i).text(),
                    m.standardizer(), m.tfidf()))[0];
            predicted[i] = p >= 0.5 ? 1 : 0;
        }
        return new Distress(head, Metrics.f1Of(stressTestLabels, predicted, 1),
                Metrics.accuracy(stressTestLabels, predicted));
    }

    /** Platt scaling of the gate's out-of-fold log-odds of level >= 1: returns {a, b}. */
    public static double[] platt(CrossValidation cv) {
        int n = cv.gold().length;
        double[] s = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = SafetyModel.logit(cv.rawAnyRisk()[i]);
            t[i] = cv.gold()[i] >= 1 ? 1 : 0;
        }
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) { // Newton's method on the log-loss
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-(a * s[i] + b)));
                double d = p - t[i];
                double w = p * (1 - p);
                ga += d * s[i];
                gb += d;
                haa += w * s[i] * s[i];
                hab += w * s[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /** Expected calibration error of the Platt-scaled P(level >= 1) over 10 equal-width bins. */
    public static double expectedCalibrationError(CrossValidation cv, double[] platt) {
        int bins = 10;
        double[] conf = new double[bins];
        double[] hits = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < cv.gold().length; i++) {
            double p = 1 / (1 + Math.exp(-(platt[0] * SafetyModel.logit(cv.rawAnyRisk()[i]) + platt[1])));
            int b = Math.min(bins - 1, (int) (p * bins));
            conf[b] += p;
            hits[b] += cv.gold()[i] >= 1 ? 1 : 0;
            count[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += Math.abs(conf[b] - hits[b]) / cv.gold().length;
            }
        }
        return ece;
    }

    /** Fits the shipped head on all posts and writes the bundle (head.json, manifest.json) into {@code dir}. */
    public Map<String, Double> trainAndWrite(Path dir) {
        CrossValidation cv = crossValidate();
        double[] platt = platt(cv);
        double[] thresholds = OrdinalThresholds.tune(cv.gold(), cv.atLeast());
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            all.add(i);
        }
        SafetyModel m = fit(all, cv.c(), thresholds);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        ObjectNode head = mapper.createObjectNode();
        head.set("standardizer", m.standardizer().toJson());
        head.set("tfidf", m.tfidf().toJson());
        head.set("atLeast", m.atLeast().toJson());
        var thresholdsNode = head.putArray("thresholds");
        for (double t : thresholds) {
            thresholdsNode.add(t);
        }
        Distress distress = fitDistress(m);
        head.set("distress", distress.head().toJson());
        head.putObject("calibration").put("a", platt[0]).put("b", platt[1]);
        TriageExemplars.Fitted exemplar = exemplars.fit();
        head.set("exemplar", exemplar.head().toJson());
        WholeAnalyzerCv.Result whole = wholeAnalyzer(cv.c(), exemplar.head(), WholeAnalyzerCv.shippedReader());
        try {
            Files.createDirectories(dir);
            byte[] headBytes = mapper.writeValueAsBytes(head);
            Files.write(dir.resolve(SafetyModel.FILE), headBytes);
            Map<String, Double> metrics = cv.metrics();
            metrics.put("ece", expectedCalibrationError(cv, platt));
            metrics.put("distressTestF1", distress.testF1());
            metrics.put("distressTestAccuracy", distress.testAccuracy());
            ObjectNode manifest = mapper.createObjectNode();
            manifest.put("id", "safety-cssrs");
            manifest.put("version", "2");
            manifest.put("task", "C-SSRS screener level 0-6 of the sentences a writer asserts as their own");
            var labelsNode = manifest.putArray("labels");
            for (String l : List.of("none", "wish-to-be-dead", "active-thoughts", "method", "intent", "plan",
                    "behaviour")) {
                labelsNode.add(l);
            }
            manifest.putObject("files").put(SafetyModel.FILE, ModelBundle.sha256(headBytes));
            ObjectNode training = manifest.putObject("training");
            training.put("dataset", CssrsPosts.NAME);
            training.put("licence", CssrsPosts.LICENCE);
            training.put("source", "Patil, Tao, Gedhu 2025, arXiv:2505.13480; human severity labels");
            training.put("examples", labels.length);
            training.put("extraLevel0", BENIGN_GOEMOTIONS + " GoEmotions train comments (" + BenignTexts.GOEMOTIONS_LICENCE
                    + ") and " + BENIGN_DREADDIT + " dreaddit train posts (" + BenignTexts.DREADDIT_LICENCE
                    + "), none mentioning suicide or self-harm; training folds only");
            training.put("encoder", "bge-small-en-v1.5-int8 (frozen)");
            training.put("features", "z-scored mean and max of in-context sentence embeddings (token means of one "
                    + "pass over the text) + word 1-2-gram tf-idf (min df "
                    + MIN_DF + ")");
            training.put("classifier", "ordinal head: six LIBLINEAR L2R_LR classifiers, one per level >= k "
                    + "(k = 1..6), C=" + cv.c() + "; the level is the highest k whose P(level >= k) reaches its "
                    + "threshold, thresholds tuned for QWK on out-of-fold readings; P(level >= 1) Platt-calibrated");
            training.put("seed", SEED);
            training.put("distress", "binary stress head on dreaddit train (" + Dreaddit.LICENCE + "), C="
                    + DISTRESS_C + ", same features; evaluated on dreaddit test");
            ObjectNode metricsNode = manifest.putObject("metrics");
            metricsNode.put("protocol", "stratified " + FOLDS + "-fold cross-validation, seed " + SEED);
            whole.cv().metrics().forEach((k, v) -> metrics.put("whole" + Character.toUpperCase(k.charAt(0))
                    + k.substring(1), v));
            metrics.put("wholeTriageMissedAtLeast4", (double) whole.missedAtLeast(4));
            metrics.put("wholeTriageHighAtZero", (double) whole.alarmedAtZero());
            metrics.put("exemplarCvPrecision", exemplar.cvPrecision());
            metrics.put("exemplarCvRecall", exemplar.cvRecall());
            metrics.forEach((k, v) -> metricsNode.put(k, Math.round(v * 10000) / 10000.0));
            training.put("exemplar", "binary 'high or imminent' head (" + exemplar.model()
                    + ", threshold " + exemplar.head().threshold() + ", same pooled embeddings z-scored on its own "
                    + "data, no tf-idf) on the "
                    + exemplar.cases() + " single-text functional cases acted on (" + exemplar.positives()
                    + " expect high or more; synthetic, written for this project); model and threshold by "
                    + "leave-one-set-out CV among logistic regressions and small networks: highest recall at "
                    + "precision >= "
                    + TriageExemplars.MIN_PRECISION);
            manifest.put("calibrated", true);
            Files.write(dir.resolve("manifest.json"), mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(manifest));
            return metrics;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model bundle to " + dir, e);
        }
    }

    /**
     * The same cross-validation read through the whole safety analysis (frames, rules, gates and the given exemplar
     * head around each fold's head, and {@code readers}' triage reader for the fold, null for none): what
     * {@code cssrs} and the triage level are on held-out posts.
     */
    public WholeAnalyzerCv.Result wholeAnalyzer(double c, TriageExemplarHead exemplar,
            IntFunction<TunedTriageModel> readers) {
        return WholeAnalyzerCv.run(this, c, exemplar, readers);
    }

    /** Where the committed bundle lives in the source tree, relative to the repository root. */
    public static Path bundleSourceDir(Path repoRoot) {
        return repoRoot.resolve("attune-ml/src/main/resources").resolve(SafetyModel.BUNDLE);
    }

}
