package org.attune.ml.context;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.attune.core.context.AuthorContext;
import org.attune.core.context.Context;
import org.attune.core.embedding.BranchStates;
import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.PostThread;
import org.attune.ml.head.AuthorDocument;

/**
 * Stress and the cause of distress for every author of a thread, read by the {@link ContextModel} with the vectors the
 * {@link EmbeddingAnalyzer} already computed (no second encoder pass), and, with a model that reads it, what the
 * encoder's emotion branch read of the same sentences. The heads were trained on posts, so each of an
 * author's posts is read as one document (its sentences pooled) and the author's reading is the mean of those readings
 * weighted by each post's length: a long distressed post and a short thank-you reply do not count alike, and what a
 * reply says about therapy does not blur into what the opening post says about a partner. A text not in a supported
 * language gets no reading, nor does an author without sentences.
 */
public final class ContextAnalyzer implements Analyzer {
    private final ContextModel model;

    public ContextAnalyzer(ContextModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return "context.stress-cause.v1+" + model.id();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES, EmbeddingAnalyzer.SENTENCE_EMBEDDINGS,
                ScriptAndStopwordLanguageIdentifier.LANGUAGE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Context.CONTEXT);
    }

    @Override
    public Map<String, String> modelFiles() {
        return model.hashes();
    }

    @Override
    public Layers analyze(Analysis in) {
        if (!in.get(ScriptAndStopwordLanguageIdentifier.LANGUAGE).supported()) {
            return Layers.of(Context.CONTEXT, new Context.ContextResult(Map.of()));
        }
        PostThread thread = in.thread();
        SentenceEmbeddings vectors = in.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
        BranchStates branch = model.branch() ? vectors.requireBranch("the context model " + model.id()) : null;
        Map<String, AuthorContext> out = new LinkedHashMap<>();
        AuthorDocument.byAuthorAndPost(thread, in.get(SentenceAnalyzer.SENTENCES), vectors).forEach((author, posts) -> {
            double[] mean = AuthorDocument.meanByLength(posts, doc -> {
                ContextModel.Reading one = model.read(doc.pooled(), branch == null ? null
                        : branch.mean(doc.sentences().stream().mapToInt(Sentence::index).toArray()), doc.text());
                double[] both = new double[1 + one.causes().length];
                both[0] = one.stress();
                System.arraycopy(one.causes(), 0, both, 1, one.causes().length);
                return both;
            });
            ContextModel.Reading r = new ContextModel.Reading(mean[0], Arrays.copyOfRange(mean, 1, mean.length));
            Map<String, Double> causes = new LinkedHashMap<>();
            for (int c = 0; c < r.causes().length; c++) {
                causes.put(Context.CAUSES.get(c), r.causes()[c]);
            }
            out.put(author, new AuthorContext(r.stress(), r.stress() >= model.stressThreshold(),
                    Context.CAUSES.get(r.cause()), causes));
        });
        return Layers.of(Context.CONTEXT, new Context.ContextResult(out));
    }
}
