package org.attune.train.safety;

import java.util.ArrayList;
import java.util.List;

import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.Encoder;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Pipeline;
import org.attune.core.safety.FrameAnalyzer;
import org.attune.core.safety.SentenceFrame;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.safety.SafetyFeatures;

/**
 * A training document as the safety head sees it at run time: the pooled embeddings and the text of the sentences the
 * writer asserts as their own (same frames, same pooling as {@code SafetyAnalyzer}).
 */
record AuthorText(float[] pooled, String text) {

    static List<AuthorText> of(List<String> documents, Encoder encoder) {
        Pipeline p = Pipeline.of(new SentenceAnalyzer(), new ScriptAndStopwordLanguageIdentifier(),
                new FrameAnalyzer(), new EmbeddingAnalyzer(encoder));
        List<PostThread> threads = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            threads.add(PostThread.of(Post.document("d" + i, "writer", documents.get(i))));
        }
        List<AuthorText> out = new ArrayList<>();
        for (int from = 0; from < threads.size(); from += 64) {
            for (Analysis a : p.run(threads.subList(from, Math.min(threads.size(), from + 64)))) {
                List<Sentence> sentences = a.get(SentenceAnalyzer.SENTENCES);
                List<SentenceFrame> frames = a.get(FrameAnalyzer.FRAMES);
                SentenceEmbeddings vectors = a.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
                List<float[]> kept = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (Sentence s : sentences) {
                    if (Boolean.getBoolean("attune.nogate") || frames.get(s.index()).assertsOwn()) {
                        kept.add(vectors.get(s.index()));
                        text.append(s.normalized()).append('\n');
                    }
                }
                out.add(new AuthorText(SafetyFeatures.pooled(kept, vectors.dimension()), text.toString()));
            }
        }
        return out;
    }
}
