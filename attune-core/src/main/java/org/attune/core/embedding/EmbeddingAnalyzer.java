package org.attune.core.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;

/**
 * Encodes the sentences of every thread of a batch in one {@link Encoder#encodeInContext} call, one group per thread:
 * each thread is read as one passage and each sentence gets its tokens' mean vector; the encoder spreads the threads
 * over its workers, and a thread's vectors never depend on the other threads of the batch.
 * Provides one vector per sentence, aligned with the sentences layer.
 */
public final class EmbeddingAnalyzer implements Analyzer {
    public static final Layer<SentenceEmbeddings> SENTENCE_EMBEDDINGS = Layer.named("sentence-embeddings");

    private final Encoder encoder;

    public EmbeddingAnalyzer(Encoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String id() {
        return "embedding." + encoder.id();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(SENTENCE_EMBEDDINGS);
    }

    @Override
    public Map<String, String> modelFiles() {
        return encoder.files();
    }

    @Override
    public Layers analyze(Analysis in) {
        return analyzeAll(List.of(in)).get(0);
    }

    @Override
    public List<Layers> analyzeAll(List<Analysis> in) {
        List<List<String>> groups = new ArrayList<>(in.size());
        for (Analysis a : in) {
            List<String> texts = new ArrayList<>();
            for (Sentence s : a.get(SentenceAnalyzer.SENTENCES)) {
                texts.add(s.normalized());
            }
            groups.add(texts);
        }
        List<float[][]> vectors = encoder.encodeInContext(groups);
        List<Layers> out = new ArrayList<>(in.size());
        for (float[][] v : vectors) {
            out.add(Layers.of(SENTENCE_EMBEDDINGS, new SentenceEmbeddings(encoder.dimension(), v)));
        }
        return out;
    }
}
