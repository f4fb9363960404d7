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
import org.attune.ml.context.ContextAnalyzer;
import org.attune.ml.context.ContextModel;
import org.attune.ml.emotion.EmotionAnalyzer;
import org.attune.ml.emotion.EmotionModel;
import org.attune.ml.safety.SafetyAnalyzer;
import org.attune.ml.safety.SafetyModel;

/**
 * The pipeline Attune runs by default: sentences, language, sentence frames, embeddings, safety, emotions, context.
 * With the system property {@value #COMMERCIAL_ONLY}{@code =true}, heads whose bundle says {@code "commercialUse":
 * false} (trained on research-only data: the context heads) are left out.
 */
public final class StandardPipeline {
    public static final String COMMERCIAL_ONLY = "attune.commercialOnly";

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

    /** The standard pipeline with every committed head (or only the commercially usable ones, when asked). */
    public static Pipeline pipeline(Encoder encoder, boolean commercialOnly) {
        List<Analyzer> analyzers = new ArrayList<>(pipeline(encoder, SafetyModel.load()).analyzers());
        analyzers.add(new EmotionAnalyzer(EmotionModel.load()));
        if (!commercialOnly || ContextModel.commercialUse()) {
            analyzers.add(new ContextAnalyzer(ContextModel.load()));
        }
        return Pipeline.of(analyzers.toArray(new Analyzer[0]));
    }

    /** The standard engine over the given encoder, with the committed models. */
    public static Engine engine(Encoder encoder) {
        return new Engine(pipeline(encoder, Boolean.getBoolean(COMMERCIAL_ONLY)));
    }
}
