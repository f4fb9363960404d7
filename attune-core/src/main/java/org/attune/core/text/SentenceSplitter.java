package org.attune.core.text;

import java.util.List;

/** Cuts a text into sentences. Spans are into the ORIGINAL text of the {@link NormalizedText}. */
public interface SentenceSplitter {
    List<Span> split(NormalizedText text);
}
