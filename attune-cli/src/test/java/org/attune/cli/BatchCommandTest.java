package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attune.core.io.AssessmentJson;

/** {@code attune batch}: one row out per non-blank line in, in order, error rows for bad lines. */
class BatchCommandTest {
    private static final String MARKER = BadInputTest.MARKER;

    @TempDir
    Path dir;

    private static String doc(String id, String text) {
        return "{\"id\": \"" + id + "\", \"author\": \"writer\", \"text\": \"" + text + "\"}";
    }

    private Cli.Result batch(String content, String... options) {
        return batch(content.getBytes(StandardCharsets.UTF_8), options);
    }

    private Cli.Result batch(byte[] content, String... options) {
        Path in = Cli.write(dir, "in.jsonl", content);
        List<String> args = new ArrayList<>(List.of("batch", in.toString(), dir.resolve("out.jsonl").toString(),
                "--no-progress"));
        args.addAll(List.of(options));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertFalse(r.err().contains(MARKER), "stderr repeats the input's text");
        r.assertNoStackTrace();
        return r;
    }

    private List<JsonNode> rows() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out.jsonl"), StandardCharsets.UTF_8)) {
            out.add(AssessmentJson.mapper().readTree(line));
        }
        return out;
    }

    private static List<String> ids(List<JsonNode> rows) {
        return rows.stream().map(r -> r.has("id") ? r.get("id").asText() : "<none>").toList();
    }

    @Test
    void manyDocuments_keepTheirIdsInInputOrder() throws IOException {
        StringBuilder in = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 70; i++) { // more than two chunks of 32
            String id = "doc-" + (i * 7919 % 100);
            expected.add(id);
            in.append(doc(id, i % 5 == 0 ? "" : "Sentence number " + i + ". Another one.")).append('\n');
        }
        Cli.Result r = batch(in.toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> rows = rows();
        assertEquals(expected, ids(rows));
        for (JsonNode row : rows) {
            assertFalse(row.has("error"));
            AssessmentSchemaTest.assertValid(row, "row " + row.get("id").asText());
        }
        assertEquals("empty", rows.get(0).get("status").asText());
    }

    @Test
    void badLineInTheMiddle_getsAnErrorRowWithItsLineNumberAndTheRestIsAnalysed() throws IOException {
        String in = doc("a", "First " + MARKER + ".") + "\n"
                + "{\"id\": \"b\", \"text\": \"" + MARKER + "\"\n"
                + doc("c", "Third " + MARKER + ".") + "\n";
        Cli.Result r = batch(in, "--on-error=skip");
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> rows = rows();
        assertEquals(3, rows.size());
        assertEquals("a", rows.get(0).get("id").asText());
        JsonNode error = rows.get(1);
        assertEquals(2, error.get("line").asInt());
        assertEquals("input.malformed_json", error.at("/error/code").asText());
        assertFalse(error.toString().contains(MARKER), "the error row repeats the input's text");
        assertEquals("c", rows.get(2).get("id").asText());
        assertEquals("ok", rows.get(2).get("status").asText());
        assertTrue(r.err().contains("3 rows written, 1 error rows"), r.err());
    }

    @Test
    void onErrorFail_stopsWithExitCode2AfterWritingTheErrorRow() throws IOException {
        String in = doc("a", "One.") + "\n" + "not json " + MARKER + "\n" + doc("c", "Three.") + "\n";
        Cli.Result r = batch(in, "--on-error=fail");
        assertEquals(2, r.exit(), r.err());
        List<JsonNode> rows = rows();
        assertEquals(List.of("a", "<none>"), ids(rows));
        assertEquals(2, rows.get(1).get("line").asInt());
        assertEquals("input.malformed_json", rows.get(1).at("/error/code").asText());
    }

    @Test
    void blankAndCrlfLines_areHandled() throws IOException {
        String in = doc("a", "One.") + "\r\n\r\n   \n" + doc("b", "Two.\\r\\nThree.") + "\r\n\n" + doc("c", "Four.");
        Cli.Result r = batch(in);
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> rows = rows();
        assertEquals(List.of("a", "b", "c"), ids(rows), "no trailing newline on the last line is fine too");
        assertEquals(2, rows.get(1).get("sentences").size());
        assertTrue(r.err().contains("3 blank lines ignored"), r.err());
    }

    @Test
    void lineOverTheSizeLimit_getsAnErrorRowAndTheBatchGoesOn() throws IOException {
        Path in = dir.resolve("in.jsonl");
        try (OutputStream out = Files.newOutputStream(in)) {
            out.write((doc("a", "One.") + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"big\", \"author\": \"w\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = (MARKER + " ").repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written <= 4 * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write((doc("c", "Three.") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Cli.Result r = Cli.run("batch", in.toString(), dir.resolve("out.jsonl").toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains(MARKER));
        List<JsonNode> rows = rows();
        assertEquals(3, rows.size());
        assertEquals("input.too_large", rows.get(1).at("/error/code").asText());
        assertEquals(2, rows.get(1).get("line").asInt());
        assertEquals("c", rows.get(2).get("id").asText());
    }

    @Test
    void everyInputRow_isAccountedFor() throws IOException {
        String[] lines = {
            doc("a", "One."), "", "{\"text\": 5}", doc("a", "Repeated id."), "   ", "[1, 2]",
            doc("e", "\\uD83D\\uDE2D"), "\u0000binary", "{\"text\": \"no id\"}", doc("f", "Last.")};
        Cli.Result r = batch(String.join("\n", lines) + "\n");
        assertEquals(0, r.exit(), r.err());
        long nonBlank = java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
        List<JsonNode> rows = rows();
        assertEquals(nonBlank, rows.size(), "rows out == non-blank lines in");
        assertEquals(List.of("a", "<none>", "a", "<none>", "e", "<none>", "line-9", "f"), ids(rows));
        assertEquals("input.duplicate_id", rows.get(2).at("/error/code").asText());
        assertEquals(4, rows.get(2).get("line").asInt());
        assertEquals("input.binary", rows.get(5).at("/error/code").asText());
    }

    @Test
    void sameFileForInputAndOutput_isAUsageError() {
        Path in = Cli.write(dir, "in.jsonl", doc("a", "One.").getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("batch", in.toString(), in.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("[usage]"));
    }

    @Test
    void unknownOnErrorValue_isAUsageError() {
        Cli.Result r = batch(doc("a", "One."), "--on-error=ignore");
        assertEquals(2, r.exit());
    }
}
