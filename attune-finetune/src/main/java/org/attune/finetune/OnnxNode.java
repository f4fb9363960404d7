package org.attune.finetune;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;

/**
 * An ONNX {@code NodeProto}: its raw fields, with its inputs (field 1), outputs (2), name (3) and op type (4) read out
 * with protobuf-java's wire reader.
 */
record OnnxNode(byte[] raw, List<String> inputs, List<String> outputs, String name, String op) {
    static OnnxNode read(ByteString bytes) throws IOException {
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
        return new OnnxNode(bytes.toByteArray(), inputs, outputs, name, op);
    }

    /** The node with its inputs renamed as {@code names} says; every other field as it was. */
    byte[] renamed(Map<String, String> names) throws IOException {
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
