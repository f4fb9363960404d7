package org.attune.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.emotion.Emotions;
import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.train.data.GoEmotions;
import org.attune.train.emotion.EmotionReport;
import org.attune.train.emotion.EmotionTrainer;

/**
 * {@code attune-finetune export-emotions TENSORS}: turns a fine-tuning run's tensors ({@code emotions-model}) into the
 * engine's bundle {@value TunedEmotionModel#BUNDLE}: the top layers cut from the int8 encoder with the fine-tuned
 * weights put in ({@link BranchExport}), and the head. Its thresholds are chosen on GoEmotions' dev split as the
 * engine reads it (int8 encoder and branch, each comment split into sentences and read as one passage), one per label
 * for that label's F1, and whether neutral stands only alone; a sentence's thresholds on dev comments read among 7
 * others in one passage, as a sentence of a post is read. Test is then read once, alone and among others.
 */
final class EmotionsExport {
    private static final int LABELS = Emotions.LABELS.size();

    private EmotionsExport() {
    }

    static void export(Path tensorsFile, Path repoRoot, PrintStream log) {
        byte[] base = resource(OnnxEncoder.BGE_SMALL_MODEL);
        BranchExport.Trained cut = BranchExport.cut(tensorsFile, base);
        Map<String, OnnxWeights.Tensor> tensors = cut.tensors();
        int from = cut.from();
        byte[] branchBytes = cut.branch();
        float[] w = tensors.get("head.weight").values();
        float[][] weight = new float[LABELS][TorchBert.HIDDEN];
        for (int d = 0; d < TorchBert.HIDDEN; d++) {
            for (int c = 0; c < LABELS; c++) {
                weight[c][d] = w[d * LABELS + c];
            }
        }
        float[] bias = tensors.get("head.bias").values();
        OnnxEncoder.Branch branch = new OnnxEncoder.Branch("emotions-goemotions-tuned/" + TunedEmotionModel.BRANCH,
                branchBytes, BranchExport.entry(from), ModelBundle.sha256(base));
        double[] half = new double[LABELS];
        Arrays.fill(half, 0.5);
        TunedEmotionModel provisional = new TunedEmotionModel("provisional", weight, bias, half, half, false, false,
                branch, Map.of());

        List<GoEmotions.Comment> dev = GoEmotions.load("dev");
        boolean[][] devGold = EmotionsComparison.truth(dev, LABELS);
        EmotionReport.Readings devRead = EmotionReport.read(provisional, dev, true);
        EmotionTrainer.Rule post = EmotionTrainer.chooseRule(devRead.alone(), devGold);
        EmotionTrainer.Rule sentence = EmotionTrainer.chooseRule(devRead.among(), devGold);
        TunedEmotionModel model = new TunedEmotionModel("emotions-goemotions-tuned", weight, bias, post.thresholds(),
                sentence.thresholds(), post.neutralAlone(), sentence.neutralAlone(), branch, Map.of());
        log.printf("dev macro-F1 %.3f (neutral %s); read among others %.3f (neutral %s)%n", post.devMacroF1(),
                post.neutralAlone() ? "only alone" : "beside emotions", sentence.devMacroF1(),
                sentence.neutralAlone() ? "only alone" : "beside emotions");
        EmotionReport.Split test = EmotionReport.measure(model, "test", true);
        log.printf("test macro-F1 %.3f, one-sentence comments %.3f, among others %.3f; micro-F1 %.3f%n",
                test.all().macroF1(), test.oneSentence().macroF1(), test.inContext().macroF1(),
                test.all().microF1());
        write(repoRoot, from, base, branchBytes, model, post.devMacroF1(), test);
    }

    private static void write(Path repoRoot, int from, byte[] base, byte[] branchBytes, TunedEmotionModel model,
            double devMacroF1, EmotionReport.Split test) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        ObjectNode head = mapper.createObjectNode();
        ArrayNode rows = head.putArray("weight");
        for (float[] row : model.weight()) {
            ArrayNode r = rows.addArray();
            for (float v : row) {
                r.add(v);
            }
        }
        ArrayNode b = head.putArray("bias");
        for (float v : model.bias()) {
            b.add(v);
        }
        ArrayNode th = head.putArray("thresholds");
        for (double v : model.thresholds()) {
            th.add(v);
        }
        ArrayNode sth = head.putArray("sentenceThresholds");
        for (double v : model.sentenceThresholds()) {
            sth.add(v);
        }
        head.put("neutralAlone", model.neutralAlone());
        head.put("sentenceNeutralAlone", model.sentenceNeutralAlone());
        Path dir = repoRoot.resolve("attune-ml/src/main/resources").resolve(TunedEmotionModel.BUNDLE);
        try {
            Files.createDirectories(dir);
            byte[] headBytes = mapper.writeValueAsBytes(head);
            Files.write(dir.resolve(TunedEmotionModel.HEAD), headBytes);
            Files.write(dir.resolve(TunedEmotionModel.BRANCH), branchBytes);
            ObjectNode m = EmotionTrainer.manifest(mapper, "emotions-goemotions-tuned", "GoEmotions' 27 emotions and "
                    + "neutral, multi-label, for an author's text and for each sentence, read by a fine-tuned copy of "
                    + "the encoder's top layers", model.thresholds());
            ObjectNode sentenceThresholds = m.putObject("sentenceThresholds");
            for (int c = 0; c < LABELS; c++) {
                sentenceThresholds.put(Emotions.LABELS.get(c), model.sentenceThresholds()[c]);
            }
            ObjectNode files = m.putObject("files");
            files.put(TunedEmotionModel.BRANCH, ModelBundle.sha256(branchBytes));
            files.put(TunedEmotionModel.HEAD, ModelBundle.sha256(headBytes));
            ObjectNode training = m.putObject("training");
            BranchExport.describe(m, training, from, base, EmotionsComparison.TUNED);
            training.put("dataset", GoEmotions.NAME);
            training.put("licence", GoEmotions.LICENCE);
            training.put("source", "Demszky et al., ACL 2020 (arXiv:2005.00547); official train/dev/test splits");
            training.put("script", "bin/attune-finetune emotions-model OUT, then bin/attune-finetune export-emotions "
                    + "OUT (attune-finetune: libtorch on the CPU)");
            training.put("examples", 43410);
            training.put("reading", "each train comment split into sentences as the engine splits a post, and read "
                    + "twice: alone, and among 7 others in one passage (a fixed shuffle), the frozen layers reading "
                    + "the passage whole and the trained layers each sentence");
            training.put("head", "a sigmoid per label over the mean of the content tokens' states (no [CLS], no "
                    + "[SEP]), binary cross-entropy");
            training.put("thresholds", "per label, the value in 0.01..0.99 maximising that label's F1 on dev read "
                    + "by the engine: a post's on each comment read alone, a sentence's on each comment read among "
                    + "7 others in one passage (fixed shuffle)" + (model.neutralAlone()
                    ? "; neutral only when no emotion is over its threshold" : "") + (model.sentenceNeutralAlone()
                    ? "; a sentence reads neutral only when it reads no emotion (chosen on dev read among others)"
                    : ""));
            m.put("commercialUse", true);
            ObjectNode metrics = m.putObject("metrics");
            metrics.put("protocol", "thresholds on dev, measured once on test; each comment read as the engine reads "
                    + "a post (int8 encoder and branch)");
            metrics.put("devMacroF1", round(devMacroF1));
            metrics.put("testMacroF1", round(test.all().macroF1()));
            metrics.put("testMicroF1", round(test.all().microF1()));
            metrics.put("testMacroF1OneSentence", round(test.oneSentence().macroF1()));
            metrics.put("testMacroF1InContext", round(test.inContext().macroF1()));
            metrics.put("inContextThresholds", "the sentence thresholds");
            metrics.put("anchorPaper", EmotionTrainer.ANCHOR_PAPER);
            metrics.put("anchorReproduction", EmotionTrainer.ANCHOR_REPRODUCTION);
            m.put("calibrated", false);
            Files.write(dir.resolve("manifest.json"), mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle to " + dir, e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static byte[] resource(String name) {
        try (InputStream in = EmotionsExport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
