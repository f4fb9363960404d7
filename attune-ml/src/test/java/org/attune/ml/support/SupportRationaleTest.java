package org.attune.ml.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.attune.core.support.Rationale;
import org.attune.core.text.Sentence;
import org.attune.core.text.Span;
import org.attune.core.thread.Post;

/**
 * How a rationale is drawn from the sentence scores of a synthetic reply: chosen sentences in a row make one passage,
 * with offsets into the original text; sentences apart, or in two fields, stay apart.
 */
class SupportRationaleTest {
    private static final String TITLE = "Hugs.";
    private static final String TEXT = "I’m so sorry. That sounds hard, and it is not your fault. Take care.";
    private static final Post POST = new Post("r", "commenter", null, TITLE, TEXT, null, List.of());

    private static final List<Sentence> REPLY = List.of(
            sentence(0, Sentence.Field.TITLE, TITLE, "Hugs."),
            sentence(1, Sentence.Field.TEXT, TEXT, "I’m so sorry."),
            sentence(2, Sentence.Field.TEXT, TEXT, "That sounds hard, and it is not your fault."),
            sentence(3, Sentence.Field.TEXT, TEXT, "Take care."));

    private static Sentence sentence(int index, Sentence.Field field, String original, String text) {
        int at = original.indexOf(text);
        return new Sentence(index, "r", field, new Span(at, at + text.length()), text.replace('’', '\''));
    }

    private static List<String> texts(List<Rationale> rationale) {
        return rationale.stream().map(r -> r.field() + ":" + r.text()).toList();
    }

    @Test
    void sentencesChosenInARow_makeOneSpan_withTheirBestScore() {
        List<Rationale> r = SupportAnalyzer.rationale(POST, REPLY, new double[] {0.1, 0.9, 0.7, 0.2}, 0.5);
        assertEquals(List.of("text:I’m so sorry. That sounds hard, and it is not your fault."), texts(r));
        assertEquals(0.9, r.get(0).score());
        assertEquals(TEXT.indexOf("I’m"), r.get(0).begin());
    }

    @Test
    void sentencesApart_orInTwoFields_stayApart() {
        assertEquals(List.of("title:Hugs.", "text:I’m so sorry.", "text:Take care."), texts(SupportAnalyzer.rationale(
                POST, REPLY, new double[] {0.8, 0.9, 0.2, 0.6}, 0.5)));
    }

    @Test
    void noSentenceReachingTheThreshold_givesTheBestOne() {
        assertEquals(List.of("text:Take care."), texts(SupportAnalyzer.rationale(POST, REPLY,
                new double[] {0.1, 0.2, 0.3, 0.4}, 0.5)));
    }
}
