package org.attune.core.traps;

import org.attune.core.pipeline.Layer;

/** The layer the thinking-trap analysis provides. */
public final class Traps {
    public static final Layer<TrapsResult> TRAPS = Layer.named("traps");

    private Traps() {
    }
}
