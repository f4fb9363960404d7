package org.attune.ml.encoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;

/**
 * The parts of an ONNX model that cutting it needs, read field by field with protobuf-java's wire reader (ModelProto:
 * ir version 1, graph 7, opset import 8; GraphProto: node 1, initializer 5, output 12; NodeProto: input 1, output 2,
 * name 3, op type 4; TensorProto: name 8; ValueInfoProto: name 1). Fields it does not name are kept as raw bytes.
 * The engine cuts the base encoder below a branch with {@link #trunk}; the fine-tuning module cuts branches with it.
 */
public final class OnnxGraph {
    public final long irVersion;
    public final List<byte[]> opsets;
    public final List<Node> nodes;
    /** Initializers by name, raw, in the model's order. */
    public final Map<String, byte[]> initializers;

    private OnnxGraph(long irVersion, List<byte[]> opsets, List<Node> nodes, Map<String, byte[]> initializers) {
        this.irVersion = irVersion;
        this.opsets = opsets;
        this.nodes = nodes;
        this.initializers = initializers;
    }

    /** A node: its raw fields, with its inputs, outputs, name and op type read out. */
    public record Node(byte[] raw, List<String> inputs, List<String> outputs, String name, String op) {
        static Node read(ByteString bytes) throws IOException {
            CodedInputStream in = bytes.newCodedInput();
            List<String> inputs = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            String name = "";
            String op = "";
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                switch (WireFormat.getTagFieldNumber(tag)) {
                    case 1 -> inputs.add(in.readString());
                    case 2 -> outputs.add(in.readString());
                    case 3 -> name = in.readString();
                    case 4 -> op = in.readString();
                    default -> in.skipField(tag);
                }
            }
            return new Node(bytes.toByteArray(), inputs, outputs, name, op);
        }

        /** The node with its inputs renamed as {@code names} says; every other field as it was. */
        public byte[] renamed(Map<String, String> names) throws IOException {
            if (inputs.stream().noneMatch(names::containsKey)) {
                return raw;
            }
            CodedInputStream in = CodedInputStream.newInstance(raw);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                if (WireFormat.getTagFieldNumber(tag) == 1) {
                    String input = in.readString();
                    out.writeString(1, names.getOrDefault(input, input));
                } else {
                    in.skipField(tag, out);
                }
            }
            out.flush();
            return bytes.toByteArray();
        }
    }

    public static OnnxGraph read(byte[] model) throws IOException {
        long irVersion = 0;
        List<byte[]> opsets = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        Map<String, byte[]> initializers = new LinkedHashMap<>();
        CodedInputStream in = large(CodedInputStream.newInstance(model));
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> irVersion = in.readInt64();
                case 7 -> {
                    CodedInputStream g = large(in.readBytes().newCodedInput());
                    while (!g.isAtEnd()) {
                        int t = g.readTag();
                        switch (WireFormat.getTagFieldNumber(t)) {
                            case 1 -> nodes.add(Node.read(g.readBytes()));
                            case 5 -> {
                                byte[] raw = g.readByteArray();
                                initializers.put(tensorName(raw), raw);
                            }
                            default -> g.skipField(t);
                        }
                    }
                }
                case 8 -> opsets.add(in.readByteArray());
                default -> in.skipField(tag);
            }
        }
        return new OnnxGraph(irVersion, opsets, nodes, initializers);
    }

    /** The nodes (by index) and the initializers that a cut keeps. */
    public record Cut(Set<Integer> nodes, Set<String> initializers) {
    }

    /**
     * Every node on a path to {@code output}, found backwards from it, stopping at the tensors of {@code from} (which
     * the cut model takes as inputs); a tensor with no producer that is not an initializer or in {@code from} is an
     * error unless {@code inputs} allows it (a graph input).
     */
    public Cut cut(String output, Collection<String> from, Collection<String> inputs) {
        Map<String, Integer> producer = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (String o : nodes.get(i).outputs) {
                producer.put(o, i);
            }
        }
        if (!producer.containsKey(output)) {
            throw new IllegalStateException("the model has no tensor " + output);
        }
        Set<Integer> kept = new HashSet<>();
        Set<String> weights = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(output));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (t.isEmpty() || !seen.add(t) || from.contains(t)) {
                continue;
            }
            if (initializers.containsKey(t)) {
                weights.add(t);
                continue;
            }
            Integer n = producer.get(t);
            if (n == null) {
                if (inputs.contains(t)) {
                    continue;
                }
                throw new IllegalStateException("the cut needs " + t + ", which comes from outside it");
            }
            kept.add(n);
            todo.addAll(nodes.get(n).inputs);
        }
        return new Cut(kept, weights);
    }

    /**
     * The model {@code model} ending at its internal tensor {@code output}: only the nodes and initializers that
     * compute it are kept and it is the only graph output (declared by name; ONNX Runtime takes its type from the
     * graph's value_info), so that a session on it does not run the layers above it. Every other field of the model
     * and of its graph (inputs, value_info, opsets) is kept as it was.
     */
    public static byte[] trunk(byte[] model, String output) throws IOException {
        OnnxGraph graph = read(model);
        Cut cut = graph.cut(output, Set.of(), Set.of("input_ids", "attention_mask", "token_type_ids"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(model.length);
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        CodedInputStream in = large(CodedInputStream.newInstance(model));
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            if (WireFormat.getTagFieldNumber(tag) != 7) {
                in.skipField(tag, out);
                continue;
            }
            ByteArrayOutputStream g = new ByteArrayOutputStream(model.length);
            CodedOutputStream gOut = CodedOutputStream.newInstance(g);
            CodedInputStream gIn = large(in.readBytes().newCodedInput());
            int node = 0;
            while (!gIn.isAtEnd()) {
                int t = gIn.readTag();
                switch (WireFormat.getTagFieldNumber(t)) {
                    case 1 -> {
                        ByteString raw = gIn.readBytes();
                        if (cut.nodes().contains(node++)) {
                            gOut.writeBytes(1, raw);
                        }
                    }
                    case 5 -> {
                        byte[] raw = gIn.readByteArray();
                        if (cut.initializers().contains(tensorName(raw))) {
                            gOut.writeByteArray(5, raw);
                        }
                    }
                    case 12 -> gIn.skipField(t);
                    default -> gIn.skipField(t, gOut);
                }
            }
            gOut.writeByteArray(12, message(v -> v.writeString(1, output)));
            gOut.flush();
            out.writeByteArray(7, g.toByteArray());
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Writes a message's fields. */
    public interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    /** The bytes of a message whose fields {@code body} writes. */
    public static byte[] message(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        body.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    private static CodedInputStream large(CodedInputStream in) {
        in.setSizeLimit(Integer.MAX_VALUE);
        return in;
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
