package org.attune.ml.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/** How an author's sentences become documents: all together, or post by post, and a reading weighted by length. */
class AuthorDocumentTest {

    private static final PostThread THREAD = PostThread.of(new Post("p", "writer", "post", null,
            "First post here. It has two sentences.", null, List.of(new Post("c", "commenter", null, null,
                    "A reply.", null, List.of(Post.document("w", "writer", "Thanks."))))));

    private static List<Sentence> sentences() {
        return Pipeline.of(new SentenceAnalyzer()).run(THREAD).get(SentenceAnalyzer.SENTENCES);
    }

    private static SentenceEmbeddings vectors(int n) {
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            v[i] = new float[] {i, 1};
        }
        return new SentenceEmbeddings(2, v);
    }

    @Test
    void byAuthorAndPost_keepsEachPostApart() {
        List<Sentence> s = sentences();
        Map<String, List<AuthorDocument>> docs = AuthorDocument.byAuthorAndPost(THREAD, s, vectors(s.size()));
        assertEquals(List.of("writer", "commenter"), List.copyOf(docs.keySet()));
        assertEquals(List.of("First post here.\nIt has two sentences.", "Thanks."),
                docs.get("writer").stream().map(AuthorDocument::text).toList());
        assertEquals("A reply.", docs.get("commenter").get(0).text());
        assertEquals(AuthorDocument.byAuthor(THREAD, s, vectors(s.size())).get("writer").text(),
                String.join("\n", docs.get("writer").stream().map(AuthorDocument::text).toList()));
    }

    @Test
    void meanByLength_weighsEachPostByItsCharacters() {
        List<Sentence> s = sentences();
        List<AuthorDocument> writer = AuthorDocument.byAuthorAndPost(THREAD, s, vectors(s.size())).get("writer");
        double[] mean = AuthorDocument.meanByLength(writer, doc -> doc.text().equals("Thanks.")
                ? new double[] {1, 0} : new double[] {0, 1});
        double longOne = "First post here.\nIt has two sentences.".length();
        double shortOne = "Thanks.".length();
        assertArrayEquals(new double[] {shortOne / (longOne + shortOne), longOne / (longOne + shortOne)}, mean, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> AuthorDocument.meanByLength(List.of(), d -> new double[1]));
    }
}
