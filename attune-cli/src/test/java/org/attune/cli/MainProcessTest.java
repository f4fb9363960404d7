package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attune.core.io.AssessmentJson;

/** The real {@code main} in its own process: what reaches stdout as bytes, whatever the locale. */
class MainProcessTest {
    @TempDir
    Path dir;

    @Test
    void jsonOnStdout_isUtf8EvenUnderTheCLocale() throws IOException, InterruptedException {
        String text = "I feel \uD83D\uDE1E \u201Ctired\u201D caf\u00E9.";
        Path in = Cli.write(dir, "doc.txt", text.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), AttuneCommand.class.getName(), "analyze", "--json",
                in.toString()));
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectOutput(out.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ends");
        assertEquals(0, p.exitValue());
        JsonNode a = AssessmentJson.mapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(text, a.at("/sentences/0/text").asText());
    }
}
