package org.attune.train.support;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.core.pipeline.Analysis;
import org.attune.core.support.EmpathyLevel;
import org.attune.core.support.Mechanism;
import org.attune.core.support.Rationale;
import org.attune.core.support.ReplySupport;
import org.attune.core.support.SentenceStrategy;
import org.attune.core.support.Strategy;
import org.attune.core.support.Support;
import org.attune.core.text.Span;
import org.attune.ml.support.SupportAnalyzer;
import org.attune.ml.support.SupportModel;
import org.attune.train.eval.Metrics;

/**
 * Measures models on the test splits through the {@link SupportAnalyzer} itself, so the figures are what the engine
 * gives at run time: EPITOME levels and rationale sentences per reply; ESConv strategies per sentence, and per turn.
 */
public final class SupportEvaluation {
    /** Published anchors (see the datasets' SOURCE.md). */
    public static final double[] EMPATHY_ANCHOR_F1 = {0.753, 0.697, 0.635};
    public static final double[] EMPATHY_ANCHOR_ACCURACY = {0.821, 0.839, 0.914};
    public static final double[] RATIONALE_ANCHOR_IOU_F1 = {0.625, 0.597, 0.817};
    public static final double STRATEGY_ANCHOR_ACCURACY = 0.3333;

    public record EmpathyResult(Mechanism mechanism, int n, double accuracy, double macroF1, double[] f1PerLevel,
            int[][] confusion, double rationaleIouF1, double rationaleTokenF1, int rationaleReplies) {
    }

    public record StrategyResult(int turns, double turnAccuracy, double turnMacroF1, double turnWeightedF1,
            double[] perStrategyF1, int[][] confusion, double runtimeTurnAccuracy, int singleSentenceTurns,
            double singleSentenceAccuracy, int sentences, double sentenceAgreement, int turnsAmongOthers,
            double amongOthersTurnAccuracy) {
    }

    public record Results(List<EmpathyResult> empathy, StrategyResult strategy) {
        public Map<String, Double> empathyMetrics() {
            Map<String, Double> m = new LinkedHashMap<>();
            for (EmpathyResult r : empathy) {
                m.put(r.mechanism().wireName() + ".macroF1", r.macroF1());
                m.put(r.mechanism().wireName() + ".accuracy", r.accuracy());
                m.put(r.mechanism().wireName() + ".rationaleIouF1", r.rationaleIouF1());
                m.put(r.mechanism().wireName() + ".rationaleTokenF1", r.rationaleTokenF1());
            }
            return m;
        }

        public Map<String, Double> strategyMetrics() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("turnAccuracy", strategy.turnAccuracy());
            m.put("turnMacroF1", strategy.turnMacroF1());
            m.put("turnWeightedF1", strategy.turnWeightedF1());
            m.put("runtimeTurnAccuracy", strategy.runtimeTurnAccuracy());
            m.put("singleSentenceTurnAccuracy", strategy.singleSentenceAccuracy());
            m.put("amongOthersTurnAccuracy", strategy.amongOthersTurnAccuracy());
            return m;
        }
    }

    private SupportEvaluation() {
    }

    public static Results evaluate(SupportTrainer data, SupportModel empathy, SupportModel strategy) {
        SupportAnalyzer analyzer = new SupportAnalyzer(empathy, strategy);
        Map<Analysis, List<ReplySupport>> memo = new IdentityHashMap<>();
        return new Results(empathy(data, analyzer, memo), strategy(data, analyzer, strategy, memo));
    }

    private static ReplySupport replyOf(SupportTrainer.View v, SupportAnalyzer analyzer,
            Map<Analysis, List<ReplySupport>> memo) {
        List<ReplySupport> all = memo.computeIfAbsent(v.analysis(), a -> analyzer.analyze(a).get(Support.REPLIES));
        for (ReplySupport r : all) {
            if (r.post().equals(v.replyId())) {
                return r;
            }
        }
        throw new IllegalStateException("the analyzer gave no entry for a reply");
    }

    private static List<EmpathyResult> empathy(SupportTrainer data, SupportAnalyzer analyzer,
            Map<Analysis, List<ReplySupport>> memo) {
        List<SupportTrainer.EmpathyItem> test = data.empathyTest();
        List<EmpathyResult> out = new ArrayList<>();
        List<ReplySupport> read = test.stream().map(e -> replyOf(e.view(), analyzer, memo)).toList();
        for (Mechanism m : Mechanism.values()) {
            int mi = m.ordinal();
            int[] gold = test.stream().mapToInt(e -> e.levels()[mi]).toArray();
            int[] pred = read.stream().mapToInt(r -> r.empathy().get(mi).level()).toArray();
            double[] f1 = new double[3];
            for (int c = 0; c < 3; c++) {
                f1[c] = Metrics.f1Of(gold, pred, c);
            }
            // rationales: replies whose gold level is >= 1 and whose gold spans were found in the text
            int matchedPred = 0;
            int predicted = 0;
            int matchedGold = 0;
            int golds = 0;
            double tokenF1 = 0;
            int replies = 0;
            for (int i = 0; i < test.size(); i++) {
                List<Span> g = test.get(i).rationale().get(mi);
                if (gold[i] == 0 || g.isEmpty()) {
                    continue;
                }
                replies++;
                List<Span> p = new ArrayList<>();
                EmpathyLevel level = read.get(i).empathy().get(mi);
                for (Rationale r : level.rationale()) {
                    p.add(new Span(r.begin(), r.end()));
                }
                predicted += p.size();
                golds += g.size();
                for (Span s : p) {
                    matchedPred += g.stream().anyMatch(x -> iou(s, x) >= 0.5) ? 1 : 0;
                }
                for (Span s : g) {
                    matchedGold += p.stream().anyMatch(x -> iou(s, x) >= 0.5) ? 1 : 0;
                }
                tokenF1 += charF1(p, g);
            }
            double precision = predicted == 0 ? 0 : (double) matchedPred / predicted;
            double recall = golds == 0 ? 0 : (double) matchedGold / golds;
            double iouF1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            out.add(new EmpathyResult(m, test.size(), Metrics.accuracy(gold, pred), Metrics.macroF1(gold, pred, 3),
                    f1, confusion(gold, pred, 3), iouF1, replies == 0 ? 0 : tokenF1 / replies, replies));
        }
        return out;
    }

    private static StrategyResult strategy(SupportTrainer data, SupportAnalyzer analyzer, SupportModel model,
            Map<Analysis, List<ReplySupport>> memo) {
        List<SupportTrainer.TurnItem> test = data.turnsTest();
        int k = Strategy.values().length;
        int[] gold = new int[test.size()];
        int[] turnPred = new int[test.size()];
        int[] runtimePred = new int[test.size()];
        List<Integer> singleGold = new ArrayList<>();
        List<Integer> singlePred = new ArrayList<>();
        int sentences = 0;
        int agree = 0;
        for (int i = 0; i < test.size(); i++) {
            SupportTrainer.TurnItem t = test.get(i);
            gold[i] = t.strategy();
            double[] p = model.head("strategy").probabilities(model.features(t.view().dense(model.spec()),
                    t.view().text()));
            turnPred[i] = argmax(p);
            List<SentenceStrategy> each = replyOf(t.view(), analyzer, memo).strategies();
            SentenceStrategy best = null;
            for (SentenceStrategy s : each) {
                sentences++;
                agree += s.strategy().ordinal() == gold[i] ? 1 : 0;
                best = best == null || s.probability() > best.probability() ? s : best;
            }
            runtimePred[i] = best == null ? Strategy.OTHERS.ordinal() : best.strategy().ordinal();
            if (each.size() == 1) {
                singleGold.add(gold[i]);
                singlePred.add(each.get(0).strategy().ordinal());
            }
        }
        double[] f1 = new double[k];
        int[] support = new int[k];
        double weighted = 0;
        for (int c = 0; c < k; c++) {
            f1[c] = Metrics.f1Of(gold, turnPred, c);
            for (int g : gold) {
                support[c] += g == c ? 1 : 0;
            }
            weighted += f1[c] * support[c] / gold.length;
        }
        int[] sg = singleGold.stream().mapToInt(Integer::intValue).toArray();
        int[] sp = singlePred.stream().mapToInt(Integer::intValue).toArray();
        List<SupportTrainer.TurnItem> among = data.turnsTestAmongOthers();
        int[] ag = among.stream().mapToInt(SupportTrainer.TurnItem::strategy).toArray();
        int[] ap = among.stream().mapToInt(t -> argmax(model.head("strategy").probabilities(
                model.features(t.view().dense(model.spec()), t.view().text())))).toArray();
        return new StrategyResult(test.size(), Metrics.accuracy(gold, turnPred), Metrics.macroF1(gold, turnPred, k),
                weighted, f1, confusion(gold, turnPred, k), Metrics.accuracy(gold, runtimePred), sg.length,
                Metrics.accuracy(sg, sp), sentences, sentences == 0 ? 0 : (double) agree / sentences, ag.length,
                Metrics.accuracy(ag, ap));
    }

    static double iou(Span a, Span b) {
        int inter = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
        int union = a.length() + b.length() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** F1 of the characters covered by the predicted spans against those covered by the gold spans. */
    static double charF1(List<Span> predicted, List<Span> gold) {
        java.util.BitSet p = new java.util.BitSet();
        java.util.BitSet g = new java.util.BitSet();
        predicted.forEach(s -> p.set(s.begin(), s.end()));
        gold.forEach(s -> g.set(s.begin(), s.end()));
        java.util.BitSet both = (java.util.BitSet) p.clone();
        both.and(g);
        int tp = both.cardinality();
        return tp == 0 ? 0 : 2.0 * tp / (p.cardinality() + g.cardinality());
    }

    static int[][] confusion(int[] gold, int[] pred, int k) {
        int[][] c = new int[k][k];
        for (int i = 0; i < gold.length; i++) {
            c[gold[i]][pred[i]]++;
        }
        return c;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }
}
