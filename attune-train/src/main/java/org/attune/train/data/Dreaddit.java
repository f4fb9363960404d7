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

/** {@code dreaddit}: Reddit post segments labelled stressed (1) or not (0), with its own train and test files. */
public final class Dreaddit {
    public static final String NAME = "dreaddit";
    public static final String LICENCE = "unknown (research use)";

    public record Post(String text, int stress) {
    }

    private Dreaddit() {
    }

    /** {@code split} is "train" or "test". */
    public static List<Post> load(String split) {
        Path csv = SharedData.dataset(NAME).resolve("dreaddit-" + split + ".csv");
        List<Post> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                out.add(new Post(rec.get("text"), Integer.parseInt(rec.get("label").trim())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return out;
    }
}
