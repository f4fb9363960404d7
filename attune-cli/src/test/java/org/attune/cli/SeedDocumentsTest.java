package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.attune.core.io.AssessmentJson;

/**
 * The two real documents the project started from, read from ../shared (or $ATTUNE_SHARED), never copied into the
 * repository. They are sensitive: failures name ids and offsets, never their text.
 */
class SeedDocumentsTest {

    /** ../shared beside the repository, or $ATTUNE_SHARED. Skips when absent, fails when CI=true. */
    static Path shared() {
        String env = System.getenv("ATTUNE_SHARED");
        Path dir = env != null && !env.isBlank() ? Path.of(env)
                : Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
        if (!Files.isDirectory(dir.resolve("seeds"))) {
            String message = "the shared seeds are not at " + dir.resolve("seeds") + "; check out ../shared beside "
                    + "the repository or set ATTUNE_SHARED to its path";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return dir;
    }

    @ParameterizedTest
    @CsvSource({
        "000_44d446b202f06158.thread.json, seed-000, 'writer,commenter-1,commenter-2,commenter-3', 'seed-000,c1-r1,c1-r1-r1'",
        "003_ba6ed36d6d6425d3.json,        seed-003, 'writer',                                     'seed-003'"})
    void seed_givesOneValidAssessmentWhoseSpansCutExactlyItsSentences(String file, String id, String authors,
            String writerPosts) throws IOException {
        Path input = shared().resolve("seeds").resolve(file);
        Cli.Result r = Cli.run("analyze", "--json", input.toString());
        assertEquals(0, r.exit(), "exit code; stderr: " + r.err());
        assertEquals("", r.err());
        JsonNode a = r.json(); // exactly one JSON value, or this throws
        AssessmentSchemaTest.assertValid(a, file);
        assertEquals(id, a.get("id").asText());
        assertEquals("ok", a.get("status").asText());

        Map<String, JsonNode> posts = new HashMap<>();
        collect(AssessmentJson.mapper().readTree(input.toFile()), posts);
        assertEquals(posts.size(), a.get("posts").size(), "every post is listed");
        assertTrue(a.get("sentences").size() > 10, "the seed is split into sentences");
        int index = 0;
        for (JsonNode s : a.get("sentences")) {
            String post = s.get("post").asText();
            String field = s.get("field").asText();
            int begin = s.get("begin").asInt();
            int end = s.get("end").asInt();
            String where = file + ": sentence " + s.get("index").asInt() + " of post " + post + " field " + field
                    + " [" + begin + ", " + end + ")";
            assertEquals(index++, s.get("index").asInt(), where);
            JsonNode p = posts.get(post);
            assertTrue(p != null && p.hasNonNull(field), "no such post or field: " + where);
            String original = p.get(field).asText();
            assertTrue(0 <= begin && begin < end && end <= original.length(), "out of bounds: " + where);
            // compared without a message holding either text: a failure must not print the document
            assertTrue(original.substring(begin, end).equals(s.get("text").asText()), "span differs from text: "
                    + where);
        }

        List<String> names = new ArrayList<>();
        a.get("authors").forEach(x -> names.add(x.get("author").asText()));
        assertEquals(List.of(authors.split(",")), names, "a section per author, the writer first");
        JsonNode writer = a.get("authors").get(0);
        assertEquals("writer", writer.get("role").asText());
        List<String> own = new ArrayList<>();
        writer.get("posts").forEach(x -> own.add(x.asText()));
        assertEquals(List.of(writerPosts.split(",")), own, "the writer's replies are the writer's");
        for (int i = 1; i < a.get("authors").size(); i++) {
            assertEquals("commenter", a.get("authors").get(i).get("role").asText());
            assertTrue(a.get("authors").get(i).get("sentences").size() > 0, "every commenter said something");
        }
    }

    private static void collect(JsonNode post, Map<String, JsonNode> out) {
        out.put(post.get("id").asText(), post);
        if (post.has("replies")) {
            post.get("replies").forEach(r -> collect(r, out));
        }
    }
}
