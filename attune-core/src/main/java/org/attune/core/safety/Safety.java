package org.attune.core.safety;

import org.attune.core.pipeline.Layer;

/** The layer the safety analysis provides. */
public final class Safety {
    public static final Layer<SafetyResult> RISK = Layer.named("risk");

    private Safety() {
    }
}
