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
import org.attune.train.safety.SafetyTrainer;
import org.attune.train.traps.TrapReport;
import org.attune.train.traps.TrapTrainer;

@Command(name = "train", description = "Trains a head on ../shared/data and writes its model bundle. Tasks: safety, traps.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TASK", description = "safety | traps")
    String task;

    @Option(names = "--out", description = "bundle folder (default: the committed bundle in attune-ml's resources)")
    Path out;

    @Override
    public Integer call() {
        if (task.equals("traps")) {
            return TrapReport.train(spec.commandLine().getOut(), out != null ? out
                    : TrapTrainer.bundleSourceDir(repoRoot()));
        }
        if (!task.equals("safety")) {
            throw new AttuneException(ErrorCode.USAGE, "unknown task '" + task + "'; tasks: safety, traps");
        }
        Path dir = out != null ? out : SafetyTrainer.bundleSourceDir(repoRoot());
        var metrics = new SafetyTrainer().trainAndWrite(dir);
        var o = spec.commandLine().getOut();
        o.println("wrote " + dir);
        metrics.forEach((k, v) -> o.printf("%s %.4f%n", k, v));
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
