package org.attune.ml.head;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        Map<String, AuthorDocument> out = new LinkedHashMap<>();
        group(sentences, s -> thread.post(s.postId()).author()).forEach((author, mine) -> out.put(author,
                of(mine, vectors)));
        return out;
    }

    /**
     * Each author's posts, each one document (title and text), in reading order; authors in order of their first
     * sentence. A dataset's example is one post, so a head trained on posts reads an author post by post.
     */
    public static Map<String, List<AuthorDocument>> byAuthorAndPost(PostThread thread, List<Sentence> sentences,
            SentenceEmbeddings vectors) {
        Map<String, List<AuthorDocument>> out = new LinkedHashMap<>();
        group(sentences, s -> thread.post(s.postId()).author()).forEach((author, mine) -> out.put(author,
                group(mine, Sentence::postId).values().stream().map(post -> of(post, vectors)).toList()));
        return out;
    }

    /**
     * The mean of a reading of each post, weighted by the post's length in characters (at least 1 each): a long post
     * and a one-line thank-you do not count alike.
     */
    public static double[] meanByLength(List<AuthorDocument> posts, Function<AuthorDocument, double[]> reading) {
        double[] sum = null;
        double total = 0;
        for (AuthorDocument post : posts) {
            double[] r = reading.apply(post);
            double w = Math.max(1, post.text().length());
            if (sum == null) {
                sum = new double[r.length];
            }
            for (int i = 0; i < r.length; i++) {
                sum[i] += w * r[i];
            }
            total += w;
        }
        if (sum == null) {
            throw new IllegalArgumentException("no posts to read");
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= total;
        }
        return sum;
    }

    private static AuthorDocument of(List<Sentence> mine, SentenceEmbeddings vectors) {
        List<float[]> v = new ArrayList<>(mine.size());
        List<String> texts = new ArrayList<>(mine.size());
        for (Sentence s : mine) {
            v.add(vectors.get(s.index()));
            texts.add(s.normalized());
        }
        return new AuthorDocument(List.copyOf(mine), SafetyFeatures.pooled(v, vectors.dimension()), join(texts));
    }

    private static Map<String, List<Sentence>> group(List<Sentence> sentences, Function<Sentence, String> key) {
        Map<String, List<Sentence>> grouped = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            grouped.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
        }
        return grouped;
    }
}
