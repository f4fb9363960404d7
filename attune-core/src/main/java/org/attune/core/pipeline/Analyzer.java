package org.attune.core.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of the pipeline. It declares the layers it {@link #requires()} and {@link #provides()}; the pipeline is
 * checked against those declarations when it is built. An analyzer is pure (it returns new layers, it changes nothing)
 * and safe to call from several threads at once.
 */
public interface Analyzer {
    /** Stable, versioned id ("text.sentences.v1"); it appears in every Assessment's provenance. */
    String id();

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    /** Reads what it requires from {@code in} and returns exactly the layers it provides. */
    Layers analyze(Analysis in);

    /**
     * Analyses several threads at once. Analyzers that gain from batching (an encoder) override this; the results
     * must equal what {@link #analyze} returns for each thread alone. By default the threads of a batch are analysed
     * in parallel on the common fork-join pool (an analyzer is pure and thread-safe), in the batch's order: the
     * heads after the encoder would otherwise keep all but one core idle.
     */
    default List<Layers> analyzeAll(List<Analysis> in) {
        if (in.size() < 2) {
            return in.stream().map(this::analyze).toList();
        }
        return in.parallelStream().map(this::analyze).toList();
    }

    /** Model files this analyzer depends on, by name, with their sha256; empty for rule-based analyzers. */
    default Map<String, String> modelFiles() {
        return Map.of();
    }
}
