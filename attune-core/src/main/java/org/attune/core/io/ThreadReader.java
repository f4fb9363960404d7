package org.attune.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/**
 * Reads documents and threads from bytes, validating once at the edge: size, binary content, strict UTF-8, JSON
 * syntax, shape, nesting depth and unique ids. Every error names what was wrong and what is accepted, never the text.
 *
 * <p>Accepted JSON: an object {@code {"id", "author", "text"}} with optional {@code "title"}, {@code "kind"},
 * {@code "note"} and {@code "replies"} (an array of objects of the same form, each with its own {@code author}).
 */
public final class ThreadReader {
    private static final Set<String> FIELDS = Set.of("id", "author", "kind", "title", "text", "note", "replies");
    private static final String SHAPE = "expected a JSON object {\"id\", \"author\", \"text\"} with optional "
            + "\"title\", \"kind\", \"note\" and \"replies\" (an array of such objects)";

    private final InputLimits limits;
    private final ObjectMapper mapper;

    public ThreadReader(InputLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // each reply level is an object inside an array: two JSON levels, plus slack for the root
                        .maxNestingDepth(2 * limits.maxDepth() + 4)
                        .maxStringLength(limits.maxBytes())
                        .build())
                .build();
        // a second value or a stray brace after the object is an error, not something to drop silently
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // a field given twice would otherwise keep the last value without a word
        this.mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public ThreadReader() {
        this(InputLimits.DEFAULT);
    }

    public InputLimits limits() {
        return limits;
    }

    /** A plain-text document by one writer. */
    public PostThread readText(byte[] bytes, String id, String author) {
        String text = decode(bytes);
        return PostThread.of(Post.document(id, author, text));
    }

    /** A JSON document or thread; {@code fallbackId} names the root when it has no {@code id}. */
    public PostThread readJson(byte[] bytes, String fallbackId) {
        String json = decode(bytes);
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("nesting depth")) {
                throw new AttuneException(ErrorCode.TOO_DEEP, "the JSON nests deeper than " + limits.maxDepth()
                        + " reply levels");
            }
            throw new AttuneException(ErrorCode.TOO_LARGE, "a number or string in the JSON is longer than accepted "
                    + "(numbers up to 1000 digits, strings up to " + limits.maxBytes() + " characters)");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String what = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                    ? "a field appears twice in one object" : "the input is not valid JSON";
            throw new AttuneException(ErrorCode.MALFORMED_JSON, what + where + "; " + SHAPE);
        }
        if (root == null || root.isMissingNode()) {
            throw new AttuneException(ErrorCode.MALFORMED_JSON, "the input holds no JSON value; " + SHAPE);
        }
        int[] count = {0};
        Post post = toPost(root, fallbackId, "writer", "$", 0, count);
        return PostThread.of(post);
    }

    private Post toPost(JsonNode node, String fallbackId, String fallbackAuthor, String path, int depth,
            int[] count) {
        if (!node.isObject()) {
            throw shape(path, "is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
        }
        if (depth > limits.maxDepth()) {
            throw new AttuneException(ErrorCode.TOO_DEEP, "replies nest deeper than " + limits.maxDepth()
                    + " levels");
        }
        if (++count[0] > limits.maxPosts()) {
            throw new AttuneException(ErrorCode.TOO_LARGE, "the thread has more than " + limits.maxPosts()
                    + " posts");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw new AttuneException(ErrorCode.UNKNOWN_FIELD, "unknown field " + describeName(name) + " at "
                        + path + "; accepted fields: " + new TreeSet<>(FIELDS));
            }
        }
        String id = optionalString(node, "id", path);
        if (id == null) {
            id = fallbackId;
        }
        String author = optionalString(node, "author", path);
        if (author == null) {
            if (fallbackAuthor == null) {
                throw shape(path, "has no \"author\"; every reply needs one so that its words are not "
                        + "attributed to someone else");
            }
            author = fallbackAuthor;
        }
        checkName(id, "id", path);
        checkName(author, "author", path);
        String text = optionalString(node, "text", path);
        if (text == null) {
            throw shape(path, "has no \"text\" string");
        }
        List<Post> replies = new ArrayList<>();
        JsonNode r = node.get("replies");
        if (r != null && !r.isNull()) {
            if (!r.isArray()) {
                throw shape(path + ".replies", "is not an array");
            }
            for (int i = 0; i < r.size(); i++) {
                String childPath = path + ".replies[" + i + "]";
                replies.add(toPost(r.get(i), id + "/" + i, null, childPath, depth + 1, count));
            }
        }
        return new Post(id, author, optionalString(node, "kind", path), optionalString(node, "title", path), text,
                optionalString(node, "note", path), replies);
    }

    /**
     * A field name as it may appear in a message. A key can carry the writer's words as well as any value can, so
     * the name is repeated only when it is a near miss of an accepted field (a misspelt "txt"); otherwise only its
     * length is given.
     */
    private static String describeName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String field : new TreeSet<>(FIELDS)) {
            if (name.length() <= field.length() + 2 && editDistance(lower, field) <= 2) {
                return "\"" + name + "\" (did you mean \"" + field + "\"?)";
            }
        }
        return "(a name of " + name.length() + " characters)";
    }

    /** Levenshtein distance; only called on names at most a few characters long. */
    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private void checkName(String value, String field, String path) {
        if (value.isBlank() || value.length() > limits.maxIdLength()) {
            throw shape(path + "." + field, "must be a non-blank string of at most " + limits.maxIdLength()
                    + " characters");
        }
    }

    private static String optionalString(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (field.equals("id") && v.isIntegralNumber()) {
            return v.asText();
        }
        if (!v.isTextual()) {
            throw shape(path + "." + field, "must be a string");
        }
        String text = v.textValue();
        int bad = unpairedSurrogate(text);
        if (bad >= 0) {
            throw new AttuneException(ErrorCode.ENCODING, path + "." + field + " holds an unpaired surrogate escape "
                    + "(\\uD800-\\uDFFF) at character " + bad + "; only valid Unicode text is accepted");
        }
        return text;
    }

    /** Index of the first unpaired UTF-16 surrogate, or -1: such text cannot be written back out as UTF-8. */
    static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static AttuneException shape(String path, String what) {
        return new AttuneException(ErrorCode.INVALID_SHAPE, path + " " + what + "; " + SHAPE);
    }

    /** Strict UTF-8 decoding after the size and binary checks. */
    public String decode(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            throw new AttuneException(ErrorCode.TOO_LARGE, "the input is " + bytes.length + " bytes; at most "
                    + limits.maxBytes() + " bytes are accepted per document or thread");
        }
        checkNotBinary(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = decoder.decode(in);
            String s = out.toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new AttuneException(ErrorCode.ENCODING, "the input is not valid UTF-8 (first bad byte at offset "
                    + in.position() + "); only UTF-8 text is accepted");
        } catch (CharacterCodingException e) {
            throw new AttuneException(ErrorCode.ENCODING, "the input is not valid UTF-8; only UTF-8 text is accepted");
        }
    }

    /** Rejects NUL bytes and inputs where more than 1 in 10 of the first 8 KiB are control characters. */
    private static void checkNotBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new AttuneException(ErrorCode.BINARY, "the input contains NUL bytes (offset " + i
                        + "): it looks binary; only UTF-8 text or JSON is accepted");
            }
            if (i < sample && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (sample > 0 && control * 10 > sample) {
            throw new AttuneException(ErrorCode.BINARY, "the input is mostly control characters: it looks binary; "
                    + "only UTF-8 text or JSON is accepted");
        }
    }

}
