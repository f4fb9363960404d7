package org.attune.ml.traps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.assessment.Status;
import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.engine.Engine;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.core.traps.TrapScore;
import org.attune.core.traps.TrapSentence;
import org.attune.core.traps.Traps;
import org.attune.core.traps.TrapsResult;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;

/**
 * The trap analyzer's contract (spans in bounds and ordered, deterministic, the same from 8 threads, nothing for empty
 * or unsupported text) and its behaviour on synthetic sentences.
 */
class TrapAnalyzerTest {
    private static OnnxEncoder encoder;
    private static Engine engine;
    private static TrapAnalyzer analyzer;
    private static Pipeline before;

    @BeforeAll
    static void open() {
        encoder = OnnxEncoder.bgeSmall(2);
        engine = StandardPipeline.engine(encoder);
        analyzer = new TrapAnalyzer(TrapModel.load());
        before = Pipeline.of(new SentenceAnalyzer(), new ScriptAndStopwordLanguageIdentifier(),
                new EmbeddingAnalyzer(encoder));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static List<PostThread> threads() {
        List<PostThread> out = new ArrayList<>();
        out.add(PostThread.of(Post.document("empty", "writer", "")));
        out.add(PostThread.of(Post.document("blank", "writer", " \r\n\t\u200B ")));
        out.add(PostThread.of(Post.document("emoji", "writer", "\uD83D\uDE2D\uD83D\uDC69\u200D\uD83D\uDC67")));
        out.add(PostThread.of(Post.document("crlf", "writer",
                "\uFEFFI\u2019m a complete failure.\r\nEveryone hates me\rI always mess up\u2026 \uD83D\uDE1E ok")));
        out.add(PostThread.of(new Post("thread", "writer", "post", "Nobody will ever love me.",
                "I ruined everything again. It is all my fault.", null,
                List.of(new Post("c1", "commenter-1", null, null, "You are not a failure. Want to talk about it?",
                        null, List.of(Post.document("c1-r1", "writer", "I should be stronger than this."))),
                        Post.document("c2", "commenter-2", "")))));
        out.add(PostThread.of(Post.document("long", "writer",
                "I never do anything right and everyone can see it. ".repeat(80))));
        return out;
    }

    private static TrapsResult traps(PostThread t) {
        Analysis a = before.run(List.of(t)).get(0);
        return analyzer.analyze(a).get(Traps.TRAPS);
    }

    @Test
    void spans_lieInsideTheirFieldInOrder_andNameTrapsMostProbableFirst() {
        for (PostThread t : threads()) {
            for (String author : t.authors()) {
                int lastSentence = -1;
                for (TrapSentence s : traps(t).of(author)) {
                    Post p = t.post(s.post());
                    assertEquals(author, p.author(), t.id());
                    String field = s.field().equals("title") ? p.title() : p.text();
                    assertTrue(0 <= s.begin() && s.begin() < s.end() && s.end() <= field.length(), t.id());
                    assertTrue(s.sentence() > lastSentence, "in reading order: " + t.id());
                    lastSentence = s.sentence();
                    assertFalse(s.traps().isEmpty());
                    for (int k = 1; k < s.traps().size(); k++) {
                        assertTrue(s.traps().get(k - 1).probability() >= s.traps().get(k).probability());
                    }
                    for (TrapScore score : s.traps()) {
                        assertTrue(score.probability() >= 0 && score.probability() <= 1);
                    }
                    assertTrue(s.probability() >= 0 && s.probability() <= 1);
                }
            }
        }
    }

    @Test
    void output_isDeterministic_andTheSameFromEightThreads() throws Exception {
        List<Analysis> in = new ArrayList<>();
        for (PostThread t : threads()) {
            in.add(before.run(List.of(t)).get(0));
        }
        List<String> expected = in.stream().map(a -> String.valueOf(analyzer.analyze(a).get(Traps.TRAPS))).toList();
        assertEquals(expected, in.stream().map(a -> String.valueOf(analyzer.analyze(a).get(Traps.TRAPS))).toList());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> in.stream().map(a -> String.valueOf(analyzer.analyze(a)
                        .get(Traps.TRAPS))).toList()));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n ", "\uD83D\uDE2D\uD83D\uDE2D",
        "No s\u00E9 qu\u00E9 hacer con mi vida, siempre lo arruino todo y nadie me quiere en esta casa."})
    void emptyOrUnsupportedText_getsNoTraps(String text) {
        PostThread t = PostThread.of(Post.document("d", "writer", text));
        assertTrue(traps(t).of("writer").isEmpty());
        Assessment a = engine.assess(t);
        assertTrue(a.status() != Status.OK);
        assertNull(a.authors().get(0).traps(), "no trap claim unless status is ok");
    }

    private static List<TrapSentence> writerTraps(String text) {
        Assessment a = engine.assess(PostThread.of(Post.document("d", "writer", text)));
        assertEquals(Status.OK, a.status());
        return a.authors().get(0).traps();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I'm such a loser.|labeling",
        "I am a complete idiot.|labeling",
        "It is all my fault that my parents split up.|personalizing,blaming",
        "I always mess everything up.|overgeneralizing,all-or-nothing-thinking",
        "Everyone at work thinks I'm useless.|mind-reading,labeling",
        "I'm going to fail the exam and my life will be ruined.|fortune-telling,catastrophizing"})
    void aDistortedThought_showsItsTrap(String text, String expected) {
        List<TrapSentence> found = writerTraps(text);
        assertEquals(1, found.size(), "the sentence shows a trap");
        Set<String> names = new java.util.HashSet<>();
        for (TrapScore s : found.get(0).traps()) {
            names.add(s.trap().wireName());
        }
        boolean hit = false;
        for (String e : expected.split(",")) {
            hit |= names.contains(e);
        }
        assertTrue(hit, "expected one of " + expected + ", got " + names);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The train leaves at half past nine from platform two.",
        "We planted tomatoes in the garden last weekend."})
    void anEverydayFact_showsNoTrap(String text) {
        assertTrue(writerTraps(text).isEmpty());
    }

    /**
     * Words of support show no trap: the gate learns from ESConv supporters' turns as trap-free rows (the second of
     * these was flagged, 0.41, before they were added; measured 2026-12-06).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "I'm really sorry you're going through this. Have you been able to talk to anyone about it?",
        "That sounds really hard. It makes sense that you feel tired after all of that.",
        "Thank you for sharing this with me. What helps you relax in the evenings?"})
    void aSupportiveReply_showsNoTrap(String text) {
        assertTrue(writerTraps(text).isEmpty());
    }

    /** Known misses of traps-sentence@1 (docs/model-card-traps.md): kept so that a better model can be checked. */
    @org.junit.jupiter.api.Disabled("known misses of traps-sentence@1, recorded in docs/model-card-traps.md")
    @Test
    void knownMisses() {
        assertFalse(writerTraps("I should be able to handle this on my own.").isEmpty(), "a should statement");
        assertTrue(writerTraps("I bought milk and bread at the store this morning.").isEmpty(), "an errand");
    }

    @Test
    void eachAuthorGetsOnlyTheirOwnSentences() {
        PostThread t = PostThread.of(new Post("root", "writer", null, null,
                "I'm a total failure and it's all my fault.", null,
                List.of(Post.document("c1", "commenter-1", "We went for a walk by the river on Sunday."))));
        Assessment a = engine.assess(t);
        AuthorSection writer = a.authors().get(0);
        AuthorSection commenter = a.authors().get(1);
        assertFalse(writer.traps().isEmpty());
        for (TrapSentence s : writer.traps()) {
            assertEquals("root", s.post());
        }
        assertTrue(commenter.traps().isEmpty());
    }
}
