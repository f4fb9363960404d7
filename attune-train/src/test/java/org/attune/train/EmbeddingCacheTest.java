package org.attune.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {
    @Test
    void aPlainIdIsItsOwnFileName() {
        assertEquals("bge-small-en-v1.5-int8", EmbeddingCache.fileSafe("bge-small-en-v1.5-int8"));
    }

    /** Two encoders whose ids differ only in characters a file name cannot hold once shared one cache file. */
    @Test
    void idsThatDifferOnlyInUnsafeCharacters_getDifferentFiles() {
        String a = EmbeddingCache.fileSafe("bge+top:emotions@1/branch.onnx");
        String b = EmbeddingCache.fileSafe("bge+top|emotions@1/branch.onnx");
        assertNotEquals(a, b);
        assertTrue(a.matches("[A-Za-z0-9._@+-]+"), a);
    }
}
