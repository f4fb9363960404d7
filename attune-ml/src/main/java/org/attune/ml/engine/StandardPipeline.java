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
import org.attune.ml.support.SupportAnalyzer;

/** The pipeline Attune runs by default: sentences, language, sentence frames, embeddings, safety, reply quality. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static Pipeline pipeline(Encoder encoder, SafetyModel safety) {
        return pipeline(encoder, safety, SupportAnalyzer.standard());
    }

    /** With the given reply-quality analyzer, or none (null) to leave it out. */
    public static Pipeline pipeline(Encoder encoder, SafetyModel safety, SupportAnalyzer support) {
        java.util.List<org.attune.core.pipeline.Analyzer> analyzers = new java.util.ArrayList<>(java.util.List.of(
                new SentenceAnalyzer(),
                new ScriptAndStopwordLanguageIdentifier(),
                new FrameAnalyzer(),
                new EmbeddingAnalyzer(encoder),
                new SafetyAnalyzer(safety)));
        if (support != null) {
            analyzers.add(support);
        }
        return Pipeline.of(analyzers);
    }

    /**
     * The standard engine over the given encoder, with the committed models. Heads trained on data licensed for
     * non-commercial use only (reply quality: EPITOME, ESConv) are left out when the system property
     * {@code attune.nonCommercialModels} or the environment variable {@code ATTUNE_NON_COMMERCIAL_MODELS} is
     * {@code false}.
     */
    public static Engine engine(Encoder encoder) {
        return new Engine(pipeline(encoder, SafetyModel.load(), nonCommercialAllowed() ? SupportAnalyzer.standard()
                : null));
    }

    static boolean nonCommercialAllowed() {
        String v = System.getProperty("attune.nonCommercialModels", System.getenv("ATTUNE_NON_COMMERCIAL_MODELS"));
        if (v == null || v.isBlank()) {
            return true;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new org.attune.core.error.AttuneException(org.attune.core.error.ErrorCode.USAGE,
                    "attune.nonCommercialModels must be true or false");
        }
        return Boolean.parseBoolean(v);
    }
}
