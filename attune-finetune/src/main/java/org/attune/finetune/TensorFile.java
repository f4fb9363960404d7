package org.attune.finetune;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named float tensors in a file, the hand-over between a fine-tuning run (hours on the CPU) and its export to ONNX,
 * which can then be redone without training again: a header, the count, and per tensor its name, shape and values
 * (big-endian, as {@link DataOutputStream} writes them).
 */
public final class TensorFile {
    private static final String MAGIC = "attune-tensors-1";

    private TensorFile() {
    }

    public static void write(Path file, Map<String, OnnxWeights.Tensor> tensors) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeUTF(MAGIC);
                out.writeInt(tensors.size());
                for (var e : tensors.entrySet()) {
                    out.writeUTF(e.getKey());
                    long[] shape = e.getValue().shape();
                    out.writeInt(shape.length);
                    for (long d : shape) {
                        out.writeLong(d);
                    }
                    float[] values = e.getValue().values();
                    out.writeInt(values.length);
                    for (float v : values) {
                        out.writeFloat(v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tensors to " + file, e);
        }
    }

    public static Map<String, OnnxWeights.Tensor> read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IllegalStateException(file + " is not a tensor file of attune-finetune");
            }
            int count = in.readInt();
            Map<String, OnnxWeights.Tensor> out = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                long[] shape = new long[in.readInt()];
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = in.readLong();
                }
                float[] values = new float[in.readInt()];
                for (int v = 0; v < values.length; v++) {
                    values[v] = in.readFloat();
                }
                out.put(name, new OnnxWeights.Tensor(shape, values));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tensors of " + file, e);
        }
    }
}
