package org.attune.core.support;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The support strategy of one sentence of a reply: the sentence's index in the Assessment's sentences, its span in the
 * reply's original text, the most probable strategy and its probability.
 */
@JsonPropertyOrder({"sentence", "field", "begin", "end", "text", "strategy", "probability"})
public record SentenceStrategy(int sentence, String field, int begin, int end, String text, Strategy strategy,
        double probability) {
}
