package org.attune.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** An immutable set of layer values: what one analyzer returns for one thread, or everything known about it. */
public final class Layers {
    private static final Layers EMPTY = new Layers(Map.of());
    private final Map<Layer<?>, Object> values;

    private Layers(Map<Layer<?>, Object> values) {
        this.values = values;
    }

    public static Layers empty() {
        return EMPTY;
    }

    public static <T> Layers of(Layer<T> layer, T value) {
        return empty().with(layer, value);
    }

    public <T> Layers with(Layer<T> layer, T value) {
        Map<Layer<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(layer), Objects.requireNonNull(value, "value of layer " + layer));
        return new Layers(copy);
    }

    public Layers withAll(Layers other) {
        Map<Layer<?>, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(other.values);
        return new Layers(copy);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object v = values.get(layer);
        if (v == null) {
            throw new IllegalStateException("layer '" + layer + "' is not available; an analyzer must provide it");
        }
        return (T) v;
    }

    public boolean has(Layer<?> layer) {
        return values.containsKey(layer);
    }

    public Set<Layer<?>> layers() {
        return values.keySet();
    }
}
