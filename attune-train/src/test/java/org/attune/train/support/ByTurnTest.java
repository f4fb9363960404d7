package org.attune.train.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/** Supporter turns joined into one passage are split back into their own sentences. */
class ByTurnTest {

    @Test
    void eachSentence_goesBackToItsTurn() {
        List<String> turns = List.of("How are you feeling today? Tell me more.", "I see.", "",
                "That sounds hard. You did well to reach out. Have you told anyone?");
        StringBuilder text = new StringBuilder();
        int[] starts = new int[turns.size()];
        for (int k = 0; k < turns.size(); k++) {
            if (k > 0) {
                text.append("\n\n");
            }
            starts[k] = text.length();
            text.append(turns.get(k));
        }
        List<Sentence> sentences = Pipeline.of(new SentenceAnalyzer())
                .run(PostThread.of(Post.document("g", "supporter", text.toString()))).get(SentenceAnalyzer.SENTENCES);
        List<List<Sentence>> of = SupportTrainer.byTurn(sentences, starts);
        assertEquals(List.of(2, 1, 0, 3), of.stream().map(List::size).toList());
        assertEquals("I see.", of.get(1).get(0).normalized());
        assertEquals("Have you told anyone?", of.get(3).get(2).normalized());
    }
}
