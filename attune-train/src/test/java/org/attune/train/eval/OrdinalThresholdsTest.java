package org.attune.train.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrdinalThresholdsTest {

    @Test
    void aShiftedScoreGetsAThresholdThatRecoversTheLevels() {
        // "at least 1" reads 0.65 for every level-0 example and 0.75 for every level-1 one: 0.5 calls all of them 1
        int[] gold = {0, 0, 0, 1, 1, 1};
        double[][] atLeast = new double[gold.length][];
        for (int i = 0; i < gold.length; i++) {
            atLeast[i] = new double[] {gold[i] == 0 ? 0.65 : 0.75, 0.1, 0.1, 0.1, 0.1, 0.1};
        }
        assertEquals(0.0, Metrics.quadraticWeightedKappa(gold, OrdinalThresholds.decide(atLeast,
                new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}), 7), 1e-9);
        double[] t = OrdinalThresholds.tune(gold, atLeast);
        assertTrue(t[0] > 0.65 && t[0] <= 0.75, "threshold " + t[0]);
        assertArrayEquals(gold, OrdinalThresholds.decide(atLeast, t));
    }

    @Test
    void noThresholdGoesBelowTheFloor() {
        // "at least 1" reads 0.3 for level-1 examples and 0.1 for level 0: kappa would want 0.2, the floor keeps 0.4
        int[] gold = {0, 0, 1, 1};
        double[][] atLeast = {{0.1, 0, 0, 0, 0, 0}, {0.1, 0, 0, 0, 0, 0}, {0.3, 0, 0, 0, 0, 0}, {0.3, 0, 0, 0, 0, 0}};
        for (double t : OrdinalThresholds.tune(gold, atLeast)) {
            assertTrue(t >= OrdinalThresholds.LOW - 1e-9, "threshold " + t);
        }
    }

    @Test
    void thresholdsStayAtOneHalfWhenNothingBeatsThem() {
        int[] gold = {0, 1, 2};
        double[][] atLeast = {{0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, {0.9, 0.1, 0.1, 0.1, 0.1, 0.1},
            {0.9, 0.9, 0.1, 0.1, 0.1, 0.1}};
        double[] t = OrdinalThresholds.tune(gold, atLeast);
        assertEquals(0.5, t[2], 1e-9);
        assertArrayEquals(gold, OrdinalThresholds.decide(atLeast, t));
    }
}
