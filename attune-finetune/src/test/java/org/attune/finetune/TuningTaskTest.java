package org.attune.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TuningTaskTest {
    @Test
    void ordinalLevel_isTheHighestCumulativeReadingAtHalf() {
        TuningTask.Ordinal task = new TuningTask.Ordinal(7);
        assertEquals(0, task.level(new float[] {0.4f, 0.3f, 0.1f, 0f, 0f, 0f}));
        assertEquals(2, task.level(new float[] {0.9f, 0.6f, 0.4f, 0.1f, 0f, 0f}));
        // behaviour read with certainty stands even where the levels between are unsure
        assertEquals(6, task.level(new float[] {0.9f, 0.6f, 0.4f, 0.3f, 0.2f, 0.7f}));
    }

    @Test
    void categoricalProbabilities_sumToOnePerLabel() {
        TuningTask.Categorical task = new TuningTask.Categorical(new int[] {3, 2},
                new float[][] {{1, 1, 1}, {1, 1}});
        float[] p = task.probabilities(new float[] {0f, 1f, 2f, 5f, 5f});
        assertEquals(1f, p[0] + p[1] + p[2], 1e-6f);
        assertEquals(2, task.argmax(p, 0));
        assertArrayEquals(new float[] {0.5f, 0.5f}, new float[] {p[3], p[4]}, 1e-6f);
    }

    @Test
    void balancedWeights_countRareClassesMore() {
        int[][] gold = {{0}, {0}, {0}, {1}};
        TuningTask.Categorical task = TuningTask.Categorical.balanced(new int[] {3}, gold);
        assertArrayEquals(new float[] {4f / 9, 4f / 3, 0f}, task.weights()[0], 1e-6f);
    }
}
