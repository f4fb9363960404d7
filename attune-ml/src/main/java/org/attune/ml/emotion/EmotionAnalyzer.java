package org.attune.ml.emotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.emotion.AuthorEmotions;
import org.attune.core.emotion.EmotionScore;
import org.attune.core.emotion.Emotions;
import org.attune.core.emotion.SentenceEmotions;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.PostThread;
import org.attune.ml.head.AuthorDocument;

/**
 * The emotions of every author of a thread: the {@link EmotionHead} reads each sentence alone, and each of the
 * author's posts as a whole (its sentences pooled; GoEmotions labels one comment). The author's document reading is
 * the mean of their posts' readings weighted by length, as the context analyzer's is: the highest post's reading put
 * "gratitude 0.97" at the head of a writer bleeding after self-injury, from a two-word "thank you." reply, which the
 * sentence readings still show. It reads what the {@link EmbeddingAnalyzer} already computed: the sentence vectors,
 * or the encoder's fine-tuned branch's reading of each sentence, made on the same pass. A text not in a supported
 * language gets no reading, nor does an author without sentences.
 */
public final class EmotionAnalyzer implements Analyzer {
    private final EmotionHead model;

    public EmotionAnalyzer(EmotionHead model) {
        this.model = model;
    }

    @Override
    public String id() {
        return "emotion.goemotions.v1+" + model.id();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES, EmbeddingAnalyzer.SENTENCE_EMBEDDINGS,
                ScriptAndStopwordLanguageIdentifier.LANGUAGE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Emotions.EMOTIONS);
    }

    @Override
    public Map<String, String> modelFiles() {
        return model.hashes();
    }

    @Override
    public Layers analyze(Analysis in) {
        if (!in.get(ScriptAndStopwordLanguageIdentifier.LANGUAGE).supported()) {
            return Layers.of(Emotions.EMOTIONS, new Emotions.EmotionResult(Map.of()));
        }
        PostThread thread = in.thread();
        SentenceEmbeddings vectors = in.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
        Map<String, AuthorEmotions> out = new LinkedHashMap<>();
        AuthorDocument.byAuthorAndPost(thread, in.get(SentenceAnalyzer.SENTENCES), vectors)
                .forEach((author, posts) -> out.put(author, read(posts, vectors)));
        return Layers.of(Emotions.EMOTIONS, new Emotions.EmotionResult(out));
    }

    private AuthorEmotions read(List<AuthorDocument> posts, SentenceEmbeddings vectors) {
        List<SentenceEmotions> perSentence = new ArrayList<>();
        for (Sentence s : posts.stream().flatMap(post -> post.sentences().stream()).toList()) {
            double[] p = model.sentence(vectors, s);
            List<EmotionScore> labels = over(p, model.decideSentence(p));
            if (labels.stream().anyMatch(l -> !l.label().equals("neutral"))) {
                perSentence.add(new SentenceEmotions(s.index(), s.postId(), s.field().wireName(), s.span().begin(),
                        s.span().end(), labels));
            }
        }
        double[] p = AuthorDocument.meanByLength(posts, post -> model.post(vectors, post));
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            probabilities.put(Emotions.LABELS.get(c), p[c]);
        }
        return new AuthorEmotions(over(p, model.decide(p)), probabilities, perSentence);
    }

    /** The labels read, most probable first. */
    private static List<EmotionScore> over(double[] p, List<Integer> read) {
        List<EmotionScore> labels = new ArrayList<>();
        for (int c : read) {
            labels.add(new EmotionScore(Emotions.LABELS.get(c), p[c]));
        }
        labels.sort(Comparator.comparingDouble(EmotionScore::probability).reversed()
                .thenComparing(EmotionScore::label));
        return labels;
    }
}
