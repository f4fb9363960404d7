package org.attune.train.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code goemotions}: Reddit comments with one or more of 27 emotions or neutral, in the official train, dev and test
 * splits (TSV: text, comma-separated label ids, comment id).
 */
public final class GoEmotions {
    public static final String NAME = "goemotions";
    public static final String LICENCE = "Apache-2.0";

    /** A comment and its labels (ids into {@link #labels()}). */
    public record Comment(String text, int[] labels) {
    }

    private GoEmotions() {
    }

    /** The 28 label names in id order (27 emotions, then neutral). */
    public static List<String> labels() {
        Path json = SharedData.dataset(NAME).resolve("labels.json");
        try {
            JsonNode names = new ObjectMapper().readTree(json.toFile()).path("labels");
            List<String> out = new ArrayList<>();
            names.forEach(n -> out.add(n.asText()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        }
    }

    /** {@code split} is "train", "dev" or "test". */
    public static List<Comment> load(String split) {
        Path tsv = SharedData.dataset(NAME).resolve(split + ".tsv");
        List<Comment> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw new IllegalStateException(tsv + ": a row without a label column");
                }
                String[] ids = cols[1].split(",");
                int[] labels = new int[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    labels[i] = Integer.parseInt(ids[i].trim());
                }
                out.add(new Comment(cols[0], labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        return out;
    }
}
