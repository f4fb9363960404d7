package org.attune.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.HashingEncoder;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

class PipelineTest {
    private static final Layer<Integer> COUNT = Layer.named("count");

    /** Provides the number of sentences; requires the sentences. */
    private static Analyzer counter(String id) {
        return new Analyzer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Set<Layer<?>> requires() {
                return Set.of(SentenceAnalyzer.SENTENCES);
            }

            @Override
            public Set<Layer<?>> provides() {
                return Set.of(COUNT);
            }

            @Override
            public Layers analyze(Analysis in) {
                return Layers.of(COUNT, in.get(SentenceAnalyzer.SENTENCES).size());
            }
        };
    }

    private static PostThread doc(String text) {
        return PostThread.of(Post.document("d", "writer", text));
    }

    @Test
    void analyzerWhoseRequirementComesLater_isRejectedNamingTheGap() {
        AttuneException e = assertThrows(AttuneException.class,
                () -> Pipeline.of(counter("count.v1"), new SentenceAnalyzer()));
        assertEquals(ErrorCode.PIPELINE, e.code());
        assertTrue(e.getMessage().contains("count.v1") && e.getMessage().contains("sentences"), e.getMessage());
    }

    @Test
    void layerProvidedTwice_isRejected() {
        AttuneException e = assertThrows(AttuneException.class,
                () -> Pipeline.of(new SentenceAnalyzer(), counter("a.v1"), counter("b.v1")));
        assertTrue(e.getMessage().contains("'count'") && e.getMessage().contains("a.v1"), e.getMessage());
    }

    @Test
    void sameAnalyzerTwice_isRejected() {
        assertThrows(AttuneException.class, () -> Pipeline.of(new SentenceAnalyzer(), new SentenceAnalyzer()));
    }

    @Test
    void analyzerReturningLayersItDidNotDeclare_failsTheRun() {
        Analyzer liar = new Analyzer() {
            @Override
            public String id() {
                return "liar.v1";
            }

            @Override
            public Set<Layer<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer<?>> provides() {
                return Set.of(COUNT);
            }

            @Override
            public Layers analyze(Analysis in) {
                return Layers.empty();
            }
        };
        AttuneException e = assertThrows(AttuneException.class, () -> Pipeline.of(liar).run(doc("x")));
        assertEquals(ErrorCode.PIPELINE, e.code());
        assertTrue(e.getMessage().contains("liar.v1"));
    }

    @Test
    void runningABatch_givesEachThreadTheSameLayersAsRunningItAlone() {
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new ScriptAndStopwordLanguageIdentifier(),
                new EmbeddingAnalyzer(new HashingEncoder()));
        List<PostThread> threads = List.of(doc("One. Two."), doc(""), doc("Three and four.\nFive."));
        List<Analysis> together = p.run(threads);
        for (int i = 0; i < threads.size(); i++) {
            Analysis alone = p.run(threads.get(i));
            List<Sentence> s = alone.get(SentenceAnalyzer.SENTENCES);
            assertEquals(s, together.get(i).get(SentenceAnalyzer.SENTENCES));
            SentenceEmbeddings a = alone.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
            SentenceEmbeddings b = together.get(i).get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
            assertEquals(s.size(), a.size(), "one vector per sentence");
            for (int k = 0; k < a.size(); k++) {
                assertEquals(java.util.Arrays.toString(a.get(k)), java.util.Arrays.toString(b.get(k)));
            }
        }
    }

    @Test
    void missingLayer_namesIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Analysis.of(doc("x")).get(SentenceAnalyzer.SENTENCES));
        assertTrue(e.getMessage().contains("sentences"));
    }
}
