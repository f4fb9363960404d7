package org.attune.core.safety;

import java.util.List;
import java.util.Map;

/** What the safety analysis says of a thread: a risk per author, and the replies flagged as harmful. */
public record SafetyResult(Map<String, AuthorRisk> byAuthor, List<HarmfulReply> harmfulReplies) {
    public SafetyResult {
        byAuthor = Map.copyOf(byAuthor);
        harmfulReplies = List.copyOf(harmfulReplies);
    }
}
