package org.attune.core.emotion;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The emotions of one author's text.
 *
 * @param labels        the labels over their thresholds for the author's text as a whole, most probable first
 * @param probabilities every label's probability for the author's text as a whole, in label order
 * @param sentences     the author's sentences that carry an emotion other than neutral, in reading order
 */
@JsonPropertyOrder({"labels", "probabilities", "sentences"})
public record AuthorEmotions(List<EmotionScore> labels, Map<String, Double> probabilities,
        List<SentenceEmotions> sentences) {
    public AuthorEmotions {
        labels = List.copyOf(labels);
        probabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(probabilities));
        sentences = List.copyOf(sentences);
    }
}
