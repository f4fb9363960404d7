package org.attune.server.triage;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.attune.core.privacy.Found;
import org.attune.core.privacy.PersonalDataFinder;
import org.attune.core.privacy.Redactor;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/**
 * What a researcher may see of one item: personal data replaced by placeholders, authors renamed
 * {@code writer}/{@code person-N}, notes and external ids left out. Works on the Assessment's JSON generically, so
 * analyses added later are covered: an object with {@code post}, {@code field}, {@code begin} and {@code end} has its
 * {@code text} rebuilt from the redacted post; every other free-text string is redacted on its own.
 */
final class RedactedView {
    private static final PersonalDataFinder FINDER = new PersonalDataFinder();
    /** String fields that hold labels, codes or ids, never free text. */
    private static final java.util.Set<String> LABELS = java.util.Set.of("id", "schemaVersion", "status", "code",
            "script", "engine", "engineVersion", "post", "parent", "field", "role", "level", "recency", "signal",
            "kind", "label", "name", "emotion", "trap", "quality", "category", "type", "reply", "replyTo");

    /** Arrays of ids. */
    private static final java.util.Set<String> ID_LISTS = java.util.Set.of("posts", "analyzers", "sentences");

    private final PostThread thread;
    private final Map<String, String> pseudonyms = new LinkedHashMap<>();
    private final Map<String, List<Found>> found = new HashMap<>();

    RedactedView(PostThread thread) {
        this.thread = thread;
        pseudonyms.put(thread.writer(), "writer");
        for (String a : thread.authors()) {
            pseudonyms.computeIfAbsent(a, k -> "person-" + pseudonyms.size());
        }
    }

    String author(String a) {
        return pseudonyms.getOrDefault(a, "person");
    }

    private List<Found> found(String post, String field) {
        return found.computeIfAbsent(post + "\u0000" + field, k -> {
            String s = original(post, field);
            return s == null ? List.of() : FINDER.find(s);
        });
    }

    private String original(String post, String field) {
        Post p;
        try {
            p = thread.post(post);
        } catch (RuntimeException e) {
            return null;
        }
        if (p == null) {
            return null;
        }
        return "title".equals(field) ? p.title() : p.text();
    }

    /** The post's field with its personal data replaced. */
    String field(String post, String field) {
        String s = original(post, field);
        return s == null ? null : Redactor.redact(s, found(post, field));
    }

    /** {@code [begin, end)} of a post's field with the personal data that touches it replaced. */
    String range(String post, String field, int begin, int end) {
        String s = original(post, field);
        if (s == null || begin < 0 || end > s.length() || begin > end) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int at = begin;
        for (Found f : found(post, field)) {
            int b = Math.max(f.span().begin(), begin);
            int e = Math.min(f.span().end(), end);
            if (b >= e || b < at) {
                continue;
            }
            sb.append(s, at, b).append(f.kind().placeholder());
            at = e;
        }
        return sb.append(s, at, end).toString();
    }

    /** A redacted deep copy of an Assessment's JSON. */
    JsonNode assessment(JsonNode node) {
        JsonNode copy = node.deepCopy();
        walk(copy, null);
        return copy;
    }

    private void walk(JsonNode node, String fieldName) {
        if (node instanceof ObjectNode o) {
            boolean spanned = o.has("post") && o.has("begin") && o.has("end") && o.get("begin").canConvertToInt();
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            Map<String, JsonNode> replace = new LinkedHashMap<>();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                JsonNode v = e.getValue();
                if (v.isTextual()) {
                    replace.put(k, new TextNode(redactString(o, k, v.textValue(), spanned)));
                } else if (!k.equals("provenance")) {
                    walk(v, k);
                }
            }
            replace.forEach(o::set);
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual()) {
                    if (!ID_LISTS.contains(fieldName)) {
                        a.set(i, new TextNode(Redactor.redact(v.textValue())));
                    }
                } else {
                    walk(v, fieldName);
                }
            }
        }
    }

    private String redactString(ObjectNode o, String key, String value, boolean spanned) {
        if (key.equals("author")) {
            return author(value);
        }
        if (LABELS.contains(key)) {
            return value;
        }
        if (spanned && key.equals("text")) {
            String field = o.has("field") ? o.get("field").asText() : "text";
            return range(o.get("post").asText(), field, o.get("begin").asInt(), o.get("end").asInt());
        }
        return Redactor.redact(value);
    }
}
