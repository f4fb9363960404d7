package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.attune.core.io.AssessmentJson;

/**
 * The thinking traps on seed 000 (read from ../shared, skipped with a message when it is absent): the writer's
 * self-blame, self-labelling and generalising sentences carry a trap, and a fitting one. Failures name offsets and
 * traps, never the text. "I'm a loser" reads labeling (0.29, with overgeneralizing 0.30, measured 2026-12-06) since
 * each post is its own passage for the encoder; read with the whole thread it missed labeling.
 */
class SeedTrapsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "all my fault|personalizing,blaming",
        "Everything always|overgeneralizing,all-or-nothing-thinking"})
    void writersSentence_carriesAFittingTrap(String phrase, String fitting) throws Exception {
        check(phrase, fitting);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "all my fault|" + ANY,
        "a loser|" + ANY,
        "Everything always|" + ANY})
    void writersSentence_carriesATrap(String phrase, String fitting) throws Exception {
        check(phrase, fitting);
    }

    @org.junit.jupiter.api.Test
    void selfLabelling_isLabeling() throws Exception {
        check("a loser", "labeling");
    }

    private static final String ANY = "all-or-nothing-thinking,overgeneralizing,labeling,fortune-telling,mind-reading,"
            + "emotional-reasoning,should-statements,personalizing,disqualifying-the-positive,catastrophizing,"
            + "comparing-and-despairing,blaming,negative-feeling-or-emotion";

    private static void check(String phrase, String fitting) throws Exception {
        Path input = SeedDocumentsTest.shared().resolve("seeds/000_44d446b202f06158.thread.json");
        Cli.Result r = Cli.run("analyze", "--json", input.toString());
        assertEquals(0, r.exit(), "exit code");
        JsonNode a = r.json();
        AssessmentSchemaTest.assertValid(a, input.getFileName().toString());
        String root = AssessmentJson.mapper().readTree(input.toFile()).get("text").asText();
        int at = root.indexOf(phrase);
        assertTrue(at >= 0, "the seed no longer holds the phrase being checked");
        JsonNode writer = a.get("authors").get(0);
        assertEquals("writer", writer.get("role").asText());
        List<String> found = new ArrayList<>();
        boolean covered = false;
        for (JsonNode s : writer.get("traps")) {
            if (s.get("post").asText().equals("seed-000") && s.get("field").asText().equals("text")
                    && s.get("begin").asInt() <= at && at < s.get("end").asInt()) {
                covered = true;
                s.get("traps").forEach(t -> found.add(t.get("trap").asText()));
            }
        }
        assertTrue(covered, "no trap on the sentence at offset " + at);
        Set<String> expected = Set.of(fitting.split(","));
        assertTrue(found.stream().anyMatch(expected::contains), "sentence at offset " + at + " shows " + found
                + ", expected one of " + expected);
    }
}
