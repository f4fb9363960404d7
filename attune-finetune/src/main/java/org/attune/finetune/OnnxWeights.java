package org.attune.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

/**
 * The float initializers of an ONNX model (its weights), read from the protobuf with protobuf-java's wire reader:
 * {@code ModelProto.graph} (field 7), {@code GraphProto.initializer} (5), and of each {@code TensorProto} its dims (1),
 * data type (2), name (8) and raw data (9). Only 32-bit float tensors stored as raw data are kept, which is how the
 * exporters write weights. PyTorch's exporter names a linear layer's weight after nothing ({@code onnx::MatMul_1525});
 * such a weight is renamed after the {@code MatMul} node that reads it ({@code /encoder/layer.0/attention/self/query/
 * MatMul} gives {@code encoder.layer.0.attention.self.query.weight}), stored as the node reads it: inputs by outputs.
 */
public final class OnnxWeights {
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int FLOAT = 1;

    /** One weight: its shape and its values in row-major order. */
    public record Tensor(long[] shape, float[] values) {
    }

    private OnnxWeights() {
    }

    /** The float weights of the model in {@code model}, by initializer name, in the file's order. */
    public static Map<String, Tensor> read(InputStream model) {
        try {
            CodedInputStream in = CodedInputStream.newInstance(model);
            in.setSizeLimit(Integer.MAX_VALUE);
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            Map<String, String> matMulWeights = new LinkedHashMap<>();
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                if (WireFormat.getTagFieldNumber(tag) == MODEL_GRAPH) {
                    readGraph(in.readBytes().newCodedInput(), tensors, matMulWeights);
                } else {
                    in.skipField(tag);
                }
            }
            Map<String, Tensor> out = new LinkedHashMap<>();
            tensors.forEach((name, t) -> out.put(matMulWeights.getOrDefault(name, name), t));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ONNX model's weights", e);
        }
    }

    private static void readGraph(CodedInputStream in, Map<String, Tensor> out, Map<String, String> matMulWeights)
            throws IOException {
        in.setSizeLimit(Integer.MAX_VALUE);
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (WireFormat.getTagFieldNumber(tag)) {
                case GRAPH_INITIALIZER -> readTensor(in.readBytes().newCodedInput(), out);
                case GRAPH_NODE -> readMatMul(OnnxNode.read(in.readBytes()), matMulWeights);
                default -> in.skipField(tag);
            }
        }
    }

    /** A {@code MatMul} node's second input, mapped to the name of its weight after the node's name. */
    private static void readMatMul(OnnxNode node, Map<String, String> matMulWeights) {
        List<String> inputs = node.inputs();
        String name = node.name();
        String op = node.op();
        if (op.equals("MatMul") && inputs.size() == 2 && name.endsWith("/MatMul")) {
            String path = name.substring(name.startsWith("/") ? 1 : 0, name.length() - "/MatMul".length());
            matMulWeights.put(inputs.get(1), path.replace('/', '.') + ".weight");
        }
    }

    private static void readTensor(CodedInputStream in, Map<String, Tensor> out) throws IOException {
        List<Long> dims = new ArrayList<>();
        int type = 0;
        String name = null;
        ByteBuffer raw = null;
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (WireFormat.getTagFieldNumber(tag)) {
                case TENSOR_DIMS -> {
                    if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                        int limit = in.pushLimit(in.readRawVarint32());
                        while (in.getBytesUntilLimit() > 0) {
                            dims.add(in.readInt64());
                        }
                        in.popLimit(limit);
                    } else {
                        dims.add(in.readInt64());
                    }
                }
                case TENSOR_DATA_TYPE -> type = in.readInt32();
                case TENSOR_NAME -> name = in.readString();
                case TENSOR_RAW_DATA -> raw = in.readBytes().asReadOnlyByteBuffer();
                default -> in.skipField(tag);
            }
        }
        if (type != FLOAT || raw == null || name == null) {
            return;
        }
        FloatBuffer floats = raw.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] values = new float[floats.remaining()];
        floats.get(values);
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        long size = 1;
        for (long d : shape) {
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalStateException("ONNX weight " + name + " has " + values.length + " values for shape "
                    + dims);
        }
        out.put(name, new Tensor(shape, values));
    }
}
