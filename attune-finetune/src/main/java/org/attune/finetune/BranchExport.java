package org.attune.finetune;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;

import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;

/**
 * Cuts the top layers out of the engine's int8 ONNX encoder ({@code bge-small-en-v1.5-q.onnx}) as a model of their
 * own, with fine-tuned weights put in: the engine runs it as a branch on the states entering the first of those
 * layers, which the base model hands over. The cut keeps every node the base model runs from that tensor and the
 * attention bias to {@code last_hidden_state} (the layers and the dynamic quantisation of the entering states), byte
 * for byte, in the base model's order, so the branch computes what the base model's top layers compute, with the
 * weights replaced and the attention bias given rather than made from a mask: with no weights given and the bias of a
 * full mask it reproduces the base model's output (tested).
 *
 * <p>A fine-tuned linear weight is quantised as the base model's are: symmetric int8 per output column, the column's
 * scale its largest magnitude over 127, zero points 0 (the {@code _quantized}, {@code _scale} and {@code _zero_point}
 * initializers of each {@code MatMulInteger}). Biases and layer norms stay in float, as in the base model.
 *
 * <p>The protobuf is read and written field by field with protobuf-java's wire reader and writer (ModelProto: ir
 * version 1, graph 7, opset import 8; GraphProto: node 1, name 2, initializer 5, input 11, output 12; NodeProto: input
 * 1, output 2, name 3, op type 4; TensorProto: dims 1, data type 2, name 8, raw data 9; ValueInfoProto: name 1).
 */
public final class BranchExport {
    /** The branch's input: the states entering its first layer. */
    public static final String INPUT = "hidden_states";
    /**
     * The branch's other input: the additive attention bias, (batch, 1, tokens, tokens), 0 where a token may attend to
     * another and -10000 where it may not; the base model computes it from its 2-D mask, the engine gives it so that a
     * sentence's tokens attend within their sentence.
     */
    public static final String BIAS = "attention_bias";
    public static final String OUTPUT = "last_hidden_state";
    private static final int FLOAT = 1;
    private static final int INT8 = 3;

    private BranchExport() {
    }

    /**
     * A bundle manifest's account of a branch cut from layer {@code from} of {@code base}: its entry tensor, layers,
     * base model and quantisation (the "branch" object), and in {@code training} how its layers were trained.
     */
    static void describe(ObjectNode manifest, ObjectNode training, int from, byte[] base,
            TopLayerTuning.Settings settings) {
        ObjectNode branch = manifest.putObject("branch");
        branch.put("entry", entry(from));
        branch.put("layers", from + "-" + (TorchBert.LAYERS - 1));
        branch.put("base", OnnxEncoder.BGE_SMALL_MODEL);
        branch.put("baseSha256", ModelBundle.sha256(base));
        branch.put("quantisation", "int8, symmetric per output column, zero points 0, as the base model's "
                + "linear weights; biases and layer norms in float");
        training.put("encoder", "bge-small-en-v1.5: layers 0-" + (from - 1) + " frozen (the engine's int8 pass), "
                + "layers " + from + "-11 fine-tuned from the full-precision weights, then quantised");
        training.put("optimiser", "AdamW, weight decay 0.01, lr " + settings.learningRate() + " (layers) and "
                + settings.headLearningRate() + " (head), linear warm-up over a tenth of the steps then linear decay, "
                + "batch " + settings.batch() + ", " + settings.epochs() + " epochs, seed " + settings.seed());
    }

    /** A fine-tuning run's tensors cut into a branch: its first layer, its ONNX bytes, and every tensor read. */
    public record Trained(int from, byte[] branch, Map<String, OnnxWeights.Tensor> tensors) {
    }

    /**
     * Reads a fine-tuning run's tensors ({@link TensorFile}) and cuts the branch from {@code base} with the trained
     * top layers put in.
     *
     * @throws IllegalStateException if a tensor is not finite (the training diverged) or the file lacks a weight of
     *     the top layers or the head
     */
    public static Trained cut(Path tensorsFile, byte[] base) {
        Map<String, OnnxWeights.Tensor> tensors = TensorFile.read(tensorsFile);
        TreeSet<Integer> layers = new TreeSet<>();
        Map<String, OnnxWeights.Tensor> weights = new LinkedHashMap<>();
        tensors.forEach((name, t) -> {
            for (float v : t.values()) {
                if (!Float.isFinite(v)) {
                    throw new IllegalStateException(tensorsFile + ": " + name + " holds " + v + "; the training "
                            + "that wrote it diverged");
                }
            }
            if (TorchBert.layerOf(name) >= 0) {
                layers.add(TorchBert.layerOf(name));
                weights.put(name, t);
            }
        });
        if (layers.isEmpty() || layers.last() != TorchBert.LAYERS - 1
                || layers.size() != TorchBert.LAYERS - layers.first() || weights.size() != 16 * layers.size()
                || !tensors.containsKey("head.weight") || !tensors.containsKey("head.bias")) {
            throw new IllegalStateException(tensorsFile + " does not hold every weight of the top layers and the head");
        }
        return new Trained(layers.first(), export(base, layers.first(), weights), tensors);
    }

    /** The tensor of the base model that enters layer {@code from}: the output of the layer below it. */
    public static String entry(int from) {
        return "/encoder/layer." + (from - 1) + "/output/LayerNorm/Add_1_output_0";
    }

    /**
     * The branch of layers {@code from} to the last, cut from {@code base}, with the weights of {@code weights}
     * (PyTorch names, a linear weight inputs by outputs, as {@link TorchBert}) in place of the base model's; a weight
     * not given keeps the base model's.
     */
    public static byte[] export(byte[] base, int from, Map<String, OnnxWeights.Tensor> weights) {
        try {
            Model model = Model.read(base);
            String cut = entry(from);
            String bias = attentionBias(model, from);
            Cut kept = cut(model, cut, bias);
            Map<String, String> matMulWeight = matMulWeights(model, kept.nodes());
            byte[] graph = message(g -> {
                for (int n = 0; n < model.nodes.size(); n++) {
                    if (kept.nodes().contains(n)) {
                        g.writeByteArray(1, model.nodes.get(n).renamed(Map.of(cut, INPUT, bias, BIAS)));
                    }
                }
                g.writeString(2, "attune-branch-from-layer-" + from);
                Map<String, Quantized> quantized = new HashMap<>();
                for (String name : model.initializers.keySet()) {
                    if (!kept.initializers().contains(name)) {
                        continue;
                    }
                    String weight = matMulWeight.get(name);
                    if (weight != null && weights.containsKey(weight)) {
                        Quantized q = quantized.computeIfAbsent(weight, w -> Quantized.of(weights.get(w)));
                        g.writeByteArray(5, name.endsWith("_quantized") ? q.values(name)
                                : name.endsWith("_scale") ? q.scales(name) : q.zeroPoints(name));
                    } else if (weights.containsKey(name)) {
                        g.writeByteArray(5, floatTensor(name, weights.get(name)));
                    } else {
                        g.writeByteArray(5, model.initializers.get(name));
                    }
                }
                g.writeByteArray(11, valueInfo(INPUT, FLOAT, List.of("batch", "tokens", 384)));
                g.writeByteArray(11, valueInfo(BIAS, FLOAT, List.of("batch", 1, "tokens", "tokens")));
                g.writeByteArray(12, valueInfo(OUTPUT, FLOAT, List.of("batch", "tokens", 384)));
            });
            return message(m -> {
                m.writeInt64(1, model.irVersion);
                m.writeString(2, "attune-finetune");
                m.writeByteArray(7, graph);
                for (byte[] opset : model.opsets) {
                    m.writeByteArray(8, opset);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the branch out of the ONNX model", e);
        }
    }

    /** The nodes (by index) and the initializers the branch keeps. */
    private record Cut(Set<Integer> nodes, Set<String> initializers) {
    }

    /**
     * Every node on a path from {@code cut} or {@code bias} to the output, found backwards from the output; a tensor
     * that comes from elsewhere in the base model (a graph input, a node below the cut) is an error.
     */
    private static Cut cut(Model model, String cut, String bias) {
        Map<String, Integer> producer = new HashMap<>();
        for (int i = 0; i < model.nodes.size(); i++) {
            for (String o : model.nodes.get(i).outputs()) {
                producer.put(o, i);
            }
        }
        if (!producer.containsKey(cut)) {
            throw new IllegalStateException("the base model has no tensor " + cut);
        }
        Set<Integer> nodes = new HashSet<>();
        Set<String> initializers = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(OUTPUT));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (t.isEmpty() || !seen.add(t) || t.equals(cut) || t.equals(bias)) {
                continue;
            }
            if (model.initializers.containsKey(t)) {
                initializers.add(t);
                continue;
            }
            Integer n = producer.get(t);
            if (n == null) {
                throw new IllegalStateException("the branch needs " + t + ", which comes from outside it");
            }
            nodes.add(n);
            todo.addAll(model.nodes.get(n).inputs());
        }
        return new Cut(nodes, initializers);
    }

    /**
     * The PyTorch name of the weight behind each quantised weight's initializers ({@code _quantized}, {@code _scale},
     * {@code _zero_point}), from the {@code MatMulInteger} node that reads it.
     */
    private static Map<String, String> matMulWeights(Model model, Set<Integer> nodes) {
        Map<String, String> out = new HashMap<>();
        for (int n : nodes) {
            OnnxNode node = model.nodes.get(n);
            if (node.op().equals("MatMulInteger") && node.name().endsWith("/MatMul_quant")) {
                String path = node.name().substring(1, node.name().length() - "/MatMul_quant".length());
                String weight = path.replace('/', '.') + ".weight";
                String q = node.inputs().get(1);
                String stem = q.substring(0, q.length() - "_quantized".length());
                for (String suffix : List.of("_quantized", "_scale", "_zero_point")) {
                    out.put(stem + suffix, weight);
                }
            }
        }
        return out;
    }

    /** The bias the first branch layer's attention scores are added to: the second input of its attention's Add. */
    private static String attentionBias(Model model, int from) {
        String add = "/encoder/layer." + from + "/attention/self/Add";
        for (OnnxNode n : model.nodes) {
            if (n.name().equals(add) && n.inputs().size() == 2) {
                return n.inputs().get(1);
            }
        }
        throw new IllegalStateException("the base model has no node " + add);
    }

    /** A weight quantised per output column; the tensors keep the base model's initializer names. */
    private record Quantized(long[] shape, byte[] values, float[] scales) {
        static Quantized of(OnnxWeights.Tensor w) {
            int rows = (int) w.shape()[0];
            int cols = (int) w.shape()[1];
            float[] scales = new float[cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    scales[c] = Math.max(scales[c], Math.abs(w.values()[r * cols + c]));
                }
            }
            for (int c = 0; c < cols; c++) {
                scales[c] = scales[c] == 0 ? 1f : scales[c] / 127f;
            }
            byte[] q = new byte[rows * cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    long v = Math.round(w.values()[r * cols + c] / scales[c]);
                    q[r * cols + c] = (byte) Math.max(-127, Math.min(127, v));
                }
            }
            return new Quantized(w.shape(), q, scales);
        }

        byte[] values(String name) throws IOException {
            return tensor(name, INT8, shape, q -> q.writeByteArray(9, values));
        }

        byte[] scales(String name) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(scales.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(scales);
            return tensor(name, FLOAT, new long[] {scales.length}, q -> q.writeByteArray(9, b.array()));
        }

        byte[] zeroPoints(String name) throws IOException {
            return tensor(name, INT8, new long[] {scales.length}, q -> q.writeByteArray(9, new byte[scales.length]));
        }
    }

    private interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    /** The bytes of a message whose fields {@code body} writes. */
    private static byte[] message(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        body.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] tensor(String name, int type, long[] dims, Body data) throws IOException {
        return message(t -> {
            for (long d : dims) {
                t.writeInt64(1, d);
            }
            t.writeInt32(2, type);
            t.writeString(8, name);
            data.write(t);
        });
    }

    private static byte[] floatTensor(String name, OnnxWeights.Tensor w) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(w.values().length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(w.values());
        return tensor(name, FLOAT, w.shape(), t -> t.writeByteArray(9, b.array()));
    }

    /**
     * A ValueInfoProto: name (1) and type (2), a TypeProto whose tensor_type (1) has elem_type (1) and shape (2) of
     * dims (1), each a dim_value (1, a number) or a dim_param (2, a name).
     */
    private static byte[] valueInfo(String name, int type, List<Object> dims) throws IOException {
        byte[] shape = message(s -> {
            for (Object dim : dims) {
                s.writeByteArray(1, message(d -> {
                    if (dim instanceof Integer value) {
                        d.writeInt64(1, value);
                    } else {
                        d.writeString(2, (String) dim);
                    }
                }));
            }
        });
        byte[] tensorType = message(t -> {
            t.writeInt32(1, type);
            t.writeByteArray(2, shape);
        });
        byte[] typeProto = message(t -> t.writeByteArray(1, tensorType));
        return message(v -> {
            v.writeString(1, name);
            v.writeByteArray(2, typeProto);
        });
    }

    /** The parts of a ModelProto the cut needs. */
    private static final class Model {
        long irVersion;
        final List<byte[]> opsets = new ArrayList<>();
        final List<OnnxNode> nodes = new ArrayList<>();
        final Map<String, byte[]> initializers = new LinkedHashMap<>();

        static Model read(byte[] bytes) throws IOException {
            Model m = new Model();
            CodedInputStream in = CodedInputStream.newInstance(bytes);
            in.setSizeLimit(Integer.MAX_VALUE);
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                switch (WireFormat.getTagFieldNumber(tag)) {
                    case 1 -> m.irVersion = in.readInt64();
                    case 7 -> m.readGraph(in.readBytes());
                    case 8 -> m.opsets.add(in.readByteArray());
                    default -> in.skipField(tag);
                }
            }
            return m;
        }

        private void readGraph(ByteString bytes) throws IOException {
            CodedInputStream in = bytes.newCodedInput();
            in.setSizeLimit(Integer.MAX_VALUE);
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                switch (WireFormat.getTagFieldNumber(tag)) {
                    case 1 -> nodes.add(OnnxNode.read(in.readBytes()));
                    case 5 -> {
                        byte[] raw = in.readByteArray();
                        initializers.put(tensorName(raw), raw);
                    }
                    default -> in.skipField(tag);
                }
            }
        }

        private static String tensorName(byte[] raw) throws IOException {
            CodedInputStream in = CodedInputStream.newInstance(raw);
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                if (WireFormat.getTagFieldNumber(tag) == 8) {
                    return in.readString();
                }
                in.skipField(tag);
            }
            throw new IllegalStateException("an initializer without a name");
        }
    }
}
