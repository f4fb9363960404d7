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
 * Encodes every sentence of every thread in a batch with one {@link Encoder} call, so that the encoder can bucket all
 * of them by length. Provides one vector per sentence, aligned with the sentences layer.
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
        List<String> texts = new ArrayList<>();
        for (Analysis a : in) {
            for (Sentence s : a.get(SentenceAnalyzer.SENTENCES)) {
                texts.add(s.normalized());
            }
        }
        float[][] vectors = texts.isEmpty() ? new float[0][] : encoder.encode(texts);
        List<Layers> out = new ArrayList<>(in.size());
        int next = 0;
        for (Analysis a : in) {
            int n = a.get(SentenceAnalyzer.SENTENCES).size();
            float[][] mine = new float[n][];
            System.arraycopy(vectors, next, mine, 0, n);
            next += n;
            out.add(Layers.of(SENTENCE_EMBEDDINGS, new SentenceEmbeddings(encoder.dimension(), mine)));
        }
        return out;
    }
}
