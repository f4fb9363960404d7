package org.attune.ml.engine;

import java.util.ArrayList;
import java.util.List;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.Encoder;
import org.attune.core.engine.Engine;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.safety.FrameAnalyzer;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.ml.safety.SafetyAnalyzer;
import org.attune.ml.safety.SafetyModel;
import org.attune.ml.traps.TrapAnalyzer;
import org.attune.ml.traps.TrapModel;

/**
 * The pipeline Attune runs by default: sentences, language, sentence frames, embeddings, safety, thinking traps.
 * Heads trained on non-commercial data (thinking traps) are left out when the system property
 * {@value #COMMERCIAL_ONLY} is {@code true}.
 */
public final class StandardPipeline {
    /** System property: {@code true} leaves out every head whose manifest says {@code "commercialUse": false}. */
    public static final String COMMERCIAL_ONLY = "attune.commercialOnly";

    private StandardPipeline() {
    }

    public static Pipeline pipeline(Encoder encoder, SafetyModel safety) {
        return pipeline(encoder, safety, null);
    }

    /** The standard pipeline; {@code traps} may be null to leave the thinking-trap analysis out. */
    public static Pipeline pipeline(Encoder encoder, SafetyModel safety, TrapModel traps) {
        List<Analyzer> analyzers = new ArrayList<>(List.of(
                new SentenceAnalyzer(),
                new ScriptAndStopwordLanguageIdentifier(),
                new FrameAnalyzer(),
                new EmbeddingAnalyzer(encoder),
                new SafetyAnalyzer(safety)));
        if (traps != null) {
            analyzers.add(new TrapAnalyzer(traps));
        }
        return Pipeline.of(analyzers);
    }

    /** The standard engine over the given encoder, with the committed models. */
    public static Engine engine(Encoder encoder) {
        boolean commercialOnly = Boolean.getBoolean(COMMERCIAL_ONLY);
        return new Engine(pipeline(encoder, SafetyModel.load(), commercialOnly ? null : TrapModel.load()));
    }
}
