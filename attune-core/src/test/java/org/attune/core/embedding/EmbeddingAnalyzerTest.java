package org.attune.core.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/** Each post of a thread is one passage for the encoder, and each sentence gets the vector of its own place in it. */
class EmbeddingAnalyzerTest {

    /** Records the passages it is given; a sentence's vector is (passage number, place in the passage, 1). */
    private static class RecordingEncoder implements Encoder {
        final List<List<String>> passages = new ArrayList<>();

        @Override
        public String id() {
            return "recording-test.v1";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[][] encode(List<String> texts) {
            throw new UnsupportedOperationException("only passages are encoded");
        }

        @Override
        public List<float[][]> encodeInContext(List<List<String>> groups) {
            List<float[][]> out = new ArrayList<>();
            for (List<String> g : groups) {
                float[][] v = new float[g.size()][];
                for (int i = 0; i < g.size(); i++) {
                    v[i] = new float[] {passages.size(), i, 1};
                }
                passages.add(List.copyOf(g));
                out.add(v);
            }
            return out;
        }

        @Override
        public Map<String, String> files() {
            return Map.of();
        }
    }

    @Test
    void eachPost_isOnePassage_andEverySentenceGetsItsOwnVector() {
        RecordingEncoder encoder = new RecordingEncoder();
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new ScriptAndStopwordLanguageIdentifier(),
                new EmbeddingAnalyzer(encoder));
        PostThread thread = PostThread.of(new Post("root", "writer", "post", "A title here", "First one. Second one.",
                null, List.of(new Post("c1", "commenter", null, null, "A reply. Another.", null,
                        List.of(Post.document("c1-r1", "writer", "Thanks."))), Post.document("c2", "other", ""))));
        Analysis a = p.run(thread);
        List<Sentence> sentences = a.get(SentenceAnalyzer.SENTENCES);
        SentenceEmbeddings vectors = a.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);

        assertEquals(3, encoder.passages.size(), "root (title and text), c1, c1-r1; the empty c2 makes none");
        assertEquals(List.of("root", "c1", "c1-r1"), List.of(sentences.get(0).postId(),
                sentences.get(encoder.passages.get(0).size()).postId(), sentences.get(sentences.size() - 1).postId()));
        assertEquals(sentences.size(), vectors.size());
        int passage = -1;
        int place = 0;
        String post = null;
        for (Sentence s : sentences) {
            if (!s.postId().equals(post)) {
                passage++;
                place = 0;
                post = s.postId();
            }
            assertEquals(s.normalized(), encoder.passages.get(passage).get(place));
            assertEquals(List.of((float) passage, (float) place, 1f), List.of(vectors.get(s.index())[0],
                    vectors.get(s.index())[1], vectors.get(s.index())[2]), "sentence " + s.index());
            place++;
        }
    }

    @Test
    void aThreadWithoutSentences_getsNoVectorsAndNoPassage() {
        RecordingEncoder encoder = new RecordingEncoder();
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new ScriptAndStopwordLanguageIdentifier(),
                new EmbeddingAnalyzer(encoder));
        Analysis a = p.run(PostThread.of(Post.document("x", "writer", " \n ")));
        assertEquals(0, a.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS).size());
        assertEquals(0, encoder.passages.size());
    }

    /** A branch's reading of each sentence is (passage number, place) with place + 2 tokens. */
    private static final class BranchEncoder extends RecordingEncoder {
        @Override
        public List<Passage> readInContext(List<List<String>> groups) {
            int first = passages.size();
            List<float[][]> v = encodeInContext(groups);
            List<Passage> out = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                float[][] means = new float[groups.get(g).size()][];
                int[] tokens = new int[means.length];
                for (int i = 0; i < means.length; i++) {
                    means[i] = new float[] {first + g, i};
                    tokens[i] = i + 2;
                }
                out.add(new Passage(v.get(g), new BranchStates(means, tokens)));
            }
            return out;
        }
    }

    @Test
    void aBranchsReading_isAlignedWithTheSentences_andAPostsMeanWeighsItsSentencesByTokens() {
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new ScriptAndStopwordLanguageIdentifier(),
                new EmbeddingAnalyzer(new BranchEncoder()));
        PostThread thread = PostThread.of(new Post("root", "writer", null, null, "First one. Second one.", null,
                List.of(Post.document("c1", "commenter", "A reply. Another. A third."))));
        SentenceEmbeddings vectors = p.run(thread).get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
        BranchStates branch = vectors.branch();
        assertEquals(5, branch.means().length);
        assertEquals(List.of(0f, 1f), List.of(branch.means()[1][0], branch.means()[1][1]));
        assertEquals(List.of(1f, 2f), List.of(branch.means()[4][0], branch.means()[4][1]));
        assertEquals(4, branch.tokens()[4]);
        // the reply's three sentences: 2, 3 and 4 tokens at places 0, 1, 2: (0*2 + 1*3 + 2*4) / 9
        float[] reply = branch.mean(new int[] {2, 3, 4});
        assertEquals(1f, reply[0], 1e-6f);
        assertEquals(11f / 9, reply[1], 1e-6f);
        assertEquals(0f, branch.mean(new int[0])[0], 0f);
    }

    @Test
    void anEncoderWithoutABranch_givesNone() {
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new ScriptAndStopwordLanguageIdentifier(),
                new EmbeddingAnalyzer(new RecordingEncoder()));
        assertNull(p.run(PostThread.of(Post.document("x", "writer", "One. Two.")))
                .get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS).branch());
    }
}
