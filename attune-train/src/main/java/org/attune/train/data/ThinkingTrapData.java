package org.attune.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.attune.core.traps.Trap;

/**
 * The two thinking-trap datasets in one taxonomy ({@link Trap}, the 13 traps of {@code cognitive-reframing}):
 * <ul>
 * <li>{@code cognitive-reframing}: {@code thinking_traps.jsonl} (a situation and thought, traps as repeated prompts)
 *     plus the (situation, thought) pairs of {@code reframing_dataset.csv} that the jsonl does not hold. The thought
 *     carries the traps; where the jsonl prompt contains a csv thought, that part is marked, else the whole prompt.</li>
 * <li>{@code cognitive-distortions-shreevastava}: patient questions with a dominant and an optional secondary
 *     distortion, mapped by {@link #DISTORTION_TO_TRAP}; the annotated "distorted part" is the marked part.</li>
 * </ul>
 * Neither has a test split: {@code TrapTrainer} makes a fixed seeded stratified one.
 */
public final class ThinkingTrapData {
    public static final String REFRAMING = "cognitive-reframing";
    public static final String REFRAMING_LICENCE = "CC BY-NC-ND 4.0 (non-commercial, no derivatives)";
    public static final String DISTORTIONS = "cognitive-distortions-shreevastava";
    public static final String DISTORTIONS_LICENCE = "unknown (research use; Kaggle licence not reachable)";

    /** Shreevastava and Foltz's ten distortions onto the 13 traps; mental filter is the nearest, not an equal. */
    public static final Map<String, Trap> DISTORTION_TO_TRAP = distortionMap();
    /** Traps the distortions dataset has no label for: its rows say nothing about them. */
    public static final Set<Trap> NOT_IN_DISTORTIONS = EnumSet.of(Trap.COMPARING_AND_DESPAIRING, Trap.BLAMING,
            Trap.NEGATIVE_FEELING);

    public enum Source {
        REFRAMING, DISTORTIONS,
        /** Everyday texts added as trap-free training rows only (never evaluated): see {@code TrapTrainer}. */
        EVERYDAY
    }

    /**
     * One labelled text. {@code [markBegin, markEnd)} is the part that carries the traps (-1, -1: the whole text or,
     * when {@code markedText} is set, a part that is not a verbatim substring of the text).
     */
    public record Example(Source source, String text, int markBegin, int markEnd, String markedText,
            Set<Trap> traps) {
        public Example {
            traps = traps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traps));
        }

        /** Whether the dataset of this example labels trap {@code t} at all. */
        public boolean labels(Trap t) {
            return source != Source.DISTORTIONS || !NOT_IN_DISTORTIONS.contains(t);
        }

        /** The label used to stratify splits: source and the first trap in taxonomy order (or none). */
        public String stratum() {
            return source + ":" + traps.stream().sorted().findFirst().map(Trap::wireName).orElse("none");
        }
    }

    private ThinkingTrapData() {
    }

    /** Everyday texts as trap-free examples (training rows only). */
    public static List<Example> everyday(List<String> texts) {
        return texts.stream().map(t -> new Example(Source.EVERYDAY, t, -1, -1, null, Set.of())).toList();
    }

    public static List<Example> load() {
        List<Example> out = new ArrayList<>(reframing());
        out.addAll(distortions());
        return out;
    }

    public static List<Example> reframing() {
        Path dir = SharedData.dataset(REFRAMING);
        Map<String, Set<Trap>> prompts = new LinkedHashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        Path jsonl = dir.resolve("thinking_traps.jsonl");
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = mapper.readTree(line);
                String prompt = j.path("prompt").asText().strip();
                if (prompt.endsWith("->")) {
                    prompt = prompt.substring(0, prompt.length() - 2).strip();
                }
                Set<Trap> traps = prompts.computeIfAbsent(prompt, k -> EnumSet.noneOf(Trap.class));
                Trap t = trap(j.path("completion").asText());
                if (t != null) {
                    traps.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        Map<List<String>, Set<Trap>> pairs = new LinkedHashMap<>();
        Path csv = dir.resolve("reframing_dataset.csv");
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                Set<Trap> traps = pairs.computeIfAbsent(List.of(rec.get("situation").strip(),
                        rec.get("thought").strip()), k -> EnumSet.noneOf(Trap.class));
                for (String name : rec.get("thinking_traps_addressed").split(",")) {
                    Trap t = trap(name);
                    if (t != null) {
                        traps.add(t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        List<Example> out = new ArrayList<>();
        List<String> thoughts = pairs.keySet().stream().map(p -> p.get(1)).filter(t -> t.length() >= 8).toList();
        for (Map.Entry<String, Set<Trap>> e : prompts.entrySet()) {
            String prompt = e.getKey();
            int begin = -1;
            int end = -1;
            for (String thought : thoughts) {
                int at = prompt.lastIndexOf(thought);
                if (at >= 0 && thought.length() > end - begin) {
                    begin = at;
                    end = at + thought.length();
                }
            }
            out.add(new Example(Source.REFRAMING, prompt, begin, end, null, e.getValue()));
        }
        for (Map.Entry<List<String>, Set<Trap>> e : pairs.entrySet()) {
            String situation = e.getKey().get(0);
            String thought = e.getKey().get(1);
            boolean inJsonl = false;
            for (String prompt : prompts.keySet()) {
                if (prompt.contains(thought)) {
                    inJsonl = true;
                    break;
                }
            }
            if (inJsonl || thought.isEmpty()) {
                continue;
            }
            String sep = situation.isEmpty() ? "" : situation.matches("(?s).*[.!?]$") ? " " : ". ";
            String text = situation + sep + thought;
            out.add(new Example(Source.REFRAMING, text, text.length() - thought.length(), text.length(), null,
                    e.getValue()));
        }
        return out;
    }

    public static List<Example> distortions() {
        Path csv = SharedData.dataset(DISTORTIONS).resolve("Annotated_data.csv");
        List<Example> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            int first = r.read();
            if (first != '\uFEFF') {
                throw new IOException("expected a byte-order mark at the start of " + csv);
            }
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                String text = rec.get("Patient Question");
                if (text.isBlank()) {
                    continue;
                }
                Set<Trap> traps = EnumSet.noneOf(Trap.class);
                for (String col : List.of("Dominant Distortion", "Secondary Distortion (Optional)")) {
                    String name = rec.get(col).strip();
                    if (!name.isEmpty() && !name.equalsIgnoreCase("No Distortion")) {
                        Trap t = DISTORTION_TO_TRAP.get(name.toLowerCase(Locale.ROOT));
                        if (t == null) {
                            throw new IllegalStateException("unmapped distortion '" + name + "' in " + csv);
                        }
                        traps.add(t);
                    }
                }
                String part = rec.get("Distorted part").strip();
                int at = part.isEmpty() ? -1 : text.indexOf(part);
                out.add(new Example(Source.DISTORTIONS, text, at, at < 0 ? -1 : at + part.length(),
                        part.isEmpty() ? null : part, traps));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return out;
    }

    /** A trap of the reframing files by any of their spellings; null for "none" and "not distorted". */
    static Trap trap(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "none", "not distorted" -> null;
            case "all-or-nothing thinking" -> Trap.ALL_OR_NOTHING;
            case "overgeneralizing", "overgeneralization" -> Trap.OVERGENERALIZING;
            case "labeling" -> Trap.LABELING;
            case "fortune telling" -> Trap.FORTUNE_TELLING;
            case "mind reading" -> Trap.MIND_READING;
            case "emotional reasoning" -> Trap.EMOTIONAL_REASONING;
            case "should statements" -> Trap.SHOULD_STATEMENTS;
            case "personalizing", "personalization" -> Trap.PERSONALIZING;
            case "disqualifying the positive" -> Trap.DISQUALIFYING_THE_POSITIVE;
            case "catastrophizing", "magnification" -> Trap.CATASTROPHIZING;
            case "comparing and despairing", "comparing" -> Trap.COMPARING_AND_DESPAIRING;
            case "blaming" -> Trap.BLAMING;
            case "negative feeling or emotion" -> Trap.NEGATIVE_FEELING;
            default -> throw new IllegalStateException("unknown thinking trap label '" + raw.strip() + "'");
        };
    }

    private static Map<String, Trap> distortionMap() {
        Map<String, Trap> m = new LinkedHashMap<>();
        m.put("all-or-nothing thinking", Trap.ALL_OR_NOTHING);
        m.put("overgeneralization", Trap.OVERGENERALIZING);
        m.put("labeling", Trap.LABELING);
        m.put("fortune-telling", Trap.FORTUNE_TELLING);
        m.put("mind reading", Trap.MIND_READING);
        m.put("emotional reasoning", Trap.EMOTIONAL_REASONING);
        m.put("should statements", Trap.SHOULD_STATEMENTS);
        m.put("personalization", Trap.PERSONALIZING);
        m.put("mental filter", Trap.DISQUALIFYING_THE_POSITIVE);
        m.put("magnification", Trap.CATASTROPHIZING);
        return java.util.Collections.unmodifiableMap(m);
    }
}
