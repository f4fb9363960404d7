package org.attune.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TorchBertTest {
    private static NDManager manager;
    private static TorchBert bert;

    @BeforeAll
    static void load() {
        System.setProperty("ai.djl.offline", "true");
        manager = NDManager.newBaseManager("PyTorch");
        bert = TorchBert.load(manager);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void linearWeights_areNamedAfterTheNodeThatReadsThem() {
        Map<String, NDArray> w = bert.weights();
        assertEquals(new Shape(1536, 384), w.get("encoder.layer.11.output.dense.weight").getShape());
        assertEquals(new Shape(384, 384), w.get("encoder.layer.0.attention.self.query.weight").getShape());
        assertTrue(w.keySet().stream().noneMatch(k -> k.startsWith("onnx::")), w.keySet().toString());
        // 12 layers of 16 weights, and the embeddings' 5
        assertEquals(12 * 16 + 5, w.size());
        assertEquals(4 * 16, bert.weightsFrom(8).size());
    }

    @Test
    void lastHiddenStates_matchOnnxRuntimeOnTheSameModel() throws Exception {
        String text = "A synthetic test sentence, about a walk in the park and a cup of tea.";
        Encoding e = FineTuneCommand.tokenizer().encode(text);
        float[][][] expected;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TorchBert.MODEL_RESOURCE);
                OrtSession session = env.createSession(in.readAllBytes(), new OrtSession.SessionOptions());
                OnnxTensor ids = OnnxTensor.createTensor(env, new long[][] {e.getIds()});
                OnnxTensor mask = OnnxTensor.createTensor(env, new long[][] {e.getAttentionMask()});
                OnnxTensor types = OnnxTensor.createTensor(env, new long[][] {e.getTypeIds()});
                OrtSession.Result r = session.run(Map.of("input_ids", ids, "attention_mask", mask,
                        "token_type_ids", types))) {
            expected = (float[][][]) r.get(0).getValue();
        }
        try (NDManager scope = manager.newSubManager()) {
            NDArray states = bert.forward(scope.create(new long[][] {e.getIds()}),
                    scope.create(new long[][] {e.getTypeIds()}), scope.ones(new Shape(1, e.getIds().length)),
                    TorchBert.LAYERS);
            for (int t = 0; t < e.getIds().length; t++) {
                assertArrayEquals(expected[0][t], states.get(0, t).toFloatArray(), 1e-4f, "token " + t);
            }
            // the lower layers then the upper ones give the same states
            NDArray mask = scope.ones(new Shape(1, e.getIds().length));
            NDArray lower = bert.forward(scope.create(new long[][] {e.getIds()}),
                    scope.create(new long[][] {e.getTypeIds()}), mask, 8);
            assertArrayEquals(states.toFloatArray(), bert.forwardFrom(lower, mask, 8).toFloatArray(), 1e-5f);
        }
    }

    @Test
    void paddingDoesNotChangeTheTokensStates() throws Exception {
        HuggingFaceTokenizer tokenizer = FineTuneCommand.tokenizer();
        long[] ids = tokenizer.encode("Short synthetic text.").getIds();
        long[] padded = Arrays.copyOf(ids, ids.length + 5);
        float[] mask = new float[padded.length];
        Arrays.fill(mask, 0, ids.length, 1f);
        try (NDManager scope = manager.newSubManager()) {
            NDArray alone = bert.forward(scope.create(new long[][] {ids}), scope.zeros(new Shape(1, ids.length),
                    DataType.INT64), scope.ones(new Shape(1, ids.length)), TorchBert.LAYERS);
            NDArray withPadding = bert.forward(scope.create(new long[][] {padded}), scope.zeros(new Shape(1,
                    padded.length), DataType.INT64), scope.create(new float[][] {mask}),
                    TorchBert.LAYERS);
            assertArrayEquals(alone.toFloatArray(), withPadding.get(":, 0:" + ids.length).toFloatArray(), 1e-4f);
        }
    }
}
