package org.attune.ml.traps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import org.attune.core.embedding.BranchStates;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/** What a trap model reads of a sentence, with and without the encoder's branch. */
class TrapModelVectorTest {
    private static final float[][] VECTORS = {{1, 0}, {0, 1}};
    private static final BranchStates BRANCH = new BranchStates(new float[][] {{7, 8, 9}, {0, 0, 0}}, new int[] {3, 0});

    @Test
    void withoutTheBranch_theSentencesOwnEmbedding() {
        SentenceEmbeddings v = new SentenceEmbeddings(2, VECTORS, BRANCH);
        assertSame(VECTORS[1], TrapModel.vector(v, 1, false));
    }

    @Test
    void withTheBranch_theEmbeddingThenTheBranchsMeanOverTheSentencesTokens() {
        SentenceEmbeddings v = new SentenceEmbeddings(2, VECTORS, BRANCH);
        assertArrayEquals(new float[] {1, 0, 7, 8, 9}, TrapModel.vector(v, 0, true));
        assertArrayEquals(new float[] {0, 1, 0, 0, 0}, TrapModel.vector(v, 1, true));
    }

    @Test
    void aModelThatReadsTheBranch_overVectorsWithoutIt_isAModelError() {
        SentenceEmbeddings v = new SentenceEmbeddings(2, VECTORS);
        AttuneException e = assertThrows(AttuneException.class, () -> TrapModel.vector(v, 0, true));
        assertEquals(ErrorCode.MODEL, e.code());
    }
}
