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
import org.attune.core.embedding.Encoder;
import org.attune.core.emotion.EmotionScore;
import org.attune.core.emotion.Emotions;
import org.attune.core.engine.Engine;
import org.attune.core.io.ThreadReader;
import org.attune.ml.emotion.EmotionHead;
import org.attune.ml.emotion.EmotionModel;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
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

    public static Split measure(EmotionHead model, String split, boolean amongOthers) {
        List<GoEmotions.Comment> comments = GoEmotions.load(split);
        Readings r = read(model, comments, amongOthers);
        boolean[][] y = EmotionTrainer.targets(comments);
        double[] t = model.thresholds();
        return new Split(EmotionTrainer.scores(r.alone(), y, t, model.neutralAlone(), null),
                EmotionTrainer.scores(r.alone(), y, t, model.neutralAlone(), r.oneSentence()),
                r.among() == null ? null : EmotionTrainer.scores(r.among(), y, model.sentenceThresholds(),
                        model.sentenceNeutralAlone(), null));
    }

    /**
     * The model's probabilities for each comment read alone and, when asked, among {@link EmotionTrainer#GROUP} - 1
     * others in one passage (else null), and which comments are one sentence.
     */
    public record Readings(double[][] alone, double[][] among, boolean[] oneSentence) {
    }

    /**
     * Reads the comments as the engine reads a post: split into sentences and encoded as one passage, by the encoder
     * the model needs (the fine-tuned model's branch is run, not cached; the frozen encoder's vectors are cached).
     */
    public static Readings read(EmotionHead model, List<GoEmotions.Comment> comments, boolean amongOthers) {
        List<String> texts = comments.stream().map(GoEmotions.Comment::text).toList();
        List<DocumentVectors> docs;
        List<DocumentVectors> grouped = null;
        try (Encoder encoder = model instanceof TunedEmotionModel tuned
                ? OnnxEncoder.bgeSmall(tuned.branch())
                : new EmbeddingCache(OnnxEncoder.bgeSmall())) {
            docs = DocumentVectors.of(texts, encoder);
            if (amongOthers) {
                grouped = DocumentVectors.inGroups(texts, encoder, EmotionTrainer.GROUP, EmotionTrainer.SEED);
            }
        }
        boolean[] oneSentence = new boolean[docs.size()];
        for (int i = 0; i < oneSentence.length; i++) {
            oneSentence[i] = docs.get(i).sentences().size() == 1;
        }
        return new Readings(probabilities(model, docs), grouped == null ? null : probabilities(model, grouped),
                oneSentence);
    }

    private static double[][] probabilities(EmotionHead model, List<DocumentVectors> docs) {
        double[][] p = new double[docs.size()][];
        for (int i = 0; i < p.length; i++) {
            DocumentVectors d = docs.get(i);
            p[i] = switch (model) {
                case EmotionModel m -> m.probabilities(SafetyFeatures.pooled(List.of(d.vectors()), 384), d.text());
                case TunedEmotionModel t -> t.probabilities(d.branchMean());
            };
        }
        return p;
    }

    /**
     * Writes docs/reports/emotions.md and emotions-f1.png under {@code repoRoot}: the fine-tuned branch's model (the
     * default) beside the head over the frozen encoder ({@code attune.emotions=frozen}); returns the Markdown.
     */
    public static String write(Path repoRoot, Engine engine) {
        TunedEmotionModel tuned = TunedEmotionModel.load();
        EmotionModel frozen = EmotionModel.load();
        Split test = measure(tuned, "test", true);
        Split dev = measure(tuned, "dev", false);
        Split frozenTest = measure(frozen, "test", true);
        Split frozenDev = measure(frozen, "dev", false);
        StringBuilder md = new StringBuilder();
        md.append("# Emotions evaluation (attune ").append(Engine.VERSION).append(")\n\n");
        md.append("GoEmotions official splits: trained on train, per-label thresholds chosen on dev, measured on test (")
                .append(test.all().examples()).append(" comments), each comment split into sentences and read as ")
                .append("the engine reads a post. The default bundle `").append(tuned.id()).append("` reads the ")
                .append("mean token state of a fine-tuned copy of the encoder's top four layers (int8, run on the ")
                .append("same pass); `").append(frozen.id()).append("` is the head over the frozen encoder's ")
                .append("vectors, kept for `attune.emotions=frozen`.\n\n");
        md.append("| figure | fine-tuned branch (default) | frozen head | anchor |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| test macro-F1, 28 labels | **%.3f** | %.3f | %.2f (BERT-base, paper); "
                + "%.2f (bert-base-cased reproduction) |%n", test.all().macroF1(), frozenTest.all().macroF1(),
                EmotionTrainer.ANCHOR_PAPER, EmotionTrainer.ANCHOR_REPRODUCTION));
        md.append(String.format(Locale.ROOT, "| test micro-F1 | %.3f | %.3f | - |%n", test.all().microF1(),
                frozenTest.all().microF1()));
        md.append(String.format(Locale.ROOT, "| test macro-F1, one-sentence comments (%d), the per-sentence path "
                + "| %.3f | %.3f | - |%n", test.oneSentence().examples(), test.oneSentence().macroF1(),
                frozenTest.oneSentence().macroF1()));
        md.append(String.format(Locale.ROOT, "| test macro-F1, each comment read among %d others of the split in one "
                + "passage, as a sentence is read in a post | %.3f | %.3f | - |%n", EmotionTrainer.GROUP - 1,
                test.inContext().macroF1(), frozenTest.inContext().macroF1()));
        md.append(String.format(Locale.ROOT, "| dev macro-F1 (thresholds tuned here) | %.3f | %.3f | - |%n%n",
                dev.all().macroF1(), frozenDev.all().macroF1()));
        md.append("## Per-label F1 on test\n\n![per-label F1](emotions-f1.png)\n\n| label | threshold | F1 | ")
                .append("frozen head's F1 |\n|---|---|---|---|\n");
        for (int c = 0; c < Emotions.LABELS.size(); c++) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.3f | %.3f |%n", Emotions.LABELS.get(c),
                    tuned.thresholds()[c], test.all().f1()[c], frozenTest.all().f1()[c]));
        }
        md.append("\n## Seeds\n\n");
        for (String line : seeds(engine)) {
            md.append("- ").append(line).append('\n');
        }
        Path dir = repoRoot.resolve("docs/reports");
        Charts.bars(dir.resolve("emotions-f1.png"), String.format(Locale.ROOT,
                "GoEmotions test F1 per label, fine-tuned branch (macro %.3f; anchors 0.46 / 0.50)",
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
