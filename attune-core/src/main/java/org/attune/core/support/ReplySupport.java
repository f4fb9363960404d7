package org.attune.core.support;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How one reply answers the post it replies to.
 *
 * @param post       the reply's id
 * @param answers    the id of the post it answers
 * @param author     the reply's author
 * @param empathy    the three EPITOME mechanisms, in {@link Mechanism} order
 * @param strategies the support strategy of each of the reply's sentences, in reading order
 */
@JsonPropertyOrder({"post", "answers", "author", "empathy", "strategies"})
public record ReplySupport(String post, String answers, String author, List<EmpathyLevel> empathy,
        List<SentenceStrategy> strategies) {
    public ReplySupport {
        empathy = List.copyOf(empathy);
        strategies = List.copyOf(strategies);
    }
}
