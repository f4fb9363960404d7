package org.attune.cli;

import org.attune.core.engine.Engine;
import org.attune.ml.engine.StandardPipeline;

/** The engine the commands run: one per process, built on first use. */
final class Engines {
    private static volatile Engine engine;

    private Engines() {
    }

    static Engine standard() {
        Engine e = engine;
        if (e == null) {
            synchronized (Engines.class) {
                e = engine;
                if (e == null) {
                    engine = e = StandardPipeline.engine(StandardPipeline.encoder());
                }
            }
        }
        return e;
    }
}
