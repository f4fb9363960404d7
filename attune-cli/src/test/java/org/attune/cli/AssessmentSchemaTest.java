package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.attune.core.io.AssessmentJson;

/** docs/assessment.schema.json describes what {@code attune analyze --json} really prints. */
class AssessmentSchemaTest {
    static final Path SCHEMA = Path.of("..", "docs", "assessment.schema.json");
    /** Loaded on first use, so that other test classes can validate whatever ran before them. */
    private static JsonSchema schema;

    @TempDir
    Path dir;

    private static synchronized JsonSchema schema() {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(SCHEMA)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SCHEMA, e);
            }
        }
        return schema;
    }

    static void assertValid(JsonNode assessment, String what) {
        Set<ValidationMessage> errors = schema().validate(assessment);
        assertTrue(errors.isEmpty(), what + " does not match the schema: " + errors);
    }

    static Stream<Path> goldenInputs() throws IOException {
        try (Stream<Path> s = Files.list(GoldenFilesTest.ROOT)) {
            return s.map(GoldenFilesTest::input).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenInputs")
    void analyzeJsonOutput_matchesTheSchema(Path input) {
        Cli.Result r = Cli.run("analyze", "--json", input.toString());
        assertEquals(0, r.exit(), r.err());
        assertValid(r.json(), input.getParent().getFileName().toString());
    }

    @Test
    void outputWithEveryOptionalField_matchesTheSchema() {
        Path in = Cli.write(dir, "t.json", """
                {"id": "t", "author": "w", "kind": "post", "title": "Title.", "text": "Text.", "note": "n",
                 "replies": [{"id": "r", "author": "c", "kind": "comment", "text": "Reply."}]}
                """.getBytes(StandardCharsets.UTF_8));
        JsonNode a = Cli.run("analyze", "--json", in.toString()).json();
        assertValid(a, "a thread with titles and kinds");
        assertEquals("t", a.at("/posts/1/parent").asText());
    }

    @Test
    void laterSectionsAtTheTopLevel_areAllowed() {
        ObjectNode a = (ObjectNode) Cli.run("analyze", "--json",
                GoldenFilesTest.input(GoldenFilesTest.ROOT.resolve("short-post")).toString()).json();
        a.putObject("risk").put("level", 0);
        assertValid(a, "an Assessment with a later section");
    }

    @Test
    void unknownFieldInsideAKnownObject_isRejected() {
        ObjectNode a = (ObjectNode) Cli.run("analyze", "--json",
                GoldenFilesTest.input(GoldenFilesTest.ROOT.resolve("short-post")).toString()).json();
        ((ObjectNode) a.get("language")).put("confidence", 0.5);
        assertFalse(schema().validate(a).isEmpty(), "objects inside the Assessment are closed");
    }

    @Test
    void schemaItself_isValidJsonWithTheDraft202012MetaSchema() throws IOException {
        JsonNode s = AssessmentJson.mapper().readTree(SCHEMA.toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
    }
}
