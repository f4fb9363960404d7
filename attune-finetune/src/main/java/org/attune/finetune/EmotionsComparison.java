package org.attune.finetune;

import static org.attune.finetune.FineTuneCommand.row;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;

import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.train.data.GoEmotions;
import org.attune.train.emotion.EmotionTrainer;

/**
 * GoEmotions' 28 labels on its own splits, as the shipped head is measured: trained on train, one threshold per label
 * chosen on dev for that label's F1, macro-F1 on test. A sigmoid per label over the mean of the last token states, on
 * the frozen encoder and with the top layers fine-tuned. Each reads a comment alone, as the dataset labels it.
 */
final class EmotionsComparison {
    /** 43,410 training comments: fewer epochs than the small sets take, at the same rates. */
    static final TopLayerTuning.Settings FROZEN = new TopLayerTuning.Settings(10, 16, 0f, 3e-3f, 20251123L);
    static final TopLayerTuning.Settings TUNED = new TopLayerTuning.Settings(2, 16, 5e-5f, 1e-3f, 20251123L);

    private EmotionsComparison() {
    }

    static String run(TorchBert bert, NDManager manager, HuggingFaceTokenizer tokenizer, int layers,
            PrintStream out) {
        Splits d = Splits.read(text -> FineTuneCommand.example(tokenizer.encode(text)));
        List<GoEmotions.Comment> train = d.train();
        List<GoEmotions.Comment> dev = d.dev();
        List<GoEmotions.Comment> test = d.test();
        int labels = GoEmotions.labels().size();
        List<Integer> readIndexes = d.readIndexes();
        TuningTask.MultiLabel task = new TuningTask.MultiLabel(labels);
        List<float[][]> readings = FineTuneCommand.arms(bert, manager, d.examples(), layers,
                List.of(d.trainIndexes()), Collections.singletonList(d.gold()), List.of(task), List.of(readIndexes),
                FROZEN, TUNED, out);
        StringBuilder md = new StringBuilder();
        md.append("# Fine-tuning the encoder's top layers: GoEmotions\n\n")
                .append("`bin/attune-finetune emotions`. GoEmotions' own splits: trained on the ")
                .append(train.size()).append(" train comments, one threshold per label chosen on the ")
                .append(dev.size()).append(" dev comments, macro-F1 over the 28 labels on the ").append(test.size())
                .append(" test comments. Both arms: a sigmoid per label over the mean of the last token states. ")
                .append("Frozen: the head alone, ").append(FROZEN.epochs()).append(" epochs. ")
                .append("Fine-tuned: the top ").append(layers).append(" of 12 layers and the head, ")
                .append(TUNED.epochs()).append(" epochs.\n\n| macro-F1 | frozen encoder | top ").append(layers)
                .append(" layers fine-tuned | anchor (BERT-base fine-tuned, paper) |\n|---|---|---|---|\n");
        double[] devF1 = new double[2];
        double[] testF1 = new double[2];
        for (int a = 0; a < 2; a++) {
            double[][] pd = probabilities(readings.get(a), readIndexes.subList(0, dev.size()));
            double[][] pt = probabilities(readings.get(a), readIndexes.subList(dev.size(), readIndexes.size()));
            double[] thresholds = EmotionTrainer.tuneThresholds(pd, truth(dev, labels));
            devF1[a] = EmotionTrainer.scores(pd, truth(dev, labels), thresholds, false, null).macroF1();
            testF1[a] = EmotionTrainer.scores(pt, truth(test, labels), thresholds, false, null).macroF1();
        }
        row(md, out, "test, thresholds from dev", testF1[0], testF1[1], "0.46");
        row(md, out, "dev (thresholds tuned here)", devF1[0], devF1[1], "-");
        return md.toString();
    }


    /**
     * Trains the model to ship: the top {@code layers} and the head on the train comments, each read as the engine
     * reads a post (split into sentences, the trained layers attending within a sentence), and each read twice: alone,
     * as the dataset labels it, and among 7 others (see {@link #passages}), as a sentence of a post is read; the head
     * reading the mean
     * of the content tokens (as the engine pools a sentence inside a passage). Prints dev and test macro-F1 as
     * libtorch reads them (full precision, thresholds from dev) and writes the trained layers and the head to
     * {@code out} (head.weight, 384 by 28; head.bias) for {@code attune-finetune export}.
     */
    static void trainModel(TorchBert bert, NDManager manager, HuggingFaceTokenizer tokenizer, int layers, Path out,
            PrintStream log) {
        Splits d;
        Pipeline split = Pipeline.of(new SentenceAnalyzer());
        try (OnnxEncoder engine = OnnxEncoder.bgeSmall(1)) {
            d = Splits.read(text -> asTheEngineReadsIt(text, split, engine, tokenizer));
        }
        List<GoEmotions.Comment> dev = d.dev();
        List<GoEmotions.Comment> test = d.test();
        int labels = GoEmotions.labels().size();
        List<Integer> readIndexes = d.readIndexes();
        long start = System.nanoTime();
        TopLayerTuning.Trained trained;
        // every train comment is read twice: alone, and (a copy of it) among others
        List<TopLayerTuning.Example> examples = new ArrayList<>(d.examples());
        List<Integer> trainIndexes = new ArrayList<>(d.trainIndexes());
        List<int[]> gold = new ArrayList<>(List.of(d.gold()));
        List<Integer> copies = new ArrayList<>();
        for (int k = 0; k < d.trainIndexes().size(); k++) {
            copies.add(examples.size());
            trainIndexes.add(examples.size());
            gold.add(d.gold()[k]);
            examples.add(d.examples().get(d.trainIndexes().get(k)));
        }
        List<List<Integer>> passages = passages(examples, copies);
        log.printf("%d of %d train readings among others, in %d passages%n",
                passages.stream().mapToInt(List::size).sum(), trainIndexes.size(), passages.size());
        try (TopLayerTuning tuning = new TopLayerTuning(bert, manager, examples, layers,
                TopLayerTuning.Pooling.CONTENT_TOKENS, passages)) {
            log.printf("cached the frozen layers: %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
            trained = tuning.trainAndKeep(trainIndexes, gold.toArray(new int[0][]), new TuningTask.MultiLabel(labels),
                    TUNED, readIndexes);
        }
        log.printf("trained: %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
        float[][] all = new float[d.examples().size()][];
        for (int i = 0; i < readIndexes.size(); i++) {
            all[readIndexes.get(i)] = trained.readings()[i];
        }
        double[][] pd = probabilities(all, readIndexes.subList(0, dev.size()));
        double[][] pt = probabilities(all, readIndexes.subList(dev.size(), readIndexes.size()));
        double[] thresholds = EmotionTrainer.tuneThresholds(pd, truth(dev, labels));
        log.printf("libtorch, full precision: dev macro-F1 %.3f, test macro-F1 %.3f (thresholds from dev)%n",
                EmotionTrainer.scores(pd, truth(dev, labels), thresholds, false, null).macroF1(),
                EmotionTrainer.scores(pt, truth(test, labels), thresholds, false, null).macroF1());
        FineTuneCommand.writeTrained(out, trained, bert, labels);
        log.println("wrote " + out);
    }

    /**
     * The passages in which the train comments {@code train} are read among others: a seeded shuffle of them in
     * groups of {@value EmotionTrainer#GROUP} (fewer where a group would pass the model's 512 tokens), so that the
     * trained layers learn to read a comment inside a passage, where the frozen layers have mixed the other comments
     * into its states, as the engine reads a sentence of a longer post.
     */
    static List<List<Integer>> passages(List<TopLayerTuning.Example> examples, List<Integer> train) {
        List<Integer> order = new ArrayList<>(train);
        Collections.shuffle(order, new java.util.Random(EmotionTrainer.SEED));
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> passage = new ArrayList<>();
        int tokens = 2;
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int content = examples.get(i).ids().length - 2;
            if (passage.size() == EmotionTrainer.GROUP || tokens + content > TorchBert.MAX_POSITIONS) {
                out.add(passage);
                passage = new ArrayList<>();
                tokens = 2;
            }
            passage.add(i);
            tokens += content;
        }
        if (!passage.isEmpty()) {
            out.add(passage);
        }
        return out;
    }

    /**
     * GoEmotions' three splits as examples, train first and then dev and test: the indexes of the train examples with
     * their gold rows, and of the dev and test examples to read, in that order.
     */
    private record Splits(List<GoEmotions.Comment> train, List<GoEmotions.Comment> dev,
            List<GoEmotions.Comment> test, List<TopLayerTuning.Example> examples, List<Integer> trainIndexes,
            int[][] gold, List<Integer> readIndexes) {
        static Splits read(Function<String, TopLayerTuning.Example> reader) {
            List<GoEmotions.Comment> train = GoEmotions.load("train");
            List<GoEmotions.Comment> dev = GoEmotions.load("dev");
            List<GoEmotions.Comment> test = GoEmotions.load("test");
            List<TopLayerTuning.Example> examples = new ArrayList<>();
            List<Integer> trainIndexes = new ArrayList<>();
            List<Integer> readIndexes = new ArrayList<>();
            int[][] gold = new int[train.size()][];
            for (GoEmotions.Comment c : train) {
                gold[examples.size()] = c.labels();
                trainIndexes.add(examples.size());
                examples.add(reader.apply(c.text()));
            }
            for (List<GoEmotions.Comment> comments : List.of(dev, test)) {
                for (GoEmotions.Comment c : comments) {
                    readIndexes.add(examples.size());
                    examples.add(reader.apply(c.text()));
                }
            }
            return new Splits(train, dev, test, examples, trainIndexes, gold, readIndexes);
        }
    }

    /**
     * A comment split into sentences and tokenized as the engine reads a post (each sentence normalised, one passage),
     * with each token's sentence; a comment in which the splitter finds no sentence is read whole.
     */
    static TopLayerTuning.Example asTheEngineReadsIt(String text, Pipeline split, OnnxEncoder engine,
            HuggingFaceTokenizer tokenizer) {
        return asTheEngineReadsIt(text, split, engine, tokenizer, FineTuneCommand.MAX_TOKENS);
    }

    /** As above, reading up to {@code maxTokens} tokens as the engine does before falling back to the whole text. */
    static TopLayerTuning.Example asTheEngineReadsIt(String text, Pipeline split, OnnxEncoder engine,
            HuggingFaceTokenizer tokenizer, int maxTokens) {
        List<String> sentences = split.run(PostThread.of(Post.document("c", "writer", text)))
                .get(SentenceAnalyzer.SENTENCES).stream().map(Sentence::normalized).toList();
        if (sentences.isEmpty()) {
            return FineTuneCommand.example(tokenizer.encode(text));
        }
        OnnxEncoder.Tokens tokens = engine.tokenize(sentences);
        long[] ids = tokens.ids();
        if (ids.length > maxTokens) {
            return FineTuneCommand.example(tokenizer.encode(text)); // truncated, read whole: none in GoEmotions
        }
        int[] sentenceOf = new int[ids.length];
        sentenceOf[0] = -1;
        sentenceOf[ids.length - 1] = -1;
        System.arraycopy(tokens.sentenceOf(), 0, sentenceOf, 1, ids.length - 2);
        return new TopLayerTuning.Example(ids, new long[ids.length], sentenceOf);
    }

    private static double[][] probabilities(float[][] all, List<Integer> indexes) {
        double[][] p = new double[indexes.size()][];
        for (int i = 0; i < indexes.size(); i++) {
            float[] r = all[indexes.get(i)];
            p[i] = new double[r.length];
            for (int c = 0; c < r.length; c++) {
                p[i][c] = r[c];
            }
        }
        return p;
    }

    static boolean[][] truth(List<GoEmotions.Comment> comments, int labels) {
        boolean[][] y = new boolean[comments.size()][labels];
        for (int i = 0; i < comments.size(); i++) {
            for (int c : comments.get(i).labels()) {
                y[i][c] = true;
            }
        }
        return y;
    }
}
