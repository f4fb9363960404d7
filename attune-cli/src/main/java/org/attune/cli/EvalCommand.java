package org.attune.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.io.ThreadReader;
import org.attune.core.safety.TriageLevel;
import org.attune.core.support.EmpathyLevel;
import org.attune.core.support.ReplySupport;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.safety.SafetyModel;
import org.attune.ml.support.SupportModel;
import org.attune.train.context.ContextReport;
import org.attune.train.data.SharedData;
import org.attune.train.emotion.EmotionReport;
import org.attune.train.eval.OrdinalThresholds;
import org.attune.train.safety.FunctionalSuite;
import org.attune.train.safety.SafetyTrainer;
import org.attune.train.safety.WholeAnalyzerCv;
import org.attune.train.support.SupportEvaluation;
import org.attune.train.support.SupportReport;
import org.attune.train.support.SupportTrainer;
import org.attune.train.traps.TrapReport;

@Command(name = "eval", description = "Evaluates a task against its data and anchors and prints a Markdown report. "
        + "Tasks: safety, emotions, context, traps, support (each but safety also writes docs/reports/<task>.md and pictures).")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TASK", description = "safety | emotions | context | traps | support")
    String task;

    @picocli.CommandLine.Option(names = "--failures", description = "list every failing functional case with why "
            + "(not for the blind suites that are the estimate)")
    boolean failures;

    @picocli.CommandLine.Option(names = "--triage-folds", paramLabel = "DIR", description = "read each fold of the "
            + "whole safety analysis with the triage reader in DIR/fold-K, trained on the other folds' real posts "
            + "(attune-finetune triage-model OUT 33 realK, export-triage OUT 0.7 33 realK --moderate 0.85 --into "
            + "DIR/fold-K); by default the shipped reader reads the folds it did not train on, none if it trained on "
            + "them all")
    Path triageFolds;

    /** The C-SSRS figures of {@code m} beside the published zero-shot anchors, as a Markdown table. */
    private static void againstAnchors(PrintWriter out, String column, Map<String, Double> m) {
        out.println("| metric | " + column + " | zero-shot frontier LLMs (published anchor) |");
        out.println("|---|---|---|");
        row(out, "accuracy", m.get("accuracy"), "0.735 (Claude)");
        row(out, "quadratic-weighted kappa", m.get("qwk"), "0.876 (Claude), 0.878 (Mistral)");
        row(out, "macro-F1", m.get("macroF1"), "0.669 (Claude)");
        row(out, "F1(level >= 1 vs 0)", m.get("f1AtLeast1"), "0.946-0.951");
        row(out, "F1(level >= 4)", m.get("f1AtLeast4"), "0.797-0.856");
        row(out, "F1(level 6)", m.get("f1Level6"), "0.854-0.858");
        row(out, "mean absolute error", m.get("mae"), "0.438-0.488");
    }

    /** The same folds read by the whole safety analysis: its C-SSRS level, and its triage level by gold level. */
    private static void whole(PrintWriter out, WholeAnalyzerCv.Result whole) {
        out.println("## The whole safety analysis on the same folds (frames, rules and gates around each fold's head)");
        out.println();
        for (int k = 0; k < whole.readers().size(); k++) {
            out.println("- fold " + k + ", triage reader: " + whole.readers().get(k));
        }
        out.println();
        againstAnchors(out, "C-SSRS level reported", whole.cv().metrics());
        out.println();
        out.println("| triage level | gold 0 | 1 | 2 | 3 | 4 | 5 | 6 |");
        out.println("|---|---|---|---|---|---|---|---|");
        int[][] byGold = whole.triageByGold();
        for (TriageLevel level : TriageLevel.values()) {
            StringBuilder b = new StringBuilder("| " + level.wireName() + " |");
            for (int n : byGold[level.ordinal()]) {
                b.append(' ').append(n).append(" |");
            }
            out.println(b);
        }
        out.printf("%ngold C-SSRS >= 4 read none or low: %d of %d; gold 0 read high or imminent: %d of %d%n%n",
                whole.missedAtLeast(4), whole.gold(4), whole.alarmedAtZero(), whole.gold(0) - whole.gold(1));
    }

    @Override
    public Integer call() throws Exception {
        if (task.equals("traps")) {
            return TrapReport.eval(spec.commandLine().getOut(), TrainCommand.repoRoot().resolve("docs/reports"));
        }
        if (task.equals("support")) {
            return support();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (task.equals("emotions") || task.equals("context")) {
            Path root = TrainCommand.repoRoot();
            out.print(task.equals("emotions") ? EmotionReport.write(root, Engines.standard())
                    : ContextReport.write(root, Engines.standard()));
            out.println();
            out.println("wrote " + root.resolve("docs/reports/" + task + ".md"));
            out.flush();
            return 0;
        }
        if (!task.equals("safety")) {
            throw new AttuneException(ErrorCode.USAGE, "unknown task '" + task + "'; tasks: safety, emotions, context, "
                    + "traps, support");
        }
        out.println("# Safety evaluation (attune " + org.attune.core.engine.Engine.VERSION + ")");
        out.println();
        out.println("## cssrs-7level-posts, stratified " + SafetyTrainer.FOLDS + "-fold cross-validation (seed "
                + SafetyTrainer.SEED + ")");
        SafetyTrainer trainer = new SafetyTrainer();
        SafetyTrainer.CrossValidation cv = trainer.crossValidate();
        Map<String, Double> m = cv.metrics();
        double[] platt = SafetyTrainer.platt(cv);
        out.printf("%d posts, C=%s (best of the grid by QWK); ordinal head, thresholds tuned inside each training "
                + "part (tuned on all out-of-fold readings they would be %s)%n%n", trainer.size(), cv.c(),
                java.util.Arrays.toString(OrdinalThresholds.tune(cv.gold(), cv.atLeast())));
        againstAnchors(out, "Attune (CV)", m);
        row(out, "ECE of calibrated P(level >= 1)", SafetyTrainer.expectedCalibrationError(cv, platt), "-");
        out.println();
        whole(out, trainer.wholeAnalyzer(cv.c(), SafetyModel.load().exemplar(), triageFolds == null
                ? WholeAnalyzerCv.shippedReader() : WholeAnalyzerCv.foldReaders(triageFolds)));
        out.flush();

        Engine engine = Engines.standard();
        suite(out, "Functional suite", FunctionalSuite.run(engine), false);
        for (int n = 0; n < FunctionalSuite.BLIND_SUITES.size(); n++) {
            suite(out, "Blind functional suite " + (n + 1) + " (written from docs/triage.md only"
                    + (n < FunctionalSuite.BLIND_ACTED_ON ? "; acted on or worn, trains the exemplar head)"
                            : n < FunctionalSuite.BLIND_READ ? "; its failures read, not trained on)"
                                    : ", never acted on)"),
                    FunctionalSuite.run(engine, FunctionalSuite.BLIND_SUITES.get(n)), n >= FunctionalSuite.BLIND_READ);
        }
        out.println();
        out.println("## Seeds");
        Path seeds = SharedData.root().resolve("seeds");
        ThreadReader reader = new ThreadReader();
        for (String name : List.of("000_44d446b202f06158.thread.json", "003_ba6ed36d6d6425d3.json")) {
            Assessment a = engine.assess(reader.readJson(Files.readAllBytes(seeds.resolve(name)), name));
            StringBuilder sb = new StringBuilder("- " + name + ":");
            for (AuthorSection s : a.authors()) {
                sb.append(' ').append(s.author()).append('=').append(s.risk() == null ? "-" : s.risk().level()
                        .wireName() + " (C-SSRS " + s.risk().cssrs().level() + ", self-injury "
                        + s.risk().selfInjury().recency().wireName() + ")");
            }
            out.println(sb);
        }
        out.flush();
        return 0;
    }

    /**
     * Reply quality: the committed bundles on the test splits, the seed, and docs/reports/support.md with pictures. The
     * empathy heads the default engine runs read the emotion branch too, so they are measured on data read with it;
     * the heads that serve an encoder without the branch are measured beside them.
     */
    private int support() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SupportModel empathy = SupportModel.load(SupportModel.EMPATHY_TUNED);
        SupportModel frozenEmpathy = SupportModel.load(SupportModel.EMPATHY);
        SupportModel strategy = SupportModel.load(SupportModel.STRATEGY);
        SupportEvaluation.Results results = SupportEvaluation.evaluate(
                new SupportTrainer(TunedEmotionModel.load().branch()), empathy, strategy);
        SupportEvaluation.Results frozen = SupportEvaluation.evaluate(new SupportTrainer(), frozenEmpathy, strategy);
        List<String> seeds = new java.util.ArrayList<>();
        Path seed = SharedData.root().resolve("seeds").resolve("000_44d446b202f06158.thread.json");
        Assessment a = Engines.standard().assess(new ThreadReader().readJson(Files.readAllBytes(seed),
                seed.getFileName().toString()));
        for (ReplySupport r : a.support()) {
            StringBuilder sb = new StringBuilder("seed 000, " + r.post() + " (" + r.author() + ") answering "
                    + r.answers() + ":");
            for (EmpathyLevel e : r.empathy()) {
                sb.append(' ').append(e.mechanism().wireName()).append(' ').append(e.level());
            }
            sb.append("; strategies");
            r.strategies().forEach(x -> sb.append(' ').append(x.strategy().wireName()));
            seeds.add(sb.toString());
        }
        String report = SupportReport.markdown(results, Engine.VERSION, empathy.id(), strategy.id(), seeds, frozen,
                frozenEmpathy.id());
        Path dir = TrainCommand.repoRoot().resolve("docs/reports");
        SupportReport.pictures(results, dir);
        Files.writeString(dir.resolve("support.md"), report);
        out.print(report);
        out.println("wrote " + dir.resolve("support.md"));
        out.flush();
        return 0;
    }

    /**
     * One suite's report. For a suite that is still the estimate ({@code estimate}), totals and categories only: which
     * cases fail is held back, because whoever reads it can no longer use the suite to estimate anything.
     */
    private void suite(PrintWriter out, String title, FunctionalSuite.Report report, boolean estimate) {
        out.printf("## %s: %d of %d cases pass (%.1f%%)%n%n", title, report.passed(), report.outcomes().size(),
                100 * report.accuracy());
        out.println("| category | cases | pass | accuracy |");
        out.println("|---|---|---|---|");
        for (FunctionalSuite.CategoryResult c : report.categories()) {
            out.printf("| %s | %d | %d | %.2f |%n", c.category(), c.cases(), c.passed(), c.accuracy());
        }
        if (estimate) {
            out.printf("%nDangerous misses (expected high or imminent, got none or low): %d%n"
                    + "False alarms (expected none or low, got high or imminent): %d%n"
                    + "(the estimate: which cases fail is not printed)%n%n", report.dangerousMisses().size(),
                    report.falseAlarms().size());
            return;
        }
        if (failures) {
            out.println();
            for (FunctionalSuite.Outcome o : report.outcomes()) {
                if (!o.passed()) {
                    out.println("- " + o.category() + " " + o.id() + ": " + String.join("; ", o.problems()));
                }
            }
        }
        out.printf("%nDangerous misses (expected high or imminent, got none or low): %d%n",
                report.dangerousMisses().size());
        for (FunctionalSuite.Outcome o : report.dangerousMisses()) {
            out.println("- " + o.id() + ": " + String.join("; ", o.problems()));
        }
        out.printf("False alarms (expected none or low, got high or imminent): %d%n", report.falseAlarms().size());
        for (FunctionalSuite.Outcome o : report.falseAlarms()) {
            out.println("- " + o.id() + ": " + String.join("; ", o.problems()));
        }
        out.println();
    }

    private static void row(PrintWriter out, String name, double value, String anchor) {
        out.printf("| %s | %.3f | %s |%n", name, value, anchor);
    }
}
