package org.attune.core.assessment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.attune.core.context.AuthorContext;
import org.attune.core.emotion.AuthorEmotions;
import org.attune.core.safety.AuthorRisk;
import org.attune.core.traps.TrapSentence;

/**
 * What the Assessment says about one author of the thread. The writer (the root post's author) comes first; the
 * writer's own replies further down the thread belong here too.
 *
 * @param author    the author's name as given
 * @param role      {@code writer} or {@code commenter}
 * @param posts     ids of the author's posts, in reading order
 * @param sentences indexes of the author's sentences
 * @param words     number of words the author wrote
 * @param risk      the author's self-harm and suicide risk; absent when no risk claim is made (status not ok)
 * @param emotions  the emotions of the author's text and sentences; absent when status is not ok
 * @param context   stress and cause of distress of the author's text; absent when status is not ok
 * @param traps     the author's sentences that show thinking traps, in reading order; absent when status is not ok
 *                  or the trap analysis did not run
 */
@JsonPropertyOrder({"author", "role", "posts", "sentences", "words", "risk", "emotions", "context", "traps"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorSection(String author, String role, List<String> posts, List<Integer> sentences, int words,
        AuthorRisk risk, AuthorEmotions emotions, AuthorContext context, List<TrapSentence> traps) {
    public AuthorSection {
        posts = List.copyOf(posts);
        sentences = List.copyOf(sentences);
        traps = traps == null ? null : List.copyOf(traps);
    }

    public AuthorSection(String author, String role, List<String> posts, List<Integer> sentences, int words,
            AuthorRisk risk) {
        this(author, role, posts, sentences, words, risk, null, null, null);
    }
}
