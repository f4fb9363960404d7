package org.attune.train.emotion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.emotion.EmotionScore;
import org.attune.core.emotion.Emotions;
import org.attune.core.engine.Engine;
import org.attune.core.io.ThreadReader;
import org.attune.ml.emotion.EmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.safety.SafetyFeatures;
import org.attune.train.DocumentVectors;
import org.attune.train.EmbeddingCache;
import org.attune.train.data.GoEmotions;
import org.attune.train.data.SharedData;
import org.attune.train.report.Charts;

/**
 * Measures the committed emotion bundle on GoEmotions' test split (and dev, where its thresholds were tuned) with the
 * shipped decision rule, and writes the Markdown report and the per-label F1 chart.
 */
public final class EmotionReport {
    private EmotionReport() {
    }

    /**
     * The committed model's scores on a split: all comments and one-sentence comments, each read alone, and all
     * comments read among others ({@link EmotionTrainer#GROUP} to a passage, as a sentence is read in a post; null
     * when not asked for).
     */
    public record Split(EmotionTrainer.Scores all, EmotionTrainer.Scores oneSentence, EmotionTrainer.Scores inContext) {
    }

    public static Split measure(EmotionModel model, String split, boolean amongOthers) {
        List<GoEmotions.Comment> comments = GoEmotions.load(split);
        List<String> texts = comments.stream().map(GoEmotions.Comment::text).toList();
        List<DocumentVectors> docs;
        List<DocumentVectors> grouped = null;
        try (EmbeddingCache encoder = new EmbeddingCache(OnnxEncoder.bgeSmall())) {
            docs = DocumentVectors.of(texts, encoder);
            if (amongOthers) {
                grouped = DocumentVectors.inGroups(texts, encoder, EmotionTrainer.GROUP, EmotionTrainer.SEED);
            }
        }
        boolean[][] y = EmotionTrainer.targets(comments);
        boolean[] oneSentence = new boolean[docs.size()];
        for (int i = 0; i < oneSentence.length; i++) {
            oneSentence[i] = docs.get(i).sentences().size() == 1;
        }
        double[][] p = probabilities(model, docs);
        return new Split(EmotionTrainer.scores(p, y, model.thresholds(), model.neutralAlone(), null),
                EmotionTrainer.scores(p, y, model.thresholds(), model.neutralAlone(), oneSentence),
                grouped == null ? null : EmotionTrainer.scores(probabilities(model, grouped), y, model.thresholds(),
                        model.neutralAlone(), null));
    }

    private static double[][] probabilities(EmotionModel model, List<DocumentVectors> docs) {
        double[][] p = new double[docs.size()][];
        for (int i = 0; i < p.length; i++) {
            DocumentVectors d = docs.get(i);
            p[i] = model.probabilities(SafetyFeatures.pooled(List.of(d.vectors()), 384), d.text());
        }
        return p;
    }

    /** Writes docs/reports/emotions.md and emotions-f1.png under {@code repoRoot}; returns the Markdown. */
    public static String write(Path repoRoot, Engine engine) {
        EmotionModel model = EmotionModel.load();
        Split test = measure(model, "test", true);
        Split dev = measure(model, "dev", false);
        StringBuilder md = new StringBuilder();
        md.append("# Emotions evaluation (attune ").append(Engine.VERSION).append(")\n\n");
        md.append("Bundle `").append(model.id()).append("`, GoEmotions official splits: trained on train, epoch and ")
                .append("per-label thresholds chosen on dev, measured on test (").append(test.all().examples())
                .append(" comments). Encoder frozen (bge-small-en-v1.5 int8).\n\n");
        md.append("| figure | Attune | anchor |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| test macro-F1, 28 labels | **%.3f** | %.2f (BERT-base, paper); "
                + "%.2f (bert-base-cased reproduction) |%n", test.all().macroF1(), EmotionTrainer.ANCHOR_PAPER,
                EmotionTrainer.ANCHOR_REPRODUCTION));
        md.append(String.format(Locale.ROOT, "| test micro-F1 | %.3f | - |%n", test.all().microF1()));
        md.append(String.format(Locale.ROOT, "| test macro-F1, one-sentence comments (%d), the per-sentence path "
                + "| %.3f | - |%n", test.oneSentence().examples(), test.oneSentence().macroF1()));
        md.append(String.format(Locale.ROOT, "| test macro-F1, each comment read among %d others of the split in one "
                + "passage, as a sentence is read in a post | %.3f | - |%n", EmotionTrainer.GROUP - 1,
                test.inContext().macroF1()));
        md.append(String.format(Locale.ROOT, "| dev macro-F1 (thresholds tuned here) | %.3f | - |%n%n",
                dev.all().macroF1()));
        md.append("## Per-label F1 on test\n\n![per-label F1](emotions-f1.png)\n\n| label | threshold | F1 |\n")
                .append("|---|---|---|\n");
        for (int c = 0; c < Emotions.LABELS.size(); c++) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.3f |%n", Emotions.LABELS.get(c),
                    model.thresholds()[c], test.all().f1()[c]));
        }
        md.append("\n## Seeds\n\n");
        for (String line : seeds(engine)) {
            md.append("- ").append(line).append('\n');
        }
        Path dir = repoRoot.resolve("docs/reports");
        Charts.bars(dir.resolve("emotions-f1.png"), String.format(Locale.ROOT,
                "GoEmotions test F1 per label (macro %.3f; anchors 0.46 / 0.50)",
                test.all().macroF1()), Emotions.LABELS, test.all().f1(), null);
        try {
            Files.writeString(dir.resolve("emotions.md"), md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the emotions report", e);
        }
        return md.toString();
    }

    /** The writer's emotions in the seeds the issue names (no seed text is printed). */
    static List<String> seeds(Engine engine) {
        List<String> out = new ArrayList<>();
        Path seeds = SharedData.root().resolve("seeds");
        ThreadReader reader = new ThreadReader();
        for (String name : List.of("000_44d446b202f06158.thread.json", "003_ba6ed36d6d6425d3.json")) {
            try {
                Assessment a = engine.assess(reader.readJson(Files.readAllBytes(seeds.resolve(name)), name));
                AuthorSection w = a.authors().get(0);
                StringBuilder sb = new StringBuilder(name + ": writer's emotions ");
                if (w.emotions() == null) {
                    sb.append("(none read)");
                } else {
                    List<String> top = new ArrayList<>();
                    for (EmotionScore s : w.emotions().labels()) {
                        top.add(String.format(Locale.ROOT, "%s %.2f", s.label(), s.probability()));
                    }
                    sb.append(top.isEmpty() ? "(none over threshold)" : String.join(", ", top));
                    List<String> bySentence = new ArrayList<>();
                    w.emotions().sentences().forEach(s -> bySentence.add("#" + s.sentence() + " "
                            + String.join("+", s.labels().stream().map(EmotionScore::label).toList())));
                    sb.append("; sentences: ").append(String.join(", ", bySentence));
                }
                out.add(sb.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed " + name, e);
            }
        }
        return out;
    }
}
