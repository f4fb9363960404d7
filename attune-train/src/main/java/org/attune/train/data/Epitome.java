package org.attune.train.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code epitome}: Reddit (seeker post, response) pairs with an empathy level 0-2 for each of three mechanisms and the
 * response spans that carry it (Sharma et al., EMNLP 2020). The three files hold the same rows in the same order.
 */
public final class Epitome {
    public static final String NAME = "epitome";
    public static final String LICENCE = "unclear: Althoff academic (non-commercial research) or attribution-only "
            + "licence, not stated which applies to the data; treated as non-commercial. Text is Reddit content";
    static final String[] FILES = {"emotional-reactions-reddit.csv", "interpretations-reddit.csv",
        "explorations-reddit.csv"};

    /**
     * One pair. {@code levels} and {@code rationales} are per mechanism, in the order emotional reactions,
     * interpretations, explorations; a rationale is a substring of the response.
     */
    public record Pair(String seekerId, String responseId, String seeker, String response, int[] levels,
            List<List<String>> rationales) {
    }

    private Epitome() {
    }

    public static List<Pair> load() {
        List<List<CSVRecord>> files = new ArrayList<>();
        for (String f : FILES) {
            Path csv = SharedData.dataset(NAME).resolve(f);
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                files.add(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)
                        .getRecords());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + csv, e);
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < files.get(0).size(); i++) {
            CSVRecord first = files.get(0).get(i);
            int[] levels = new int[3];
            List<List<String>> rationales = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                CSVRecord rec = files.get(m).get(i);
                if (!rec.get("rp_id").equals(first.get("rp_id")) || !rec.get("sp_id").equals(first.get("sp_id"))) {
                    throw new IllegalStateException("epitome files disagree at row " + (i + 2));
                }
                levels[m] = Integer.parseInt(rec.get("level").trim());
                List<String> spans = new ArrayList<>();
                for (String s : rec.get("rationales").split("\\|")) {
                    if (!s.isBlank()) {
                        spans.add(s);
                    }
                }
                rationales.add(spans);
            }
            out.add(new Pair(first.get("sp_id"), first.get("rp_id"), first.get("seeker_post"),
                    first.get("response_post"), levels, rationales));
        }
        return out;
    }
}
