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
 * {@code cams-causes}: Reddit posts labelled with the cause of the writer's distress, six classes (see SOURCE.md for
 * the name mapping). The test split is {@code IntentSDCNL_Testing.csv}; training uses {@code IntentSDCNL_Training.csv}
 * and {@code added_CAMS_data.csv}. Rows with a blank label are skipped.
 */
public final class CamsCauses {
    public static final String NAME = "cams-causes";
    public static final String LICENCE = "research use only (\"can be used freely for research purposes\"; no "
            + "licence file)";
    public static final List<String> LABELS = List.of("none", "bias-or-abuse", "jobs-and-career", "medication",
            "relationship", "alienation");

    public record Post(String text, int cause) {
    }

    private CamsCauses() {
    }

    public static List<Post> train() {
        List<Post> out = new ArrayList<>(read("IntentSDCNL_Training.csv", "ANNOTATIONS"));
        out.addAll(read("added_CAMS_data.csv", "cause"));
        return out;
    }

    public static List<Post> test() {
        return read("IntentSDCNL_Testing.csv", "ANNOTATIONS");
    }

    private static List<Post> read(String file, String labelColumn) {
        Path csv = SharedData.dataset(NAME).resolve(file);
        List<Post> out = new ArrayList<>();
        // added_CAMS_data.csv holds a few bytes that are not UTF-8: they are read as U+FFFD rather than failing the file
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                String label = rec.get(labelColumn).trim();
                if (label.isEmpty()) {
                    continue;
                }
                int cause = (int) Double.parseDouble(label);
                if (cause < 0 || cause >= LABELS.size()) {
                    throw new IllegalStateException(csv + ": cause " + cause + " is outside 0-5");
                }
                out.add(new Post(rec.get("selftext"), cause));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return out;
    }
}
