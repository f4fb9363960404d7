package org.attune.ml.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.emotion.AuthorEmotions;
import org.attune.core.emotion.EmotionScore;
import org.attune.core.emotion.Emotions;
import org.attune.core.emotion.SentenceEmotions;
import org.attune.core.engine.Engine;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;

/**
 * The emotion analyzer's contract and behaviour on synthetic threads: spans are the sentences' own, in bounds and in
 * order; output is deterministic and the same from 8 threads at once; empty or unsupported text gets no claims.
 */
class EmotionAnalyzerTest {
    private static OnnxEncoder encoder;
    private static Engine engine;
    private static List<PostThread> threads;

    @BeforeAll
    static void open() {
        encoder = OnnxEncoder.bgeSmall(2);
        engine = StandardPipeline.engine(encoder);
        threads = List.of(
                PostThread.of(Post.document("joy", "writer", "Thank you so much, this made my day! I love it.")),
                PostThread.of(new Post("t", "writer", "post", "So sad today.", "I'm so sorry I hurt her. I miss "
                        + "her every day.\r\nIt was my fault.", null, List.of(
                        new Post("c1", "commenter-1", null, null, "That sounds really hard. I'm here for you "
                                + "\uD83D\uDC99", null, List.of()),
                        Post.document("c2", "commenter-2", "")))),
                PostThread.of(Post.document("emoji", "writer", "\uD83D\uDE2D\u200D wow. what?! \u00E9")),
                PostThread.of(Post.document("long", "writer", "I keep worrying about the exam. ".repeat(40))));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static Analyzer analyzer() {
        return engine.pipeline().analyzers().stream().filter(a -> a instanceof EmotionAnalyzer).findFirst()
                .orElseThrow();
    }

    private static Analysis inputFor(PostThread t) {
        Analysis a = Analysis.of(t);
        for (Analyzer x : engine.pipeline().analyzers()) {
            if (x instanceof EmotionAnalyzer) {
                return a;
            }
            a = a.plus(x.analyze(a));
        }
        throw new AssertionError("no emotion analyzer in the standard pipeline");
    }

    @Test
    void sentenceSpans_areTheSentencesOwn_inBoundsAndInOrder() {
        for (PostThread t : threads) {
            Analysis in = inputFor(t);
            List<Sentence> sentences = in.get(SentenceAnalyzer.SENTENCES);
            Emotions.EmotionResult r = analyzer().analyze(in).get(Emotions.EMOTIONS);
            for (var entry : r.byAuthor().entrySet()) {
                int last = -1;
                for (SentenceEmotions se : entry.getValue().sentences()) {
                    assertTrue(se.sentence() > last, t.id() + ": sentences in reading order");
                    last = se.sentence();
                    Sentence s = sentences.get(se.sentence());
                    assertEquals(s.postId(), se.post());
                    assertEquals(entry.getKey(), t.post(se.post()).author(), "a sentence of its own author");
                    assertEquals(s.span().begin(), se.begin());
                    assertEquals(s.span().end(), se.end());
                    String field = se.field().equals("title") ? t.post(se.post()).title() : t.post(se.post()).text();
                    assertTrue(0 <= se.begin() && se.begin() < se.end() && se.end() <= field.length(), t.id());
                    assertTrue(se.labels().stream().anyMatch(l -> !l.label().equals("neutral")), "not only neutral");
                    probabilitiesInRange(se.labels());
                }
                AuthorEmotions e = entry.getValue();
                assertEquals(Emotions.LABELS, List.copyOf(e.probabilities().keySet()));
                probabilitiesInRange(e.labels());
                for (int i = 1; i < e.labels().size(); i++) {
                    assertTrue(e.labels().get(i - 1).probability() >= e.labels().get(i).probability(), "ordered");
                }
            }
        }
    }

    private static void probabilitiesInRange(List<EmotionScore> scores) {
        for (EmotionScore s : scores) {
            assertTrue(s.probability() >= 0 && s.probability() <= 1, s.label());
            assertTrue(Emotions.LABELS.contains(s.label()), s.label());
        }
    }

    @Test
    void output_isDeterministic_andTheSameFromEightThreads() throws Exception {
        List<Analysis> in = threads.stream().map(EmotionAnalyzerTest::inputFor).toList();
        List<String> expected = in.stream().map(a -> String.valueOf(analyzer().analyze(a).get(Emotions.EMOTIONS))).toList();
        assertEquals(expected, in.stream().map(a -> String.valueOf(analyzer().analyze(a).get(Emotions.EMOTIONS))).toList());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> in.stream().map(a -> String.valueOf(analyzer().analyze(a).get(Emotions.EMOTIONS))).toList()));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndUnsupportedText_getNoEmotions() {
        for (String text : List.of("", " \r\n\u200B ", "\u6211\u5F88\u7D2F\u3002\u6211\u60F3\u56DE\u5BB6\u3002")) {
            Assessment a = engine.assess(PostThread.of(Post.document("x", "writer", text)));
            for (AuthorSection s : a.authors()) {
                assertNull(s.emotions(), "no emotions when status is " + a.status().wireName());
            }
        }
    }

    @Test
    void anAuthorWithoutSentences_getsNoEmotions_butOthersDo() {
        Assessment a = engine.assess(threads.get(1));
        for (AuthorSection s : a.authors()) {
            if (s.author().equals("commenter-2")) {
                assertNull(s.emotions(), "commenter-2 wrote nothing");
            } else {
                assertNotNull(s.emotions(), s.author());
            }
        }
    }

    @Test
    void plainGratitude_readsAsGratitude() {
        AuthorEmotions e = engine.assess(threads.get(0)).authors().get(0).emotions();
        assertTrue(e.labels().stream().anyMatch(l -> l.label().equals("gratitude")), String.valueOf(e.labels()));
    }
}
