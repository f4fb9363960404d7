package org.attune.train.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.safety.AuthorRisk;
import org.attune.core.safety.TriageLevel;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;
import org.attune.ml.head.LinearHead;
import org.attune.ml.safety.SafetyModel;
import org.attune.ml.safety.TriageExemplarHead;
import org.attune.ml.safety.TunedTriageModel;
import org.attune.train.data.CssrsPosts;
import org.attune.train.eval.Folds;
import org.attune.train.eval.OrdinalThresholds;

/**
 * The C-SSRS level the whole safety analysis reports, measured by the same cross-validation as the head: in each fold
 * the head (thresholds, calibration and distress head included) is fitted on the other folds, and the full pipeline,
 * frames and rules and gates with it, reads the held-out posts. The head's own figures say what the trained part
 * reads; these say what a user of {@code cssrs} and of the triage level gets on real posts, which the rules, written
 * for the functional cases, were never fitted to.
 */
public final class WholeAnalyzerCv {
    /**
     * The levels read, scored like the head's; the triage reader that read each fold ("none" where none did); and
     * each post's triage level (its ordinal, in the order of {@link CssrsPosts#load}).
     */
    public record Result(SafetyTrainer.CrossValidation cv, List<String> readers, int[] triage) {
        /** The triage level (rows) against each gold C-SSRS level (columns): how many posts read so. */
        public int[][] triageByGold() {
            int[][] counts = new int[TriageLevel.values().length][SafetyTrainer.LEVELS];
            for (int i = 0; i < triage.length; i++) {
                counts[triage[i]][cv.gold()[i]]++;
            }
            return counts;
        }

        /** Posts with gold C-SSRS at least {@code from} that the triage level reads at or below low. */
        public int missedAtLeast(int from) {
            int n = 0;
            int[][] byGold = triageByGold();
            for (int g = from; g < byGold[0].length; g++) {
                n += byGold[TriageLevel.NONE.ordinal()][g] + byGold[TriageLevel.LOW.ordinal()][g];
            }
            return n;
        }

        /** Posts with gold C-SSRS 0 that the triage level reads high or imminent. */
        public int alarmedAtZero() {
            int[][] byGold = triageByGold();
            return byGold[TriageLevel.HIGH.ordinal()][0] + byGold[TriageLevel.IMMINENT.ordinal()][0];
        }

        public int gold(int from) {
            int n = 0;
            for (int[] row : triageByGold()) {
                for (int g = from; g < row.length; g++) {
                    n += row[g];
                }
            }
            return n;
        }
    }

    private WholeAnalyzerCv() {
    }

    /**
     * The shipped triage reader (none when switched off) for each fold whose posts it did not train on; none for a
     * fold it trained on, whose posts it would read in-sample.
     */
    public static IntFunction<TunedTriageModel> shippedReader() {
        TunedTriageModel shipped = StandardPipeline.triage();
        return k -> shipped == null || shipped.cssrsFolds().contains(k) ? null : shipped;
    }

    /**
     * The readers of {@code dir}/fold-0 .. fold-4, each trained on the other four folds' posts, made by
     * {@code bin/attune-finetune triage-model OUT 33 realK} and {@code export-triage OUT RAISE 33 realK --into
     * dir/fold-K}: the whole analysis with a reader trained on real posts, measured on posts it never saw.
     */
    public static IntFunction<TunedTriageModel> foldReaders(Path dir) {
        List<TunedTriageModel> readers = new ArrayList<>();
        for (int k = 0; k < SafetyTrainer.FOLDS; k++) {
            Path fold = dir.resolve("fold-" + k);
            if (!Files.isDirectory(fold)) {
                throw new AttuneException(ErrorCode.USAGE, "no triage reader for fold " + k + " in " + dir
                        + " (expected " + fold + ", made by bin/attune-finetune export-triage ... --into "
                        + fold + ")");
            }
            readers.add(TunedTriageModel.load(ModelBundle.open(fold)));
        }
        return readers::get;
    }

    /**
     * @param readers the triage reader that reads each fold's held-out posts (null: none); a reader trained on that
     *     fold's posts is refused, since what it would measure is in-sample
     */
    static Result run(SafetyTrainer trainer, double c, TriageExemplarHead exemplar,
            IntFunction<TunedTriageModel> readers) {
        List<CssrsPosts.Post> posts = CssrsPosts.load();
        int[] gold = posts.stream().mapToInt(CssrsPosts.Post::level).toArray();
        int[] read = new int[gold.length];
        int[] levels = new int[gold.length];
        int[] fold = Folds.stratified(gold, SafetyTrainer.FOLDS, SafetyTrainer.SEED);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < SafetyTrainer.FOLDS; k++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < gold.length; i++) {
                (fold[i] == k ? test : train).add(i);
            }
            int[] trainGold = train.stream().mapToInt(i -> gold[i]).toArray();
            double[][] inner = trainer.outOfFold(train, SafetyTrainer.FOLDS - 1, c);
            double[] thresholds = OrdinalThresholds.tune(trainGold, inner);
            double[] platt = SafetyTrainer.platt(new SafetyTrainer.CrossValidation(c, trainGold,
                    new int[trainGold.length], inner));
            SafetyModel fitted = trainer.fit(train, c, thresholds);
            LinearHead distress = trainer.fitDistress(fitted).head();
            SafetyModel model = new SafetyModel("cv-fold-" + k, fitted.standardizer(), fitted.tfidf(),
                    fitted.atLeast(), thresholds, distress, platt[0], platt[1], exemplar, Map.of());
            TunedTriageModel reader = readers.apply(k);
            names.add(reader == null ? "none"
                    : reader.id() + ", branch sha256 " + ModelBundle.sha256(reader.branch().model()).substring(0, 12));
            if (reader != null && reader.cssrsFolds().contains(k)) {
                throw new IllegalArgumentException("the triage reader " + reader.id() + " trained on the posts of "
                        + "fold " + k + ", which it would read");
            }
            List<PostThread> threads = test.stream()
                    .map(i -> PostThread.of(Post.document("p" + i, "writer", posts.get(i).text()))).toList();
            List<Assessment> out = new ArrayList<>();
            try (OnnxEncoder encoder = StandardPipeline.safetyEncoder(Runtime.getRuntime().availableProcessors(),
                    reader)) {
                Engine engine = new Engine(StandardPipeline.pipeline(encoder, model, reader, List.of()));
                for (int from = 0; from < threads.size(); from += 32) {
                    out.addAll(engine.assess(threads.subList(from, Math.min(threads.size(), from + 32))));
                }
            }
            for (int j = 0; j < test.size(); j++) {
                int i = test.get(j);
                AuthorRisk r = out.get(j).authors().stream().filter(s -> s.author().equals("writer"))
                        .map(AuthorSection::risk).findFirst().orElse(null);
                read[i] = r == null ? 0 : r.cssrs().level();
                levels[i] = r == null ? TriageLevel.NONE.ordinal() : r.level().ordinal();
            }
        }
        return new Result(new SafetyTrainer.CrossValidation(c, gold, read, null), List.copyOf(names), levels);
    }
}
