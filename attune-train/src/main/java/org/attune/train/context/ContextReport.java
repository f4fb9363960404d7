package org.attune.train.context;

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
import org.attune.core.context.Context;
import org.attune.core.engine.Engine;
import org.attune.core.io.ThreadReader;
import org.attune.ml.context.ContextModel;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.train.DocumentVectors;
import org.attune.train.EmbeddingCache;
import org.attune.train.data.CamsCauses;
import org.attune.train.data.Dreaddit;
import org.attune.train.data.SharedData;
import org.attune.train.eval.Metrics;
import org.attune.train.report.Charts;

/**
 * Measures the committed context bundle on dreaddit's and CAMS' own test splits and writes the Markdown report, the
 * cause confusion matrix and the per-cause F1 chart.
 */
public final class ContextReport {
    private ContextReport() {
    }

    /** One bundle's predictions on both test splits. */
    private record Measured(ContextModel model, int[] sGold, int[] sPred, ContextTrainer.Cause cause) {
        double stressF1() {
            return Metrics.f1Of(sGold, sPred, 1);
        }
    }

    /** The test splits read by the encoder running {@code branch} (null: none), as the engine reads a post. */
    private static Measured measure(ContextModel model, OnnxEncoder.Branch branch) {
        List<Dreaddit.Post> dTest = Dreaddit.load("test");
        List<CamsCauses.Post> cTest = CamsCauses.test();
        List<DocumentVectors> dDocs;
        List<DocumentVectors> cDocs;
        try (EmbeddingCache encoder = new EmbeddingCache(OnnxEncoder.bgeSmall(branch))) {
            dDocs = DocumentVectors.of(dTest.stream().map(Dreaddit.Post::text).toList(), encoder);
            cDocs = DocumentVectors.of(cTest.stream().map(CamsCauses.Post::text).toList(), encoder);
        }
        int[] sGold = dTest.stream().mapToInt(Dreaddit.Post::stress).toArray();
        int[] sPred = new int[sGold.length];
        for (int i = 0; i < sPred.length; i++) {
            double p = read(model, dDocs.get(i)).stress();
            sPred[i] = p >= model.stressThreshold() ? 1 : 0;
        }
        int[] cGold = cTest.stream().mapToInt(CamsCauses.Post::cause).toArray();
        int[] cPred = new int[cGold.length];
        for (int i = 0; i < cPred.length; i++) {
            cPred[i] = read(model, cDocs.get(i)).cause();
        }
        return new Measured(model, sGold, sPred, new ContextTrainer.Cause(null, Double.NaN, false, Double.NaN, cGold,
                cPred));
    }

    private static ContextModel.Reading read(ContextModel model, DocumentVectors d) {
        return model.read(ContextTrainer.pooled(d), ContextTrainer.branchStates(d), d.text());
    }

    /**
     * Writes docs/reports/context.md and its pictures under {@code repoRoot}; returns the Markdown. The figures are
     * those of the bundle the default engine runs (it reads the emotion branch too), with the bundle that serves an
     * encoder without the branch beside them.
     */
    public static String write(Path repoRoot, Engine engine) {
        Measured tuned = measure(ContextModel.load(ContextModel.TUNED), TunedEmotionModel.load().branch());
        Measured frozen = measure(ContextModel.load(), null);
        ContextModel model = tuned.model();
        int[] sGold = tuned.sGold();
        int[] sPred = tuned.sPred();
        int[] cGold = tuned.cause().gold();
        ContextTrainer.Cause cause = tuned.cause();
        double stressF1 = tuned.stressF1();
        StringBuilder md = new StringBuilder();
        md.append("# Document context evaluation (attune ").append(Engine.VERSION).append(")\n\n");
        md.append("Bundle `").append(model.id()).append("` (research-only data: `\"commercialUse\": false`), ")
                .append("each head measured on its dataset's own test split. It reads the frozen encoder's ")
                .append("sentence vectors (bge-small-en-v1.5 int8) and the states of its fine-tuned emotion branch, ")
                .append("which the default engine runs.\n\n");
        md.append("| figure | Attune | anchor |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| stress F1 (stress = positive), dreaddit test (%d) | **%.3f** | "
                + "%.2f (BoW + logistic regression, Oryngozha et al. 2024) |%n", sGold.length, stressF1,
                ContextTrainer.STRESS_ANCHOR_F1));
        md.append(String.format(Locale.ROOT, "| stress accuracy | %.3f | 0.778 (same) |%n",
                Metrics.accuracy(sGold, sPred)));
        md.append(String.format(Locale.ROOT, "| cause weighted F1, CAMS IntentSDCNL test (%d) | **%.3f** | "
                + "%.2f (Longformer, Garg 2023; \"F1-score\", averaging not stated) |%n", cGold.length,
                cause.weightedF1(), ContextTrainer.CAUSE_ANCHOR_F1));
        md.append(String.format(Locale.ROOT, "| cause macro-F1 | %.3f | 0.34 (repo notebook, one model) |%n",
                cause.macroF1()));
        md.append(String.format(Locale.ROOT, "| cause accuracy | %.3f | 0.381 / 0.478 (repo notebook) |%n%n",
                cause.accuracy()));
        md.append("Stress threshold ").append(model.stressThreshold()).append(" (chosen by cross-validated F1 on ")
                .append("dreaddit train).\n\n");
        md.append("Without the emotion branch (`ATTUNE_EMOTIONS=frozen`) the engine reads `")
                .append(frozen.model().id()).append("`, over the frozen encoder's vectors alone:\n\n");
        md.append("| figure | with the branch (above) | without it |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| stress F1 | %.3f | %.3f |%n", tuned.stressF1(), frozen.stressF1()));
        md.append(String.format(Locale.ROOT, "| cause weighted F1 | %.3f | %.3f |%n", cause.weightedF1(),
                frozen.cause().weightedF1()));
        md.append(String.format(Locale.ROOT, "| cause macro-F1 | %.3f | %.3f |%n", cause.macroF1(),
                frozen.cause().macroF1()));
        md.append(String.format(Locale.ROOT, "| cause accuracy | %.3f | %.3f |%n%n", cause.accuracy(),
                frozen.cause().accuracy()));
        md.append("## Cause of distress\n\n![confusion matrix](context-cause-confusion.png)\n\n")
                .append("![per-cause F1](context-cause-f1.png)\n\n| cause | test support | F1 |\n|---|---|---|\n");
        double[] f1 = new double[Context.CAUSES.size()];
        int[][] confusion = cause.confusion();
        for (int c = 0; c < f1.length; c++) {
            f1[c] = cause.f1(c);
            int support = 0;
            for (int v : confusion[c]) {
                support += v;
            }
            md.append(String.format(Locale.ROOT, "| %s | %d | %.3f |%n", Context.CAUSES.get(c), support, f1[c]));
        }
        md.append("\n## Seeds\n\n");
        for (String line : seeds(engine)) {
            md.append("- ").append(line).append('\n');
        }
        Path dir = repoRoot.resolve("docs/reports");
        Charts.heatmap(dir.resolve("context-cause-confusion.png"), "CAMS test: cause of distress (rows gold)",
                Context.CAUSES, confusion);
        Charts.bars(dir.resolve("context-cause-f1.png"), String.format(Locale.ROOT,
                "CAMS test F1 per cause (weighted %.3f, macro %.3f)", cause.weightedF1(), cause.macroF1()),
                Context.CAUSES, f1, null);
        try {
            Files.writeString(dir.resolve("context.md"), md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the context report", e);
        }
        return md.toString();
    }

    static List<String> seeds(Engine engine) {
        List<String> out = new ArrayList<>();
        Path seeds = SharedData.root().resolve("seeds");
        ThreadReader reader = new ThreadReader();
        for (String name : List.of("000_44d446b202f06158.thread.json", "003_ba6ed36d6d6425d3.json")) {
            try {
                Assessment a = engine.assess(reader.readJson(Files.readAllBytes(seeds.resolve(name)), name));
                StringBuilder sb = new StringBuilder(name + ":");
                for (AuthorSection s : a.authors()) {
                    sb.append(' ').append(s.author()).append('=');
                    sb.append(s.context() == null ? "-" : String.format(Locale.ROOT, "stress %.2f, cause %s (%.2f)",
                            s.context().stress(), s.context().cause(), s.context().causes().get(s.context().cause())));
                    sb.append(';');
                }
                out.add(sb.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed " + name, e);
            }
        }
        return out;
    }
}
