package org.attune.core.traps;

import java.util.List;
import java.util.Map;

/** The thinking traps of a thread: for each author, the sentences of their own text that show traps, in order. */
public record TrapsResult(Map<String, List<TrapSentence>> byAuthor) {
    public TrapsResult {
        byAuthor = Map.copyOf(byAuthor);
    }

    public List<TrapSentence> of(String author) {
        return byAuthor.getOrDefault(author, List.of());
    }
}
