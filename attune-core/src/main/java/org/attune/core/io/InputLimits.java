package org.attune.core.io;

/**
 * What Attune accepts, checked once at the edge. Documented in the README; an input over a limit gets
 * {@code input.too_large} or {@code input.too_deep} and a message naming the limit.
 *
 * @param maxBytes     largest document or thread, in bytes of UTF-8
 * @param maxPosts     most posts in one thread
 * @param maxDepth     deepest reply nesting (the root is depth 0)
 * @param maxIdLength  longest id or author name, in characters
 */
public record InputLimits(int maxBytes, int maxPosts, int maxDepth, int maxIdLength) {
    public static final InputLimits DEFAULT = new InputLimits(4 * 1024 * 1024, 5_000, 256, 256);
}
