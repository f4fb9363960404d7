package org.attune.ml.emotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.embedding.BranchStates;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.emotion.Emotions;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.text.Sentence;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.head.AuthorDocument;

/**
 * GoEmotions read by a fine-tuned copy of the encoder's top layers (the bundle's {@value #BRANCH}, int8 ONNX, run by
 * the {@link OnnxEncoder} on the same pass as the states entering its first layer) and a sigmoid per label over the
 * mean of a text's token states: a sentence's own tokens, or all of a post's. Trained with {@code attune-finetune};
 * thresholds tuned on GoEmotions' dev split as the engine reads it: a post's on comments read alone, a sentence's on
 * comments read among others in one passage (the reading a sentence of a post gets). Immutable and thread-safe.
 */
public record TunedEmotionModel(String id, float[][] weight, float[] bias, double[] thresholds,
        double[] sentenceThresholds, boolean neutralAlone, boolean sentenceNeutralAlone, OnnxEncoder.Branch branch,
        Map<String, String> hashes) implements EmotionHead {

    public static final String BUNDLE = "org/attune/models/emotions-goemotions-tuned";
    public static final String BRANCH = "branch.onnx";
    public static final String HEAD = "head.json";

    public TunedEmotionModel {
        int labels = Emotions.LABELS.size();
        if (weight.length != labels || bias.length != labels || thresholds.length != labels
                || sentenceThresholds.length != labels) {
            throw new AttuneException(ErrorCode.MODEL, "the fine-tuned emotion head needs " + labels
                    + " classes and thresholds");
        }
    }

    public static TunedEmotionModel load() {
        ModelBundle bundle = ModelBundle.open(BUNDLE);
        List<String> labels = new ArrayList<>();
        bundle.manifest().path("labels").forEach(l -> labels.add(l.asText()));
        if (!labels.equals(Emotions.LABELS)) {
            throw new AttuneException(ErrorCode.MODEL, "the fine-tuned emotion bundle's labels differ from the "
                    + "engine's");
        }
        JsonNode head = bundle.json(HEAD);
        return new TunedEmotionModel(bundle.id(), matrix(head.path("weight")), vector(head.path("bias")),
                doubles(head.path("thresholds")), doubles(head.path("sentenceThresholds")),
                head.path("neutralAlone").asBoolean(false), head.path("sentenceNeutralAlone").asBoolean(false),
                OnnxEncoder.Branch.of(bundle, BRANCH), bundle.hashes());
    }

    /** Each label's probability for the mean token state {@code mean} of a text. */
    public double[] probabilities(float[] mean) {
        double[] p = new double[weight.length];
        for (int c = 0; c < weight.length; c++) {
            double z = bias[c];
            for (int d = 0; d < mean.length; d++) {
                z += weight[c][d] * mean[d];
            }
            p[c] = 1 / (1 + Math.exp(-z));
        }
        return p;
    }

    @Override
    public double[] sentence(SentenceEmbeddings vectors, Sentence sentence) {
        return probabilities(states(vectors).mean(new int[] {sentence.index()}));
    }

    @Override
    public double[] post(SentenceEmbeddings vectors, AuthorDocument post) {
        return probabilities(states(vectors).mean(post.sentences().stream().mapToInt(Sentence::index).toArray()));
    }

    private BranchStates states(SentenceEmbeddings vectors) {
        if (vectors.branch() == null) {
            throw new AttuneException(ErrorCode.MODEL, "the fine-tuned emotion head reads the encoder's branch, "
                    + "and this encoder runs none");
        }
        return vectors.branch();
    }

    private static float[][] matrix(JsonNode rows) {
        float[][] out = new float[rows.size()][];
        for (int r = 0; r < out.length; r++) {
            out[r] = vector(rows.path(r));
        }
        return out;
    }

    private static float[] vector(JsonNode values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values.path(i).asDouble(Double.NaN);
        }
        return out;
    }

    private static double[] doubles(JsonNode values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.path(i).asDouble(Double.NaN);
        }
        return out;
    }
}
