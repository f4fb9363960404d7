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
import org.attune.train.context.ContextTrainer;
import org.attune.train.emotion.EmotionTrainer;
import org.attune.train.safety.SafetyTrainer;
import org.attune.train.support.SupportTrainer;
import org.attune.train.traps.TrapReport;
import org.attune.train.traps.TrapTrainer;

@Command(name = "train", description = "Trains a head on ../shared/data and writes its model bundle. "
        + "Tasks: safety, emotions, context, traps, support.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TASK", description = "safety | emotions | context | traps | support")
    String task;

    @Option(names = "--out", description = "bundle folder (default: the committed bundle in attune-ml's resources); "
            + "for support, the repository root under which both bundles are written")
    Path out;

    @Option(names = "--keep-strategy", description = "support: retrain the empathy bundle only, keep the committed "
            + "strategy bundle")
    boolean keepStrategy;

    @Override
    public Integer call() {
        if (task.equals("traps")) {
            return TrapReport.train(spec.commandLine().getOut(), out != null ? out
                    : TrapTrainer.bundleSourceDir(repoRoot()));
        }
        if (task.equals("support")) {
            var trained = new SupportTrainer().trainAndWrite(out != null ? out : repoRoot(), !keepStrategy);
            var o = spec.commandLine().getOut();
            o.println("empathy features " + trained.empathy().spec() + " " + trained.empathy().choices());
            o.println("strategy features " + trained.strategy().spec() + " " + trained.strategy().choices());
            trained.results().empathyMetrics().forEach((k, v) -> o.printf("%s %.4f%n", k, v));
            trained.results().strategyMetrics().forEach((k, v) -> o.printf("%s %.4f%n", k, v));
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
            Path dir = out != null ? out : ContextTrainer.bundleSourceDir(repoRoot());
            ContextTrainer trainer = new ContextTrainer();
            ContextTrainer.Stress stress = trainer.stress();
            ContextTrainer.Cause cause = trainer.cause();
            trainer.write(dir, stress, cause);
            o.println("wrote " + dir);
            o.printf("stressTestF1 %.4f%ncauseTestMacroF1 %.4f%ncauseTestWeightedF1 %.4f%n", stress.testF1(),
                    cause.macroF1(), cause.weightedF1());
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
