package org.attune.core.embedding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;

/**
 * Encodes the sentences of every thread of a batch in one {@link Encoder#encodeInContext} call, one group per post:
 * each post (title and text) is read as one passage and each sentence gets its tokens' mean vector; the encoder spreads
 * the posts over its workers, and a post's vectors never depend on the other posts of the thread or the batch.
 * Every dataset the heads learn from labels a post read on its own (a C-SSRS post, a CAMS post, a patient's question),
 * so a post is read on its own here too: read as one passage with the thread, a reply's vectors carried the opening
 * post's words and a commenter's quote read like the writer's self-blame. A reply is related to what it answers by the
 * heads that need it (reply quality reads the parent's vectors beside the reply's), not by the encoder.
 * Provides one vector per sentence, aligned with the sentences layer.
 */
public final class EmbeddingAnalyzer implements Analyzer {
    public static final Layer<SentenceEmbeddings> SENTENCE_EMBEDDINGS = Layer.named("sentence-embeddings");

    private final Encoder encoder;

    public EmbeddingAnalyzer(Encoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String id() {
        return "embedding." + encoder.id();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(SENTENCE_EMBEDDINGS);
    }

    @Override
    public Map<String, String> modelFiles() {
        return encoder.files();
    }

    @Override
    public Layers analyze(Analysis in) {
        return analyzeAll(List.of(in)).get(0);
    }

    @Override
    public List<Layers> analyzeAll(List<Analysis> in) {
        List<List<String>> groups = new ArrayList<>();
        List<int[]> owners = new ArrayList<>(); // per analysis: its first group and how many
        for (Analysis a : in) {
            int first = groups.size();
            List<String> texts = null;
            String post = null;
            for (Sentence s : a.get(SentenceAnalyzer.SENTENCES)) {
                if (texts == null || !s.postId().equals(post)) {
                    texts = new ArrayList<>();
                    groups.add(texts);
                    post = s.postId();
                }
                texts.add(s.normalized());
            }
            owners.add(new int[] {first, groups.size() - first});
        }
        List<Encoder.Passage> passages = encoder.readInContext(groups);
        List<Layers> out = new ArrayList<>(in.size());
        for (int[] o : owners) {
            List<float[]> all = new ArrayList<>();
            List<BranchStates> shared = new ArrayList<>();
            Map<String, List<BranchStates>> dedicated = new LinkedHashMap<>();
            for (int g = o[0]; g < o[0] + o[1]; g++) {
                Encoder.Passage p = passages.get(g);
                all.addAll(List.of(p.vectors()));
                shared.add(p.branch());
                p.dedicated().forEach((name, b) -> dedicated.computeIfAbsent(name, k -> new ArrayList<>()).add(b));
            }
            Map<String, BranchStates> joined = new LinkedHashMap<>();
            dedicated.forEach((name, parts) -> {
                if (parts.size() == o[1]) {
                    joined.put(name, joined(parts));
                }
            });
            out.add(Layers.of(SENTENCE_EMBEDDINGS, new SentenceEmbeddings(encoder.dimension(),
                    all.toArray(new float[0][]), o[1] > 0 && !shared.contains(null) ? joined(shared) : null,
                    joined)));
        }
        return out;
    }

    /** One reading of a thread's sentences from its posts' readings, in order. */
    private static BranchStates joined(List<BranchStates> parts) {
        List<float[]> means = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        for (BranchStates b : parts) {
            means.addAll(List.of(b.means()));
            for (int t : b.tokens()) {
                tokens.add(t);
            }
        }
        return new BranchStates(means.toArray(new float[0][]), tokens.stream().mapToInt(Integer::intValue).toArray());
    }
}
