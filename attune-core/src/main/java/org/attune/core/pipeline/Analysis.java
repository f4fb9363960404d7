package org.attune.core.pipeline;

import java.util.Objects;

import org.attune.core.thread.PostThread;

/** What an analyzer reads: the thread and the layers that earlier analyzers provided for it. Immutable. */
public record Analysis(PostThread thread, Layers layers) {
    public Analysis {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(layers, "layers");
    }

    public static Analysis of(PostThread thread) {
        return new Analysis(thread, Layers.empty());
    }

    public <T> T get(Layer<T> layer) {
        return layers.get(layer);
    }

    public Analysis plus(Layers more) {
        return new Analysis(thread, layers.withAll(more));
    }
}
