package org.attune.finetune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import org.attune.ml.encoder.OnnxEncoder;

/**
 * Fine-tunes the top {@code layers} of the encoder and a linear head over the mean of its token states; the layers
 * below stay frozen. Their output does not change while training, so it is computed once for every example, at
 * construction, and each training (a fold, a split) starts from the pretrained top layers and reads that cache: with
 * four of twelve layers trained, an epoch costs about a third of a full one. {@code layers} = 0 trains the head alone
 * on the frozen encoder's last hidden states, the side-by-side baseline, read the same way.
 *
 * <p>AdamW (Loshchilov and Hutter), weight decay 0.01, learning rate warmed up linearly over the first tenth of the
 * steps and then decayed linearly to zero; batches of examples of similar length in a seeded random order. The update
 * is written out here: DJL's {@code AdamW} (the PyTorch engine's {@code adamUpdate}), with gradients clipped at 1 and a
 * cosine decay, brought the fine-tuned C-SSRS kappa to 0.608 against 0.766 for this loop on the same folds, and the
 * cause was not isolated. A step whose gradient is not finite is skipped and reported: two emotions runs without that
 * guard ended with every weight NaN.
 */
public final class TopLayerTuning implements AutoCloseable {
    /**
     * An example as the tokenizer gives it: token ids and token type ids (1 on a pair's second text), and each token's
     * sentence (-1 for the special tokens), or null. With sentences, the trained layers let a token attend only within
     * its sentence and to the special tokens, as the engine runs the branch; the frozen layers read it whole.
     */
    public record Example(long[] ids, long[] typeIds, int[] sentenceOf) {
        public Example(long[] ids, long[] typeIds) {
            this(ids, typeIds, null);
        }
    }

    /** How one training runs. */
    public record Settings(int epochs, int batch, float learningRate, float headLearningRate, long seed) {
    }

    /**
     * Which token states the head reads the mean of: all of them ({@code [CLS]} and {@code [SEP]} too), or the
     * content tokens only, as the engine's in-context sentence vectors are made (a sentence inside a passage has no
     * special tokens of its own).
     */
    public enum Pooling { ALL_TOKENS, CONTENT_TOKENS }

    /**
     * What a training leaves: the readings of the examples asked for and, when kept, the trained top layers by
     * name (inputs by outputs, as {@link TorchBert#weights()}) and the head (384 by outputs, and its bias).
     */
    public record Trained(float[][] readings, Map<String, float[]> layers, float[] headWeight, float[] headBias) {
    }

    /** Examples cached or read per call, at most, and at most this many tokens with their padding. */
    private static final int READ_BATCH = 64;
    private static final int READ_TOKENS = 4096;

    private final TorchBert bert;
    private final NDManager manager;
    private final int from;
    private final List<Example> examples;
    private final NDArray[] frozen;
    private final Pooling pooling;
    private final Map<String, float[]> pretrained = new HashMap<>();

    /** Reads every example through the frozen layers below the top {@code layers}; the head reads all tokens. */
    public TopLayerTuning(TorchBert bert, NDManager manager, List<Example> examples, int layers) {
        this(bert, manager, examples, layers, Pooling.ALL_TOKENS);
    }

    /**
     * Reads every example through the frozen layers below the top {@code layers}, in padded batches of similar
     * length (padding leaves a token's states unchanged, tested in {@code TorchBertTest}).
     */
    public TopLayerTuning(TorchBert bert, NDManager manager, List<Example> examples, int layers, Pooling pooling) {
        this(bert, manager, examples, layers, pooling, List.of());
    }

    /**
     * As above, except that the examples of each of {@code passages} (indexes into the examples) are read by the
     * frozen layers together, as one passage of their content tokens between one [CLS] and one [SEP], as the engine
     * reads the sentences of a post; each example of a passage keeps the passage's [CLS] and [SEP] states around its
     * own tokens' states. The trained layers then read each example alone, so a passage's [CLS] and [SEP] attend
     * only to that example in them: the engine's branch lets them attend to the whole passage, and only they do.
     */
    public TopLayerTuning(TorchBert bert, NDManager manager, List<Example> examples, int layers, Pooling pooling,
            List<List<Integer>> passages) {
        if (layers < 0 || layers > TorchBert.LAYERS) {
            throw new IllegalArgumentException("layers to train must be 0-" + TorchBert.LAYERS + ", not " + layers);
        }
        this.bert = bert;
        this.manager = manager;
        this.from = TorchBert.LAYERS - layers;
        this.examples = List.copyOf(examples);
        this.pooling = pooling;
        this.frozen = new NDArray[examples.size()];
        List<Example> sequences = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        boolean[] inPassage = new boolean[examples.size()];
        for (List<Integer> passage : passages) {
            sequences.add(joined(passage));
            members.add(passage);
            passage.forEach(i -> inPassage[i] = true);
        }
        for (int i = 0; i < examples.size(); i++) {
            if (!inPassage[i]) {
                sequences.add(examples.get(i));
                members.add(List.of(i));
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            all.add(i);
        }
        for (List<Integer> batch : byLength(all, sequences)) {
            try (NDManager scope = manager.newSubManager()) {
                int tokens = sequences.get(batch.get(batch.size() - 1)).ids().length;
                long[][] ids = new long[batch.size()][tokens];
                long[][] types = new long[batch.size()][tokens];
                float[][] mask = new float[batch.size()][tokens];
                for (int j = 0; j < batch.size(); j++) {
                    Example e = sequences.get(batch.get(j));
                    System.arraycopy(e.ids(), 0, ids[j], 0, e.ids().length);
                    System.arraycopy(e.typeIds(), 0, types[j], 0, e.typeIds().length);
                    Arrays.fill(mask[j], 0, e.ids().length, 1f);
                }
                NDArray states = bert.forward(scope.create(ids), scope.create(types), scope.create(mask), from);
                for (int j = 0; j < batch.size(); j++) {
                    NDArray read = states.get(j);
                    int length = sequences.get(batch.get(j)).ids().length;
                    int at = 1; // the first content token of the next member
                    for (int i : members.get(batch.get(j))) {
                        int content = examples.get(i).ids().length - 2;
                        NDArray one = read.get("0:1").concat(read.get(at + ":" + (at + content)), 0)
                                .concat(read.get((length - 1) + ":" + length), 0);
                        at += content;
                        one.attach(manager);
                        frozen[i] = one;
                    }
                }
            }
        }
        bert.weights().forEach((name, w) -> {
            if (TorchBert.layerOf(name) >= from) {
                pretrained.put(name, w.toFloatArray());
            }
        });
    }

    /**
     * Trains the top layers and a new head on the examples {@code train} (indexes into the examples) with their gold
     * label rows ({@code gold[i]} is the row of {@code train.get(i)}), and returns the probabilities of the task for
     * the examples {@code read}, in order.
     */
    public float[][] trainAndRead(List<Integer> train, int[][] gold, TuningTask task, Settings settings,
            List<Integer> read) {
        return train(train, gold, task, settings, read, false).readings();
    }

    /** As {@link #trainAndRead}, and keeps the trained top layers and head (to be exported). */
    public Trained trainAndKeep(List<Integer> train, int[][] gold, TuningTask task, Settings settings,
            List<Integer> read) {
        return train(train, gold, task, settings, read, true);
    }

    private Trained train(List<Integer> train, int[][] gold, TuningTask task, Settings settings, List<Integer> read,
            boolean keep) {
        bert.weights().forEach((name, w) -> {
            if (pretrained.containsKey(name)) {
                w.set(pretrained.get(name));
            }
        });
        List<NDArray> top = bert.weightsFrom(from);
        top.forEach(w -> w.setRequiresGradient(true));
        Random random = new Random(settings.seed());
        Map<Integer, int[]> goldOf = new HashMap<>();
        for (int i = 0; i < train.size(); i++) {
            goldOf.put(train.get(i), gold[i]);
        }
        try (NDManager headScope = manager.newSubManager()) {
            Engine.getEngine("PyTorch").setRandomSeed((int) settings.seed());
            NDArray weight = headScope.randomNormal(0f, 0.02f, new Shape(TorchBert.HIDDEN, task.outputs()),
                    DataType.FLOAT32);
            NDArray bias = headScope.zeros(new Shape(task.outputs()));
            weight.setRequiresGradient(true);
            bias.setRequiresGradient(true);
            int steps = settings.epochs() * ((train.size() + settings.batch() - 1) / settings.batch());
            AdamW layers = new AdamW(settings.learningRate(), steps, headScope);
            AdamW head = new AdamW(settings.headLearningRate(), steps, headScope);
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                for (List<Integer> batch : batches(train, settings.batch(), random)) {
                    try (NDManager scope = manager.newSubManager()) {
                        int[][] batchGold = new int[batch.size()][];
                        for (int j = 0; j < batch.size(); j++) {
                            batchGold[j] = goldOf.get(batch.get(j));
                        }
                        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                            NDArray logits = logits(batch, scope, weight, bias);
                            NDArray loss = task.loss(logits, batchGold, scope);
                            float value = loss.getFloat();
                            if (!Float.isFinite(value)) {
                                throw new IllegalStateException("training diverged: the loss is " + value
                                        + " at epoch " + (epoch + 1) + ", step " + layers.step + " (examples "
                                        + batch + ")");
                            }
                            collector.backward(loss);
                        }
                        if (!finiteGradients(top, weight, bias, scope)) {
                            // a step on a non-finite gradient would make every weight NaN
                            System.err.printf("skipped step %d: a gradient is not finite%n", layers.step + 1);
                            continue;
                        }
                        layers.next();
                        head.next();
                        for (NDArray w : top) {
                            layers.update(w, scope);
                        }
                        head.update(weight, scope);
                        head.update(bias, scope);
                    }
                }
            }
            top.forEach(w -> w.setRequiresGradient(false));
            Map<Integer, Integer> position = new HashMap<>();
            for (int i = 0; i < read.size(); i++) {
                position.put(read.get(i), i);
            }
            float[][] out = new float[read.size()][];
            for (List<Integer> batch : byLength(read)) {
                try (NDManager scope = manager.newSubManager()) {
                    float[] logits = logits(batch, scope, weight, bias).toFloatArray();
                    int width = task.outputs();
                    for (int j = 0; j < batch.size(); j++) {
                        out[position.get(batch.get(j))] = task.probabilities(
                                Arrays.copyOfRange(logits, j * width, (j + 1) * width));
                    }
                }
            }
            if (!keep) {
                return new Trained(out, Map.of(), null, null);
            }
            Map<String, float[]> tuned = new LinkedHashMap<>();
            bert.weights().forEach((name, w) -> {
                if (pretrained.containsKey(name)) {
                    tuned.put(name, w.toFloatArray());
                }
            });
            return new Trained(out, tuned, weight.toFloatArray(), bias.toFloatArray());
        }
    }

    /**
     * One sequence of the examples {@code passage}: their content tokens in order between one [CLS] and one [SEP]
     * (type ids 0), as the engine tokenizes a passage of sentences joined by line breaks.
     */
    private Example joined(List<Integer> passage) {
        int length = 2;
        for (int i : passage) {
            length += examples.get(i).ids().length - 2;
        }
        if (length > TorchBert.MAX_POSITIONS) {
            throw new IllegalArgumentException("a passage of " + length + " tokens does not fit the model");
        }
        long[] ids = new long[length];
        int at = 1;
        for (int i : passage) {
            long[] own = examples.get(i).ids();
            ids[0] = own[0];
            ids[length - 1] = own[own.length - 1];
            System.arraycopy(own, 1, ids, at, own.length - 2);
            at += own.length - 2;
        }
        return new Example(ids, new long[length]);
    }

    /** The examples {@code indexes} sorted by length and cut into batches under {@link #READ_TOKENS}. */
    private List<List<Integer>> byLength(List<Integer> indexes) {
        return byLength(indexes, examples);
    }

    /** The sequences {@code indexes} sorted by length and cut into batches under {@link #READ_TOKENS}. */
    private static List<List<Integer>> byLength(List<Integer> indexes, List<Example> sequences) {
        List<Integer> order = new ArrayList<>(indexes);
        order.sort(Comparator.comparingInt(i -> sequences.get(i).ids().length));
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        for (int i : order) {
            int length = sequences.get(i).ids().length;
            if (!batch.isEmpty() && (batch.size() == READ_BATCH || (batch.size() + 1) * length > READ_TOKENS)) {
                out.add(batch);
                batch = new ArrayList<>();
            }
            batch.add(i);
        }
        if (!batch.isEmpty()) {
            out.add(batch);
        }
        return out;
    }

    private NDArray logits(List<Integer> batch, NDManager scope, NDArray weight, NDArray bias) {
        int tokens = 0;
        for (int i : batch) {
            tokens = Math.max(tokens, examples.get(i).ids().length);
        }
        float[][] mask = new float[batch.size()][tokens];
        float[][] read = new float[batch.size()][tokens];
        NDArray[] padded = new NDArray[batch.size()];
        for (int j = 0; j < batch.size(); j++) {
            NDArray states = frozen[batch.get(j)];
            int length = (int) states.getShape().get(0);
            Arrays.fill(mask[j], 0, length, 1f);
            boolean content = pooling == Pooling.CONTENT_TOKENS && length > 2;
            Arrays.fill(read[j], content ? 1 : 0, content ? length - 1 : length, 1f);
            NDArray p = length < tokens
                    ? states.concat(scope.zeros(new Shape(tokens - length, TorchBert.HIDDEN)), 0)
                    : states.duplicate();
            p.attach(scope);
            padded[j] = p;
        }
        NDArray m = scope.create(mask);
        NDArray x = NDArrays.stack(new NDList(padded));
        x.attach(scope);
        boolean bySentence = batch.stream().anyMatch(i -> examples.get(i).sentenceOf() != null);
        NDArray h = bySentence ? bert.forwardFromWithBias(x, sentenceBias(batch, tokens, scope), from)
                : bert.forwardFrom(x, m, from);
        NDArray m3 = scope.create(read).expandDims(2);
        NDArray pooled = h.mul(m3).sum(new int[] {1}).div(m3.sum(new int[] {1}));
        return pooled.matMul(weight).add(bias);
    }

    /**
     * The attention bias of a batch padded to {@code tokens}: within an example, the engine's rule
     * ({@link OnnxEncoder#sentenceBias}: a token attends to its sentence and to the special tokens, a special token to
     * all; an example without sentences, all its tokens); padding, nothing.
     */
    private NDArray sentenceBias(List<Integer> batch, int tokens, NDManager scope) {
        float[] bias = new float[batch.size() * tokens * tokens];
        Arrays.fill(bias, TorchBert.MASKED);
        for (int j = 0; j < batch.size(); j++) {
            Example e = examples.get(batch.get(j));
            int length = e.ids().length;
            float[] own = OnnxEncoder.sentenceBias(e.sentenceOf() != null ? e.sentenceOf() : new int[length]);
            for (int q = 0; q < length; q++) {
                System.arraycopy(own, q * length, bias, (j * tokens + q) * tokens, length);
            }
        }
        return scope.create(bias, new Shape(batch.size(), 1, tokens, tokens));
    }

    /** Whether every gradient is finite; if not, they are all set to zero. */
    static boolean finiteGradients(List<NDArray> top, NDArray weight, NDArray bias, NDManager scope) {
        List<NDArray> all = new ArrayList<>(top);
        all.add(weight);
        all.add(bias);
        NDArray total = scope.zeros(new Shape());
        for (NDArray w : all) {
            NDArray g = w.getGradient();
            g.attach(scope);
            total = total.add(g.abs().sum()); // NaN and infinity carry through the sum: one read per step
        }
        boolean finite = Float.isFinite(total.getFloat());
        if (!finite) {
            for (NDArray w : all) {
                NDArray g = w.getGradient();
                g.attach(scope);
                g.set(new float[Math.toIntExact(g.size())]); // NaN - NaN is NaN: write zeros
            }
        }
        return finite;
    }

    /** AdamW with a linear warm-up over the first tenth of the steps and a linear decay to zero after it. */
    private static final class AdamW {
        private static final float BETA1 = 0.9f;
        private static final float BETA2 = 0.999f;
        private static final float EPSILON = 1e-8f;
        private static final float WEIGHT_DECAY = 0.01f;

        private final float rate;
        private final int steps;
        private final int warmUp;
        private final NDManager moments;
        private final Map<NDArray, NDArray[]> state = new IdentityHashMap<>();
        private int step;

        AdamW(float rate, int steps, NDManager moments) {
            this.rate = rate;
            this.steps = steps;
            this.warmUp = Math.max(1, steps / 10);
            this.moments = moments;
        }

        void next() {
            step++;
        }

        float rate() {
            return step <= warmUp ? rate * step / warmUp
                    : rate * Math.max(0f, (steps - step) / (float) Math.max(1, steps - warmUp));
        }

        /** One step on {@code w} with its gradient, which is then set to zero; temporaries live in {@code scope}. */
        void update(NDArray w, NDManager scope) {
            NDArray g = w.getGradient();
            g.attach(scope);
            NDArray[] m = state.computeIfAbsent(w, k -> new NDArray[] {moments.zeros(k.getShape()),
                moments.zeros(k.getShape())});
            m[0].muli(BETA1).addi(g.mul(1 - BETA1));
            m[1].muli(BETA2).addi(g.square().mul(1 - BETA2));
            NDArray mean = m[0].div((float) (1 - Math.pow(BETA1, step)));
            NDArray variance = m[1].div((float) (1 - Math.pow(BETA2, step)));
            mean.attach(scope);
            variance.attach(scope);
            float lr = rate();
            NDArray decay = w.mul(lr * WEIGHT_DECAY);
            decay.attach(scope);
            w.subi(mean.div(variance.sqrt().add(EPSILON)).mul(lr)).subi(decay);
            g.subi(g);
        }
    }

    /** Chunks of eight batches sorted by length (little padding), then the batches shuffled. */
    private List<List<Integer>> batches(List<Integer> train, int size, Random random) {
        List<Integer> order = new ArrayList<>(train);
        Collections.shuffle(order, random);
        List<List<Integer>> out = new ArrayList<>();
        for (int c = 0; c < order.size(); c += size * 8) {
            List<Integer> chunk = new ArrayList<>(order.subList(c, Math.min(order.size(), c + size * 8)));
            chunk.sort(Comparator.comparingInt(i -> examples.get(i).ids().length));
            for (int j = 0; j < chunk.size(); j += size) {
                out.add(chunk.subList(j, Math.min(chunk.size(), j + size)));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    /** Frees the cache and puts the pretrained top layers back, so that the next tuning starts from them too. */
    @Override
    public void close() {
        bert.weights().forEach((name, w) -> {
            if (pretrained.containsKey(name)) {
                w.set(pretrained.get(name));
            }
        });
        for (NDArray a : frozen) {
            if (a != null) {
                a.close();
            }
        }
    }
}
