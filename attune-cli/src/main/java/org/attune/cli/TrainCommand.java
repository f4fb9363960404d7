package org.attune.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.train.context.ContextTrainer;
import org.attune.train.emotion.EmotionTrainer;
import org.attune.train.safety.SafetyTrainer;
import org.attune.train.support.SupportTrainer;
import org.attune.train.traps.TrapReport;

@Command(name = "train", description = "Trains a head on ../shared/data and writes its model bundle. "
        + "Tasks: safety, emotions, context, traps, support.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TASK", description = "safety | emotions | context | traps | support")
    String task;

    @Option(names = "--out", description = "bundle folder (default: the committed bundle in attune-ml's resources); "
            + "for support, the repository root under which its bundles are written; for context and traps, a "
            + "folder that gets frozen/ and tuned/")
    Path out;

    @Option(names = "--keep-strategy", description = "support: retrain the empathy bundle only, keep the committed "
            + "strategy bundle")
    boolean keepStrategy;

    @Option(names = "--tuned-only", description = "support, context, traps: retrain only the bundle that also reads "
            + "the emotion branch (support-empathy-tuned, context-dreaddit-cams-tuned, traps-sentence-tuned); run it "
            + "after the emotion branch is retrained")
    boolean tunedOnly;

    @Override
    public Integer call() {
        if (task.equals("traps")) {
            // the model over the frozen encoder, then the one that also reads the emotion branch (the default's)
            if (!tunedOnly) {
                TrapReport.train(spec.commandLine().getOut(), null, out == null ? null : out.resolve("frozen"),
                        repoRoot());
            }
            return TrapReport.train(spec.commandLine().getOut(), TunedEmotionModel.load().branch(), out == null
                    ? null : out.resolve("tuned"), repoRoot());
        }
        if (task.equals("support")) {
            var o = spec.commandLine().getOut();
            if (!tunedOnly) {
                var trained = new SupportTrainer().trainAndWrite(out != null ? out : repoRoot(), !keepStrategy);
                o.println("empathy (frozen encoder) features " + trained.empathy().spec() + " "
                        + trained.empathy().choices());
                o.println("strategy features " + trained.strategy().spec() + " " + trained.strategy().choices());
                trained.results().empathyMetrics().forEach((k, v) -> o.printf("%s %.4f%n", k, v));
                trained.results().strategyMetrics().forEach((k, v) -> o.printf("%s %.4f%n", k, v));
            }
            var tuned = new SupportTrainer(TunedEmotionModel.load().branch()).trainAndWrite(out != null ? out
                    : repoRoot(), false);
            o.println("empathy (with the emotion branch) features " + tuned.empathy().spec() + " "
                    + tuned.empathy().choices());
            tuned.results().empathyMetrics().forEach((k, v) -> o.printf("%s %.4f%n", k, v));
            return 0;
        }
        if (task.equals("emotions") || task.equals("context")) {
            return trainOther();
        }
        if (!task.equals("safety")) {
            throw new AttuneException(ErrorCode.USAGE, "unknown task '" + task + "'; tasks: safety, emotions, context, "
                    + "traps, support");
        }
        Path dir = out != null ? out : SafetyTrainer.bundleSourceDir(repoRoot());
        var metrics = new SafetyTrainer().trainAndWrite(dir);
        var o = spec.commandLine().getOut();
        o.println("wrote " + dir);
        metrics.forEach((k, v) -> o.printf("%s %.4f%n", k, v));
        return 0;
    }

    private int trainOther() {
        var o = spec.commandLine().getOut();
        if (task.equals("emotions")) {
            Path dir = out != null ? out : EmotionTrainer.bundleSourceDir(repoRoot());
            var trained = new EmotionTrainer().trainAndWrite(dir);
            o.println("wrote " + dir);
            for (var t : trained) {
                o.printf("hidden %d, epoch %d:%n", t.config().hidden(), t.epoch());
                EmotionTrainer.summary(t).forEach((k, v) -> o.printf("  %s %.4f%n", k, v));
            }
        } else {
            // the heads over the frozen encoder, then those that also read the emotion branch (the default engine's)
            for (var branch : java.util.Arrays.asList(null, TunedEmotionModel.load().branch())) {
                if (branch == null && tunedOnly) {
                    continue;
                }
                ContextTrainer trainer = new ContextTrainer(branch);
                Path dir = out != null ? out.resolve(branch == null ? "frozen" : "tuned")
                        : trainer.bundleSourceDir(repoRoot());
                ContextTrainer.Stress stress = trainer.stress();
                ContextTrainer.Cause cause = trainer.cause();
                trainer.write(dir, stress, cause);
                o.println("wrote " + dir);
                o.printf("stressTestF1 %.4f%ncauseTestMacroF1 %.4f%ncauseTestWeightedF1 %.4f%n", stress.testF1(),
                        cause.macroF1(), cause.weightedF1());
            }
        }
        return 0;
    }

    /** The repository root: the nearest folder above the working directory with attune-ml/pom.xml. */
    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("attune-ml/pom.xml"))) {
                return p;
            }
        }
        throw new AttuneException(ErrorCode.USAGE, "run this from inside the Attune repository, or give --out");
    }
}
