package org.attune.train.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code cssrs-7level-posts}: r/SuicideWatch posts with a human C-SSRS screener level 0-6 (Patil, Tao, Gedhu 2025,
 * CC BY 4.0). Only {@code id}, {@code content} and the human {@code severity} are read; the LLM columns are not gold.
 */
public final class CssrsPosts {
    public static final String NAME = "cssrs-7level-posts";
    public static final String LICENCE = "CC BY 4.0";

    public record Post(String id, String text, int level) {
    }

    private CssrsPosts() {
    }

    public static List<Post> load() {
        Path csv = SharedData.dataset(NAME).resolve("posts.csv");
        List<Post> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                out.add(new Post(rec.get("id"), rec.get("content"), Integer.parseInt(rec.get("severity").trim())));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + csv, e);
        }
        return out;
    }
}
