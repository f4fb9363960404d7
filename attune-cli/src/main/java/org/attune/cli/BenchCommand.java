package org.attune.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.safety.Safety;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.emotion.TunedEmotionModel;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;

/**
 * Measures throughput on a generated corpus (no user data): the raw encoder pass (each whole document encoded on its
 * own, the workers sharing the documents of a call), the whole pipeline, and langchain4j's {@code OnnxEmbeddingModel} on the same model as the peer to beat. Each is warmed up, then
 * timed over several rounds; the best round is reported beside the median. Each analyzer but the encoder is also timed
 * alone on one thread, which says what it costs more steadily than the differences between pipelines.
 */
@Command(name = "bench", description = "Measures documents/second of the raw encoder, the whole pipeline and the "
        + "langchain4j peer on a generated corpus.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", description = "documents per corpus (default: ${DEFAULT-VALUE})")
    int docs = 120;

    @Option(names = "--rounds", description = "timed rounds per measurement (default: ${DEFAULT-VALUE})")
    int rounds = 3;

    @Option(names = "--words", split = ",", description = "words per document, one corpus each "
            + "(default: ${DEFAULT-VALUE})")
    List<Integer> words = List.of(60, 250);

    @Option(names = "--batch", description = "documents per call (default: ${DEFAULT-VALUE})")
    int batch = 32;

    @Option(names = "--no-peer", description = "skip the langchain4j peer")
    boolean noPeer;

    @Option(names = "--texts", paramLabel = "FILE", description = "time documents of your own instead of the "
            + "generated ones: a UTF-8 file, one document per line (--docs and --words then do not apply; nothing "
            + "of the documents is printed)")
    Path texts;

    /** A named list of documents to time. */
    private record Corpus(String name, List<String> documents) {
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        List<Corpus> corpora = corpora(); // a bad --texts file is reported before the model loads
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("attune bench · %d cores · %d MiB max heap · java %s · %d docs × %d rounds%n", cores,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.version(), corpora.get(0).documents().size(), rounds);
        out.println("| corpus | measurement | docs/s (best) | docs/s (median) | ms/doc (best) |");
        out.println("|---|---|---|---|---|");
        OnnxEncoder encoder = StandardPipeline.encoder();
        // the raw pass is the base model's alone; the engine's encoder may also run the fine-tuned emotion branch and
        // the triage branch, each timed on its own below
        boolean branched = encoder.branchName() != null || !encoder.dedicatedBranches().isEmpty();
        OnnxEncoder plain = branched ? OnnxEncoder.bgeSmall() : encoder;
        OnnxEncoder emotionsOnly = encoder.branchName() == null ? null
                : encoder.dedicatedBranches().isEmpty() ? encoder
                : OnnxEncoder.bgeSmall(cores, TunedEmotionModel.load().branch());
        Engine engine = StandardPipeline.engine(encoder);
        List<Analyzer> analyzers = engine.pipeline().analyzers();
        int encoderAt = 0;
        while (!analyzers.get(encoderAt).provides().contains(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS)) {
            encoderAt++;
        }
        List<Analyzer> upToEncoder = analyzers.subList(0, encoderAt + 1);
        // the reading without any head: sentences, language, frames and the encoder's pass
        Engine noHeads = new Engine(Pipeline.of(upToEncoder));
        List<Analyzer> withSafety = new ArrayList<>(upToEncoder);
        analyzers.stream().filter(a -> a.provides().contains(Safety.RISK)).forEach(withSafety::add);
        Engine safetyOnly = new Engine(Pipeline.of(withSafety));
        BgeSmallEnV15QuantizedEmbeddingModel peer = noPeer ? null : new BgeSmallEnV15QuantizedEmbeddingModel();
        List<String> summaries = new ArrayList<>();
        for (Corpus c : corpora) {
            List<String> corpus = c.documents();
            List<PostThread> threads = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                threads.add(PostThread.of(Post.document("bench-" + i, "writer", corpus.get(i))));
            }
            String name = c.name();
            Result rawPass = measure(corpus.size(), () -> {
                for (List<String> part : partition(corpus, batch)) {
                    plain.encodeGroups(part.stream().map(List::of).toList()); // each document alone
                }
            });
            report(out, name, "raw encoder pass", rawPass);
            if (plain != encoder) {
                List<List<String>> passages = corpus.stream().map(List::of).toList();
                Result basePass = inContext(plain, passages);
                report(out, name, "encoder pass in context (token states)", basePass);
                Result emotionPass = emotionsOnly == null ? null : inContext(emotionsOnly, passages);
                if (emotionPass != null) {
                    report(out, name, "the same with the emotion branch", emotionPass);
                    summaries.add(String.format("%s: the emotion branch adds %.1f %% to the encoder's pass in "
                            + "context (best rounds)", name, 100 * (basePass.best / emotionPass.best - 1)));
                }
                if (!encoder.dedicatedBranches().isEmpty()) {
                    Result allPass = inContext(encoder, passages);
                    report(out, name, "the same with the emotion and triage branches", allPass);
                    summaries.add(String.format("%s: the triage branch adds %.1f %% to the encoder's pass in context "
                            + "(best rounds)", name, 100 * ((emotionPass == null ? basePass : emotionPass).best
                                    / allPass.best - 1)));
                }
            }
            report(out, name, "pipeline without heads", measure(corpus.size(), () -> {
                for (List<PostThread> part : partition(threads, batch)) {
                    noHeads.assess(part);
                }
            }));
            report(out, name, "pipeline with safety only", measure(corpus.size(), () -> {
                for (List<PostThread> part : partition(threads, batch)) {
                    safetyOnly.assess(part);
                }
            }));
            Result whole = measure(corpus.size(), () -> {
                for (List<PostThread> part : partition(threads, batch)) {
                    engine.assess(part);
                }
            });
            report(out, name, "whole pipeline", whole);
            // each analyzer alone on one thread, over analyses that hold every layer: far steadier than the
            // differences of the wall-clock rows above, which the parallel heads and a busy machine blur
            List<Analysis> analysed = engine.pipeline().run(threads);
            double headsMs = 0;
            for (int k = 0; k < analyzers.size(); k++) {
                Analyzer a = analyzers.get(k);
                if (k != encoderAt) {
                    Result alone = measure(corpus.size(), () -> analysed.forEach(a::analyze));
                    report(out, name, "one thread: " + a.id(), alone);
                    headsMs += k > encoderAt ? 1000 / alone.best : 0;
                }
            }
            // the heads of a batch's threads run in parallel on every core (Analyzer.analyzeAll)
            double rawMs = 1000 / rawPass.best;
            summaries.add(String.format("%s: the heads take %.2f ms/doc on one thread, %.2f ms/doc over %d cores: "
                    + "%.1f %% of the raw encoder pass (%.2f ms/doc); the whole pipeline ran at %.1f %% of the raw "
                    + "pass's throughput (wall clock, best rounds)", name, headsMs, headsMs / cores, cores,
                    100 * headsMs / cores / rawMs, rawMs, 100 * whole.best / rawPass.best));
            if (peer != null) {
                List<TextSegment> segments = corpus.stream().map(TextSegment::from).toList();
                report(out, name, "langchain4j OnnxEmbeddingModel", measure(corpus.size(), () -> {
                    for (List<TextSegment> part : partition(segments, batch)) {
                        peer.embedAll(part);
                    }
                }));
            }
            out.flush();
        }
        out.println();
        summaries.forEach(out::println);
        encoder.close();
        if (plain != encoder) {
            plain.close();
        }
        if (emotionsOnly != null && emotionsOnly != encoder) {
            emotionsOnly.close();
        }
        return 0;
    }

    /** Each document read alone as one passage, with whatever branches {@code encoder} runs. */
    private Result inContext(OnnxEncoder encoder, List<List<String>> passages) {
        return measure(passages.size(), () -> {
            for (List<List<String>> part : partition(passages, batch)) {
                encoder.readInContext(part);
            }
        });
    }

    private List<Corpus> corpora() {
        if (texts == null) {
            return words.stream().map(w -> new Corpus(w + " words", SyntheticCorpus.generate(docs, w, 42L + w)))
                    .toList();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(texts);
        } catch (NoSuchFileException e) {
            throw new AttuneException(ErrorCode.NOT_FOUND, "no such file: " + texts);
        } catch (IOException e) {
            throw new AttuneException(ErrorCode.NOT_FOUND, "cannot read " + texts + " (" + e.getClass().getSimpleName()
                    + ")");
        }
        String all;
        try {
            all = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AttuneException(ErrorCode.ENCODING, texts + " is not valid UTF-8");
        }
        List<String> documents = all.lines().filter(l -> !l.isBlank()).toList();
        if (documents.isEmpty()) {
            throw new AttuneException(ErrorCode.USAGE, texts + " holds no document (one per line)");
        }
        int[] lengths = documents.stream().mapToInt(d -> d.trim().split("\\s+").length).sorted().toArray();
        return List.of(new Corpus(String.format("%s (median %d words)", texts.getFileName(),
                lengths[lengths.length / 2]), documents));
    }

    private record Result(double best, double median) {
    }

    private Result measure(int n, Runnable pass) {
        pass.run(); // warm-up
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            pass.run();
            rates[r] = n / ((System.nanoTime() - t0) / 1e9);
        }
        java.util.Arrays.sort(rates);
        return new Result(rates[rates.length - 1], rates[rates.length / 2]);
    }

    private static void report(java.io.PrintWriter out, String corpus, String what, Result r) {
        out.printf("| %s | %s | %.1f | %.1f | %.2f |%n", corpus, what, r.best, r.median, 1000 / r.best);
        out.flush();
    }

    private static <T> List<List<T>> partition(List<T> all, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            parts.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return parts;
    }

    /** Documents assembled from neutral sentence parts with a fixed seed: the same corpus on every machine. */
    static final class SyntheticCorpus {
        private static final String[] SUBJECTS = {"I", "My sister", "The team", "We", "Our neighbour", "My friend",
            "The teacher", "Everyone at work", "My partner", "The kids"};
        private static final String[] VERBS = {"walked to", "talked about", "cleaned", "planned", "forgot about",
            "looked at", "painted", "fixed", "argued over", "laughed at", "waited for", "cooked"};
        private static final String[] OBJECTS = {"the garden", "the old car", "a long letter", "the weekend trip",
            "dinner with friends", "the broken shelf", "the new schedule", "a quiet morning", "the market",
            "the library books", "the rainy afternoon", "a birthday present"};
        private static final String[] TAILS = {"", " yesterday", " after work", " again", " for hours",
            " this morning", " with some help", " before the storm", " and then went home", " without much fuss"};

        static List<String> generate(int docs, int wordsPerDoc, long seed) {
            Random rnd = new Random(seed);
            List<String> out = new ArrayList<>(docs);
            for (int d = 0; d < docs; d++) {
                StringBuilder sb = new StringBuilder();
                int words = 0;
                while (words < wordsPerDoc) {
                    String s = SUBJECTS[rnd.nextInt(SUBJECTS.length)] + " " + VERBS[rnd.nextInt(VERBS.length)] + " "
                            + OBJECTS[rnd.nextInt(OBJECTS.length)] + TAILS[rnd.nextInt(TAILS.length)] + ".";
                    if (sb.length() > 0) {
                        sb.append(rnd.nextInt(5) == 0 ? "\n\n" : " ");
                    }
                    sb.append(s);
                    words += s.split(" ").length;
                }
                out.add(sb.toString());
            }
            return out;
        }
    }
}
