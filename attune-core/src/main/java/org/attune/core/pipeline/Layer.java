package org.attune.core.pipeline;

import java.util.Objects;

/**
 * A typed name for one kind of annotation an analyzer provides and others require ("sentences", "language").
 * Two layers are the same when their names are.
 *
 * @param <T> the type of the value stored under this layer for one thread
 */
public final class Layer<T> {
    private final String name;

    private Layer(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static <T> Layer<T> named(String name) {
        return new Layer<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
