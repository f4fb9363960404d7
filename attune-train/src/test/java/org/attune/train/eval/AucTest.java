package org.attune.train.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AucTest {
    @Test
    void separatedScores_areOne_reversedZero_andTiesHalf() {
        assertEquals(1.0, Metrics.auc(new double[] {0.9, 0.8}, new double[] {0.1, 0.2, 0.3}), 1e-12);
        assertEquals(0.0, Metrics.auc(new double[] {0.1}, new double[] {0.5, 0.6}), 1e-12);
        assertEquals(0.5, Metrics.auc(new double[] {0.4, 0.4}, new double[] {0.4}), 1e-12);
    }

    @Test
    void mixedScores_countThePairsInOrder() {
        // pairs (p, n): 0.7 beats 0.2 and 0.6, ties nothing; 0.5 beats 0.2, loses to 0.6; 0.6 ties 0.6, beats 0.2
        double auc = Metrics.auc(new double[] {0.7, 0.5, 0.6}, new double[] {0.2, 0.6});
        assertEquals((2 + 1 + 1.5) / 6.0, auc, 1e-12);
        assertTrue(Double.isNaN(Metrics.auc(new double[0], new double[] {0.1})));
    }
}
