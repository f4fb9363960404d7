package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus of one's own for {@code bench --texts}: what is wrong with the file is said before any model loads. */
class BenchCommandTest {
    private static final String MARKER = "zq-bench-marker";

    @TempDir
    Path dir;

    @Test
    void missingTextsFile_isANotFoundError() {
        Cli.Result r = Cli.run("bench", "--texts", dir.resolve("absent.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("[input.not_found]"), r.err());
        r.assertNoStackTrace();
    }

    @Test
    void textsFileThatIsNotUtf8_isAnEncodingErrorThatDoesNotEchoIt() {
        byte[] bytes = (MARKER + " \u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Cli.Result r = Cli.run("bench", "--texts", Cli.write(dir, "latin1.txt", bytes).toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("[input.encoding]"), r.err());
        assertFalse(r.err().contains(MARKER));
        r.assertNoStackTrace();
    }

    @Test
    void textsFileWithOnlyBlankLines_isAUsageError() {
        Cli.Result r = Cli.run("bench", "--texts", Cli.write(dir, "blank.txt", "\n  \n\t\n".getBytes(
                StandardCharsets.UTF_8)).toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("[usage]"), r.err());
        r.assertNoStackTrace();
    }
}
