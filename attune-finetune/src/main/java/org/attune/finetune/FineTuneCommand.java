package org.attune.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;

import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.safety.TunedTriageModel;
import org.attune.train.safety.FunctionalSuite;

/**
 * {@code bin/attune-finetune safety|support|emotions [layers]}: fine-tunes the encoder's top layers (four unless
 * given) with a task head and measures it beside the same head on the frozen encoder, on the splits the shipped heads
 * are measured on; prints the tables and writes {@code docs/reports/finetune-<task>.md}. Needs {@code ../shared} (or
 * {@code ATTUNE_SHARED}).
 */
public final class FineTuneCommand {
    /** Tokens read per example; the C-SSRS posts' median is about 80, EPITOME's pairs about 110. */
    static final int MAX_TOKENS = 256;
    static final int DEFAULT_LAYERS = 4;
    /** The head alone on the frozen encoder: more epochs at a higher rate (a convex problem, cheap per epoch). */
    static final TopLayerTuning.Settings FROZEN = new TopLayerTuning.Settings(30, 16, 0f, 3e-3f, 20251123L);
    /** The top layers and the head: the usual BERT fine-tuning rates and a few epochs. */
    static final TopLayerTuning.Settings TUNED = new TopLayerTuning.Settings(3, 16, 5e-5f, 1e-3f, 20251123L);
    /** A probability strictly between 0 and 1, as the command line gives it. */
    private static final String PROBABILITY = "0?\\.\\d*[1-9]\\d*";

    private FineTuneCommand() {
    }

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        if ((args.length == 2 || (args.length == 3 && args[2].matches("([1-9]|1[0-2])")))
                && args[0].equals("emotions-model")) {
            trainEmotionsModel(args);
            return;
        }
        if ((args.length == 2 || args.length >= 3 && args.length <= 4 && args[2].matches("[0-9]{1,2}")
                && (args.length == 3 || args[3].matches("real[0-4]?"))) && args[0].equals("triage-model")) {
            trainTriageModel(args);
            return;
        }
        if (args.length >= 3 && args[0].equals("export-triage")) {
            exportTriage(args);
            return;
        }
        if (args.length == 2 && args[0].equals("export-emotions")) {
            if (!Files.isRegularFile(Path.of(args[1]))) {
                System.err.println("attune-finetune: no such tensor file: " + args[1]);
                System.exit(2);
            }
            EmotionsExport.export(Path.of(args[1]), repoRoot(), System.out);
            return;
        }
        if (args.length < 1 || args.length > 2 || !List.of("safety", "support", "emotions", "triage").contains(args[0])
                || (args.length == 2 && !args[1].matches("([1-9]|1[0-2])"))) {
            System.err.println(String.join("\n",
                    "usage: attune-finetune safety|support|emotions|triage [layers to fine-tune, 1-12; default "
                            + DEFAULT_LAYERS + "]",
                    "       attune-finetune emotions-model OUT [layers]   (trains the shipped emotions model, writes "
                            + "its tensors to OUT)",
                    "       attune-finetune export-emotions OUT   (writes the bundle " + TunedEmotionModel.BUNDLE
                            + " from them)",
                    "       attune-finetune triage-model OUT [through [real[FOLD]]]   (trains the shipped triage model "
                            + "on the main suite and blind sets 1 to through; real: and the cssrs posts; realFOLD: "
                            + "but fold FOLD)",
                    "       attune-finetune export-triage OUT RAISE [through [real[FOLD]]] [--moderate M] [--into DIR]",
                    "           (writes the bundle " + TunedTriageModel.BUNDLE + ", or into DIR)"));
            System.exit(2);
        }
        int layers = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_LAYERS;
        Path reports = repoRoot().resolve("docs/reports");
        try (NDManager manager = NDManager.newBaseManager("PyTorch");
                HuggingFaceTokenizer tokenizer = tokenizer()) {
            TorchBert bert = TorchBert.load(manager);
            PrintStream out = System.out;
            String report = switch (args[0]) {
                case "safety" -> SafetyComparison.run(bert, manager, tokenizer, layers, out);
                case "support" -> SupportComparison.run(bert, manager, tokenizer, layers, out);
                case "triage" -> TriageComparison.run(bert, manager, tokenizer, layers, out);
                default -> EmotionsComparison.run(bert, manager, tokenizer, layers, out);
            };
            Files.createDirectories(reports);
            Path file = reports.resolve("finetune-" + args[0] + (layers == DEFAULT_LAYERS ? "" : "-" + layers)
                    + ".md");
            Files.writeString(file, report);
            out.println("wrote " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code emotions-model OUT [layers]}: trains the emotions model to ship and writes its tensors to OUT. */
    private static void trainEmotionsModel(String[] args) {
        int layers = args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_LAYERS;
        try (NDManager manager = NDManager.newBaseManager("PyTorch");
                HuggingFaceTokenizer tokenizer = tokenizer()) {
            EmotionsComparison.trainModel(TorchBert.load(manager), manager, tokenizer, layers, Path.of(args[1]),
                    System.out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code triage-model OUT [through [real[FOLD]]]}: trains the triage model to ship on the main suite and blind
     * sets 1 to {@code through} (default: every set read, {@link FunctionalSuite#BLIND_READ}), with {@code real} also
     * on the cssrs posts ({@code realFOLD}: but fold FOLD of the five of {@code eval safety}, held out, read and summed
     * up), and writes its tensors to OUT.
     */
    private static void trainTriageModel(String[] args) {
        int through = args.length >= 3 ? Integer.parseInt(args[2]) : FunctionalSuite.BLIND_READ;
        if (through > FunctionalSuite.BLIND_READ) {
            System.err.println("attune-finetune: blind sets after " + FunctionalSuite.BLIND_READ + " estimate the "
                    + "engine and are not trained on");
            System.exit(2);
        }
        try (NDManager manager = NDManager.newBaseManager("PyTorch");
                HuggingFaceTokenizer tokenizer = tokenizer()) {
            TriageComparison.trainModel(TorchBert.load(manager), manager, tokenizer, DEFAULT_LAYERS, through,
                    TriageComparison.RealPosts.parse(args.length < 4 ? null : args[3]), Path.of(args[1]), System.out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code export-triage TENSORS RAISE [through [real[FOLD]]] [--moderate M] [--into DIR]}: the bundle of a
     * {@code triage-model} run, given what it trained on and the probabilities from which it raises to high and (with
     * {@code --moderate}) to moderate, into the source tree to ship it or into DIR to measure it.
     */
    private static void exportTriage(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        String into = option(rest, "--into");
        String moderate = option(rest, "--moderate");
        if (rest.size() < 2 || rest.size() > 4 || rest.stream().anyMatch(a -> a.startsWith("--"))
                || !Files.isRegularFile(Path.of(rest.get(0))) || !rest.get(1).matches(PROBABILITY)
                || moderate != null && !moderate.matches(PROBABILITY)
                || rest.size() >= 3 && !rest.get(2).matches("[0-9]{1,2}")
                || rest.size() == 4 && !rest.get(3).matches("real[0-4]?")) {
            System.err.println("usage: attune-finetune export-triage TENSORS RAISE [through [real[FOLD]]] "
                    + "[--moderate M] [--into DIR]");
            System.exit(2);
        }
        TriageExport.export(Path.of(rest.get(0)), Double.parseDouble(rest.get(1)),
                moderate == null ? Double.POSITIVE_INFINITY : Double.parseDouble(moderate),
                rest.size() >= 3 ? Integer.parseInt(rest.get(2)) : FunctionalSuite.BLIND_READ,
                TriageComparison.RealPosts.parse(rest.size() == 4 ? rest.get(3) : null),
                into != null ? Path.of(into)
                        : repoRoot().resolve("attune-ml/src/main/resources").resolve(TunedTriageModel.BUNDLE),
                System.out);
    }

    /** Removes {@code name} and the value after it from {@code args}, returning the value (null when absent). */
    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at == args.size() - 1) {
            return null;
        }
        String value = args.remove(at + 1);
        args.remove(at);
        return value;
    }

    /** The tokenizer of the full-precision model (the same vocabulary as the int8 one), truncating at 256 tokens. */
    static HuggingFaceTokenizer tokenizer() throws IOException {
        try (InputStream in = FineTuneCommand.class.getClassLoader().getResourceAsStream(
                TorchBert.TOKENIZER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TorchBert.TOKENIZER_RESOURCE + " is not on the class path");
            }
            return HuggingFaceTokenizer.newInstance(in, Map.of("truncation", "true", "padding", "false",
                    "maxLength", String.valueOf(MAX_TOKENS), "addSpecialTokens", "true"));
        }
    }

    static TopLayerTuning.Example example(Encoding e) {
        return new TopLayerTuning.Example(e.getIds(), e.getTypeIds());
    }

    /** Each arm's reading of the examples {@code read} of every split: both arms train on the same examples. */
    static List<float[][]> arms(TorchBert bert, NDManager manager, List<TopLayerTuning.Example> examples,
            int tunedLayers, List<List<Integer>> trains, List<int[][]> golds, List<TuningTask> tasks,
            List<List<Integer>> reads, TopLayerTuning.Settings frozen, TopLayerTuning.Settings tuned,
            PrintStream out) {
        List<float[][]> readings = new ArrayList<>();
        for (int layers : new int[] {0, tunedLayers}) {
            long start = System.nanoTime();
            try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, layers)) {
                TopLayerTuning.Settings settings = layers == 0 ? frozen : tuned;
                float[][] all = new float[examples.size()][];
                for (int s = 0; s < trains.size(); s++) {
                    float[][] r = tuning.trainAndRead(trains.get(s), golds.get(s), tasks.get(s), settings,
                            reads.get(s));
                    for (int i = 0; i < r.length; i++) {
                        all[reads.get(s).get(i)] = r[i];
                    }
                }
                readings.add(all);
            }
            out.printf("%s: %d s%n", layers == 0 ? "frozen encoder, head alone" : "top " + layers
                    + " layers fine-tuned", (System.nanoTime() - start) / 1_000_000_000L);
        }
        return readings;
    }

    /**
     * Writes a training's kept layers and its head ({@code outputs} wide) to {@code out} for an export: the layers in
     * the shapes {@code bert} gives them, head.weight (384 by outputs) and head.bias.
     */
    static void writeTrained(Path out, TopLayerTuning.Trained trained, TorchBert bert, int outputs) {
        Map<String, OnnxWeights.Tensor> tensors = new LinkedHashMap<>();
        trained.layers().forEach((name, values) -> tensors.put(name,
                new OnnxWeights.Tensor(bert.weights().get(name).getShape().getShape(), values)));
        tensors.put("head.weight", new OnnxWeights.Tensor(new long[] {TorchBert.HIDDEN, outputs},
                trained.headWeight()));
        tensors.put("head.bias", new OnnxWeights.Tensor(new long[] {outputs}, trained.headBias()));
        TensorFile.write(out, tensors);
    }

    /** One metric of both arms: a Markdown table row, and the same line on the terminal. */
    static void row(StringBuilder md, PrintStream out, String metric, double frozen, double tuned, String anchor) {
        md.append(String.format("| %s | %.3f | %.3f | %s |%n", metric, frozen, tuned, anchor));
        out.printf("%-26s frozen %.3f  fine-tuned %.3f  anchor %s%n", metric, frozen, tuned, anchor);
    }

    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("attune-finetune/pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("run this from inside the Attune repository");
    }
}
