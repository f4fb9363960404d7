package org.attune.core.emotion;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The emotions read in one sentence: {@code sentence} is its index in the Assessment's sentences, and
 * {@code [begin, end)} its span in the original text of {@code field} of {@code post}; {@code labels} are the
 * emotions over their thresholds, most probable first (never only neutral: such sentences are left out).
 */
@JsonPropertyOrder({"sentence", "post", "field", "begin", "end", "labels"})
public record SentenceEmotions(int sentence, String post, String field, int begin, int end,
        List<EmotionScore> labels) {
    public SentenceEmotions {
        labels = List.copyOf(labels);
    }
}
