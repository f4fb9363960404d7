package org.attune.ml.support;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.embedding.BranchStates;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.ml.head.FeatureVector;
import org.attune.ml.head.Standardizer;
import org.attune.ml.head.TfidfFeaturizer;

/**
 * The features of the reply-quality heads, the same at training and run time. A <em>segment</em> (a whole reply, or
 * one of its sentences) is read with the post it answers: the mean and maximum of the segment's sentence vectors; with
 * {@link Spec#parent}, the mean of the parent's sentence vectors; with {@link Spec#interaction}, their element-wise
 * product and cosine (how the reply takes up what it answers); a few counts (questions, sentences, words); with
 * {@link Spec#branch}, the mean of the encoder's fine-tuned branch states over the segment's tokens (the emotion
 * branch, which the default engine runs anyway); then, with {@link Spec#tfidf}, tf-idf of the segment's words. Which
 * parts are used was chosen by measurement and is stored with the model.
 */
public final class SupportFeatures {
    /** Number of surface counts at the end of the dense part. */
    static final int COUNTS = 4;

    /**
     * Which feature groups a model uses. A model with {@code branch} reads the states of the encoder's fine-tuned
     * branch and runs only over an encoder that runs that branch.
     */
    public record Spec(boolean parent, boolean interaction, boolean tfidf, boolean branch) {
        /** A spec over the frozen encoder's vectors alone. */
        public Spec(boolean parent, boolean interaction, boolean tfidf) {
            this(parent, interaction, tfidf, false);
        }

        /** The branch flag is written only when set, so that a frozen model's JSON is what it was before it existed. */
        public ObjectNode toJson() {
            ObjectNode o = JsonNodeFactory.instance.objectNode().put("parent", parent)
                    .put("interaction", interaction).put("tfidf", tfidf);
            return branch ? o.put("branch", true) : o;
        }

        public static Spec fromJson(JsonNode o) {
            return new Spec(o.path("parent").asBoolean(), o.path("interaction").asBoolean(),
                    o.path("tfidf").asBoolean(), o.path("branch").asBoolean(false));
        }
    }

    private SupportFeatures() {
    }

    /**
     * The dense features of a segment. {@code segment} and {@code parent} are sentence indexes into {@code vectors};
     * {@code segmentTexts} are the segment's sentences as analyzers read them (normalised), in order.
     *
     * @throws org.attune.core.error.AttuneException if the spec reads the branch and {@code vectors} of some
     *     sentences carry none
     */
    public static float[] dense(SentenceEmbeddings vectors, int[] segment, int[] parent, List<String> segmentTexts,
            Spec spec) {
        BranchStates branch = spec.branch ? vectors.requireBranch("this reply-quality model") : null;
        int d = vectors.dimension();
        // the branch's width is the encoder's (a copy of its top layers)
        int size = 2 * d + (spec.parent ? d : 0) + (spec.interaction ? d + 1 : 0) + COUNTS + (spec.branch ? d : 0);
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
        if (branch != null) { // null only in a thread without sentences: zeros
            float[] states = branch.mean(segment);
            System.arraycopy(states, 0, out, at + COUNTS, states.length);
        }
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
