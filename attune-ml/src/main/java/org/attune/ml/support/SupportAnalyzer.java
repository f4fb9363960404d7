package org.attune.ml.support;

import java.util.ArrayList;
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
import org.attune.core.support.EmpathyLevel;
import org.attune.core.support.Mechanism;
import org.attune.core.support.Rationale;
import org.attune.core.support.ReplySupport;
import org.attune.core.support.SentenceStrategy;
import org.attune.core.support.Strategy;
import org.attune.core.support.Support;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.text.Span;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.head.FeatureVector;

/**
 * How each reply of a thread answers the post it replies to. For every post that has a parent: (1) the EPITOME heads
 * read the whole reply with its parent and give each empathy mechanism a level 0-2 with its probabilities (level 1 or
 * more when P(level >= 1) reaches the mechanism's threshold, then the likelier of 1 and 2); (2) for a
 * mechanism at level 1 or more, a rationale head reads each of the reply's sentences (with the parent), and the
 * sentences at or above its threshold (the best one when none is) make the rationale, consecutive ones as one
 * passage; (3) the ESConv head gives each sentence of the reply its support strategy. All of it reads the sentence
 * vectors the embedding analyzer already computed. Either model may be left out; then its part is absent (no
 * empathy, or no strategies).
 */
public final class SupportAnalyzer implements Analyzer {
    private final SupportModel empathy;
    private final SupportModel strategy;

    /** {@code empathy} or {@code strategy} may be null to leave that part out; not both. */
    public SupportAnalyzer(SupportModel empathy, SupportModel strategy) {
        if (empathy == null && strategy == null) {
            throw new IllegalArgumentException("the support analyzer needs at least one of its two models");
        }
        this.empathy = empathy;
        this.strategy = strategy;
    }

    /** The committed bundles over the frozen encoder's vectors: EPITOME empathy and ESConv strategies. */
    public static SupportAnalyzer standard() {
        return new SupportAnalyzer(SupportModel.load(SupportModel.EMPATHY), SupportModel.load(SupportModel.STRATEGY));
    }

    @Override
    public String id() {
        return "support.epitome-esconv.v1" + (empathy == null ? "" : "+" + empathy.id())
                + (strategy == null ? "" : "+" + strategy.id());
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES, EmbeddingAnalyzer.SENTENCE_EMBEDDINGS,
                ScriptAndStopwordLanguageIdentifier.LANGUAGE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Support.REPLIES);
    }

    @Override
    public Map<String, String> modelFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        if (empathy != null) {
            files.putAll(empathy.hashes());
        }
        if (strategy != null) {
            files.putAll(strategy.hashes());
        }
        return files;
    }

    @Override
    public Layers analyze(Analysis in) {
        if (!in.get(ScriptAndStopwordLanguageIdentifier.LANGUAGE).supported()) {
            return Layers.of(Support.REPLIES, List.of());
        }
        PostThread thread = in.thread();
        List<Sentence> sentences = in.get(SentenceAnalyzer.SENTENCES);
        SentenceEmbeddings vectors = in.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
        Map<String, List<Sentence>> byPost = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            byPost.computeIfAbsent(s.postId(), k -> new ArrayList<>()).add(s);
        }
        List<ReplySupport> out = new ArrayList<>();
        for (Post p : thread.posts()) {
            String parent = thread.parentId(p.id());
            if (parent == null) {
                continue;
            }
            List<Sentence> reply = byPost.getOrDefault(p.id(), List.of());
            List<Sentence> answered = byPost.getOrDefault(parent, List.of());
            out.add(read(p, parent, reply, answered, vectors));
        }
        return Layers.of(Support.REPLIES, out);
    }

    private ReplySupport read(Post post, String parent, List<Sentence> reply, List<Sentence> answered,
            SentenceEmbeddings vectors) {
        int[] parentIdx = indexes(answered);
        List<EmpathyLevel> levels = new ArrayList<>();
        List<SentenceStrategy> strategies = new ArrayList<>();
        if (empathy != null) {
            FeatureVector whole = empathy.features(SupportFeatures.dense(vectors, indexes(reply), parentIdx,
                    texts(reply), empathy.spec()), text(reply));
            List<FeatureVector> each = new ArrayList<>(); // each sentence's features, made when a rationale is needed
            for (Mechanism m : Mechanism.values()) {
                levels.add(level(m, whole, each, reply, parentIdx, vectors, post));
            }
        }
        if (strategy != null) {
            for (Sentence s : reply) {
                FeatureVector x = strategy.features(SupportFeatures.dense(vectors, new int[] {s.index()}, parentIdx,
                        List.of(s.normalized()), strategy.spec()), s.normalized());
                double[] p = strategy.head("strategy").probabilities(x);
                int best = argmax(p);
                strategies.add(new SentenceStrategy(s.index(), s.field().wireName(), s.span().begin(),
                        s.span().end(), s.span().of(original(post, s)), Strategy.values()[best], round(p[best])));
            }
        }
        return new ReplySupport(post.id(), parent, post.author(), levels, strategies);
    }

    private EmpathyLevel level(Mechanism m, FeatureVector whole, List<FeatureVector> each, List<Sentence> reply,
            int[] parentIdx, SentenceEmbeddings vectors, Post post) {
        if (reply.isEmpty()) { // no words at all: no communication of anything, not a model reading
            return new EmpathyLevel(m, 0, List.of(1.0, 0.0, 0.0), List.of());
        }
        double[] p = empathy.head(m.wireName()).probabilities(whole);
        int level = decide(p, empathy.threshold(m.wireName(), 0.5));
        List<Rationale> rationale = List.of();
        if (level > 0) {
            if (each.isEmpty()) {
                for (Sentence s : reply) {
                    each.add(empathy.features(SupportFeatures.dense(vectors, new int[] {s.index()}, parentIdx,
                            List.of(s.normalized()), empathy.spec()), s.normalized()));
                }
            }
            String head = "rationale." + m.wireName();
            double[] score = new double[reply.size()];
            for (int i = 0; i < reply.size(); i++) {
                score[i] = empathy.head(head).probabilities(each.get(i))[1];
            }
            rationale = rationale(post, reply, score, empathy.threshold(head, 0.5));
        }
        return new EmpathyLevel(m, level, List.of(round(p[0]), round(p[1]), round(p[2])), rationale);
    }

    /**
     * The rationale of one mechanism: the reply's sentences whose score reaches {@code threshold} (the best one when
     * none does), consecutive ones of a field joined into one passage, as EPITOME's annotators marked a passage
     * rather than its sentences one by one. A passage's score is the highest of its sentences' scores.
     */
    static List<Rationale> rationale(Post post, List<Sentence> reply, double[] score, double threshold) {
        int top = 0;
        for (int i = 0; i < reply.size(); i++) {
            top = score[i] > score[top] ? i : top;
        }
        List<Rationale> out = new ArrayList<>();
        int i = 0;
        while (i < reply.size()) {
            if (score[i] < threshold && i != top) {
                i++;
                continue;
            }
            int first = i;
            double best = score[i];
            for (i++; i < reply.size() && (score[i] >= threshold || i == top)
                    && reply.get(i).field() == reply.get(first).field(); i++) {
                best = Math.max(best, score[i]);
            }
            Span span = new Span(reply.get(first).span().begin(), reply.get(i - 1).span().end());
            out.add(new Rationale(reply.get(first).field().wireName(), span.begin(), span.end(),
                    span.of(original(post, reply.get(first))), round(best)));
        }
        return out;
    }

    /**
     * The level from the probabilities of levels 0, 1 and 2: 1 or more when P(level >= 1) reaches the mechanism's
     * threshold (tuned on dev), and then the likelier of 1 and 2.
     */
    public static int decide(double[] p, double threshold) {
        if (p[1] + p[2] < threshold) {
            return 0;
        }
        return p[2] > p[1] ? 2 : 1;
    }

    private static String original(Post p, Sentence s) {
        return s.field() == Sentence.Field.TITLE ? p.title() : p.text();
    }

    public static int[] indexes(List<Sentence> sentences) {
        return sentences.stream().mapToInt(Sentence::index).toArray();
    }

    public static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::normalized).toList();
    }

    /** The sentences joined by line breaks: what the tf-idf part reads. */
    public static String text(List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            sb.append(s.normalized()).append('\n');
        }
        return sb.toString();
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
