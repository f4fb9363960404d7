package org.attune.core.context;

import java.util.List;
import java.util.Map;

import org.attune.core.pipeline.Layer;

/** The layer the context analysis provides, and the cause labels (CAMS' six classes, in its id order). */
public final class Context {
    public static final Layer<ContextResult> CONTEXT = Layer.named("context");

    public static final List<String> CAUSES = List.of("none", "bias-or-abuse", "jobs-and-career", "medication",
            "relationship", "alienation");

    /** What the context analysis says of a thread: one entry per author who wrote any sentence. */
    public record ContextResult(Map<String, AuthorContext> byAuthor) {
        public ContextResult {
            byAuthor = Map.copyOf(byAuthor);
        }
    }

    private Context() {
    }
}
