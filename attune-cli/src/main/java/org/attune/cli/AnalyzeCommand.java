package org.attune.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attune.core.assessment.Assessment;
import org.attune.core.io.AssessmentJson;
import org.attune.core.io.ThreadReader;
import org.attune.core.thread.PostThread;

@Command(name = "analyze", description = "Analyses one document or thread and prints a report, or one JSON Assessment.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print exactly one JSON Assessment on stdout")
    boolean json;

    @Option(names = "--color", description = "colour the terminal report: auto, always or never (default: auto)")
    String color = "auto";

    @Parameters(paramLabel = "PATH", description = ".txt (one document by one writer), .json (a document "
            + "{\"id\",\"author\",\"text\"} or a thread with replies), or - for standard input")
    String path;

    @Override
    public Integer call() {
        PostThread thread = Inputs.read(path, new ThreadReader());
        Assessment a = Engines.standard().assess(thread);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(AssessmentJson.toPrettyJson(a));
        } else {
            boolean ansi = switch (color) {
                case "always" -> true;
                case "never" -> false;
                default -> System.console() != null && System.getenv("NO_COLOR") == null;
            };
            out.print(new TerminalReport(ansi).render(thread, a));
        }
        out.flush();
        return 0;
    }
}
