package org.attune.ml.engine;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.Encoder;
import org.attune.core.engine.Engine;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.safety.FrameAnalyzer;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.ml.safety.SafetyAnalyzer;
import org.attune.ml.safety.SafetyModel;

/** The pipeline Attune runs by default: sentences, language, sentence frames, embeddings, safety. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static Pipeline pipeline(Encoder encoder, SafetyModel safety) {
        return Pipeline.of(
                new SentenceAnalyzer(),
                new ScriptAndStopwordLanguageIdentifier(),
                new FrameAnalyzer(),
                new EmbeddingAnalyzer(encoder),
                new SafetyAnalyzer(safety));
    }

    /** The standard engine over the given encoder, with the committed safety model. */
    public static Engine engine(Encoder encoder) {
        return new Engine(pipeline(encoder, SafetyModel.load()));
    }
}
