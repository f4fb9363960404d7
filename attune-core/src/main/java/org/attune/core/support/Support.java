package org.attune.core.support;

import java.util.List;

import org.attune.core.pipeline.Layer;

/** The layer the reply-quality analysis provides: one entry per reply of the thread, in reading order. */
public final class Support {
    public static final Layer<List<ReplySupport>> REPLIES = Layer.named("support");

    private Support() {
    }
}
