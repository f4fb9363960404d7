package org.attune.finetune;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.ml.bundle.ModelBundle;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.safety.TunedTriageModel;
import org.attune.train.data.CssrsPosts;
import org.attune.train.safety.FunctionalSuite;
import org.attune.train.safety.SafetyTrainer;

/**
 * {@code attune-finetune export-triage TENSORS RAISE [through]}: turns a triage fine-tuning run's tensors
 * ({@code triage-model}) into the engine's bundle {@value TunedTriageModel#BUNDLE}: the top layers cut from the int8
 * encoder with the fine-tuned weights put in ({@link BranchExport}), the ordinal head, and the probability of "at
 * least high" from which the safety analysis raises a writer. That is given, not chosen here (the model card says how
 * it was chosen).
 */
final class TriageExport {
    private TriageExport() {
    }

    /**
     * Writes the bundle made from {@code tensorsFile}, trained on the main suite, blind sets 1 to {@code through} and
     * the {@code real} posts, raising to high from {@code raise} and to moderate from {@code moderate} (infinite:
     * never), into {@code dir}: the source tree's {@value TunedTriageModel#BUNDLE} to ship it, or a
     * folder of its own for a measurement ({@code bin/attune eval safety --triage-folds}).
     */
    static void export(Path tensorsFile, double raise, double moderate, int through, TriageComparison.RealPosts real,
            Path dir, PrintStream log) {
        byte[] base = EmotionsExport.resource(OnnxEncoder.BGE_SMALL_MODEL);
        BranchExport.Trained cut = BranchExport.cut(tensorsFile, base);
        int outputs = TunedTriageModel.OUTPUTS;
        float[] w = cut.tensors().get("head.weight").values();
        float[] bias = cut.tensors().get("head.bias").values();
        if (w.length != TorchBert.HIDDEN * outputs || bias.length != outputs) {
            throw new IllegalStateException(tensorsFile + " holds no ordinal head of " + outputs + " outputs");
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        ObjectNode head = mapper.createObjectNode();
        ArrayNode rows = head.putArray("weight");
        for (int k = 0; k < outputs; k++) {
            ArrayNode r = rows.addArray();
            for (int d = 0; d < TorchBert.HIDDEN; d++) {
                r.add(w[d * outputs + k]);
            }
        }
        ArrayNode b = head.putArray("bias");
        for (float v : bias) {
            b.add(v);
        }
        head.put("raise", raise);
        if (Double.isFinite(moderate)) {
            head.put("raiseModerate", moderate);
        }
        try {
            Files.createDirectories(dir);
            byte[] headBytes = mapper.writeValueAsBytes(head);
            Files.write(dir.resolve(TunedTriageModel.HEAD), headBytes);
            Files.write(dir.resolve(TunedTriageModel.BRANCH), cut.branch());
            ObjectNode m = mapper.createObjectNode();
            m.put("id", "safety-triage-tuned");
            m.put("version", "2");
            m.put("task", "the five triage levels of docs/triage.md (none, low, moderate, high, imminent) for an "
                    + "author's text, read by a fine-tuned copy of the encoder's top layers and an ordinal head; a "
                    + "second reader beside the safety rules and heads, which raises a writer read none or low to high "
                    + "and never lowers a reading");
            ArrayNode labels = m.putArray("labels");
            for (String l : new String[] {"at least low", "at least moderate", "at least high", "imminent"}) {
                labels.add(l);
            }
            ObjectNode files = m.putObject("files");
            files.put(TunedTriageModel.BRANCH, ModelBundle.sha256(cut.branch()));
            files.put(TunedTriageModel.HEAD, ModelBundle.sha256(headBytes));
            ObjectNode training = m.putObject("training");
            BranchExport.describe(m, training, cut.from(), base, FineTuneCommand.TUNED);
            training.put("dataset", "Attune's functional safety suites: the main suite and blind sets 1 to " + through
                    + " (single posts), synthetic, written by the project from docs/triage.md" + real.describe()
                    + (real.used() ? " (r/SuicideWatch, C-SSRS level by clinical annotators; the level as the lowest "
                    + "of a triage band: 0 none, 1-2 moderate, 3-6 high)" : ""));
            training.put("licence", "the project's own synthetic cases, under the project's licence" + (real.used()
                    ? "; cssrs-7level-posts: " + CssrsPosts.LICENCE : ""));
            training.put("notTrainedOn", "blind sets " + (through + 1) + " to " + FunctionalSuite.BLIND_SUITES.size()
                    + ", which estimate the engine");
            ArrayNode folds = training.putArray(TunedTriageModel.CSSRS_FOLDS);
            for (int k = 0; k < SafetyTrainer.FOLDS && real.used(); k++) {
                if (k != real.heldOut()) {
                    folds.add(k);
                }
            }
            String args = " " + through + (real.used() ? " real" + (real.heldOut() < 0 ? "" : real.heldOut()) : "");
            training.put("script", "bin/attune-finetune triage-model OUT" + args + ", then bin/attune-finetune "
                    + "export-triage OUT " + raise + args + (Double.isFinite(moderate) ? " --moderate " + moderate : "")
                    + " (attune-finetune: libtorch on the CPU)");
            training.put("gold", "the lowest level of each post's expected band");
            training.put("reading", "each post split into sentences as the engine splits it and read as one passage: "
                    + "the frozen layers read it whole, the trained layers each sentence");
            training.put("head", "four cumulative sigmoids (at least low .. imminent) over the mean of the content "
                    + "tokens' states, binary cross-entropy each");
            ObjectNode use = m.putObject("use");
            use.put("raise", raise);
            if (Double.isFinite(moderate)) {
                use.put("raiseModerate", moderate);
            }
            use.put("from", "none or low: the level the rules and the heads read before it, where the writer says a "
                    + "word of their own risk now and nothing explains it away");
            use.put("chosenOn", "docs/model-card-safety.md, the fine-tuned triage reader: measured on the real posts "
                    + "by readers trained without them and on the read blind sets, never on the sets that estimate "
                    + "the engine");
            m.put("commercialUse", true);
            m.put("calibrated", false);
            Files.write(dir.resolve("manifest.json"), mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle to " + dir, e);
        }
        log.println("wrote " + dir);
    }
}
