package org.attune.ml.traps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.PostThread;
import org.attune.core.traps.Trap;
import org.attune.core.traps.TrapScore;
import org.attune.core.traps.TrapSentence;
import org.attune.core.traps.Traps;
import org.attune.core.traps.TrapsResult;

/**
 * Thinking traps in each sentence of each author's own text, read by the {@link TrapModel} from the sentence
 * embeddings the pipeline already has (no second encoder pass) and the sentence's words. A sentence is reported when
 * the model's gate passes its threshold, with the traps that pass theirs (the most probable one when none does).
 * Nothing is read in a text whose language is not supported.
 */
public final class TrapAnalyzer implements Analyzer {
    private final TrapModel model;

    public TrapAnalyzer(TrapModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return "traps.sentence.v1+" + model.id();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES, EmbeddingAnalyzer.SENTENCE_EMBEDDINGS,
                ScriptAndStopwordLanguageIdentifier.LANGUAGE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Traps.TRAPS);
    }

    @Override
    public Map<String, String> modelFiles() {
        return model.hashes();
    }

    @Override
    public Layers analyze(Analysis in) {
        if (!in.get(ScriptAndStopwordLanguageIdentifier.LANGUAGE).supported()) {
            return Layers.of(Traps.TRAPS, new TrapsResult(Map.of()));
        }
        PostThread thread = in.thread();
        SentenceEmbeddings vectors = in.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
        Map<String, List<TrapSentence>> byAuthor = new LinkedHashMap<>();
        for (String author : thread.authors()) {
            byAuthor.put(author, new ArrayList<>());
        }
        for (Sentence s : in.get(SentenceAnalyzer.SENTENCES)) {
            TrapModel.Reading r = model.read(TrapModel.vector(vectors, s.index(), model.branch()), s.normalized());
            if (!model.shows(r)) {
                continue;
            }
            List<TrapScore> traps = new ArrayList<>();
            int best = 0;
            for (int k = 0; k < r.traps().length; k++) {
                if (model.shows(r, k)) {
                    traps.add(new TrapScore(Trap.values()[k], round(r.traps()[k])));
                }
                if (r.traps()[k] > r.traps()[best]) {
                    best = k;
                }
            }
            if (traps.isEmpty()) {
                traps.add(new TrapScore(Trap.values()[best], round(r.traps()[best])));
            }
            traps.sort(Comparator.comparingDouble(TrapScore::probability).reversed()
                    .thenComparing(TrapScore::trap));
            byAuthor.get(thread.post(s.postId()).author()).add(new TrapSentence(s.index(), s.postId(),
                    s.field().wireName(), s.span().begin(), s.span().end(), round(r.any()), traps));
        }
        return Layers.of(Traps.TRAPS, new TrapsResult(byAuthor));
    }

    private static double round(double p) {
        return Math.round(p * 10000) / 10000.0;
    }
}
