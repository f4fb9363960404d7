/**
 * The document model: a {@link org.attune.core.thread.Post} with nested replies and authors, and the
 * {@link org.attune.core.thread.PostThread} that flattens it into reading order. A single document is a thread of one post.
 */
package org.attune.core.thread;
