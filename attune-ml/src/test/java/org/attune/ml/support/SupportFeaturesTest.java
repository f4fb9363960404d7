package org.attune.ml.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.attune.core.embedding.BranchStates;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/** The reply features with and without the encoder's branch, on hand-made vectors. */
class SupportFeaturesTest {
    private static final SupportFeatures.Spec FROZEN = new SupportFeatures.Spec(false, false, false);
    private static final SupportFeatures.Spec BRANCH = new SupportFeatures.Spec(false, false, false, true);

    /** Three sentences of dimension 2 (the branch's width is the encoder's); the branch read 1, 3 and 4 tokens. */
    private static SentenceEmbeddings vectors(boolean branch) {
        float[][] v = {{1, 0}, {0, 1}, {0.6f, 0.8f}};
        BranchStates b = new BranchStates(new float[][] {{1, 2}, {5, 6}, {-1, 0}}, new int[] {1, 3, 4});
        return new SentenceEmbeddings(2, v, branch ? b : null);
    }

    @Test
    void withTheBranch_theFrozenFeaturesComeFirst_thenTheTokenWeightedMeanOfTheSegmentsBranchStates() {
        float[] frozen = SupportFeatures.dense(vectors(true), new int[] {0, 1}, new int[] {2}, List.of("a?", "b"),
                FROZEN);
        float[] both = SupportFeatures.dense(vectors(true), new int[] {0, 1}, new int[] {2}, List.of("a?", "b"),
                BRANCH);
        assertEquals(frozen.length + 2, both.length);
        assertArrayEquals(frozen, Arrays.copyOf(both, frozen.length));
        // (1 * {1,2} + 3 * {5,6}) / 4
        assertArrayEquals(new float[] {4, 5}, Arrays.copyOfRange(both, frozen.length, both.length), 1e-6f);
    }

    @Test
    void aBranchModelOverVectorsWithoutTheBranch_isAModelError_notZeros() {
        AttuneException e = assertThrows(AttuneException.class, () -> SupportFeatures.dense(vectors(false),
                new int[] {0}, new int[0], List.of("a"), BRANCH));
        assertEquals(ErrorCode.MODEL, e.code());
    }

    @Test
    void aReplyWithoutSentences_hasZeroBranchFeatures_ofTheSameLength() {
        float[] some = SupportFeatures.dense(vectors(true), new int[] {2}, new int[0], List.of("c"), BRANCH);
        float[] none = SupportFeatures.dense(vectors(true), new int[0], new int[0], List.of(), BRANCH);
        assertEquals(some.length, none.length);
        for (float x : none) {
            assertEquals(0f, x);
        }
    }

    @Test
    void aThreadWithoutAnySentence_hasNoBranchReading_andGetsZeros_notAnError() {
        SentenceEmbeddings none = new SentenceEmbeddings(2, new float[0][], null);
        float[] x = SupportFeatures.dense(none, new int[0], new int[0], List.of(), BRANCH);
        assertEquals(SupportFeatures.dense(vectors(true), new int[0], new int[0], List.of(), BRANCH).length, x.length);
        for (float v : x) {
            assertEquals(0f, v);
        }
    }

    @Test
    void theSpec_roundTripsThroughJson_andAFrozenSpecWritesNoBranchKey() {
        assertEquals(BRANCH, SupportFeatures.Spec.fromJson(BRANCH.toJson()));
        assertEquals(FROZEN, SupportFeatures.Spec.fromJson(FROZEN.toJson()));
        assertFalse(FROZEN.toJson().has("branch"), "the committed frozen bundles' JSON stays as it was");
        assertTrue(BRANCH.toJson().path("branch").asBoolean());
    }
}
