package org.attune.core.thread;

import java.util.List;
import java.util.Objects;

/**
 * One post of a thread, as written: the root post, or a reply at any depth. Immutable.
 *
 * @param id      identifier, unique within its thread
 * @param author  pseudonymous author name; the root post's author is the thread's writer
 * @param kind    what the source called it ("post", "letter", "comment"); may be null
 * @param title   optional title, analysed as its own field
 * @param text    the body, the source of truth for every span into it
 * @param note    an editor's note about the post (not analysed)
 * @param replies direct replies, in order
 */
public record Post(String id, String author, String kind, String title, String text, String note, List<Post> replies) {
    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        replies = List.copyOf(replies);
    }

    /** A single document by one writer, without replies. */
    public static Post document(String id, String author, String text) {
        return new Post(id, author, null, null, text, null, List.of());
    }
}
