package org.attune.ml.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.attune.core.context.AuthorContext;
import org.attune.core.context.Context;
import org.attune.core.engine.Engine;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;

/**
 * The context analyzer's contract and behaviour on synthetic threads: one reading per author who wrote, with cause
 * probabilities that sum to 1; an author's reading is their posts read alone, weighed by length; deterministic and
 * the same from 8 threads at once; no claims on empty or unsupported text; and the research-only bundle is left out
 * when only commercial use is allowed.
 */
class ContextAnalyzerTest {
    private static OnnxEncoder encoder;
    private static Engine engine;
    private static List<PostThread> threads;

    @BeforeAll
    static void open() {
        encoder = OnnxEncoder.bgeSmall(2);
        engine = StandardPipeline.engine(encoder);
        threads = List.of(
                PostThread.of(Post.document("job", "writer", "I lost my job last month and the bills keep coming. "
                        + "My boss said I wasn't good enough. I can't sleep and I'm panicking about rent.")),
                PostThread.of(new Post("t", "writer", "post", null, "My girlfriend left me and I feel empty.", null,
                        List.of(new Post("c1", "commenter-1", null, null, "I'm sorry. Breakups hurt.", null,
                                List.of()), Post.document("c2", "commenter-2", "")))),
                PostThread.of(Post.document("emoji", "writer", "\uD83D\uDE2D\u200D ok. \u00E9\r\n")));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static Analyzer analyzer() {
        return engine.pipeline().analyzers().stream().filter(a -> a instanceof ContextAnalyzer).findFirst()
                .orElseThrow();
    }

    private static Analysis inputFor(PostThread t) {
        Analysis a = Analysis.of(t);
        for (Analyzer x : engine.pipeline().analyzers()) {
            if (x instanceof ContextAnalyzer) {
                return a;
            }
            a = a.plus(x.analyze(a));
        }
        throw new AssertionError("no context analyzer in the standard pipeline");
    }

    @Test
    void everyAuthorWhoWrote_getsStressAndACauseDistribution() {
        for (PostThread t : threads) {
            Context.ContextResult r = analyzer().analyze(inputFor(t)).get(Context.CONTEXT);
            for (AuthorContext c : r.byAuthor().values()) {
                assertTrue(c.stress() >= 0 && c.stress() <= 1);
                assertEquals(Context.CAUSES, List.copyOf(c.causes().keySet()));
                assertEquals(1.0, c.causes().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
                double top = c.causes().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                assertEquals(top, c.causes().get(c.cause()), 1e-12, "the cause is the most probable");
            }
        }
        Assessment a = engine.assess(threads.get(1));
        for (AuthorSection s : a.authors()) {
            if (s.author().equals("commenter-2")) {
                assertNull(s.context(), "commenter-2 wrote nothing");
            } else {
                assertNotNull(s.context(), s.author());
            }
        }
    }

    @Test
    void anAuthorsReading_isTheirPostsReadAloneWeighedByLength_whateverOthersWrite() {
        String first = "My girlfriend left me last night and I feel empty. We fought for hours about nothing.";
        String second = "Thanks. I will ask my doctor about the pills.";
        AuthorContext kind = writerContext(replyThread(first, "I'm sorry. Breakups hurt so much.", second));
        AuthorContext other = writerContext(replyThread(first, "My boss fired me today and I am furious.", second));
        assertEquals(kind, other, "what a commenter writes does not move the writer's reading");

        AuthorContext a = writerContext(PostThread.of(Post.document("a", "writer", first)));
        AuthorContext b = writerContext(PostThread.of(Post.document("b", "writer", second)));
        double wa = first.length();
        double wb = second.length(); // one space between sentences: the same length as their lines
        assertEquals((wa * a.stress() + wb * b.stress()) / (wa + wb), kind.stress(), 1e-9);
        for (String cause : Context.CAUSES) {
            assertEquals((wa * a.causes().get(cause) + wb * b.causes().get(cause)) / (wa + wb),
                    kind.causes().get(cause), 1e-9, cause);
        }
    }

    private static PostThread replyThread(String first, String reply, String second) {
        return PostThread.of(new Post("t", "writer", "post", null, first, null, List.of(new Post("c1",
                "commenter-1", null, null, reply, null, List.of(Post.document("t2", "writer", second))))));
    }

    private static AuthorContext writerContext(PostThread t) {
        return engine.assess(t).authors().stream().filter(s -> s.author().equals("writer")).findFirst().orElseThrow()
                .context();
    }

    @Test
    void output_isDeterministic_andTheSameFromEightThreads() throws Exception {
        List<Analysis> in = threads.stream().map(ContextAnalyzerTest::inputFor).toList();
        List<String> expected = in.stream().map(a -> String.valueOf(analyzer().analyze(a).get(Context.CONTEXT))).toList();
        assertEquals(expected, in.stream().map(a -> String.valueOf(analyzer().analyze(a).get(Context.CONTEXT))).toList());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> in.stream().map(a -> String.valueOf(analyzer().analyze(a).get(Context.CONTEXT))).toList()));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndUnsupportedText_getNoContext() {
        for (String text : List.of("", " \r\n\u200B ", "\u6211\u5F88\u7D2F\u3002\u6211\u60F3\u56DE\u5BB6\u3002")) {
            Assessment a = engine.assess(PostThread.of(Post.document("x", "writer", text)));
            for (AuthorSection s : a.authors()) {
                assertNull(s.context(), "no context when status is " + a.status().wireName());
            }
        }
    }

    @Test
    void researchOnlyBundle_isLeftOut_whenOnlyCommercialUseIsAllowed() {
        assertFalse(ContextModel.commercialUse(), "the context bundle's manifest says commercialUse false");
        var analyzers = StandardPipeline.pipeline(encoder, true).analyzers();
        assertTrue(analyzers.stream().noneMatch(a -> a instanceof ContextAnalyzer));
        assertTrue(StandardPipeline.pipeline(encoder, false).analyzers().stream()
                .anyMatch(a -> a instanceof ContextAnalyzer));
    }
}
