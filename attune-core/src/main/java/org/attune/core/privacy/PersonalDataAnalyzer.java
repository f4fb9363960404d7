package org.attune.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.thread.Post;

/** Provides the personal data of every post's title and text, in thread order. Rule-based; needs no other layer. */
public final class PersonalDataAnalyzer implements Analyzer {
    public static final Layer<List<PersonalData>> PERSONAL_DATA = Layer.named("privacy.personal_data");

    private final PersonalDataFinder finder = new PersonalDataFinder();

    @Override
    public String id() {
        return "privacy.personal-data.v1";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(PERSONAL_DATA);
    }

    @Override
    public Layers analyze(Analysis in) {
        List<PersonalData> out = new ArrayList<>();
        for (Post p : in.thread().posts()) {
            if (p.title() != null) {
                for (Found f : finder.find(p.title())) {
                    out.add(new PersonalData(p.id(), "title", f.span(), f.kind()));
                }
            }
            for (Found f : finder.find(p.text())) {
                out.add(new PersonalData(p.id(), "text", f.span(), f.kind()));
            }
        }
        return Layers.of(PERSONAL_DATA, List.copyOf(out));
    }
}
