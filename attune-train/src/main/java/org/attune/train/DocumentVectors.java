package org.attune.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.attune.core.embedding.BranchStates;
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
public record DocumentVectors(float[][] vectors, List<String> sentences, BranchStates branch) {
    /** A document read by an encoder without a branch. */
    public DocumentVectors(float[][] vectors, List<String> sentences) {
        this(vectors, sentences, null);
    }

    /** The mean of the branch's states over every token of the document (the encoder must run a branch). */
    public float[] branchMean() {
        int[] all = new int[sentences.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return branch.mean(all);
    }

    public static List<DocumentVectors> of(List<String> documents, Encoder encoder) {
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new EmbeddingAnalyzer(encoder));
        List<DocumentVectors> out = new ArrayList<>(documents.size());
        for (int from = 0; from < documents.size(); from += 256) {
            List<PostThread> threads = new ArrayList<>();
            for (int i = from; i < Math.min(documents.size(), from + 256); i++) {
                threads.add(PostThread.of(Post.document("d" + i, "writer", documents.get(i))));
            }
            for (Analysis a : p.run(threads)) {
                out.add(of(a.get(SentenceAnalyzer.SENTENCES), a.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS)));
            }
            if (encoder instanceof EmbeddingCache cache && (from / 256) % 20 == 19) {
                cache.save(); // a long encoding run keeps what it has done
            }
        }
        return out;
    }

    /**
     * The documents read as the run time reads a sentence among others in a post: shuffled (fixed seed) into groups of
     * {@code size}, the sentences of each group encoded as one passage, so that every sentence's vector carries the
     * other documents of its group as context. Returned in the order of {@code documents}.
     */
    public static List<DocumentVectors> inGroups(List<String> documents, Encoder encoder, int size, long seed) {
        List<Integer> order = shuffled(documents.size(), seed);
        Pipeline split = Pipeline.of(new SentenceAnalyzer());
        DocumentVectors[] out = new DocumentVectors[documents.size()];
        int step = 64 * size;
        for (int from = 0; from < order.size(); from += step) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + step));
            List<List<String>> sentences = new ArrayList<>(batch.size());
            for (int i : batch) {
                List<String> texts = new ArrayList<>();
                for (Sentence s : split.run(PostThread.of(Post.document("d", "writer", documents.get(i))))
                        .get(SentenceAnalyzer.SENTENCES)) {
                    texts.add(s.normalized());
                }
                sentences.add(texts);
            }
            List<List<String>> passages = new ArrayList<>();
            for (int g = 0; g < batch.size(); g += size) {
                List<String> passage = new ArrayList<>();
                sentences.subList(g, Math.min(batch.size(), g + size)).forEach(passage::addAll);
                passages.add(passage);
            }
            List<Encoder.Passage> read = encoder.readInContext(passages);
            for (int g = 0; g < passages.size(); g++) {
                int at = 0;
                BranchStates b = read.get(g).branch();
                for (int k = g * size; k < Math.min(batch.size(), (g + 1) * size); k++) {
                    List<String> texts = sentences.get(k);
                    int to = at + texts.size();
                    out[batch.get(k)] = new DocumentVectors(Arrays.copyOfRange(read.get(g).vectors(), at, to),
                            List.copyOf(texts), b == null ? null : new BranchStates(
                                    Arrays.copyOfRange(b.means(), at, to), Arrays.copyOfRange(b.tokens(), at, to)));
                    at = to;
                }
            }
            if (encoder instanceof EmbeddingCache cache && (from / step) % 20 == 19) {
                cache.save();
            }
        }
        return List.of(out);
    }

    /** The numbers 0 to {@code n - 1} in a fixed shuffle: the order in which examples are put into groups. */
    public static List<Integer> shuffled(int n, long seed) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    /** A document of the given sentences, in order, with their vectors. */
    private static DocumentVectors of(List<Sentence> sentences, SentenceEmbeddings v) {
        float[][] vectors = new float[sentences.size()][];
        float[][] means = new float[sentences.size()][];
        int[] tokens = new int[sentences.size()];
        List<String> texts = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            int i = sentences.get(k).index();
            vectors[k] = v.get(i);
            if (v.branch() != null) {
                means[k] = v.branch().means()[i];
                tokens[k] = v.branch().tokens()[i];
            }
            texts.add(sentences.get(k).normalized());
        }
        return new DocumentVectors(vectors, texts, v.branch() == null ? null : new BranchStates(means, tokens));
    }

    /** The sentences joined by line breaks, as the heads' tf-idf reads them. */
    public String text() {
        return AuthorDocument.join(sentences);
    }
}
