package org.attune.core.assessment;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.attune.core.language.Language;
import org.attune.core.safety.HarmfulReply;

/**
 * The result of analysing one thread (or one document, a thread of one post). Its JSON form is versioned by
 * {@link #SCHEMA_VERSION} and described by {@code docs/assessment.schema.json}.
 *
 * @param id            the thread's id (the root post's id)
 * @param schemaVersion version of this JSON form
 * @param status        whether the analyses apply; anything but {@code ok} means no claims were made
 * @param language      the language identified
 * @param provenance    engine version, analyzers and model hashes
 * @param posts         every post, in reading order
 * @param sentences     every sentence, in reading order, with spans into the original text of its post's field
 * @param authors       a section per author, the writer first
 * @param harmfulReplies replies flagged as harmful (method details, encouragement, minimising); absent when no
 *                       safety analysis ran
 */
@JsonPropertyOrder({"id", "schemaVersion", "status", "language", "provenance", "posts", "sentences", "authors",
    "harmfulReplies"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assessment(
        String id,
        String schemaVersion,
        Status status,
        Language language,
        Provenance provenance,
        List<PostInfo> posts,
        List<SentenceInfo> sentences,
        List<AuthorSection> authors,
        List<HarmfulReply> harmfulReplies) {

    public static final String SCHEMA_VERSION = "1.2";

    public Assessment {
        Objects.requireNonNull(id, "id");
        posts = List.copyOf(posts);
        sentences = List.copyOf(sentences);
        authors = List.copyOf(authors);
        harmfulReplies = harmfulReplies == null ? null : List.copyOf(harmfulReplies);
    }
}
