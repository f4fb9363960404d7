package org.attune.core.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.thread.PostThread;

/**
 * An ordered list of analyzers, checked when built: every layer an analyzer requires is provided by one before it,
 * and no layer is provided twice. Running it gives each thread the union of all layers.
 */
public final class Pipeline {
    private final List<Analyzer> analyzers;

    private Pipeline(List<Analyzer> analyzers) {
        this.analyzers = List.copyOf(analyzers);
    }

    public static Pipeline of(Analyzer... analyzers) {
        return of(List.of(analyzers));
    }

    /** Builds a pipeline; throws {@link ErrorCode#PIPELINE} naming the analyzer and the missing layer on a gap. */
    public static Pipeline of(List<Analyzer> analyzers) {
        Map<Layer<?>, String> providedBy = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Analyzer a : analyzers) {
            if (!ids.add(a.id())) {
                throw new AttuneException(ErrorCode.PIPELINE, "analyzer '" + a.id() + "' appears twice");
            }
            for (Layer<?> needed : a.requires()) {
                if (!providedBy.containsKey(needed)) {
                    throw new AttuneException(ErrorCode.PIPELINE, "analyzer '" + a.id() + "' requires layer '"
                            + needed + "', which no analyzer before it provides (provided so far: "
                            + new TreeMap<>(names(providedBy)).keySet() + ")");
                }
            }
            for (Layer<?> given : a.provides()) {
                String earlier = providedBy.putIfAbsent(given, a.id());
                if (earlier != null) {
                    throw new AttuneException(ErrorCode.PIPELINE, "layer '" + given + "' is provided by both '"
                            + earlier + "' and '" + a.id() + "'");
                }
            }
        }
        return new Pipeline(analyzers);
    }

    private static Map<String, String> names(Map<Layer<?>, String> m) {
        Map<String, String> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    public List<Analyzer> analyzers() {
        return analyzers;
    }

    public boolean provides(Layer<?> layer) {
        return analyzers.stream().anyMatch(a -> a.provides().contains(layer));
    }

    /** Runs every analyzer over all threads together, so that batching analyzers see the whole batch. */
    public List<Analysis> run(List<PostThread> threads) {
        List<Analysis> current = new ArrayList<>(threads.size());
        for (PostThread t : threads) {
            current.add(Analysis.of(t));
        }
        for (Analyzer a : analyzers) {
            List<Layers> out = a.analyzeAll(List.copyOf(current));
            if (out.size() != current.size()) {
                throw new AttuneException(ErrorCode.PIPELINE, "analyzer '" + a.id() + "' returned " + out.size()
                        + " results for " + current.size() + " threads");
            }
            for (int i = 0; i < current.size(); i++) {
                Layers given = out.get(i);
                if (!given.layers().equals(a.provides())) {
                    throw new AttuneException(ErrorCode.PIPELINE, "analyzer '" + a.id() + "' returned layers "
                            + given.layers() + " but declares " + a.provides());
                }
                current.set(i, current.get(i).plus(given));
            }
        }
        return current;
    }

    public Analysis run(PostThread thread) {
        return run(List.of(thread)).get(0);
    }
}
