package org.attune.cli;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attune.core.assessment.Assessment;
import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.io.AssessmentJson;
import org.attune.core.io.ThreadReader;
import org.attune.core.thread.PostThread;

/**
 * Analyses a JSON Lines file: one document or thread per input line, one Assessment (or error row) per output line,
 * in input order. Threads are analysed in chunks so that the encoder batches across documents; output is flushed after
 * every chunk, so rows written before a crash are kept.
 */
@Command(name = "batch", description = "Analyses IN.jsonl (one document or thread per line) into OUT.jsonl "
        + "(one Assessment or error row per line, same order).")
final class BatchCommand implements Callable<Integer> {
    private static final int CHUNK = 32;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.jsonl")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT.jsonl")
    Path out;

    @Option(names = "--on-error", paramLabel = "skip|fail", description = "on a bad line: write an error row and "
            + "go on (skip, the default), or write it and stop (fail)")
    String onError = "skip";

    @Option(names = "--no-progress", description = "do not draw the progress bar on stderr")
    boolean noProgress;

    private int errors;
    private ErrorCode firstError;
    private int written;

    @Override
    public Integer call() throws IOException {
        if (!onError.equals("skip") && !onError.equals("fail")) {
            throw new AttuneException(ErrorCode.USAGE, "--on-error takes skip or fail");
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new AttuneException(ErrorCode.USAGE, "IN and OUT must be different files");
        }
        long totalBytes;
        try {
            totalBytes = Files.size(in);
        } catch (NoSuchFileException e) {
            throw new AttuneException(ErrorCode.NOT_FOUND, "no such file: " + in);
        }
        ThreadReader reader = new ThreadReader();
        Engine engine = Engines.standard();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, totalBytes, !noProgress);
        boolean stopOnError = onError.equals("fail");
        Set<String> seenIds = new HashSet<>();
        int blank = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(in), 1 << 16);
                Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                        StandardCharsets.UTF_8))) {
            BoundedLineReader lines = new BoundedLineReader(raw, reader.limits().maxBytes());
            List<Row> chunk = new ArrayList<>();
            long bytesRead = 0;
            BoundedLineReader.Line line;
            while ((line = lines.next()) != null) {
                bytesRead += (line.bytes() == null ? reader.limits().maxBytes() : line.bytes().length) + 1;
                if (line.bytes() != null && new String(line.bytes(), StandardCharsets.UTF_8).isBlank()) {
                    blank++;
                    continue;
                }
                Row row = parse(line, reader, seenIds);
                chunk.add(row);
                if (row.error != null && stopOnError) {
                    break;
                }
                if (chunk.size() == CHUNK) {
                    flush(chunk, engine, w, stopOnError);
                    progress.update(Math.min(bytesRead, totalBytes), written);
                    chunk.clear();
                    if (stopOnError && errors > 0) {
                        break;
                    }
                }
            }
            if (!(stopOnError && errors > 0)) {
                flush(chunk, engine, w, stopOnError);
            }
            progress.update(totalBytes, written);
        }
        progress.done();
        err.println("attune batch: " + written + " rows written, " + errors + " error rows"
                + (blank > 0 ? ", " + blank + " blank lines ignored" : ""));
        err.flush();
        return stopOnError && firstError != null ? firstError.exitCode() : 0;
    }

    private record Row(int line, PostThread thread, String id, AttuneException error) {
    }

    private static Row parse(BoundedLineReader.Line line, ThreadReader reader, Set<String> seenIds) {
        if (line.tooLong()) {
            return new Row(line.number(), null, null, new AttuneException(ErrorCode.TOO_LARGE, "line "
                    + line.number() + " is over " + reader.limits().maxBytes() + " bytes"));
        }
        try {
            PostThread t = reader.readJson(line.bytes(), "line-" + line.number());
            if (!seenIds.add(t.id())) {
                return new Row(line.number(), null, t.id(), new AttuneException(ErrorCode.DUPLICATE_ID,
                        "line " + line.number() + " repeats an id already seen in this batch"));
            }
            return new Row(line.number(), t, t.id(), null);
        } catch (AttuneException e) {
            return new Row(line.number(), null, null, new AttuneException(e.code(), "line " + line.number() + ": "
                    + e.getMessage()));
        }
    }

    /** Analyses the chunk's good rows together and writes every row in input order. */
    private void flush(List<Row> chunk, Engine engine, Writer w, boolean stopOnError) throws IOException {
        List<PostThread> threads = new ArrayList<>();
        for (Row r : chunk) {
            if (r.thread != null) {
                threads.add(r.thread);
            }
        }
        List<Assessment> results = assessIsolatingFailures(engine, threads);
        int next = 0;
        for (Row r : chunk) {
            String outLine;
            AttuneException error = r.error;
            Assessment a = null;
            if (r.thread != null) {
                a = results.get(next++);
                if (a == null) {
                    error = new AttuneException(ErrorCode.INTERNAL, "line " + r.line + ": analysis failed");
                }
            }
            if (error != null) {
                outLine = AssessmentJson.errorLine(r.id, r.line, error);
                errors++;
                if (firstError == null) {
                    firstError = error.code();
                }
            } else {
                outLine = AssessmentJson.toLine(a);
            }
            w.write(outLine);
            w.write('\n');
            written++;
            if (error != null && stopOnError) {
                break;
            }
        }
        w.flush();
    }

    /** Assesses the chunk at once; if that fails, one by one, so that one failure costs one row, not a chunk. */
    private static List<Assessment> assessIsolatingFailures(Engine engine, List<PostThread> threads) {
        if (threads.isEmpty()) {
            return List.of();
        }
        try {
            return engine.assess(threads);
        } catch (RuntimeException chunkFailure) {
            List<Assessment> out = new ArrayList<>();
            for (PostThread t : threads) {
                try {
                    out.add(engine.assess(t));
                } catch (RuntimeException e) {
                    out.add(null);
                }
            }
            return out;
        }
    }

    /** A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final long total;
        private final boolean enabled;
        private final boolean terminal = System.console() != null;
        private final long start = System.nanoTime();
        private int lastDecile = -1;

        Progress(PrintWriter err, long total, boolean enabled) {
            this.err = err;
            this.total = Math.max(1, total);
            this.enabled = enabled;
        }

        void update(long done, int rows) {
            if (!enabled) {
                return;
            }
            double fraction = Math.min(1.0, (double) done / total);
            double seconds = (System.nanoTime() - start) / 1e9;
            String rate = seconds > 0 ? String.format(" %.1f rows/s", rows / seconds) : "";
            int width = 30;
            int filled = (int) Math.round(fraction * width);
            String bar = "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
                    + String.format("%3d%%", (int) (fraction * 100)) + " " + rows + " rows" + rate;
            if (terminal) {
                err.print("\r" + bar);
                err.flush();
            } else {
                int decile = (int) (fraction * 10);
                if (decile != lastDecile) {
                    lastDecile = decile;
                    err.println(bar);
                    err.flush();
                }
            }
        }

        void done() {
            if (enabled && terminal) {
                err.println();
            }
        }
    }
}
