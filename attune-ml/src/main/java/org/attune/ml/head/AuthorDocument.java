package org.attune.ml.head;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.text.Sentence;
import org.attune.core.thread.PostThread;
import org.attune.ml.safety.SafetyFeatures;

/**
 * One author's text as a document-level head reads it: the pooled (mean and max) vectors of their sentences and the
 * sentences joined by line breaks for tf-idf. The one place that decides how an author's sentences become a document,
 * at run time and (through {@link #join}) at training time.
 *
 * @param sentences the author's sentences, in reading order
 * @param pooled    mean and element-wise max of the sentence vectors
 * @param text      the normalised sentences joined by {@code "\n"}
 */
public record AuthorDocument(List<Sentence> sentences, float[] pooled, String text) {

    /** The sentences joined as the heads' tf-idf reads them. */
    public static String join(List<String> sentences) {
        return String.join("\n", sentences);
    }

    /** Each author's sentences, in reading order, as documents; authors in order of their first sentence. */
    public static Map<String, AuthorDocument> byAuthor(PostThread thread, List<Sentence> sentences,
            SentenceEmbeddings vectors) {
        Map<String, List<Sentence>> grouped = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            grouped.computeIfAbsent(thread.post(s.postId()).author(), k -> new ArrayList<>()).add(s);
        }
        Map<String, AuthorDocument> out = new LinkedHashMap<>();
        grouped.forEach((author, mine) -> {
            List<float[]> v = new ArrayList<>(mine.size());
            List<String> texts = new ArrayList<>(mine.size());
            for (Sentence s : mine) {
                v.add(vectors.get(s.index()));
                texts.add(s.normalized());
            }
            out.put(author, new AuthorDocument(List.copyOf(mine), SafetyFeatures.pooled(v, vectors.dimension()),
                    join(texts)));
        });
        return out;
    }
}
