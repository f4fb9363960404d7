package org.attune.train;

import java.util.ArrayList;
import java.util.List;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.Encoder;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.head.AuthorDocument;

/**
 * A training document as the run-time heads see an author's text: its sentences (normalised, as analyzers read them)
 * and their in-context vectors, from the same sentence splitter and {@link EmbeddingAnalyzer} the pipeline runs, so
 * that features are computed exactly as at run time. Pass an {@link EmbeddingCache} to encode each dataset once.
 */
public record DocumentVectors(float[][] vectors, List<String> sentences) {

    public static List<DocumentVectors> of(List<String> documents, Encoder encoder) {
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new EmbeddingAnalyzer(encoder));
        List<DocumentVectors> out = new ArrayList<>(documents.size());
        for (int from = 0; from < documents.size(); from += 256) {
            List<PostThread> threads = new ArrayList<>();
            for (int i = from; i < Math.min(documents.size(), from + 256); i++) {
                threads.add(PostThread.of(Post.document("d" + i, "writer", documents.get(i))));
            }
            for (Analysis a : p.run(threads)) {
                List<Sentence> sentences = a.get(SentenceAnalyzer.SENTENCES);
                SentenceEmbeddings v = a.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
                float[][] vectors = new float[sentences.size()][];
                List<String> texts = new ArrayList<>(sentences.size());
                for (Sentence s : sentences) {
                    vectors[s.index()] = v.get(s.index());
                    texts.add(s.normalized());
                }
                out.add(new DocumentVectors(vectors, texts));
            }
            if (encoder instanceof EmbeddingCache cache && (from / 256) % 20 == 19) {
                cache.save(); // a long encoding run keeps what it has done
            }
        }
        return out;
    }

    /** The sentences joined by line breaks, as the heads' tf-idf reads them. */
    public String text() {
        return AuthorDocument.join(sentences);
    }
}
