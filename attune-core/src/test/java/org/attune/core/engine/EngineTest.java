package org.attune.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.assessment.PostInfo;
import org.attune.core.assessment.SentenceInfo;
import org.attune.core.assessment.Status;
import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.HashingEncoder;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.io.AssessmentJson;
import org.attune.core.text.HostileText;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

class EngineTest {
    private static final Engine ENGINE = new Engine(Pipeline.of(new SentenceAnalyzer(),
            new ScriptAndStopwordLanguageIdentifier(), new EmbeddingAnalyzer(new HashingEncoder())));

    private static Post post(String id, String author, String text, Post... replies) {
        return new Post(id, author, null, null, text, null, List.of(replies));
    }

    @Test
    void thread_getsASectionPerAuthorWithTheWritersRepliesInTheWritersSection() {
        PostThread t = PostThread.of(post("p", "writer", "I can't go on. Nobody listens.",
                post("c1", "commenter-1", "I'm listening. Tell me more.",
                        post("c1-r1", "writer", "Thank you.", post("c1-r1-r1", "writer", "Really."))),
                post("c2", "commenter-2", "Same here.")));
        Assessment a = ENGINE.assess(t);
        assertEquals(Status.OK, a.status());
        assertEquals(List.of("writer", "commenter-1", "commenter-2"),
                a.authors().stream().map(AuthorSection::author).toList());
        AuthorSection writer = a.authors().get(0);
        assertEquals("writer", writer.role());
        assertEquals(List.of("p", "c1-r1", "c1-r1-r1"), writer.posts());
        assertEquals(List.of(0, 1, 4, 5), writer.sentences());
        assertEquals(9, writer.words());
        assertEquals("commenter", a.authors().get(1).role());
        PostInfo reply = a.posts().get(2);
        assertEquals(new PostInfo("c1-r1", "writer", "c1", 2, null, null, 10), reply);
    }

    @Test
    void titleAndText_areSeparateFieldsWithTheirOwnOffsets() {
        Post p = new Post("p", "w", "post", "Help.", "I am lost.", null, List.of());
        Assessment a = ENGINE.assess(PostThread.of(p));
        assertEquals(List.of(new SentenceInfo(0, "p", "title", 0, 5, "Help."),
                new SentenceInfo(1, "p", "text", 0, 10, "I am lost.")), a.sentences());
        assertEquals(5, a.posts().get(0).titleLength());
    }

    @Test
    void emptyAndWhitespaceOnlyText_getAnEmptyAssessment() {
        for (String text : List.of("", "   \r\n\t \u200B")) {
            Assessment a = ENGINE.assess(PostThread.of(Post.document("d", "writer", text)));
            assertEquals(Status.EMPTY, a.status());
            assertEquals(List.of(), a.sentences());
            assertEquals(1, a.authors().size());
        }
    }

    @Test
    void emojiOnly_isUnsupportedWithAnUndeterminedLanguage() {
        Assessment a = ENGINE.assess(PostThread.of(Post.document("d", "writer", "\uD83D\uDE2D\uD83D\uDE2D")));
        assertEquals(Status.UNSUPPORTED_LANGUAGE, a.status());
        assertEquals("und", a.language().code());
        assertEquals(1, a.sentences().size());
    }

    @Test
    void provenance_namesTheAnalyzersInOrderAndTheModelFiles() {
        var p = ENGINE.provenance();
        assertEquals(List.of("text.sentences.v1", "language.script-stopwords.v1", "embedding.hashing-test.v1"),
                p.analyzers());
        assertEquals("attune", p.engine());
        assertTrue(p.models().containsKey("hashing-test.bin"));
        assertTrue(!Engine.VERSION.isBlank() && !Engine.VERSION.contains("${"), "version is filtered in");
    }

    static LongStream seeds() {
        return HostileText.seeds(60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hostileThreads_areAssessedWithEverySentenceCutFromItsOriginalField(long seed) {
        Random r = new Random(seed);
        List<Post> replies = new ArrayList<>();
        for (int i = 0; i < r.nextInt(4); i++) {
            replies.add(post("r" + i, r.nextBoolean() ? "writer" : "c" + i, HostileText.random(r, r.nextInt(60))));
        }
        String title = r.nextBoolean() ? HostileText.random(r, r.nextInt(8)) : null;
        Post root = new Post("root", "writer", null, title, HostileText.random(r, r.nextInt(150)), null, replies);
        PostThread t = PostThread.of(root);
        Assessment a = ENGINE.assess(t);
        assertSentencesMatch(t, a, "seed " + seed);
        AssessmentJson.toLine(a); // serialises without throwing
    }

    @Test
    void hundredThousandCharacterPostsInAThread_areAssessed() {
        Random r = new Random(100_000);
        PostThread t = PostThread.of(post("root", "writer", HostileText.longPost(r, 100_000),
                post("r", "commenter", HostileText.randomCodeUnits(r, 100_000))));
        Assessment a = ENGINE.assess(t);
        assertSentencesMatch(t, a, "100k thread");
        assertTrue(a.sentences().size() > 100);
    }

    /** Every sentence's text equals its span cut from the original field; indexes follow reading order. */
    public static void assertSentencesMatch(PostThread t, Assessment a, String where) {
        int index = 0;
        for (SentenceInfo s : a.sentences()) {
            Post p = t.post(s.post());
            String original = s.field().equals("title") ? p.title() : p.text();
            String at = where + ", sentence " + s.index() + " of post " + s.post() + " [" + s.begin() + ", "
                    + s.end() + ")";
            assertEquals(index++, s.index(), at);
            assertTrue(s.begin() < s.end() && s.end() <= original.length(), "out of bounds: " + at);
            assertTrue(original.substring(s.begin(), s.end()).equals(s.text()), "text differs from span: " + at);
        }
    }
}
