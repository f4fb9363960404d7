package org.attune.train.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.head.LinearHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;
import org.attune.ml.safety.SafetyFeatures;
import org.attune.ml.safety.SafetyModel;
import org.attune.train.EmbeddingCache;
import org.attune.train.Liblinear;
import org.attune.train.data.BenignTexts;
import org.attune.train.data.CssrsPosts;
import org.attune.train.data.Dreaddit;
import org.attune.train.eval.Folds;
import org.attune.train.eval.Metrics;

/**
 * Trains and evaluates the C-SSRS head on {@code cssrs-7level-posts}: a fixed stratified 5-fold cross-validation
 * (seed {@value #SEED}) gives the reported figures and the out-of-fold scores the Platt calibration is fitted on; the
 * shipped head is then fitted on all posts. Features: pooled sentence embeddings (z-scored mean and max) and tf-idf
 * of the asserted sentences; classifier: LIBLINEAR's L2-regularised logistic regression, one-vs-rest. Everyday texts
 * from GoEmotions and dreaddit join every training fold as level 0 ({@link BenignTexts}); only cssrs posts are
 * evaluated.
 */
public final class SafetyTrainer {
    public static final long SEED = 20251123L;
    public static final int FOLDS = 5;
    static final double[] C_GRID = {0.003, 0.01, 0.03, 0.1};
    static final int MIN_DF = 3;
    static final int LEVELS = 7;

    /** Out-of-fold results of one cross-validation. */
    public record CrossValidation(double c, int[] gold, int[] predicted, double[][] probabilities,
            double[] rawAnyRisk) {
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

    private List<Integer> benignRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = labels.length; i < labels.length + benign; i++) {
            rows.add(i);
        }
        return rows;
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

    public CrossValidation crossValidate(double c) {
        int[] fold = Folds.stratified(labels, FOLDS, SEED);
        int[] predicted = new int[labels.length];
        double[][] probabilities = new double[labels.length][];
        double[] rawAnyRisk = new double[labels.length];
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                (fold[i] == k ? test : train).add(i);
            }
            train.addAll(benignRows());
            SafetyModel m = fit(train, c);
            for (int i : test) {
                rawAnyRisk[i] = m.rawAnyRisk(SafetyFeatures.features(docs.get(i).pooled(), docs.get(i).text(),
                        m.standardizer(), m.tfidf()));
                SafetyModel.Reading r = m.read(docs.get(i).pooled(), docs.get(i).text());
                probabilities[i] = r.levels();
                predicted[i] = r.level();
            }
        }
        return new CrossValidation(c, labels.clone(), predicted, probabilities, rawAnyRisk);
    }

    /** Fits standardiser, vocabulary and head on the given rows (no calibration). */
    SafetyModel fit(List<Integer> rows, double c) {
        float[][] pooled = new float[rows.size()][];
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            pooled[r] = docs.get(rows.get(r)).pooled();
            texts.add(docs.get(rows.get(r)).text());
        }
        Standardizer standardizer = Standardizer.fit(pooled);
        TfidfFeaturizer tfidf = TfidfFeaturizer.fit(texts, MIN_DF);
        float[][] x = new float[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            x[r] = SafetyFeatures.features(pooled[r], texts.get(r), standardizer, tfidf).toDense();
        }
        List<Integer> all = new ArrayList<>();
        List<Integer> posts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            all.add(r);
            if (rows.get(r) < labels.length) {
                posts.add(r);
            }
        }
        Model gate = train(x, all, r -> label(rows.get(r)) >= 1 ? 1 : 0, c);
        Model head = train(x, posts, r -> label(rows.get(r)), c);
        int features = x[0].length;
        return new SafetyModel("training", standardizer, tfidf, Liblinear.binary(gate, features),
                Liblinear.toHead(head, features, LEVELS), null,
                1, 0, Map.of());
    }

    private static Model train(float[][] x, List<Integer> rows, java.util.function.IntUnaryOperator label,
            double c) {
        Problem p = new Problem();
        p.l = rows.size();
        p.n = x[0].length + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int r = 0; r < p.l; r++) {
            p.x[r] = sparse(x[rows.get(r)], true);
            p.y[r] = label.applyAsInt(rows.get(r));
        }
        return Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.01));
    }

    /** The distress head on dreaddit's training split, with the features of {@code m}; and its test-split F1. */
    public record Distress(LinearHead head, double testF1, double testAccuracy) {
    }

    public Distress fitDistress(SafetyModel m) {
        float[][] x = new float[stressTrain.size()][];
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            x[i] = SafetyFeatures.features(stressTrain.get(i).pooled(), stressTrain.get(i).text(), m.standardizer(),
                    m.tfidf()).toDense();
            rows.add(i);
        }
        LinearHead head = Liblinear.binary(train(x, rows, r -> stressTrainLabels[r], DISTRESS_C), x[0].length);
        int[] predicted = new int[stressTest.size()];
        for (int i = 0; i < predicted.length; i++) {
            double p = head.sigmoids(SafetyFeatures.features(stressTest.get(i).pooled(), stressTest.get(i).text(),
                    m.standardizer(), m.tfidf()))[0];
            predicted[i] = p >= 0.5 ? 1 : 0;
        }
        return new Distress(head, Metrics.f1Of(stressTestLabels, predicted, 1),
                Metrics.accuracy(stressTestLabels, predicted));
    }

    private static Feature[] sparse(float[] x, boolean bias) {
        List<Feature> f = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            if (x[j] != 0) {
                f.add(new FeatureNode(j + 1, x[j]));
            }
        }
        if (bias) {
            f.add(new FeatureNode(x.length + 1, 1.0));
        }
        return f.toArray(new Feature[0]);
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
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            all.add(i);
        }
        all.addAll(benignRows());
        SafetyModel m = fit(all, cv.c());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        ObjectNode head = mapper.createObjectNode();
        head.set("standardizer", m.standardizer().toJson());
        head.set("tfidf", m.tfidf().toJson());
        head.set("gate", m.gate().toJson());
        head.set("head", m.head().toJson());
        Distress distress = fitDistress(m);
        head.set("distress", distress.head().toJson());
        head.putObject("calibration").put("a", platt[0]).put("b", platt[1]);
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
            manifest.put("version", "1");
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
            training.put("classifier", "LIBLINEAR L2R_LR: a binary gate for level >= 1 (all rows) and a one-vs-rest "
                    + "head over levels 0-6 (cssrs posts), C=" + cv.c() + "; level 0 when calibrated P(level >= 1) < "
                    + SafetyModel.GATE);
            training.put("seed", SEED);
            training.put("distress", "binary stress head on dreaddit train (" + Dreaddit.LICENCE + "), C="
                    + DISTRESS_C + ", same features; evaluated on dreaddit test");
            ObjectNode metricsNode = manifest.putObject("metrics");
            metricsNode.put("protocol", "stratified " + FOLDS + "-fold cross-validation, seed " + SEED);
            metrics.forEach((k, v) -> metricsNode.put(k, Math.round(v * 10000) / 10000.0));
            manifest.put("calibrated", true);
            Files.write(dir.resolve("manifest.json"), mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(manifest));
            return metrics;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model bundle to " + dir, e);
        }
    }

    /** Where the committed bundle lives in the source tree, relative to the repository root. */
    public static Path bundleSourceDir(Path repoRoot) {
        return repoRoot.resolve("attune-ml/src/main/resources").resolve(SafetyModel.BUNDLE);
    }

}
