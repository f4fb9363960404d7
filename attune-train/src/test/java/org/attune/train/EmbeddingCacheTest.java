package org.attune.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attune.core.embedding.Encoder;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;

/** The training cache over the encoder with the emotion branch keeps what the branch read, on disk. */
class EmbeddingCacheTest {
    private static final List<List<String>> PASSAGES = List.of(
            List.of("I lost my job today.", "I don't know what to tell my family."),
            List.of("That sounds so hard.", "How are you holding up?", "I'm here if you want to talk."));
    private static OnnxEncoder encoder;

    @BeforeAll
    static void open() {
        encoder = OnnxEncoder.bgeSmall(1, TunedEmotionModel.load().branch());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void passagesReadWithTheBranch_comeBackFromDisk_asTheEncoderReadThem(@TempDir Path dir) {
        List<Encoder.Passage> direct = encoder.readInContext(PASSAGES);
        try (EmbeddingCache first = new EmbeddingCache(encoder, dir)) {
            same(direct, first.readInContext(PASSAGES));
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "one cache file for the encoder and its branch");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        try (EmbeddingCache second = new EmbeddingCache(encoder, dir)) {
            same(direct, second.readInContext(PASSAGES));
            same(List.of(direct.get(1)), second.readInContext(List.of(PASSAGES.get(1))));
        }
    }

    @Test
    void aFrozenEncodersCache_readsNoBranch(@TempDir Path dir) {
        try (OnnxEncoder frozen = OnnxEncoder.bgeSmall(1); EmbeddingCache cache = new EmbeddingCache(frozen, dir)) {
            Encoder.Passage p = cache.readInContext(PASSAGES).get(0);
            assertEquals(2, p.vectors().length);
            assertEquals(null, p.branch());
        }
    }

    private static void same(List<Encoder.Passage> expected, List<Encoder.Passage> actual) {
        assertEquals(expected.size(), actual.size());
        for (int g = 0; g < expected.size(); g++) {
            Encoder.Passage e = expected.get(g);
            Encoder.Passage a = actual.get(g);
            assertNotNull(a.branch());
            assertEquals(e.vectors().length, a.vectors().length);
            assertArrayEquals(e.branch().tokens(), a.branch().tokens());
            for (int s = 0; s < e.vectors().length; s++) {
                assertArrayEquals(e.vectors()[s], a.vectors()[s]);
                assertArrayEquals(e.branch().means()[s], a.branch().means()[s]);
                assertTrue(a.branch().tokens()[s] > 0);
            }
        }
    }
}
