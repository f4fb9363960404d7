package org.attune.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;

/**
 * The {@code attune} command. Exit codes: 0 done, 2 bad input or usage (the message says what is accepted), 1 an
 * internal failure. Messages never contain the text being analysed.
 */
@Command(name = "attune", mixinStandardHelpOptions = true, versionProvider = AttuneCommand.Version.class,
        description = "Reads posts, threads and letters written in crisis and repair, offline.",
        subcommands = {AnalyzeCommand.class, BatchCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class AttuneCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: analyze, batch or bench");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new AttuneCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof AttuneException ae) {
                err.println("attune: error [" + ae.code().wireName() + "]: " + ae.getMessage());
                return ae.code().exitCode();
            }
            // ours: name the kind of failure, never the input
            err.println("attune: internal error (" + ex.getClass().getSimpleName() + "); please report it");
            return 1;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"attune " + Engine.VERSION};
        }
    }
}
