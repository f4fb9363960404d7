package org.attune.train.traps;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attune.core.engine.Engine;
import org.attune.core.traps.Trap;
import org.attune.ml.traps.TrapModel;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.train.data.ThinkingTrapData;
import org.attune.train.report.Charts;

/**
 * {@code attune train traps} and {@code attune eval traps}: training writes the bundle; evaluation measures a bundle
 * on the held-out test fifth and writes {@code docs/reports/traps.md} with {@code docs/reports/traps-f1.png}.
 */
public final class TrapReport {
    /** Shreevastava and Foltz 2021: SBERT + SVM, distorted or not (the task as read from the abstract). */
    public static final double ANY_TRAP_ANCHOR = 0.79;

    private TrapReport() {
    }

    /**
     * Selects, fits and writes the bundle of the examples read by the encoder running {@code branch} (null: none)
     * into {@code bundleDir} (null: its folder in the source tree under {@code repoRoot}); prints the development
     * table and test figures.
     */
    public static int train(PrintWriter out, OnnxEncoder.Branch branch, Path bundleDir, Path repoRoot) {
        TrapTrainer trainer = new TrapTrainer(branch);
        if (bundleDir == null) {
            bundleDir = trainer.bundleSourceDir(repoRoot);
        }
        out.printf("%d training and %d test examples%n", trainer.trainSize(), trainer.testSize());
        out.flush();
        TrapTrainer.Selection selection = trainer.select(out);
        TrapTrainer.Scores test = trainer.testScores(selection.model());
        trainer.write(bundleDir, selection, test);
        out.println("chosen: " + selection.best());
        out.println("wrote " + bundleDir);
        out.printf(Locale.ROOT, "test any-trap F1 (distortions) %.3f (anchor %.2f); macro per-trap F1 %.3f%n",
                test.distortionsAnyF1(), ANY_TRAP_ANCHOR, test.macroTrapF1());
        out.flush();
        return 0;
    }

    /**
     * Measures the committed bundle the default engine runs (it reads the emotion branch too) on the test fifth, with
     * the bundle over the frozen encoder beside it; prints the report and writes it under {@code reportDir}.
     */
    public static int eval(PrintWriter out, Path reportDir) {
        TrapTrainer trainer = new TrapTrainer(TunedEmotionModel.load().branch());
        TrapModel model = TrapModel.load(TrapModel.TUNED);
        JsonNode manifest = manifest(TrapModel.TUNED);
        TrapTrainer.Scores test = trainer.testScores(model);
        TrapModel frozenModel = TrapModel.load();
        TrapTrainer.Scores frozen = new TrapTrainer().testScores(frozenModel);
        String report = markdown(trainer, model, manifest, test, frozenModel, frozen);
        out.print(report);
        out.flush();
        try {
            Files.createDirectories(reportDir);
            Files.writeString(reportDir.resolve("traps.md"), report, StandardCharsets.UTF_8);
            List<String> labels = new ArrayList<>();
            double[] values = new double[Trap.values().length + 1];
            double[] anchors = new double[values.length];
            java.util.Arrays.fill(anchors, Double.NaN);
            labels.add("any trap (distortions)");
            values[0] = test.distortionsAnyF1();
            anchors[0] = ANY_TRAP_ANCHOR;
            for (Trap t : Trap.values()) {
                labels.add(t.wireName());
                values[t.ordinal() + 1] = test.trapF1()[t.ordinal()];
            }
            Charts.bars(reportDir.resolve("traps-f1.png"), "Thinking traps: test F1 (red: published anchor)",
                    labels, values, anchors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + reportDir, e);
        }
        out.println();
        out.println("wrote " + reportDir.resolve("traps.md") + " and " + reportDir.resolve("traps-f1.png"));
        out.flush();
        return 0;
    }

    private static JsonNode manifest(String bundle) {
        try (var in = TrapModel.class.getClassLoader().getResourceAsStream(bundle + "/manifest.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trap bundle's manifest", e);
        }
    }

    static String markdown(TrapTrainer trainer, TrapModel model, JsonNode manifest, TrapTrainer.Scores test,
            TrapModel frozenModel, TrapTrainer.Scores frozen) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        int[] trainSizes = trainer.sizes(false);
        int[] testSizes = trainer.sizes(true);
        out.println("# Thinking traps evaluation (attune " + Engine.VERSION + ")");
        out.println();
        out.println("Model `" + model.id() + "`. Written by `bin/attune eval traps`; the model card is "
                + "[docs/model-card-traps.md](../model-card-traps.md).");
        out.println();
        out.printf(Locale.ROOT, "Neither dataset has a test split: a fixed stratified fifth of each (by source and "
                + "first trap, seed %d) is held out. Training: %d `%s` + %d `%s` examples; test: %d + %d. The "
                + "model reads sentences; an example shows a trap when one of its sentences does.%n%n",
                TrapTrainer.SEED, trainSizes[0], ThinkingTrapData.REFRAMING, trainSizes[1],
                ThinkingTrapData.DISTORTIONS, testSizes[0], testSizes[1]);
        out.println("## Any trap (test)");
        out.println();
        out.println("| data | F1 | precision | recall | anchor |");
        out.println("|---|---|---|---|---|");
        out.printf(Locale.ROOT, "| %s (distorted or not) | **%.3f** | %.3f | %.3f | 0.79 (SBERT + SVM, "
                + "Shreevastava & Foltz 2021) |%n", ThinkingTrapData.DISTORTIONS, test.distortionsAnyF1(),
                test.distortionsAnyPrecision(), test.distortionsAnyRecall());
        out.printf(Locale.ROOT, "| %s, every example called distorted | %.3f | | 1.000 | (baseline) |%n",
                ThinkingTrapData.DISTORTIONS, test.allPositiveDistortionsF1());
        out.printf(Locale.ROOT, "| %s (trap or none) | %.3f | | | - |%n", ThinkingTrapData.REFRAMING,
                test.reframingAnyF1());
        out.printf(Locale.ROOT, "| both | %.3f | %.3f | %.3f | - |%n%n", test.anyF1(), test.anyPrecision(),
                test.anyRecall());
        out.println("The model reads each sentence's embedding and what the encoder's fine-tuned emotion branch read "
                + "of it; the default engine runs that branch. Without it (`ATTUNE_EMOTIONS=frozen`) the engine reads `"
                + frozenModel.id() + "`, over the frozen encoder's vectors alone:");
        out.println();
        out.println("| figure | with the branch (above) | without it |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| any-trap F1, %s | %.3f | %.3f |%n", ThinkingTrapData.DISTORTIONS,
                test.distortionsAnyF1(), frozen.distortionsAnyF1());
        out.printf(Locale.ROOT, "| any-trap F1, %s | %.3f | %.3f |%n", ThinkingTrapData.REFRAMING,
                test.reframingAnyF1(), frozen.reframingAnyF1());
        out.printf(Locale.ROOT, "| macro per-trap F1 | %.3f | %.3f |%n", test.macroTrapF1(), frozen.macroTrapF1());
        out.printf(Locale.ROOT, "| sentences: any-trap F1 / macro per-trap F1 | %.3f / %.3f | %.3f / %.3f |%n%n",
                test.sentenceAnyF1(), test.sentenceMacroTrapF1(), frozen.sentenceAnyF1(),
                frozen.sentenceMacroTrapF1());
        out.println("## Sentences (test)");
        out.println();
        out.println("The unit the analyzer reports. Judged sentences: those of the marked part of a trap example "
                + "(the thought; the annotated distorted part) are positive with the example's traps, every sentence "
                + "of a trap-free example is negative, the other sentences of a distorted text are left out (unknown). "
                + "The thresholds are tuned for this unit on the development folds.");
        out.println();
        out.println("| figure | value | anchor |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| any-trap F1, both datasets | %.3f | - |%n", test.sentenceAnyF1());
        out.printf(Locale.ROOT, "| any-trap F1, %s | %.3f | - |%n", ThinkingTrapData.DISTORTIONS,
                test.sentenceAnyF1Distortions());
        out.printf(Locale.ROOT, "| macro per-trap F1 | %.3f | - |%n%n", test.sentenceMacroTrapF1());
        out.println("## Per trap (test)");
        out.println();
        out.println("No published per-trap figure was found for either dataset (see the SOURCE.md files), so these "
                + "have no anchor. F1 over the test examples of the datasets that label the trap.");
        out.println();
        out.println("| trap | F1 (both) | F1 reframing | F1 distortions | positives in test | threshold | anchor |");
        out.println("|---|---|---|---|---|---|---|");
        for (Trap t : Trap.values()) {
            int k = t.ordinal();
            double d = test.trapF1Distortions()[k];
            out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %s | %d | %.2f | - |%n", t.wireName(), test.trapF1()[k],
                    test.trapF1Reframing()[k], Double.isNaN(d) ? "(not labelled)" : String.format(Locale.ROOT,
                            "%.3f", d), test.trapSupport()[k], model.threshold(k));
        }
        out.printf(Locale.ROOT, "| **macro** | **%.3f** | | | | any: %.2f | |%n%n", test.macroTrapF1(),
                model.gateThreshold());
        out.println("![per-trap F1](traps-f1.png)");
        out.println();
        JsonNode selection = manifest.path("selection");
        if (selection.isArray() && !selection.isEmpty()) {
            out.println("## How the configuration was chosen (5-fold cross-validation on the training part)");
            out.println();
            out.println("Thresholds tuned on the out-of-fold readings of each configuration; chosen by sentence "
                    + "any-trap F1 + sentence macro per-trap F1 on the development folds.");
            out.println();
            out.println("| architecture | unmarked sentences of a distorted text | C | sentences: any-trap F1 | "
                    + "sentences: macro per-trap F1 | texts: any-trap F1 | texts: any-trap F1 (distortions) | "
                    + "texts: macro per-trap F1 | |");
            out.println("|---|---|---|---|---|---|---|---|---|");
            for (JsonNode row : selection) {
                out.printf(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %s |%n",
                        row.path("architecture").asText(), row.path("unmarkedAreNegative").asBoolean() ? "trap-free"
                        : "left out", row.path("c").asText(), row.path("devSentenceAnyTrapF1").asDouble(),
                        row.path("devSentenceMacroTrapF1").asDouble(), row.path("devAnyTrapF1").asDouble(),
                        row.path("devAnyTrapF1Distortions").asDouble(), row.path("devMacroTrapF1").asDouble(),
                        row.path("chosen").asBoolean() ? "**chosen**" : "");
            }
            out.println();
        }
        out.flush();
        return buffer.toString();
    }
}
