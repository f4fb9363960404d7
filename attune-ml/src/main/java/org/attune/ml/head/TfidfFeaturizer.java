package org.attune.ml.head;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Word unigrams and bigrams weighted by sublinear tf times smoothed idf, L2-normalised: the lexical half of a head's
 * features. The vocabulary and idf are fitted on training data and stored with the head. Thread-safe once built.
 */
public final class TfidfFeaturizer {
    private final Map<String, Integer> index;
    private final float[] idf;

    private TfidfFeaturizer(Map<String, Integer> index, float[] idf) {
        this.index = index;
        this.idf = idf;
    }

    public int size() {
        return idf.length;
    }

    /** What separates words: anything but letters, digits and apostrophes (compiled once; it runs per read). */
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}']+");

    /** Lower-cased word tokens (letters, digits, apostrophes) and adjacent pairs. */
    static List<String> terms(String text) {
        List<String> words = new ArrayList<>();
        for (String w : SEPARATOR.split(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        List<String> terms = new ArrayList<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            terms.add(words.get(i));
            if (i + 1 < words.size()) {
                terms.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return terms;
    }

    /** Fits the vocabulary (terms in at least {@code minDf} documents) and idf. */
    public static TfidfFeaturizer fit(List<String> docs, int minDf) {
        Map<String, Integer> df = new HashMap<>();
        for (String d : docs) {
            for (String t : new java.util.HashSet<>(terms(d))) {
                df.merge(t, 1, Integer::sum);
            }
        }
        List<String> vocab = new ArrayList<>();
        df.forEach((t, n) -> {
            if (n >= minDf) {
                vocab.add(t);
            }
        });
        Collections.sort(vocab);
        Map<String, Integer> index = new HashMap<>();
        float[] idf = new float[vocab.size()];
        int n = docs.size();
        for (int i = 0; i < vocab.size(); i++) {
            index.put(vocab.get(i), i);
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(vocab.get(i)))) + 1);
        }
        return new TfidfFeaturizer(index, idf);
    }

    /** The non-zero features of {@code text}, at positions from {@code offset}, ascending. */
    public Sparse transform(String text, int offset) {
        java.util.TreeMap<Integer, Integer> tf = new java.util.TreeMap<>();
        for (String t : terms(text)) {
            Integer j = index.get(t);
            if (j != null) {
                tf.merge(j, 1, Integer::sum);
            }
        }
        int[] idx = new int[tf.size()];
        float[] val = new float[tf.size()];
        double norm = 0;
        int k = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            double v = (1 + Math.log(e.getValue())) * idf[e.getKey()];
            idx[k] = offset + e.getKey();
            val[k++] = (float) v;
            norm += v * v;
        }
        double inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int i = 0; i < val.length; i++) {
            val[i] = (float) (val[i] * inv);
        }
        return new Sparse(idx, val);
    }

    /** Positions and values of non-zero features. */
    public record Sparse(int[] indexes, float[] values) {
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        String[] vocab = new String[idf.length];
        index.forEach((t, i) -> vocab[i] = t);
        ArrayNode v = o.putArray("vocabulary");
        ArrayNode w = o.putArray("idf");
        for (int i = 0; i < vocab.length; i++) {
            v.add(vocab[i]);
            w.add(idf[i]);
        }
        return o;
    }

    public static TfidfFeaturizer fromJson(JsonNode o) {
        JsonNode v = o.path("vocabulary");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < v.size(); i++) {
            index.put(v.get(i).asText(), i);
        }
        return new TfidfFeaturizer(index, LinearHead.floats(o.path("idf")));
    }
}
