package org.attune.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.attune.core.traps.Trap;

/** The one taxonomy: every spelling of the reframing files and every distortion lands on a trap. */
class ThinkingTrapDataTest {

    @Test
    void reframingSpellings_landOnOneTrapEach() {
        assertEquals(Trap.OVERGENERALIZING, ThinkingTrapData.trap(" Overgeneralization"));
        assertEquals(Trap.OVERGENERALIZING, ThinkingTrapData.trap("overgeneralizing"));
        assertEquals(Trap.PERSONALIZING, ThinkingTrapData.trap(" Personalization"));
        assertEquals(Trap.COMPARING_AND_DESPAIRING, ThinkingTrapData.trap(" Comparing"));
        assertEquals(Trap.DISQUALIFYING_THE_POSITIVE, ThinkingTrapData.trap(" Disqualifying the Positive"));
        assertEquals(Trap.CATASTROPHIZING, ThinkingTrapData.trap("magnification"));
        assertNull(ThinkingTrapData.trap(" Not distorted"));
        assertNull(ThinkingTrapData.trap("none"));
        assertThrows(IllegalStateException.class, () -> ThinkingTrapData.trap("wishful thinking"));
    }

    @Test
    void theTenDistortions_mapOntoTenDistinctTraps_andThreeTrapsHaveNoCounterpart() {
        assertEquals(10, ThinkingTrapData.DISTORTION_TO_TRAP.size());
        Set<Trap> targets = EnumSet.copyOf(ThinkingTrapData.DISTORTION_TO_TRAP.values());
        assertEquals(10, targets.size());
        Set<Trap> rest = EnumSet.complementOf(EnumSet.copyOf(targets));
        assertEquals(ThinkingTrapData.NOT_IN_DISTORTIONS, rest);
    }
}
