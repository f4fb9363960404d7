package org.attune.train.safety;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.embedding.Encoder;
import org.attune.core.safety.TriageLevel;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.Standardizer;
import org.attune.ml.safety.TriageExemplarHead;
import org.attune.train.Liblinear;
import org.attune.train.head.MlpTrainer;

/**
 * The triage exemplar head: a binary classifier, "does this writer need a same-hour review (high or imminent)?", over
 * the same pooled sentence vectors the C-SSRS head reads, trained on the functional cases that have been acted on (the
 * main suite and the blind sets before {@link FunctionalSuite#BLIND_ACTED_ON}). Those cases were written from
 * docs/triage.md by several authors, so they cover the wordings of method thinking, veiled farewells and preparation
 * that the C-SSRS posts rarely contain; the blind sets not yet acted on stay out of it and measure it.
 *
 * <p>Its regularisation and threshold are chosen by cross-validation on those cases alone, one set held out at a time:
 * each set was written by a different person, so a random split would put a writer's habits on both sides and promise
 * more than a new writer gets (measured in the sixth session). The choice is the highest recall whose precision on the
 * held-out sets reaches {@value #MIN_PRECISION}, because the head only ever raises a level.
 */
final class TriageExemplars {
    static final double MIN_PRECISION = 0.9;
    private static final double[] C_GRID = {0.003, 0.01, 0.03, 0.1};
    /** The networks tried beside the logistic regressions: hidden units and epochs. */
    private static final int[] HIDDEN = {64, 128};
    private static final int[] EPOCHS = {10, 20};
    private static final double LEARNING_RATE = 1e-3;
    private static final double WEIGHT_DECAY = 0.01;
    private static final int BATCH = 32;

    /** The fitted head (with its threshold), the model chosen, and what cross-validation measured at that threshold. */
    record Fitted(TriageExemplarHead head, String model, int cases, int positives, double cvPrecision,
            double cvRecall) {
    }

    private final List<AuthorText> docs;
    private final int[] urgent;
    /** The set each case comes from: the fold it is held out in. */
    private final int[] set;
    private final int sets;

    private TriageExemplars(List<AuthorText> docs, int[] urgent, int[] set, int sets) {
        this.docs = docs;
        this.urgent = urgent;
        this.set = set;
        this.sets = sets;
    }

    /** The single-text cases of the acted-on suites, read as the safety head reads a writer. */
    static TriageExemplars load(Encoder encoder) {
        List<String> suites = new ArrayList<>();
        suites.add(FunctionalSuite.RESOURCE);
        suites.addAll(FunctionalSuite.BLIND_SUITES.subList(0, FunctionalSuite.BLIND_ACTED_ON));
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> sets = new ArrayList<>();
        for (int s = 0; s < suites.size(); s++) {
            String suite = suites.get(s);
            for (JsonNode c : FunctionalSuite.cases(suite)) {
                if (!c.has("text")) {
                    continue; // thread cases: the head reads one writer's text
                }
                TriageLevel least = TriageLevel.IMMINENT;
                for (JsonNode e : c.get("expect")) {
                    TriageLevel level = TriageLevel.fromWire(e.asText());
                    least = level.compareTo(least) < 0 ? level : least;
                }
                texts.add(c.get("text").asText());
                labels.add(least.compareTo(TriageLevel.HIGH) >= 0 ? 1 : 0);
                sets.add(s);
            }
        }
        return new TriageExemplars(AuthorText.of(texts, encoder),
                labels.stream().mapToInt(Integer::intValue).toArray(),
                sets.stream().mapToInt(Integer::intValue).toArray(), suites.size());
    }

    /**
     * Chooses the model (a logistic regression and its C, or a one-hidden-layer network and its size and epochs) and
     * the threshold by leave-one-set-out cross-validation, then fits it on every case.
     */
    Fitted fit() {
        Standardizer standardizer = Standardizer.fit(docs.stream().map(AuthorText::pooled).toArray(float[][]::new));
        List<FeatureVector> x = docs.stream().map(d -> features(standardizer, d.pooled())).toList();
        int positives = 0;
        for (int y : urgent) {
            positives += y;
        }
        List<Model> models = new ArrayList<>();
        for (double c : C_GRID) {
            models.add(new Model(c, 0, 0));
        }
        for (int hidden : HIDDEN) {
            for (int epochs : EPOCHS) {
                models.add(new Model(0, hidden, epochs));
            }
        }
        Choice best = null;
        for (Model model : models) {
            double[] p = new double[x.size()];
            for (int f = 0; f < sets; f++) {
                List<FeatureVector> trainX = new ArrayList<>();
                List<Integer> trainY = new ArrayList<>();
                for (int i = 0; i < x.size(); i++) {
                    if (set[i] != f) {
                        trainX.add(x.get(i));
                        trainY.add(urgent[i]);
                    }
                }
                TriageExemplarHead head = model.fit(standardizer, trainX,
                        trainY.stream().mapToInt(Integer::intValue).toArray());
                for (int i = 0; i < x.size(); i++) {
                    if (set[i] == f) {
                        p[i] = head.probability(docs.get(i).pooled());
                    }
                }
            }
            for (int step = 50; step <= 95; step += 5) {
                double t = step / 100.0;
                int tp = 0;
                int flagged = 0;
                for (int i = 0; i < p.length; i++) {
                    if (p[i] >= t) {
                        flagged++;
                        tp += urgent[i];
                    }
                }
                double precision = flagged == 0 ? 0 : (double) tp / flagged;
                double recall = (double) tp / positives;
                if (precision >= MIN_PRECISION && (best == null || recall > best.recall())) {
                    best = new Choice(model, t, precision, recall);
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no exemplar head reaches precision " + MIN_PRECISION
                    + " in cross-validation");
        }
        TriageExemplarHead head = best.model().fit(standardizer, x, urgent).withThreshold(best.threshold());
        return new Fitted(head, best.model().describe(), x.size(), positives, best.precision(), best.recall());
    }

    /** A candidate: a logistic regression with cost {@code c} (hidden 0), or a network of {@code hidden} units. */
    private record Model(double c, int hidden, int epochs) {
        TriageExemplarHead fit(Standardizer standardizer, List<FeatureVector> x, int[] y) {
            if (hidden == 0) {
                return new TriageExemplarHead(standardizer, Liblinear.fit(x, y, 2, c, false), null, 0.5);
            }
            boolean[][] labels = new boolean[y.length][1];
            for (int i = 0; i < y.length; i++) {
                labels[i][0] = y[i] == 1;
            }
            // a fixed number of epochs: the last epoch's network is kept
            int[] epoch = {0};
            MlpTrainer.Result r = MlpTrainer.train(x.toArray(FeatureVector[]::new), labels,
                    new MlpTrainer.Config(hidden, epochs, LEARNING_RATE, WEIGHT_DECAY, BATCH, SafetyTrainer.SEED),
                    head -> (double) ++epoch[0]);
            return new TriageExemplarHead(standardizer, null, r.head(), 0.5);
        }

        String describe() {
            return hidden == 0 ? "LIBLINEAR L2R_LR, C=" + c
                    : "one hidden layer of " + hidden + " ReLU units beside a linear part, AdamW (learning rate "
                            + LEARNING_RATE + ", weight decay " + WEIGHT_DECAY + ", batch " + BATCH + "), " + epochs
                            + " epochs";
        }
    }

    /** A model and threshold with their cross-validated precision and recall. */
    private record Choice(Model model, double threshold, double precision, double recall) {
    }

    private static FeatureVector features(Standardizer standardizer, float[] pooled) {
        return FeatureVector.dense(standardizer.transform(pooled));
    }
}
