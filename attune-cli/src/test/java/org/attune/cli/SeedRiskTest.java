package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.attune.core.io.AssessmentJson;

/**
 * The safety claims on the two seed documents (docs/triage.md): the blog post's writer is urgent with the self-injury
 * and its severity as evidence, the commenters are not; the letter's writer is not at risk. Failures name ids and
 * offsets, never the text.
 */
class SeedRiskTest {

    @Test
    void blogPostWriter_isHighOrImminent_withTheSelfInjuryAndItsSeverityAsEvidence() throws Exception {
        Path input = SeedDocumentsTest.shared().resolve("seeds/000_44d446b202f06158.thread.json");
        JsonNode a = analyze(input);
        JsonNode writer = author(a, "writer").get("risk");
        assertTrue(Set.of("high", "imminent").contains(writer.get("level").asText()), "writer level");
        assertTrue(writer.get("selfInjury").get("present").asBoolean(), "self-injury is claimed");
        assertTrue(Set.of("current", "recent").contains(writer.get("selfInjury").get("recency").asText()),
                "self-injury is of that night");
        String root = AssessmentJson.mapper().readTree(input.toFile()).get("text").asText();
        assertTrue(covered(writer, root, "make myself bleed"), "evidence covers the act");
        assertTrue(covered(writer, root, "way too much"), "evidence covers the severity");
        for (String commenter : List.of("commenter-1", "commenter-2", "commenter-3")) {
            String level = author(a, commenter).get("risk").get("level").asText();
            assertTrue(Set.of("none", "low").contains(level), commenter + " is " + level);
        }
    }

    @Test
    void letterWriter_isNoneOrLow_withNoSelfInjury() throws Exception {
        JsonNode a = analyze(SeedDocumentsTest.shared().resolve("seeds/003_ba6ed36d6d6425d3.json"));
        JsonNode writer = author(a, "writer").get("risk");
        String level = writer.get("level").asText();
        assertTrue(Set.of("none", "low").contains(level), "writer is " + level);
        assertFalse(writer.get("selfInjury").get("present").asBoolean(), "no self-injury is claimed");
    }

    @Test
    void everyEvidenceSpan_cutsExactlyItsTextFromTheOriginal() throws Exception {
        Path input = SeedDocumentsTest.shared().resolve("seeds/000_44d446b202f06158.thread.json");
        JsonNode a = analyze(input);
        List<JsonNode> posts = new ArrayList<>();
        collect(AssessmentJson.mapper().readTree(input.toFile()), posts);
        int checked = 0;
        for (JsonNode author : a.get("authors")) {
            String level = author.get("risk").get("level").asText();
            assertTrue(level.equals("none") || author.get("risk").get("evidence").size() > 0,
                    author.get("author").asText() + " has a level above none without evidence");
            for (JsonNode e : author.get("risk").get("evidence")) {
                JsonNode post = posts.stream().filter(p -> p.get("id").asText().equals(e.get("post").asText()))
                        .findFirst().orElseThrow();
                String original = post.get(e.get("field").asText()).asText();
                int b = e.get("begin").asInt();
                int end = e.get("end").asInt();
                assertTrue(original.substring(b, end).equals(e.get("text").asText()), "evidence [" + b + ", " + end
                        + ") of post " + e.get("post").asText() + " differs from its text");
                checked++;
            }
        }
        assertTrue(checked > 0);
    }

    private static JsonNode analyze(Path input) {
        Cli.Result r = Cli.run("analyze", "--json", input.toString());
        assertEquals(0, r.exit(), "exit code");
        JsonNode a = r.json();
        AssessmentSchemaTest.assertValid(a, input.getFileName().toString());
        return a;
    }

    private static JsonNode author(JsonNode a, String name) {
        for (JsonNode s : a.get("authors")) {
            if (s.get("author").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no section for " + name);
    }

    private static boolean covered(JsonNode risk, String rootText, String phrase) {
        int at = rootText.indexOf(phrase);
        assertTrue(at >= 0, "the seed no longer holds the phrase being checked");
        for (JsonNode e : risk.get("evidence")) {
            if (e.get("post").asText().equals("seed-000") && e.get("field").asText().equals("text")
                    && e.get("begin").asInt() <= at && at + phrase.length() <= e.get("end").asInt()) {
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode post, List<JsonNode> out) {
        out.add(post);
        if (post.has("replies")) {
            post.get("replies").forEach(r -> collect(r, out));
        }
    }
}
