package org.attune.ml.emotion;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.emotion.Emotions;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.text.Sentence;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.head.AuthorDocument;
import org.attune.ml.head.MlpHead;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;
import org.attune.ml.safety.SafetyFeatures;

/**
 * The GoEmotions head: a multi-label {@link MlpHead} over the z-scored mean and max of a text's in-context sentence
 * embeddings plus word tf-idf (the features of {@link SafetyFeatures}), with a threshold per label tuned on GoEmotions'
 * dev split. Loaded from the bundle {@value #BUNDLE}, written by {@code attune train emotions}. Immutable and
 * thread-safe.
 */
public record EmotionModel(String id, Standardizer standardizer, TfidfFeaturizer tfidf, MlpHead head,
        double[] thresholds, boolean neutralAlone, Map<String, String> hashes) implements EmotionHead {

    public static final String BUNDLE = "org/attune/models/emotions-goemotions";
    public static final String FILE = "head.json";

    public EmotionModel {
        if (head.labels() != Emotions.LABELS.size() || thresholds.length != Emotions.LABELS.size()) {
            throw new AttuneException(ErrorCode.MODEL, "the emotion head needs " + Emotions.LABELS.size()
                    + " classes and thresholds");
        }
    }

    public static EmotionModel load() {
        ModelBundle bundle = ModelBundle.open(BUNDLE);
        JsonNode m = bundle.json(FILE);
        List<String> labels = new java.util.ArrayList<>();
        bundle.manifest().path("labels").forEach(l -> labels.add(l.asText()));
        if (!labels.equals(Emotions.LABELS)) {
            throw new AttuneException(ErrorCode.MODEL, "the emotion bundle's labels differ from the engine's");
        }
        double[] thresholds = new double[labels.size()];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] = m.path("thresholds").path(i).asDouble(Double.NaN);
        }
        return new EmotionModel(bundle.id(), Standardizer.fromJson(m.path("standardizer")),
                TfidfFeaturizer.fromJson(m.path("tfidf")), MlpHead.fromJson(m.path("head")), thresholds,
                m.path("neutralAlone").asBoolean(false), bundle.hashes());
    }

    /** Each label's probability (independent sigmoids) for a text with the given pooled embeddings. */
    public double[] probabilities(float[] pooled, String text) {
        return head.probabilities(SafetyFeatures.features(pooled, text, standardizer, tfidf));
    }

    @Override
    public double[] sentence(SentenceEmbeddings vectors, Sentence sentence) {
        return probabilities(SafetyFeatures.pooled(List.of(vectors.get(sentence.index())), vectors.dimension()),
                sentence.normalized());
    }

    @Override
    public double[] post(SentenceEmbeddings vectors, AuthorDocument post) {
        return probabilities(post.pooled(), post.text());
    }

    /**
     * The labels read in a text with these probabilities, in label order: each label at or over its threshold; when
     * {@code neutralAlone}, neutral only if no emotion is (the trainer chooses this rule on dev).
     */
    public static List<Integer> decide(double[] probabilities, double[] thresholds, boolean neutralAlone) {
        int neutral = Emotions.LABELS.indexOf("neutral");
        List<Integer> out = new java.util.ArrayList<>();
        for (int c = 0; c < probabilities.length; c++) {
            if (c != neutral && probabilities[c] >= thresholds[c]) {
                out.add(c);
            }
        }
        if (probabilities[neutral] >= thresholds[neutral] && (!neutralAlone || out.isEmpty())) {
            out.add(neutral);
        }
        return out;
    }
}
