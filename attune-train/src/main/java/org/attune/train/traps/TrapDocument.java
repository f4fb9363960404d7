package org.attune.train.traps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.Encoder;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.traps.TrapModel;
import org.attune.train.data.ThinkingTrapData.Example;

/**
 * A labelled example as the trap analyzer sees it at run time: the text read as one document by the writer, split into
 * sentences, each with its in-context embedding (one encoder pass over the whole text, as {@link EmbeddingAnalyzer}
 * does) and its normalised text; and whether the sentence lies in the part of the example that carries the traps.
 */
record TrapDocument(Example example, List<Row> sentences) {

    /** One sentence: its vector and normalised text (the features), and whether it is in the marked part. */
    record Row(float[] vector, String text, boolean marked) {
    }

    /** A sentence is in a marked part that is not a verbatim substring when this share of its words is in it. */
    private static final double WORD_SHARE = 0.6;

    /**
     * The examples read by {@code encoder}; with {@code branch}, each sentence's vector is followed by what the
     * encoder's branch read of it (the mean of its tokens' branch states), as {@code TrapModel.vector} joins them at
     * run time.
     */
    static List<TrapDocument> of(List<Example> examples, Encoder encoder, boolean branch) {
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new EmbeddingAnalyzer(encoder));
        List<PostThread> threads = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            threads.add(PostThread.of(Post.document("d" + i, "writer", examples.get(i).text())));
        }
        List<TrapDocument> out = new ArrayList<>();
        for (int from = 0; from < threads.size(); from += 64) {
            List<Analysis> batch = p.run(threads.subList(from, Math.min(threads.size(), from + 64)));
            for (int b = 0; b < batch.size(); b++) {
                Example ex = examples.get(from + b);
                List<Sentence> sentences = batch.get(b).get(SentenceAnalyzer.SENTENCES);
                SentenceEmbeddings vectors = batch.get(b).get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
                List<Row> rows = new ArrayList<>();
                for (Sentence s : sentences) {
                    rows.add(new Row(TrapModel.vector(vectors, s.index(), branch), s.normalized(), marked(ex, s)));
                }
                out.add(new TrapDocument(ex, rows));
            }
        }
        return out;
    }

    private static boolean marked(Example ex, Sentence s) {
        if (ex.markBegin() >= 0) {
            return s.span().begin() < ex.markEnd() && ex.markBegin() < s.span().end();
        }
        if (ex.markedText() == null) {
            return true; // the whole text carries the labels
        }
        Set<String> part = new HashSet<>(words(ex.markedText()));
        List<String> mine = words(s.normalized());
        if (mine.isEmpty()) {
            return false;
        }
        int in = 0;
        for (String w : mine) {
            in += part.contains(w) ? 1 : 0;
        }
        return in >= WORD_SHARE * mine.size();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
