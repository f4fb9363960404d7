package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.io.AssessmentJson;

/** Runs the {@code attune} command in-process and captures what it printed. */
final class Cli {
    private Cli() {
    }

    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return AssessmentJson.mapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not one JSON value (exit " + exit + ")");
            }
        }

        /** No stack trace and no exception class names on either stream. */
        void assertNoStackTrace() {
            for (String s : new String[] {out, err}) {
                assertFalse(s.contains("\tat ") || s.contains("Exception") || s.contains("StackOverflow"),
                        "a stack trace or exception was printed");
            }
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AttuneCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** Runs with the given bytes on standard input (tests run one at a time in a module's JVM). */
    static synchronized Result runWithStdin(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
