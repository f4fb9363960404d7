package org.attune.ml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.ml.context.ContextModel;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.support.SupportModel;
import org.attune.ml.traps.TrapModel;

/**
 * The heads that read the emotion branch's states run only over the branch they were trained on; the others serve an
 * encoder without it; a branch of the same name from another file is refused, never read.
 */
class BranchBundlesTest {

    @Test
    void withoutTheBranch_theFrozenBundles() {
        try (OnnxEncoder frozen = OnnxEncoder.bgeSmall(1)) {
            assertEquals(SupportModel.EMPATHY, StandardPipeline.bundleFor(frozen, SupportModel.EMPATHY,
                    SupportModel.EMPATHY_TUNED));
            assertEquals(ContextModel.BUNDLE, StandardPipeline.bundleFor(frozen, ContextModel.BUNDLE,
                    ContextModel.TUNED));
            assertEquals(TrapModel.BUNDLE, StandardPipeline.bundleFor(frozen, TrapModel.BUNDLE, TrapModel.TUNED));
        }
        assertEquals(ContextModel.BUNDLE, StandardPipeline.bundleFor(null, ContextModel.BUNDLE, ContextModel.TUNED));
    }

    @Test
    void withTheBranchTheyWereTrainedOn_theTunedBundles() {
        try (OnnxEncoder tuned = OnnxEncoder.bgeSmall(1, TunedEmotionModel.load().branch())) {
            assertEquals(SupportModel.EMPATHY_TUNED, StandardPipeline.bundleFor(tuned, SupportModel.EMPATHY,
                    SupportModel.EMPATHY_TUNED));
            assertEquals(ContextModel.TUNED, StandardPipeline.bundleFor(tuned, ContextModel.BUNDLE,
                    ContextModel.TUNED));
            assertEquals(TrapModel.TUNED, StandardPipeline.bundleFor(tuned, TrapModel.BUNDLE, TrapModel.TUNED));
        }
    }

    @Test
    void aBranchOfTheSameNameFromAnotherFile_isAModelError() {
        OnnxEncoder.Branch real = TunedEmotionModel.load().branch();
        // the same graph with a doc_string appended (ModelProto field 6): it loads, and its file's hash differs
        byte[] other = Arrays.copyOf(real.model(), real.model().length + 3);
        other[other.length - 3] = (6 << 3) | 2;
        other[other.length - 2] = 1;
        other[other.length - 1] = 'x';
        try (OnnxEncoder encoder = OnnxEncoder.bgeSmall(1, new OnnxEncoder.Branch(real.name(), other, real.entry(),
                real.baseSha256()))) {
            AttuneException e = assertThrows(AttuneException.class, () -> StandardPipeline.bundleFor(encoder,
                    SupportModel.EMPATHY, SupportModel.EMPATHY_TUNED));
            assertEquals(ErrorCode.MODEL, e.code());
        }
    }
}
