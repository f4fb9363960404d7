package org.attune.train.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.core.support.Mechanism;
import org.attune.core.support.Strategy;
import org.attune.train.report.Charts;

/** The Markdown report of {@code attune eval support} and its pictures. */
public final class SupportReport {
    private SupportReport() {
    }

    /**
     * The report; with {@code frozen}, the empathy figures of a second model beside the first: {@code frozenModel},
     * which serves an encoder without the emotion branch ({@code ATTUNE_EMOTIONS=frozen}), measured the same way.
     */
    public static String markdown(SupportEvaluation.Results r, String version, String empathyModel,
            String strategyModel, List<String> seeds, SupportEvaluation.Results frozen, String frozenModel) {
        StringBuilder o = new StringBuilder();
        o.append("# Reply quality evaluation (attune ").append(version).append(")\n\n");
        o.append("Models: `").append(empathyModel).append("`, `").append(strategyModel).append("`. Every figure is "
                + "measured through the run-time analyzer (`SupportAnalyzer`) on threads built from the test split, "
                + "with the pipeline's own in-context sentence embeddings.\n\n");
        o.append("## Empathy (EPITOME, Reddit)\n\n");
        o.append(String.format(Locale.ROOT, "Test: %d pairs, a fixed held-out 20%% of the 3,084 (seed %d, grouped by "
                + "seeker post, stratified by the three levels; EPITOME has no test split of its own). Trained on the "
                + "other 80%% (60%% train, 20%% dev for the choices).%n%n", r.empathy().get(0).n(), SupportTrainer.SEED));
        o.append("| mechanism | macro-F1 | anchor macro-F1 | accuracy | anchor accuracy | F1 level 0 / 1 / 2 |\n");
        o.append("|---|---|---|---|---|---|\n");
        for (SupportEvaluation.EmpathyResult e : r.empathy()) {
            int m = e.mechanism().ordinal();
            o.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f / %.3f / %.3f |%n",
                    e.mechanism().wireName(), e.macroF1(), SupportEvaluation.EMPATHY_ANCHOR_F1[m], e.accuracy(),
                    SupportEvaluation.EMPATHY_ANCHOR_ACCURACY[m], e.f1PerLevel()[0], e.f1PerLevel()[1],
                    e.f1PerLevel()[2]));
        }
        o.append("\nAnchors: RoBERTa bi-encoder of Sharma et al. (2020), as replicated on the public Reddit data "
                + "(`TayalarajanTR/empathy-detection`; secondary source, see `../shared/data/epitome/SOURCE.md`).\n\n");
        if (frozen != null) {
            o.append("Without the emotion branch (`ATTUNE_EMOTIONS=frozen`) the engine reads replies with `")
                    .append(frozenModel).append("`, over the frozen encoder's vectors alone:\n\n");
            o.append("| mechanism | macro-F1 with the branch (above) | macro-F1 without it | accuracy without it |\n");
            o.append("|---|---|---|---|\n");
            for (int m = 0; m < r.empathy().size(); m++) {
                SupportEvaluation.EmpathyResult e = frozen.empathy().get(m);
                o.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", e.mechanism().wireName(),
                        r.empathy().get(m).macroF1(), e.macroF1(), e.accuracy()));
            }
            o.append('\n');
        }
        o.append("Rationales, on test replies whose gold level is 1 or 2 (end to end: a reply predicted at level 0 "
                + "has no rationale):\n\n");
        o.append("| mechanism | replies | IOU-F1 (span match at IOU >= 0.5) | anchor IOU-F1 | character F1 |\n");
        o.append("|---|---|---|---|---|\n");
        for (SupportEvaluation.EmpathyResult e : r.empathy()) {
            o.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", e.mechanism().wireName(),
                    e.rationaleReplies(), e.rationaleIouF1(),
                    SupportEvaluation.RATIONALE_ANCHOR_IOU_F1[e.mechanism().ordinal()], e.rationaleTokenF1()));
        }
        o.append("\nAttune's rationales are whole sentences, consecutive ones joined into one passage; the gold "
                + "rationales are free spans, often part of a sentence (emotional reactions most of all), which caps "
                + "IOU.\n\n");
        o.append("![macro-F1 per mechanism](support-empathy-f1.png)\n\n");
        for (Mechanism m : Mechanism.values()) {
            o.append("![").append(m.wireName()).append(" confusion](support-confusion-").append(m.wireName())
                    .append(".png) ");
        }
        o.append("\n\n## Support strategies (ESConv)\n\n");
        SupportEvaluation.StrategyResult s = r.strategy();
        o.append(String.format(Locale.ROOT, "Test: the ESConv test split (195 conversations), %d supporter turns that "
                + "answer a turn; %d sentences.%n%n", s.turns(), s.sentences()));
        o.append("| measure | Attune | anchor |\n|---|---|---|\n");
        o.append(String.format(Locale.ROOT, "| turn accuracy (the whole turn read as one segment) | %.3f | %.3f "
                + "(CauESC, next-strategy prediction) |%n", s.turnAccuracy(), SupportEvaluation.STRATEGY_ANCHOR_ACCURACY));
        o.append(String.format(Locale.ROOT, "| turn macro-F1 / weighted F1 | %.3f / %.3f | - |%n", s.turnMacroF1(),
                s.turnWeightedF1()));
        o.append(String.format(Locale.ROOT, "| run time, per sentence: turns of one sentence (%d), accuracy | %.3f "
                + "| - |%n", s.singleSentenceTurns(), s.singleSentenceAccuracy()));
        o.append(String.format(Locale.ROOT, "| run time, per sentence: the turn read as its most confident sentence, "
                + "accuracy | %.3f | - |%n", s.runtimeTurnAccuracy()));
        o.append(String.format(Locale.ROOT, "| run time, per sentence: sentences whose strategy is their turn's | "
                + "%.3f | - |%n", s.sentenceAgreement()));
        o.append(String.format(Locale.ROOT, "| each turn read among 7 other test turns in one passage, as a sentence "
                + "of a long reply is read (%d turns), accuracy | %.3f | - |%n", s.turnsAmongOthers(),
                s.amongOthersTurnAccuracy()));
        o.append("\nThe anchor is a different, harder task: the ESConv papers predict the strategy of the *next* "
                + "supporter turn before it is written (from the dialogue so far); Attune labels the strategy of a "
                + "reply that exists. The figures are side by side because the issue names this anchor, not because "
                + "they are comparable. Attune uses the thu-coai reformat split; the papers' split may differ.\n\n");
        o.append("| strategy | F1 (turns) |\n|---|---|\n");
        for (Strategy st : Strategy.values()) {
            o.append(String.format(Locale.ROOT, "| %s | %.3f |%n", st.wireName(), s.perStrategyF1()[st.ordinal()]));
        }
        o.append("\n![F1 per strategy](support-strategy-f1.png)\n![strategy confusion](support-confusion-strategy.png)"
                + "\n\n");
        if (!seeds.isEmpty()) {
            o.append("## Seeds\n\n");
            for (String line : seeds) {
                o.append("- ").append(line).append('\n');
            }
        }
        return o.toString();
    }

    public static void pictures(SupportEvaluation.Results r, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        List<String> mechanisms = new ArrayList<>();
        double[] f1 = new double[3];
        for (SupportEvaluation.EmpathyResult e : r.empathy()) {
            mechanisms.add(e.mechanism().wireName());
            f1[e.mechanism().ordinal()] = e.macroF1();
            Charts.heatmap(dir.resolve("support-confusion-" + e.mechanism().wireName() + ".png"),
                    e.mechanism().wireName() + " (EPITOME test): gold rows, predicted columns", List.of("0", "1", "2"),
                    e.confusion());
        }
        Charts.bars(dir.resolve("support-empathy-f1.png"), "EPITOME test macro-F1 (red: anchor)", mechanisms, f1,
                SupportEvaluation.EMPATHY_ANCHOR_F1);
        List<String> strategies = new ArrayList<>();
        for (Strategy st : Strategy.values()) {
            strategies.add(st.wireName());
        }
        Charts.bars(dir.resolve("support-strategy-f1.png"), "ESConv test F1 per strategy (turns)", strategies,
                r.strategy().perStrategyF1(), null);
        Charts.heatmap(dir.resolve("support-confusion-strategy.png"), "ESConv test: gold rows, predicted columns",
                strategies, r.strategy().confusion());
    }
}
