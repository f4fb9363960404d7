package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.attune.core.io.AssessmentJson;

/**
 * Golden files: {@code golden/<name>/input.json} (or {@code input.txt}) beside {@code expected.json}, the canonical
 * form of what {@code attune analyze --json} prints for it (keys sorted, numbers rounded to 4 places, the engine
 * version masked). Regenerate with {@code -Dattune.golden.update=true} and review the diff as a reader would.
 * Every input is synthetic.
 */
class GoldenFilesTest {
    static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("attune.golden.update");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    static Path input(Path dir) {
        Path json = dir.resolve("input.json");
        return Files.exists(json) ? json : dir.resolve("input.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analyzeJson_matchesTheExpectedFile(Path dir) throws IOException {
        Cli.Result r = Cli.run("analyze", "--json", input(dir).toString());
        assertEquals(0, r.exit(), "exit code; stderr: " + r.err());
        String actual = canonical(r.json());
        Path expectedFile = dir.resolve("expected.json");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("no " + expectedFile + "; run with -Dattune.golden.update=true and review it");
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(dir.getFileName() + " differs from expected.json (regenerate with -Dattune.golden.update=true and "
                    + "review the diff): " + firstDifference(expected, actual));
        }
    }

    /** Sorted keys, rounded numbers, the engine version masked; pretty-printed with a final newline. */
    static String canonical(JsonNode assessment) throws IOException {
        JsonNode c = sort(assessment);
        if (c.has("provenance")) {
            ((ObjectNode) c.get("provenance")).put("engineVersion", "<engine version>");
        }
        return AssessmentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(c) + "\n";
    }

    private static JsonNode sort(JsonNode n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n.isObject()) {
            ObjectNode o = f.objectNode();
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                o.set(name, sort(n.get(name)));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = f.arrayNode();
            n.forEach(x -> a.add(sort(x)));
            return a;
        }
        if (n.isFloatingPointNumber()) {
            return f.numberNode(n.decimalValue().setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros());
        }
        return n;
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": expected " + el.strip() + " but was " + al.strip();
            }
        }
        return "whitespace only";
    }
}
