package org.attune.ml.emotion;

import java.util.List;
import java.util.Map;

import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.text.Sentence;
import org.attune.ml.head.AuthorDocument;

/**
 * A GoEmotions reader of sentences and posts: the head over the frozen encoder's vectors ({@link EmotionModel}) or
 * the fine-tuned branch's head ({@link TunedEmotionModel}). Each label's probability is an independent sigmoid; the
 * labels read are those at or over their threshold tuned on GoEmotions' dev split (see {@link #decide}).
 */
public sealed interface EmotionHead permits EmotionModel, TunedEmotionModel {
    String id();

    /** The model files by name with their sha256. */
    Map<String, String> hashes();

    double[] thresholds();

    boolean neutralAlone();

    /** Each label's probability for one sentence, read in its post. */
    double[] sentence(SentenceEmbeddings vectors, Sentence sentence);

    /** Each label's probability for one post (its sentences). */
    double[] post(SentenceEmbeddings vectors, AuthorDocument post);

    /**
     * The thresholds of a sentence read among the others of its post; the document's by default. A sentence's
     * neighbours colour its reading, so a head may have its own, tuned on dev comments read among others.
     */
    default double[] sentenceThresholds() {
        return thresholds();
    }

    /** Whether a sentence reads neutral only when it reads no emotion; the document's rule by default. */
    default boolean sentenceNeutralAlone() {
        return neutralAlone();
    }

    /** The labels of a post (or comment) read at these probabilities, in label order. */
    default List<Integer> decide(double[] probabilities) {
        return EmotionModel.decide(probabilities, thresholds(), neutralAlone());
    }

    /** The labels of a sentence read among the others of its post at these probabilities, in label order. */
    default List<Integer> decideSentence(double[] probabilities) {
        return EmotionModel.decide(probabilities, sentenceThresholds(), sentenceNeutralAlone());
    }
}
