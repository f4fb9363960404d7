package org.attune.ml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.attune.core.assessment.Assessment;
import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.safety.TunedTriageModel;

/**
 * Emotions are read by the fine-tuned branch by default; {@code attune.emotions=frozen} reads them with the head over
 * the frozen vectors instead, and the engine's model list says which. The triage branch runs by default too;
 * {@code attune.triage=off} leaves the safety analysis to its rules and heads.
 */
class BranchSwitchesTest {
    private static final PostThread THREAD = PostThread.of(Post.document("root", "writer",
            "Thank you so much, this made my whole week. I was so worried and now I am relieved."));

    private static <T> T with(String value, Supplier<T> body) {
        return with(StandardPipeline.EMOTIONS, value, body);
    }

    private static <T> T with(String property, String value, Supplier<T> body) {
        String before = System.getProperty(property);
        try {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
            return body.get();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    @Test
    void byDefault_theEncoderRunsTheBranch_andTheTunedHeadReadsIt() {
        try (OnnxEncoder encoder = with(null, StandardPipeline::encoder)) {
            assertEquals(TunedEmotionModel.load().branch().name(), encoder.branchName());
            Engine engine = StandardPipeline.engine(encoder);
            assertTrue(engine.provenance().analyzers().stream()
                    .anyMatch(id -> id.startsWith("emotion.") && id.contains("emotions-goemotions-tuned")));
            // the heads trained on the branch's states as well read them too
            assertTrue(engine.provenance().analyzers().stream()
                    .anyMatch(id -> id.startsWith("support.") && id.contains("+support-empathy-tuned@")));
            assertTrue(engine.provenance().analyzers().stream()
                    .anyMatch(id -> id.startsWith("context.") && id.contains("+context-dreaddit-cams-tuned@")));
            assertTrue(engine.provenance().analyzers().stream()
                    .anyMatch(id -> id.startsWith("traps.") && id.contains("+traps-sentence-tuned@")));
            Assessment a = engine.assess(THREAD);
            List<String> labels = a.authors().get(0).emotions().labels().stream().map(l -> l.label()).toList();
            assertTrue(labels.contains("gratitude"), "gratitude among " + labels);
        }
    }

    @Test
    void frozen_noBranch_andTheFrozenHead() {
        try (OnnxEncoder encoder = with("frozen", StandardPipeline::encoder)) {
            assertNull(encoder.branchName());
            Engine engine = StandardPipeline.engine(encoder);
            assertFalse(engine.provenance().analyzers().stream().anyMatch(id -> id.contains("goemotions-tuned")
                    || id.contains("-tuned@") && !id.contains("safety-triage-tuned@")), "a head reads a branch");
            assertTrue(engine.provenance().analyzers().stream().anyMatch(id -> id.startsWith("emotion.")));
            assertTrue(engine.provenance().analyzers().stream().anyMatch(id -> id.startsWith("support.")));
            assertTrue(engine.provenance().analyzers().stream().anyMatch(id -> id.startsWith("context.")));
            assertTrue(engine.provenance().analyzers().stream().anyMatch(id -> id.startsWith("traps.")));
            assertEquals(1, engine.assess(THREAD).authors().size());
        }
    }

    @Test
    void aValueOtherThanTunedOrFrozen_isAUsageError() {
        AttuneException e = assertThrows(AttuneException.class, () -> with("fast", StandardPipeline::encoder));
        assertEquals(ErrorCode.USAGE, e.code());
    }

    @Test
    void byDefault_theTriageBranchRuns_andTheSafetyAnalysisReadsIt() {
        try (OnnxEncoder encoder = with(StandardPipeline.TRIAGE, null, () -> StandardPipeline.safetyEncoder(1))) {
            String name = TunedTriageModel.load().branch().name();
            assertEquals(List.of(name), encoder.dedicatedBranches());
            assertNull(encoder.branchName(), "the safety encoder runs no emotion branch");
            Engine engine = StandardPipeline.engine(encoder);
            assertTrue(engine.provenance().analyzers().stream()
                    .anyMatch(id -> id.startsWith("safety.") && id.contains("+safety-triage-tuned@")));
            assertEquals(1, engine.assess(THREAD).authors().size());
        }
        try (OnnxEncoder encoder = with(StandardPipeline.TRIAGE, null, StandardPipeline::encoder)) {
            assertEquals(List.of(TunedTriageModel.load().branch().name()), encoder.dedicatedBranches());
            assertEquals(TunedEmotionModel.load().branch().name(), encoder.branchName());
        }
    }

    @Test
    void triageOff_noTriageBranch_andNoTunedReader() {
        try (OnnxEncoder encoder = with(StandardPipeline.TRIAGE, "off", () -> StandardPipeline.safetyEncoder(1))) {
            assertEquals(List.of(), encoder.dedicatedBranches());
            assertNull(StandardPipeline.triageFor(encoder));
            assertFalse(StandardPipeline.engine(encoder).provenance().analyzers().stream()
                    .anyMatch(id -> id.contains("safety-triage-tuned")));
        }
        AttuneException e = assertThrows(AttuneException.class,
                () -> with(StandardPipeline.TRIAGE, "maybe", () -> StandardPipeline.safetyEncoder(1)));
        assertEquals(ErrorCode.USAGE, e.code());
    }
}
