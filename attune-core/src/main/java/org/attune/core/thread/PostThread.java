package org.attune.core.thread;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/**
 * A root post with its nested replies, flattened once into reading order (depth first, replies in order). A single
 * document is a thread of one post. Ids are unique within a thread; a repeated id is rejected because it would make
 * reply relations ambiguous (the nested form's only way to express a cycle).
 */
public final class PostThread {
    private final Post root;
    private final List<Post> posts;
    private final Map<String, Post> byId;
    private final Map<String, String> parentOf;
    private final Map<String, Integer> depthOf;

    private PostThread(Post root) {
        this.root = root;
        List<Post> order = new ArrayList<>();
        Map<String, Post> ids = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        Map<String, Integer> depths = new HashMap<>();
        // iterative depth-first walk: a deep thread must not overflow the stack
        record Frame(Post post, String parent, int depth) { }
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        stack.push(new Frame(root, null, 0));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            if (ids.putIfAbsent(f.post.id(), f.post) != null) {
                throw new AttuneException(ErrorCode.DUPLICATE_ID,
                        "post id appears more than once in the thread (at depth " + f.depth
                                + "); ids must be unique so that replies form a tree, not a cycle");
            }
            order.add(f.post);
            if (f.parent != null) {
                parents.put(f.post.id(), f.parent);
            }
            depths.put(f.post.id(), f.depth);
            List<Post> replies = f.post.replies();
            for (int i = replies.size() - 1; i >= 0; i--) {
                stack.push(new Frame(replies.get(i), f.post.id(), f.depth + 1));
            }
        }
        this.posts = List.copyOf(order);
        this.byId = Map.copyOf(ids);
        this.parentOf = Map.copyOf(parents);
        this.depthOf = Map.copyOf(depths);
    }

    public static PostThread of(Post root) {
        return new PostThread(Objects.requireNonNull(root, "root"));
    }

    public String id() {
        return root.id();
    }

    public Post root() {
        return root;
    }

    /** The root post's author: the person whose risk and state a thread is mostly about. */
    public String writer() {
        return root.author();
    }

    /** All posts in reading order, the root first. */
    public List<Post> posts() {
        return posts;
    }

    public Post post(String id) {
        Post p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no post with that id in this thread");
        }
        return p;
    }

    /** The id of the post this one answers, or null for the root. */
    public String parentId(String postId) {
        return parentOf.get(postId);
    }

    public int depth(String postId) {
        return depthOf.getOrDefault(postId, 0);
    }

    /** Authors in order of first appearance, the writer first. */
    public Set<String> authors() {
        Set<String> authors = new LinkedHashSet<>();
        for (Post p : posts) {
            authors.add(p.author());
        }
        return Collections.unmodifiableSet(authors);
    }

    /** Total characters of text (titles and bodies) in the thread. */
    public long textLength() {
        long n = 0;
        for (Post p : posts) {
            n += p.text().length() + (p.title() == null ? 0 : p.title().length());
        }
        return n;
    }
}
