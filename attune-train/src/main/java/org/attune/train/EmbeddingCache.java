package org.attune.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.attune.core.embedding.BranchStates;
import org.attune.core.embedding.Encoder;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;

/**
 * An {@link Encoder} that remembers the vectors of texts it has seen, on disk, so that retraining a head does not
 * re-run the encoder. Keyed by the sha256 of the text and the model's file hashes (a branch's file among them);
 * stored under {@code $ATTUNE_CACHE} (default {@code ~/.cache/attune}). Over an encoder that runs a fine-tuned branch,
 * {@link #readInContext} keeps what the branch read with the vectors. For training only: it holds dataset text
 * hashes, not text.
 */
public final class EmbeddingCache implements Encoder {
    private final Encoder inner;
    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final List<String> added = new ArrayList<>();
    private final boolean branch;

    public EmbeddingCache(Encoder inner) {
        this(inner, defaultDirectory());
    }

    /** A cache kept in {@code dir}. */
    public EmbeddingCache(Encoder inner, Path dir) {
        this.inner = inner;
        this.branch = inner instanceof OnnxEncoder onnx && onnx.branchName() != null;
        String modelKey = sha256(String.join(",", new java.util.TreeMap<>(inner.files()).values())).substring(0, 16);
        // an encoder with a branch has an id such as "model+bundle@1/branch.onnx": one file name, not a folder
        this.file = dir.resolve("embeddings-" + inner.id().replaceAll("[^A-Za-z0-9.+@-]", "_") + "-" + modelKey
                + ".bin");
        load();
    }

    private static Path defaultDirectory() {
        String env = System.getenv("ATTUNE_CACHE");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "attune");
    }

    @Override
    public String id() {
        return inner.id();
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public Map<String, String> files() {
        return inner.files();
    }

    @Override
    public float[][] encode(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            float[] v = vectors.get(sha256(texts.get(i)));
            if (v != null) {
                out[i] = v;
            } else {
                missing.add(texts.get(i));
                where.add(i);
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = inner.encode(missing);
            synchronized (added) {
                for (int k = 0; k < fresh.length; k++) {
                    String key = sha256(missing.get(k));
                    if (vectors.putIfAbsent(key, fresh[k]) == null) {
                        added.add(key);
                    }
                    out[where.get(k)] = fresh[k];
                }
            }
        }
        return out;
    }

    /** Whole groups are cached under the hash of their sentences joined; the vectors are stored end to end. */
    @Override
    public List<float[][]> encodeInContext(List<List<String>> groups) {
        return cachedGroups(groups, EmbeddingCache::groupKey, this::unpackVectors, inner::encodeInContext,
                this::packVectors);
    }

    /**
     * Without a branch, {@link #encodeInContext} (cached) with no branch states. With one, each passage is cached under
     * its own key as one record: the branch's width, the sentence vectors, the branch's means, the token counts.
     */
    @Override
    public List<Passage> readInContext(List<List<String>> groups) {
        if (!branch) {
            return Encoder.super.readInContext(groups);
        }
        return cachedGroups(groups, EmbeddingCache::passageKey, this::unpack, inner::readInContext, this::pack);
    }

    /**
     * Each group read from the cache under {@code key} ({@code unpack} gives null for a record absent or of another
     * shape), the rest computed by the inner encoder in one call and added to the cache.
     */
    private <T> List<T> cachedGroups(List<List<String>> groups, Function<List<String>, String> key,
            BiFunction<float[], Integer, T> unpack, Function<List<List<String>>, List<T>> compute,
            Function<T, float[]> pack) {
        List<T> out = new ArrayList<>(groups.size());
        List<List<String>> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            T cached = unpack.apply(vectors.get(key.apply(groups.get(g))), groups.get(g).size());
            out.add(cached);
            if (cached == null) {
                missing.add(groups.get(g));
                where.add(g);
            }
        }
        if (!missing.isEmpty()) {
            List<T> fresh = compute.apply(missing);
            synchronized (added) {
                for (int k = 0; k < fresh.size(); k++) {
                    String name = key.apply(missing.get(k));
                    if (vectors.putIfAbsent(name, pack.apply(fresh.get(k))) == null) {
                        added.add(name);
                    }
                    out.set(where.get(k), fresh.get(k));
                }
            }
        }
        return out;
    }

    private float[] packVectors(float[][] v) {
        int d = inner.dimension();
        float[] flat = new float[v.length * d];
        for (int i = 0; i < v.length; i++) {
            System.arraycopy(v[i], 0, flat, i * d, d);
        }
        return flat;
    }

    /** The {@code n} sentence vectors stored end to end in {@code flat}, or null when absent or of another shape. */
    private float[][] unpackVectors(float[] flat, int n) {
        int d = inner.dimension();
        if (flat == null || flat.length != d * n) {
            return null;
        }
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            v[i] = java.util.Arrays.copyOfRange(flat, i * d, (i + 1) * d);
        }
        return v;
    }

    private float[] pack(Passage p) {
        int n = p.vectors().length;
        int d = inner.dimension();
        int b = n == 0 ? 0 : p.branch().means()[0].length;
        float[] flat = new float[1 + n * (d + b + 1)];
        flat[0] = b;
        for (int i = 0; i < n; i++) {
            System.arraycopy(p.vectors()[i], 0, flat, 1 + i * d, d);
            System.arraycopy(p.branch().means()[i], 0, flat, 1 + n * d + i * b, b);
            flat[1 + n * (d + b) + i] = p.branch().tokens()[i];
        }
        return flat;
    }

    /** The passage of {@code n} sentences stored in {@code flat}, or null when it is absent or of another shape. */
    private Passage unpack(float[] flat, int n) {
        int d = inner.dimension();
        if (flat == null || flat.length < 1) {
            return null;
        }
        int b = (int) flat[0];
        if (flat.length != 1 + n * (d + b + 1)) {
            return null;
        }
        float[][] v = new float[n][];
        float[][] means = new float[n][];
        int[] tokens = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = java.util.Arrays.copyOfRange(flat, 1 + i * d, 1 + (i + 1) * d);
            means[i] = java.util.Arrays.copyOfRange(flat, 1 + n * d + i * b, 1 + n * d + (i + 1) * b);
            tokens[i] = (int) flat[1 + n * (d + b) + i];
        }
        return new Passage(v, new BranchStates(means, tokens));
    }

    private static String passageKey(List<String> sentences) {
        return "passage:" + sha256(String.join("\u0000", sentences) + "\u0000" + sentences.size());
    }

    private static String groupKey(List<String> sentences) {
        return "context:" + sha256(String.join("\u0000", sentences) + "\u0000" + sentences.size());
    }

    /** Appends the vectors computed since the last save. */
    public void save() {
        synchronized (added) {
            if (added.isEmpty()) {
                return;
            }
            try {
                Files.createDirectories(file.getParent());
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)))) {
                    for (String key : added) {
                        float[] v = vectors.get(key);
                        out.writeUTF(key);
                        out.writeInt(v.length);
                        for (float x : v) {
                            out.writeFloat(x);
                        }
                    }
                }
                added.clear();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the embedding cache " + file, e);
            }
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                String key;
                try {
                    key = in.readUTF();
                } catch (EOFException end) {
                    break;
                }
                int n = in.readInt();
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = in.readFloat();
                }
                vectors.put(key, v);
            }
        } catch (EOFException truncated) {
            // a run killed while appending leaves a partial record: keep what was complete
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding cache " + file, e);
        }
    }

    private static String sha256(String s) {
        return ModelBundle.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        save();
    }
}
