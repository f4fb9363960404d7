package org.attune.ml.support;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;

/**
 * The features of the reply-quality heads, the same at training and run time. A <em>segment</em> (a whole reply, or
 * one of its sentences) is read with the post it answers: the mean and maximum of the segment's sentence vectors; with
 * {@link Spec#parent}, the mean of the parent's sentence vectors; with {@link Spec#interaction}, their element-wise
 * product and cosine (how the reply takes up what it answers); a few counts (questions, sentences, words); then, with
 * {@link Spec#tfidf}, tf-idf of the segment's words. Which parts are used was chosen by measurement and is stored with
 * the model.
 */
public final class SupportFeatures {
    /** Number of surface counts at the end of the dense part. */
    static final int COUNTS = 4;

    /** Which feature groups a model uses. */
    public record Spec(boolean parent, boolean interaction, boolean tfidf) {
        public ObjectNode toJson() {
            return JsonNodeFactory.instance.objectNode().put("parent", parent).put("interaction", interaction)
                    .put("tfidf", tfidf);
        }

        public static Spec fromJson(JsonNode o) {
            return new Spec(o.path("parent").asBoolean(), o.path("interaction").asBoolean(),
                    o.path("tfidf").asBoolean());
        }
    }

    private SupportFeatures() {
    }

    /**
     * The dense features of a segment. {@code segment} and {@code parent} are sentence indexes into {@code vectors};
     * {@code segmentTexts} are the segment's sentences as analyzers read them (normalised), in order.
     */
    public static float[] dense(SentenceEmbeddings vectors, int[] segment, int[] parent, List<String> segmentTexts,
            Spec spec) {
        int d = vectors.dimension();
        int size = 2 * d + (spec.parent ? d : 0) + (spec.interaction ? d + 1 : 0) + COUNTS;
        float[] out = new float[size];
        float[] mean = new float[d];
        if (segment.length > 0) {
            java.util.Arrays.fill(out, d, 2 * d, Float.NEGATIVE_INFINITY);
            for (int s : segment) {
                float[] v = vectors.get(s);
                for (int j = 0; j < d; j++) {
                    mean[j] += v[j] / segment.length;
                    out[d + j] = Math.max(out[d + j], v[j]);
                }
            }
            System.arraycopy(mean, 0, out, 0, d);
        }
        int at = 2 * d;
        float[] parentMean = mean(vectors, parent);
        if (spec.parent) {
            System.arraycopy(parentMean, 0, out, at, d);
            at += d;
        }
        if (spec.interaction) {
            float[] unit = normalized(mean);
            double cos = 0;
            for (int j = 0; j < d; j++) {
                out[at + j] = unit[j] * parentMean[j];
                cos += unit[j] * parentMean[j];
            }
            out[at + d] = (float) cos;
            at += d + 1;
        }
        int questions = 0;
        int words = 0;
        for (String t : segmentTexts) {
            questions += t.indexOf('?') >= 0 ? 1 : 0;
            words += t.isBlank() ? 0 : t.trim().split("\\s+").length;
        }
        out[at] = questions;
        out[at + 1] = segmentTexts.isEmpty() ? 0 : (float) questions / segmentTexts.size();
        out[at + 2] = (float) Math.log1p(segmentTexts.size());
        out[at + 3] = (float) Math.log1p(words);
        return out;
    }

    /** The standardised dense part followed by tf-idf of the text (when the spec uses it). */
    public static FeatureVector features(float[] dense, String text, Standardizer standardizer,
            TfidfFeaturizer tfidf) {
        if (tfidf == null) {
            return new FeatureVector(standardizer.transform(dense), new int[0], new float[0], standardizer.size());
        }
        TfidfFeaturizer.Sparse words = tfidf.transform(text, standardizer.size());
        return new FeatureVector(standardizer.transform(dense), words.indexes(), words.values(),
                standardizer.size() + tfidf.size());
    }

    /** The L2-normalised mean of the given sentences' vectors; zeros when there are none. */
    static float[] mean(SentenceEmbeddings vectors, int[] sentences) {
        float[] m = new float[vectors.dimension()];
        for (int s : sentences) {
            float[] v = vectors.get(s);
            for (int j = 0; j < m.length; j++) {
                m[j] += v[j];
            }
        }
        return normalized(m);
    }

    private static float[] normalized(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = v.clone();
        if (n > 0) {
            float inv = (float) (1 / Math.sqrt(n));
            for (int j = 0; j < out.length; j++) {
                out[j] *= inv;
            }
        }
        return out;
    }
}
