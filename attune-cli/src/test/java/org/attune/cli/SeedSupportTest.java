package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.attune.core.io.AssessmentJson;

/**
 * Reply quality on seed 000 (../shared/seeds; skipped with a message when absent): every reply gets an entry, and
 * commenter-1's reply, which shares a like experience and asks about the writer's support, shows interpretation and
 * exploration. Failures name ids and levels, never the text.
 */
class SeedSupportTest {
    private static final String SEED = "seeds/000_44d446b202f06158.thread.json";

    @Test
    void commenterOnesReply_showsInterpretationAndExploration() {
        JsonNode c1 = replyBy(analyze(), "commenter-1");
        assertTrue(level(c1, "interpretations") >= 1, "interpretations of c1: " + level(c1, "interpretations"));
        assertTrue(level(c1, "explorations") >= 1, "explorations of c1: " + level(c1, "explorations"));
    }

    @Test
    void everyReply_hasAnEntry_andEverySpanCutsItsTextFromTheOriginal() throws Exception {
        Path input = SeedDocumentsTest.shared().resolve(SEED);
        JsonNode a = analyze();
        Map<String, JsonNode> posts = new HashMap<>();
        collect(AssessmentJson.mapper().readTree(input.toFile()), posts);
        assertEquals(posts.size() - 1, a.get("support").size(), "one entry per reply");
        for (JsonNode r : a.get("support")) {
            String text = posts.get(r.get("post").asText()).get("text").asText();
            for (JsonNode e : r.get("empathy")) {
                for (JsonNode x : e.get("rationale")) {
                    assertEquals(text.substring(x.get("begin").asInt(), x.get("end").asInt()), x.get("text").asText(),
                            r.get("post").asText() + " rationale at " + x.get("begin").asInt());
                }
            }
            for (JsonNode s : r.get("strategies")) {
                assertEquals(text.substring(s.get("begin").asInt(), s.get("end").asInt()), s.get("text").asText(),
                        r.get("post").asText() + " sentence at " + s.get("begin").asInt());
            }
        }
    }

    private static JsonNode analyze() {
        Path input = SeedDocumentsTest.shared().resolve(SEED);
        Cli.Result r = Cli.run("analyze", "--json", input.toString());
        assertEquals(0, r.exit(), "exit code");
        JsonNode a = r.json();
        AssessmentSchemaTest.assertValid(a, input.getFileName().toString());
        return a;
    }

    private static JsonNode replyBy(JsonNode a, String author) {
        for (JsonNode r : a.get("support")) {
            if (r.get("author").asText().equals(author)) {
                return r;
            }
        }
        throw new AssertionError("no support entry for " + author);
    }

    private static int level(JsonNode reply, String mechanism) {
        for (JsonNode e : reply.get("empathy")) {
            if (e.get("mechanism").asText().equals(mechanism)) {
                return e.get("level").asInt();
            }
        }
        throw new AssertionError("no " + mechanism + " level");
    }

    private static void collect(JsonNode post, Map<String, JsonNode> out) {
        out.put(post.get("id").asText(), post);
        for (JsonNode r : post.path("replies")) {
            collect(r, out);
        }
    }
}
