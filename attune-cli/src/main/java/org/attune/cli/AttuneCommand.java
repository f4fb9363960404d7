package org.attune.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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
        subcommands = {AnalyzeCommand.class, BatchCommand.class, TrainCommand.class, EvalCommand.class,
                BenchCommand.class, ServeCommand.class, ServeBenchCommand.class,
                CommandLine.HelpCommand.class})
public final class AttuneCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: analyze, batch, train, eval, bench or serve");
    }

    /**
     * Writes UTF-8 whatever the locale: JSON and JSON Lines are UTF-8 by definition (RFC 8259), and under a C or
     * POSIX locale {@code System.out} would turn every emoji, curly quote and accented letter into '?', so that a
     * sentence's {@code text} no longer equals its span.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int exit = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(exit);
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
