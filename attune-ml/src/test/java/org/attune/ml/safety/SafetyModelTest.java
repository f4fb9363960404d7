package org.attune.ml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ordinal head's decision and the per-level probabilities it reports. */
class SafetyModelTest {
    private static final double[] HALF = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};

    @Test
    void theLevelIsTheHighestThatPassesItsThreshold() {
        assertEquals(0, SafetyModel.decide(new double[] {0.4, 0.3, 0.2, 0.1, 0.1, 0.1}, HALF));
        assertEquals(2, SafetyModel.decide(new double[] {0.9, 0.6, 0.2, 0.1, 0.1, 0.1}, HALF));
        // behaviour is not "more ideation": a sure "at least 6" decides even when 3 to 5 are unsure
        assertEquals(6, SafetyModel.decide(new double[] {0.9, 0.6, 0.2, 0.1, 0.1, 0.7}, HALF));
        assertEquals(1, SafetyModel.decide(new double[] {0.9, 0.6, 0.2, 0.1, 0.1, 0.1},
                new double[] {0.5, 0.75, 0.5, 0.5, 0.5, 0.5}));
    }

    @Test
    void theLoadedModelReadsProbabilitiesThatSumToOneAndAgreeWithTheCalibratedGate() {
        SafetyModel m = SafetyModel.load();
        float[] pooled = new float[m.standardizer().size()];
        SafetyModel.Reading r = m.read(pooled, "i keep thinking about not being here\n");
        double sum = 0;
        for (double p : r.levels()) {
            assertTrue(p >= 0 && p <= 1, "probability " + p);
            sum += p;
        }
        assertEquals(1, sum, 1e-9);
        assertEquals(1 - r.anyRisk(), r.levels()[0], 1e-9);
        assertTrue(r.level() >= 0 && r.level() <= SafetyModel.RISK_LEVELS);
    }

    @Test
    void anOrdinalHeadNeedsSixClassifiers() {
        SafetyModel m = SafetyModel.load();
        assertThrows(IllegalArgumentException.class, () -> new SafetyModel("x", m.standardizer(), m.tfidf(),
                m.atLeast(), new double[] {0.5}, m.distress(), 1, 0, m.exemplar(), java.util.Map.of()));
    }

    @Test
    void anExemplarNetwork_roundTripsThroughJson_andAHeadIsEitherLinearOrANetwork() {
        org.attune.ml.head.Standardizer st = new org.attune.ml.head.Standardizer(new float[] {0, 1}, new float[] {1, 2});
        org.attune.ml.head.MlpHead net = new org.attune.ml.head.MlpHead(new float[][] {{0.5f, -0.25f}},
                new float[] {0.1f}, new float[][] {{1f, 0f}, {0f, 1f}, {-1f, 1f}}, new float[] {0f, 0.2f, 0f},
                new float[][] {{0.3f, -0.7f, 0.9f}});
        TriageExemplarHead head = new TriageExemplarHead(st, null, net, 0.6);
        TriageExemplarHead back = TriageExemplarHead.fromJson(head.toJson());
        float[] pooled = {2f, -1f};
        assertEquals(head.probability(pooled), back.probability(pooled), 1e-9);
        assertEquals(0.6, back.threshold());
        assertThrows(IllegalArgumentException.class, () -> new TriageExemplarHead(st, null, null, 0.5));
    }
}
