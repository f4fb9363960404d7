package org.attune.train.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.attune.core.safety.Shorthand;
import org.attune.core.text.GatedPattern;

/**
 * The safety rules' expressions run only where the literals every match contains are present
 * ({@link GatedPattern}). Over every text of every functional suite (thousands of sentences of risk, figures of
 * speech and ordinary life), sentence by sentence in the rules' plain form,
 * each expression's gated answer is its own.
 */
class RuleGateTest {
    private static final List<String> RULE_CLASSES = List.of("org.attune.ml.safety.SafetyRules",
            "org.attune.ml.safety.SafetyAnalyzer", "org.attune.ml.safety.Subjects",
            "org.attune.core.safety.FrameAnalyzer", "org.attune.core.safety.ElapsedTime",
            "org.attune.core.safety.Shorthand");

    @Test
    void everyRuleExpression_answersAsItsOwnPattern_overEverySuiteText() throws Exception {
        List<GatedPattern> rules = new ArrayList<>();
        for (String name : RULE_CLASSES) {
            for (Field f : Class.forName(name).getDeclaredFields()) {
                if (f.getType() == GatedPattern.class && Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    rules.add((GatedPattern) f.get(null));
                }
            }
        }
        assertTrue(rules.size() > 100, "the rules' expressions were not found: " + rules.size());
        Set<String> texts = suiteTexts();
        assertTrue(texts.size() > 10_000, "too few suite texts: " + texts.size());
        int gated = 0;
        int matched = 0;
        for (GatedPattern rule : rules) {
            gated += rule.gated() ? 1 : 0;
            for (String t : texts) {
                boolean own = rule.pattern().matcher(t).find();
                assertEquals(own, rule.find(t), () -> "expression differs from its own pattern: " + rule.regex());
                matched += own ? 1 : 0;
            }
        }
        assertTrue(matched > 10_000, "the texts must hold matches for the comparison to mean anything: " + matched);
        assertTrue(gated > rules.size() / 2, "most expressions should be gated: " + gated + " of " + rules.size());
    }

    private static Set<String> suiteTexts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> texts = new LinkedHashSet<>();
        List<String> suites = new ArrayList<>(FunctionalSuite.BLIND_SUITES);
        suites.add(FunctionalSuite.RESOURCE);
        for (String suite : suites) {
            try (var in = FunctionalSuite.class.getResourceAsStream(suite)) {
                if (in == null) {
                    throw new IOException("suite missing: " + suite);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        collect(json.readTree(line), texts);
                    }
                }
            }
        }
        return texts;
    }

    private static void collect(JsonNode node, Set<String> texts) {
        if (node.isTextual() && node.asText().length() > 3) {
            String text = node.asText().toLowerCase(Locale.ROOT);
            for (String sentence : text.split("(?<=[.!?])\\s+|\\n+")) {
                texts.add(Shorthand.plain(sentence));
            }
        }
        node.forEach(child -> collect(child, texts));
    }
}
