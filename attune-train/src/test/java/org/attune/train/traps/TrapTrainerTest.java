package org.attune.train.traps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.attune.core.traps.Trap;
import org.attune.ml.traps.TrapModel;

/** How sentence readings become the traps of a text: the rule evaluation and the analyzer share. */
class TrapTrainerTest {
    private static final int N = Trap.values().length;

    private static TrapModel.Reading reading(double any, Trap top, double p) {
        double[] traps = new double[N];
        Arrays.fill(traps, 0.01);
        traps[top.ordinal()] = p;
        return new TrapModel.Reading(any, traps);
    }

    @Test
    void sentencesBelowTheGate_showNothing() {
        double[] thresholds = new double[N];
        Arrays.fill(thresholds, 0.3);
        assertEquals(Set.of(), TrapTrainer.predicted(List.of(reading(0.4, Trap.LABELING, 0.9)), 0.5, thresholds));
    }

    @Test
    void aSentenceOverTheGate_showsTheTrapsOverTheirThresholds_orElseItsMostProbable() {
        double[] thresholds = new double[N];
        Arrays.fill(thresholds, 0.5);
        assertEquals(Set.of(Trap.LABELING), TrapTrainer.predicted(List.of(reading(0.8, Trap.LABELING, 0.7)), 0.5,
                thresholds));
        assertEquals(Set.of(Trap.BLAMING), TrapTrainer.predicted(List.of(reading(0.8, Trap.BLAMING, 0.2)), 0.5,
                thresholds));
        assertEquals(Set.of(Trap.BLAMING, Trap.LABELING), TrapTrainer.predicted(List.of(
                reading(0.8, Trap.BLAMING, 0.2), reading(0.9, Trap.LABELING, 0.6)), 0.5, thresholds));
    }
}
