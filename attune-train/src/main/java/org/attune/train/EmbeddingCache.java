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

import org.attune.core.embedding.Encoder;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;

/**
 * An {@link Encoder} that remembers the vectors of texts it has seen, on disk, so that retraining a head does not
 * re-run the encoder. Keyed by the sha256 of the text and the model's file hashes; stored under
 * {@code $ATTUNE_CACHE} (default {@code ~/.cache/attune}). For training only: it holds dataset text hashes, not text.
 */
public final class EmbeddingCache implements Encoder {
    private final Encoder inner;
    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final List<String> added = new ArrayList<>();

    public EmbeddingCache(Encoder inner) {
        if (inner instanceof OnnxEncoder onnx && onnx.branchName() != null) {
            throw new IllegalArgumentException("the cache keeps sentence vectors only; an encoder's branch would be "
                    + "lost in it");
        }
        this.inner = inner;
        String env = System.getenv("ATTUNE_CACHE");
        Path dir = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "attune");
        String modelKey = sha256(String.join(",", new java.util.TreeMap<>(inner.files()).values())).substring(0, 16);
        this.file = dir.resolve("embeddings-" + inner.id() + "-" + modelKey + ".bin");
        load();
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
        List<float[][]> out = new ArrayList<>(groups.size());
        List<List<String>> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        int d = inner.dimension();
        for (int g = 0; g < groups.size(); g++) {
            float[] flat = vectors.get(groupKey(groups.get(g)));
            if (flat != null && flat.length == d * groups.get(g).size()) {
                float[][] v = new float[groups.get(g).size()][];
                for (int i = 0; i < v.length; i++) {
                    v[i] = java.util.Arrays.copyOfRange(flat, i * d, (i + 1) * d);
                }
                out.add(v);
            } else {
                out.add(null);
                missing.add(groups.get(g));
                where.add(g);
            }
        }
        if (!missing.isEmpty()) {
            List<float[][]> fresh = inner.encodeInContext(missing);
            synchronized (added) {
                for (int k = 0; k < fresh.size(); k++) {
                    float[][] v = fresh.get(k);
                    float[] flat = new float[v.length * d];
                    for (int i = 0; i < v.length; i++) {
                        System.arraycopy(v[i], 0, flat, i * d, d);
                    }
                    String key = groupKey(missing.get(k));
                    if (vectors.putIfAbsent(key, flat) == null) {
                        added.add(key);
                    }
                    out.set(where.get(k), v);
                }
            }
        }
        return out;
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
