package org.attune.train.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.embedding.Encoder;
import org.attune.core.engine.Engine;
import org.attune.core.safety.AuthorRisk;
import org.attune.core.safety.TriageLevel;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.engine.StandardPipeline;
import org.attune.ml.head.LinearHead;
import org.attune.ml.safety.SafetyModel;
import org.attune.ml.safety.TriageExemplarHead;
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
    /** The levels read, scored like the head's, and the triage level against each gold C-SSRS level. */
    public record Result(SafetyTrainer.CrossValidation cv, int[][] triageByGold) {
        /** Posts with gold C-SSRS at least {@code from} that the triage level reads at or below low. */
        public int missedAtLeast(int from) {
            int n = 0;
            for (int g = from; g < triageByGold[0].length; g++) {
                n += triageByGold[TriageLevel.NONE.ordinal()][g] + triageByGold[TriageLevel.LOW.ordinal()][g];
            }
            return n;
        }

        /** Posts with gold C-SSRS 0 that the triage level reads high or imminent. */
        public int alarmedAtZero() {
            return triageByGold[TriageLevel.HIGH.ordinal()][0] + triageByGold[TriageLevel.IMMINENT.ordinal()][0];
        }

        public int gold(int from) {
            int n = 0;
            for (int[] row : triageByGold) {
                for (int g = from; g < row.length; g++) {
                    n += row[g];
                }
            }
            return n;
        }
    }

    private WholeAnalyzerCv() {
    }

    static Result run(SafetyTrainer trainer, double c, TriageExemplarHead exemplar, Encoder encoder) {
        List<CssrsPosts.Post> posts = CssrsPosts.load();
        int[] gold = posts.stream().mapToInt(CssrsPosts.Post::level).toArray();
        int[] read = new int[gold.length];
        int[][] triage = new int[TriageLevel.values().length][SafetyTrainer.LEVELS];
        int[] fold = Folds.stratified(gold, SafetyTrainer.FOLDS, SafetyTrainer.SEED);
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
            Engine engine = new Engine(StandardPipeline.pipeline(encoder, model, List.of()));
            List<PostThread> threads = test.stream()
                    .map(i -> PostThread.of(Post.document("p" + i, "writer", posts.get(i).text()))).toList();
            List<Assessment> out = new ArrayList<>();
            for (int from = 0; from < threads.size(); from += 32) {
                out.addAll(engine.assess(threads.subList(from, Math.min(threads.size(), from + 32))));
            }
            for (int j = 0; j < test.size(); j++) {
                int i = test.get(j);
                AuthorRisk r = out.get(j).authors().stream().filter(s -> s.author().equals("writer"))
                        .map(AuthorSection::risk).findFirst().orElse(null);
                read[i] = r == null ? 0 : r.cssrs().level();
                triage[r == null ? TriageLevel.NONE.ordinal() : r.level().ordinal()][gold[i]]++;
            }
        }
        return new Result(new SafetyTrainer.CrossValidation(c, gold, read, null), triage);
    }
}
