package org.attune.ml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.attune.core.pipeline.Pipeline;
import org.attune.core.safety.Shorthand;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/** Which replies answer a screening question, and what was asked. Synthetic text. */
class ScreeningAnswersTest {

    private static String read(String question, String answer, String answerer) {
        PostThread t = PostThread.of(new Post("p", "writer", "post", null, "Rough week.", null, List.of(
                new Post("q", "helper", null, null, "I hear you. " + question, null, List.of(
                        Post.document("a", answerer, answer))))));
        List<Sentence> sentences = Pipeline.of(new SentenceAnalyzer()).run(t).get(SentenceAnalyzer.SENTENCES);
        List<String> plain = sentences.stream().map(s -> Shorthand.plain(s.normalized())).toList();
        List<Integer> mine = new ArrayList<>();
        for (Sentence s : sentences) {
            if (t.post(s.postId()).author().equals(answerer)) {
                mine.add(s.index());
            }
        }
        List<ScreeningAnswers.Answer> found = ScreeningAnswers.of(t, sentences, plain, mine);
        return found.isEmpty() ? "-" : found.get(0).asked() + (found.get(0).near() ? " near" : "")
                + (found.get(0).bare() ? " bare" : "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Are you having thoughts of killing yourself?|yes|THOUGHTS",
        "Are you suicidal?|i think so. it's been weeks|THOUGHTS",
        "Are you suicidal?|I am not, just sad.|-",
        "Are you having thoughts of suicide?|yeah, no. just tired|-",
        "Are you having thoughts of suicide?|no|-",
        "Do you have a plan?|yes, tonight|PLAN near bare",
        "Do you have a plan to end your life?|yes|PLAN",
        "Are you going to act on it tonight?|I think so.|INTENT near bare",
        "Are you safe right now?|no|UNSAFE near",
        "Are you safe?|yes, my partner is home.|-",
        "Did you hurt yourself tonight?|yeah|HURT near",
        "Have you been hurting yourself again?|a little|HURT",
        "Have you ever self-harmed?|yes, when I was fifteen.|-",
        "Did you cut it yourself?|yes! took ages|-",
        "Have you had thoughts of hurting yourself?|sometimes, yeah.|URGE",
        "What did you have for dinner?|yes|-"})
    void theQuestionGivesTheAnswerItsMeaning(String question, String answer, String expected) {
        assertEquals(expected, read(question, answer, "writer"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Are you having thoughts of killing yourself?|yes"})
    void anAnswerToOneselfIsNoAnswer(String question, String answer) {
        assertEquals("-", read(question, answer, "helper"));
    }
}
