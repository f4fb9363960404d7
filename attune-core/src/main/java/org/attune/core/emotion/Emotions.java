package org.attune.core.emotion;

import java.util.List;
import java.util.Map;

import org.attune.core.pipeline.Layer;

/** The layer the emotion analysis provides, and the 28 label names (GoEmotions' order: 27 emotions, then neutral). */
public final class Emotions {
    public static final Layer<EmotionResult> EMOTIONS = Layer.named("emotions");

    public static final List<String> LABELS = List.of("admiration", "amusement", "anger", "annoyance", "approval",
            "caring", "confusion", "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
            "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride",
            "realization", "relief", "remorse", "sadness", "surprise", "neutral");

    /** What the emotion analysis says of a thread: one entry per author who wrote any sentence. */
    public record EmotionResult(Map<String, AuthorEmotions> byAuthor) {
        public EmotionResult {
            byAuthor = Map.copyOf(byAuthor);
        }
    }

    private Emotions() {
    }
}
