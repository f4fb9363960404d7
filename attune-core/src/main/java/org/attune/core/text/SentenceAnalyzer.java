package org.attune.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.thread.Post;

/** Splits the title and text of every post into {@link Sentence}s, in reading order. */
public final class SentenceAnalyzer implements Analyzer {
    public static final Layer<List<Sentence>> SENTENCES = Layer.named("sentences");

    private final SentenceSplitter splitter;

    public SentenceAnalyzer(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public SentenceAnalyzer() {
        this(new RuleSentenceSplitter());
    }

    @Override
    public String id() {
        return "text.sentences.v1";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(SENTENCES);
    }

    @Override
    public Layers analyze(Analysis in) {
        List<Sentence> out = new ArrayList<>();
        for (Post post : in.thread().posts()) {
            if (post.title() != null) {
                add(out, post, Sentence.Field.TITLE, post.title());
            }
            add(out, post, Sentence.Field.TEXT, post.text());
        }
        return Layers.of(SENTENCES, List.copyOf(out));
    }

    private void add(List<Sentence> out, Post post, Sentence.Field field, String original) {
        NormalizedText text = NormalizedText.of(original);
        for (Span span : splitter.split(text)) {
            String normalized = NormalizedText.of(span.of(original)).normalized();
            out.add(new Sentence(out.size(), post.id(), field, span, normalized));
        }
    }
}
