package org.attune.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.attune.core.embedding.Encoder;

/** Training documents read alone (one passage each) and among others (one passage per group). */
class DocumentVectorsTest {

    /** Records the passages; a sentence's vector is (passage number, place in the passage). */
    private static final class RecordingEncoder implements Encoder {
        final List<List<String>> passages = new ArrayList<>();

        @Override
        public String id() {
            return "recording-test.v1";
        }

        @Override
        public int dimension() {
            return 2;
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
                    v[i] = new float[] {passages.size(), i};
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

    private static final List<String> DOCS = List.of("One a. One b.", "Two.", "", "Four a. Four b. Four c.",
            "Five.", "Six.", "Seven.");

    @Test
    void alone_eachDocumentIsItsOwnPassage() {
        RecordingEncoder e = new RecordingEncoder();
        List<DocumentVectors> d = DocumentVectors.of(DOCS, e);
        assertEquals(DOCS.size(), d.size());
        assertEquals(List.of("Four a.", "Four b.", "Four c."), d.get(3).sentences());
        assertEquals(0, d.get(2).sentences().size());
        assertTrue(e.passages.stream().allMatch(p -> p.size() <= 3), "no passage holds two documents");
    }

    @Test
    void inGroups_readsEachGroupAsOnePassage_andReturnsTheDocumentsInOrder() {
        RecordingEncoder e = new RecordingEncoder();
        List<DocumentVectors> d = DocumentVectors.inGroups(DOCS, e, 3, 7);
        assertEquals(DOCS.size(), d.size());
        assertEquals(3, e.passages.size(), "7 documents in groups of 3");
        int total = 0;
        for (int i = 0; i < DOCS.size(); i++) {
            DocumentVectors doc = d.get(i);
            assertEquals(DocumentVectors.of(List.of(DOCS.get(i)), new RecordingEncoder()).get(0).sentences(),
                    doc.sentences(), "document " + i);
            for (int k = 0; k < doc.sentences().size(); k++) {
                List<String> passage = e.passages.get((int) doc.vectors()[k][0]);
                assertEquals(doc.sentences().get(k), passage.get((int) doc.vectors()[k][1]), "document " + i);
            }
            total += doc.sentences().size();
        }
        assertEquals(total, e.passages.stream().mapToInt(List::size).sum(), "every sentence read once");
        // the shuffle is fixed: the same seed gives the same groups
        RecordingEncoder again = new RecordingEncoder();
        DocumentVectors.inGroups(DOCS, again, 3, 7);
        assertEquals(e.passages, again.passages);
    }
}
