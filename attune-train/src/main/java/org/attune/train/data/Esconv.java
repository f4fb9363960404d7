package org.attune.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attune.core.support.Strategy;

/**
 * {@code esconv}: emotional-support conversations between a seeker ({@code usr}) and a supporter ({@code sys}), each
 * supporter turn labelled with one of eight strategies (Liu et al., ACL 2021), in the train/valid/test split of
 * thu-coai's reformat.
 */
public final class Esconv {
    public static final String NAME = "esconv";
    public static final String LICENCE = "CC BY-NC 4.0 (non-commercial; thu-coai: academic research use only)";

    /** One turn; {@code strategy} is null for the seeker's turns. */
    public record Turn(boolean supporter, String text, Strategy strategy) {
    }

    public record Dialog(List<Turn> turns) {
    }

    private Esconv() {
    }

    /** {@code split} is "train", "valid" or "test". */
    public static List<Dialog> load(String split) {
        Path file = SharedData.dataset(NAME).resolve("esconv_" + split + ".jsonl");
        ObjectMapper mapper = new ObjectMapper();
        List<Dialog> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<Turn> turns = new ArrayList<>();
                for (JsonNode t : mapper.readTree(line).path("dialog")) {
                    boolean sys = t.path("speaker").asText().equals("sys");
                    turns.add(new Turn(sys, t.path("text").asText(),
                            sys ? strategy(t.path("strategy").asText()) : null));
                }
                out.add(new Dialog(turns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    static Strategy strategy(String name) {
        return switch (name) {
            case "Question" -> Strategy.QUESTION;
            case "Restatement or Paraphrasing" -> Strategy.RESTATEMENT_OR_PARAPHRASING;
            case "Reflection of feelings" -> Strategy.REFLECTION_OF_FEELINGS;
            case "Self-disclosure" -> Strategy.SELF_DISCLOSURE;
            case "Affirmation and Reassurance" -> Strategy.AFFIRMATION_AND_REASSURANCE;
            case "Providing Suggestions" -> Strategy.PROVIDING_SUGGESTIONS;
            case "Information" -> Strategy.INFORMATION;
            case "Others" -> Strategy.OTHERS;
            default -> throw new IllegalStateException("esconv: unknown strategy label");
        };
    }
}
