package org.attune.ml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.attune.core.assessment.Assessment;
import org.attune.core.engine.Engine;
import org.attune.core.support.Support;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.encoder.OnnxEncoder;

/** Heads trained on non-commercial data (context, traps, reply quality) can be left out by configuration, and are in by default. */
class CommercialOnlySwitchTest {
    private static final String KEY = StandardPipeline.COMMERCIAL_ONLY;
    private static final OnnxEncoder ENCODER = OnnxEncoder.bgeSmall(1);

    @org.junit.jupiter.api.AfterAll
    static void close() {
        ENCODER.close();
    }

    private static Engine engineWith(String value) {
        String before = System.getProperty(KEY);
        try {
            if (value == null) {
                System.clearProperty(KEY);
            } else {
                System.setProperty(KEY, value);
            }
            return StandardPipeline.engine(ENCODER);
        } finally {
            if (before == null) {
                System.clearProperty(KEY);
            } else {
                System.setProperty(KEY, before);
            }
        }
    }

    private static final PostThread THREAD = PostThread.of(new Post("root", "writer", null, null,
            "I had a hard week at work.", null, java.util.List.of(Post.document("c1", "friend",
                    "That sounds hard. What happened?"))));

    @Test
    void aValueOtherThanTrueOrFalse_isAUsageError() {
        var error = assertThrows(org.attune.core.error.AttuneException.class, () -> engineWith("yes"));
        assertEquals(org.attune.core.error.ErrorCode.USAGE, error.code());
    }

    @Test
    void byDefault_repliesAreRead() {
        Engine e = engineWith(null);
        assertTrue(e.pipeline().provides(Support.REPLIES));
        Assessment a = e.assess(THREAD);
        assertEquals(1, a.support().size());
    }

    @Test
    void leftOut_noSupportSectionAndNoAnalyzer() {
        Engine e = engineWith("true");
        assertFalse(e.pipeline().provides(Support.REPLIES));
        assertNull(e.assess(THREAD).support());
        assertTrue(e.provenance().analyzers().stream().noneMatch(id -> id.startsWith("support.")));
        // every other non-commercial head goes too; the safety analysis and the Apache-licensed emotions stay
        assertTrue(e.provenance().analyzers().stream().noneMatch(id -> id.startsWith("traps.")
                || id.startsWith("context.")));
        assertTrue(e.provenance().analyzers().stream().anyMatch(id -> id.startsWith("safety.cssrs")));
        assertNotNull(e.assess(THREAD).authors().get(0).risk());
    }
}
