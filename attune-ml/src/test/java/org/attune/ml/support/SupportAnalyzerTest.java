package org.attune.ml.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.support.EmpathyLevel;
import org.attune.core.support.Mechanism;
import org.attune.core.support.Rationale;
import org.attune.core.support.ReplySupport;
import org.attune.core.support.SentenceStrategy;
import org.attune.core.support.Strategy;
import org.attune.core.support.Support;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;
import org.attune.ml.safety.SafetyModel;

/**
 * The reply-quality analyzer with the committed bundles and the real encoder: its contract (one entry per reply,
 * spans inside the reply and ordered, deterministic, the same from 8 threads, nothing for a single post) and its
 * behaviour on synthetic replies whose empathy and strategy are plain.
 */
class SupportAnalyzerTest {
    private static OnnxEncoder encoder;
    private static Pipeline pipeline;
    private static Analyzer support;

    @BeforeAll
    static void open() {
        encoder = OnnxEncoder.bgeSmall(2);
        pipeline = StandardPipeline.pipeline(encoder, SafetyModel.load(), java.util.List.of(SupportAnalyzer.standard()));
        support = pipeline.analyzers().get(pipeline.analyzers().size() - 1);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static PostThread thread(String root, String... replies) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < replies.length; i++) {
            posts.add(new Post("r" + i, "commenter-" + i, null, null, replies[i], null, List.of()));
        }
        return PostThread.of(new Post("root", "writer", "post", null, root, null, posts));
    }

    private static List<PostThread> threads() {
        List<PostThread> out = new ArrayList<>();
        out.add(PostThread.of(Post.document("single", "writer", "I had a long day and I feel tired.")));
        out.add(thread("My dog died last week and the house feels empty.",
                "I'm so sorry for your loss. What was his name?", "",
                "\uD83D\uDE2D\r\nThat\u2019s awful\u2026 hugs \u200B to you."));
        out.add(PostThread.of(new Post("nested", "writer", "post", "A title.", "I failed my exam again.", null,
                List.of(new Post("c1", "commenter", null, "Re: exam", "That sounds so frustrating. Did you talk "
                        + "to your teacher? I failed one too, years ago.", null,
                        List.of(Post.document("c1-r1", "writer", "Thanks, I will. It helps to hear that."))),
                        Post.document("c2", "other", "ok")))));
        out.add(thread("\u0645\u0631\u062D\u0628\u0627. \u05E9\u05DC\u05D5\u05DD.", "\u6211\u5F88\u7D2F\u3002"));
        return out;
    }

    private static Analysis analysed(PostThread t) {
        Analysis a = Analysis.of(t);
        for (Analyzer x : pipeline.analyzers()) {
            if (x != support) {
                a = a.plus(x.analyze(a));
            }
        }
        return a;
    }

    private static List<ReplySupport> read(PostThread t) {
        return support.analyze(analysed(t)).get(Support.REPLIES);
    }

    @Test
    void everyReply_getsOneEntry_withSpansInsideTheReplyAndInOrder() {
        for (PostThread t : threads()) {
            Analysis a = analysed(t);
            List<ReplySupport> out = support.analyze(a).get(Support.REPLIES);
            boolean supported = a.get(org.attune.core.language.ScriptAndStopwordLanguageIdentifier.LANGUAGE)
                    .supported();
            long replies = t.posts().stream().filter(p -> t.parentId(p.id()) != null).count();
            assertEquals(supported ? replies : 0, out.size(), t.id());
            for (ReplySupport r : out) {
                Post p = t.post(r.post());
                assertEquals(t.parentId(p.id()), r.answers(), t.id());
                assertEquals(p.author(), r.author());
                assertEquals(3, r.empathy().size());
                for (int m = 0; m < 3; m++) {
                    EmpathyLevel e = r.empathy().get(m);
                    assertEquals(Mechanism.values()[m], e.mechanism());
                    assertEquals(1.0, e.probabilities().stream().mapToDouble(Double::doubleValue).sum(), 1e-3);
                    assertEquals(e.level() > 0, !e.rationale().isEmpty(), "rationale only for a level above 0");
                    java.util.Map<String, Integer> last = new java.util.HashMap<>(); // order within each field
                    String previousField = "title";
                    for (Rationale x : e.rationale()) {
                        String field = x.field().equals("title") ? p.title() : p.text();
                        assertTrue(!(previousField.equals("text") && x.field().equals("title")), "title first");
                        assertTrue(x.begin() >= last.getOrDefault(x.field(), 0) && x.begin() < x.end()
                                && x.end() <= field.length(),
                                t.id() + "/" + p.id() + " rationale [" + x.begin() + "," + x.end() + ")");
                        assertEquals(field.substring(x.begin(), x.end()), x.text());
                        last.put(x.field(), x.end());
                        previousField = x.field();
                    }
                }
                List<Sentence> own = analysed(t).get(SentenceAnalyzer.SENTENCES).stream()
                        .filter(s -> s.postId().equals(p.id())).toList();
                assertEquals(own.size(), r.strategies().size(), "one strategy per sentence of " + p.id());
                for (int i = 0; i < own.size(); i++) {
                    SentenceStrategy s = r.strategies().get(i);
                    assertEquals(own.get(i).index(), s.sentence());
                    assertEquals(own.get(i).span().begin(), s.begin());
                    assertEquals(own.get(i).span().end(), s.end());
                    String field = s.field().equals("title") ? p.title() : p.text();
                    assertEquals(field.substring(s.begin(), s.end()), s.text());
                    assertTrue(s.probability() > 0 && s.probability() <= 1);
                }
            }
        }
    }

    @Test
    void aSinglePostWithoutReplies_getsAnEmptyList() {
        assertEquals(List.of(), read(PostThread.of(Post.document("d", "writer", "Nobody answered me today."))));
    }

    @Test
    void output_isDeterministic() {
        for (PostThread t : threads()) {
            Analysis a = analysed(t);
            assertEquals(String.valueOf(support.analyze(a).get(Support.REPLIES)),
                    String.valueOf(support.analyze(a).get(Support.REPLIES)), t.id());
        }
    }

    @Test
    void eightThreadsAtOnce_getIdenticalOutput() throws Exception {
        List<Analysis> in = threads().stream().map(SupportAnalyzerTest::analysed).toList();
        List<String> expected = in.stream().map(a -> String.valueOf(support.analyze(a).get(Support.REPLIES)))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> in.stream()
                        .map(a -> String.valueOf(support.analyze(a).get(Support.REPLIES))).toList()));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- behaviour on synthetic replies ------------------------------------------------------------------------

    private static ReplySupport only(String root, String reply) {
        return read(thread(root, reply)).get(0);
    }

    private static int level(ReplySupport r, Mechanism m) {
        return r.empathy().get(m.ordinal()).level();
    }

    @Test
    void questionsAboutTheirSituation_areExplorations_andQuestions() {
        ReplySupport r = only("I had another fight with my brother and now he won't talk to me.",
                "What was the fight about? How long have you two been like this?");
        assertTrue(level(r, Mechanism.EXPLORATIONS) >= 1, "explorations: " + r.empathy());
        // read with the thread as one passage the second question was self-disclosure (p 0.52); each post its own
        // passage, both read question (0.84, 0.84; measured 2026-12-06)
        assertTrue(r.strategies().stream().allMatch(s -> s.strategy() == Strategy.QUESTION),
                "strategies: " + r.strategies());
    }

    @Test
    void sympathy_isAnEmotionalReaction() {
        ReplySupport r = only("My dad passed away on Sunday. I can't stop crying.",
                "I am so sorry for your loss. My heart goes out to you and your family.");
        assertTrue(level(r, Mechanism.EMOTIONAL_REACTIONS) >= 1, "emotional reactions: " + r.empathy());
    }

    @Test
    void sharedExperience_isAnInterpretation() {
        ReplySupport r = only("I feel like a failure since I lost my job. Everyone else seems to be doing fine.",
                "I know exactly how you feel. I went through the same thing when I was laid off last year and "
                        + "it made me feel worthless too.");
        assertTrue(level(r, Mechanism.INTERPRETATIONS) >= 1, "interpretations: " + r.empathy());
    }

    @Test
    void adviceOnly_isNoExploration_andSuggestsOrInforms() {
        ReplySupport r = only("I can't sleep at night and I'm exhausted at work.",
                "You should stop drinking coffee after lunch and keep your phone out of the bedroom.");
        assertEquals(0, level(r, Mechanism.EXPLORATIONS), "explorations: " + r.empathy());
        assertTrue(r.strategies().stream().anyMatch(s -> s.strategy() == Strategy.PROVIDING_SUGGESTIONS),
                "strategies: " + r.strategies());
    }
}
