package org.attune.train.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The smoothed choice of a decision threshold on dev. */
class PickTest {

    @Test
    void plateau_beatsALonePeak() {
        // a lone peak at 0.30 between low neighbours; a plateau around 0.60
        SupportTrainer.Pick p = SupportTrainer.Pick.smoothed(t -> Math.abs(t - 0.30) < 1e-9 ? 0.70
                : t >= 0.549 && t <= 0.651 ? 0.66 : 0.50);
        assertEquals(0.60, p.threshold(), 1e-9);
        assertEquals(0.66, p.score(), 1e-9);
    }

    @Test
    void edgesAverageTheirOneNeighbour() {
        SupportTrainer.Pick p = SupportTrainer.Pick.smoothed(t -> t < 0.26 ? 0.9 : 0.1);
        assertEquals(0.20, p.threshold(), 1e-9);
        assertEquals(0.9, p.score(), 1e-9);
    }

    @Test
    void aFlatCurve_takesTheFirstThreshold() {
        assertEquals(0.20, SupportTrainer.Pick.smoothed(t -> 0.5).threshold(), 1e-9);
    }
}
