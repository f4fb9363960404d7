package org.attune.ml.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.attune.core.assessment.Assessment;
import org.attune.core.engine.Engine;
import org.attune.core.support.Support;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;

/** Heads trained on non-commercial data (reply quality) can be left out by configuration, and are in by default. */
class NonCommercialSwitchTest {
    private static final String KEY = "attune.nonCommercialModels";
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
    void byDefault_repliesAreRead() {
        Engine e = engineWith(null);
        assertTrue(e.pipeline().provides(Support.REPLIES));
        Assessment a = e.assess(THREAD);
        assertEquals(1, a.support().size());
    }

    @Test
    void leftOut_noSupportSectionAndNoAnalyzer() {
        Engine e = engineWith("false");
        assertFalse(e.pipeline().provides(Support.REPLIES));
        assertNull(e.assess(THREAD).support());
        assertTrue(e.provenance().analyzers().stream().noneMatch(id -> id.startsWith("support.")));
    }
}
