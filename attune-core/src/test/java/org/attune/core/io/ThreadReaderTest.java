package org.attune.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/** The edge: every kind of bad input gets its stable code and a message that never repeats the input's text. */
class ThreadReaderTest {
    /** A word that appears in every input's text and must never appear in an error message. */
    static final String MARKER = "zqxmarkerword";

    private final ThreadReader reader = new ThreadReader();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private AttuneException rejectJson(String json, ErrorCode expected) {
        return rejectJson(utf8(json), expected);
    }

    private AttuneException rejectJson(byte[] json, ErrorCode expected) {
        AttuneException e = assertThrows(AttuneException.class, () -> reader.readJson(json, "fallback"));
        assertEquals(expected, e.code(), "code; message was: " + e.getMessage());
        assertFalse(e.getMessage().contains(MARKER), "the message repeats the input's text");
        assertTrue(e.code().callerFault(), "bad input is the caller's fault (exit code 2)");
        return e;
    }

    @Test
    void documentWithNestedReplies_isReadInReadingOrder() {
        PostThread t = reader.readJson(utf8("""
                {"id": "p", "author": "writer", "kind": "post", "title": "T", "text": "root",
                 "replies": [
                   {"id": "c1", "author": "commenter-1", "text": "a",
                    "replies": [{"id": "c1-r1", "author": "writer", "text": "b", "note": "n"}]},
                   {"id": "c2", "author": "commenter-2", "text": "c"}]}
                """), "fallback");
        assertEquals("p", t.id());
        assertEquals(List.of("p", "c1", "c1-r1", "c2"), t.posts().stream().map(Post::id).toList());
        assertEquals("c1", t.parentId("c1-r1"));
        assertEquals(2, t.depth("c1-r1"));
        assertEquals(List.of("writer", "commenter-1", "commenter-2"), List.copyOf(t.authors()));
        assertEquals("T", t.root().title());
    }

    @Test
    void missingIds_areTakenFromTheFallbackAndTheParent() {
        PostThread t = reader.readJson(utf8("""
                {"text": "root", "replies": [{"author": "c", "text": "x"}, {"author": "c", "text": "y"}]}"""),
                "file-stem");
        assertEquals(List.of("file-stem", "file-stem/0", "file-stem/1"), t.posts().stream().map(Post::id).toList());
        assertEquals("writer", t.writer(), "the root's author defaults to writer");
    }

    @Test
    void numericId_isReadAsText() {
        assertEquals("42", reader.readJson(utf8("{\"id\": 42, \"author\": \"w\", \"text\": \"x\"}"), "f").id());
    }

    @Test
    void emptyAndWhitespaceOnlyText_areValidInput() {
        assertEquals("", reader.readText(new byte[0], "d", "writer").root().text());
        assertEquals(" \n\t ", reader.readText(utf8(" \n\t "), "d", "writer").root().text());
        assertEquals("", reader.readJson(utf8("{\"text\": \"\"}"), "d").root().text());
    }

    @Test
    void byteOrderMark_isDropped() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", reader.readText(bytes, "d", "writer").root().text());
        byte[] json = utf8("\uFEFF{\"text\": \"hi\"}");
        assertEquals("hi", reader.readJson(json, "d").root().text());
    }

    @Test
    void inputOverTheSizeLimit_isTooLarge() {
        byte[] big = new byte[InputLimits.DEFAULT.maxBytes() + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        AttuneException e = assertThrows(AttuneException.class, () -> reader.readText(big, "d", "w"));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
        assertTrue(e.getMessage().contains(Integer.toString(InputLimits.DEFAULT.maxBytes())), "names the limit");
    }

    @Test
    void nulBytes_areBinary() {
        byte[] bytes = utf8(MARKER + "\0\0\0" + MARKER);
        AttuneException e = assertThrows(AttuneException.class, () -> reader.readText(bytes, "d", "w"));
        assertEquals(ErrorCode.BINARY, e.code());
        assertFalse(e.getMessage().contains(MARKER));
    }

    @Test
    void mostlyControlCharacters_areBinary() {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        AttuneException e = assertThrows(AttuneException.class, () -> reader.readText(bytes, "d", "w"));
        assertEquals(ErrorCode.BINARY, e.code());
    }

    @Test
    void invalidUtf8_namesTheOffsetOfTheFirstBadByte() {
        byte[] good = utf8("abc " + MARKER + " ");
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        bytes[good.length + 1] = (byte) 'x';
        bytes[good.length + 2] = (byte) 0xFF;
        AttuneException e = assertThrows(AttuneException.class, () -> reader.readText(bytes, "d", "w"));
        assertEquals(ErrorCode.ENCODING, e.code());
        assertTrue(e.getMessage().contains("offset " + good.length), e.getMessage());
        assertFalse(e.getMessage().contains(MARKER));
    }

    @Test
    void encodedSurrogate_isInvalidUtf8() {
        byte[] bytes = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'}; // CESU-style high surrogate
        assertEquals(ErrorCode.ENCODING,
                assertThrows(AttuneException.class, () -> reader.readText(bytes, "d", "w")).code());
    }

    @Test
    void malformedJson_namesLineAndColumn() {
        AttuneException e = rejectJson("{\"id\": \"a\",\n \"text\": \"" + MARKER + "\",\n \"author\" \"w\"}",
                ErrorCode.MALFORMED_JSON);
        assertTrue(e.getMessage().contains("line 3, column"), e.getMessage());
    }

    @Test
    void unterminatedString_isMalformedWithoutRepeatingIt() {
        rejectJson("{\"text\": \"" + MARKER + " and more", ErrorCode.MALFORMED_JSON);
    }

    @Test
    void trailingContentAfterTheObject_isMalformed() {
        rejectJson("{\"text\": \"" + MARKER + "\"} {\"text\": \"a second document\"}", ErrorCode.MALFORMED_JSON);
        rejectJson("{\"text\": \"" + MARKER + "\"}}", ErrorCode.MALFORMED_JSON);
    }

    @Test
    void emptyJson_isMalformed() {
        rejectJson("", ErrorCode.MALFORMED_JSON);
        rejectJson("  \n ", ErrorCode.MALFORMED_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"" + MARKER + "\"", "42", "null", "true"})
    void jsonThatIsNotAnObject_hasTheWrongShape(String json) {
        rejectJson(json, ErrorCode.INVALID_SHAPE);
    }

    @Test
    void threadNestedTenThousandDeep_isTooDeepWithoutOverflowingTheStack() {
        int depth = 10_000;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("{\"id\": \"p").append(i).append("\", \"author\": \"a\", \"text\": \"").append(MARKER)
                    .append("\", \"replies\": [");
        }
        sb.append("]}".repeat(depth));
        rejectJson(sb.toString(), ErrorCode.TOO_DEEP);
    }

    @Test
    void threadJustOverTheReplyDepthLimit_isTooDeep() {
        int depth = InputLimits.DEFAULT.maxDepth() + 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= depth; i++) {
            sb.append("{\"id\": \"p").append(i).append("\", \"author\": \"a\", \"text\": \"x\"");
            if (i < depth) {
                sb.append(", \"replies\": [");
            }
        }
        sb.append("}");
        sb.append("]}".repeat(depth));
        rejectJson(sb.toString(), ErrorCode.TOO_DEEP);
    }

    @Test
    void threadAtTheReplyDepthLimit_isAccepted() {
        int depth = InputLimits.DEFAULT.maxDepth();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= depth; i++) {
            sb.append("{\"id\": \"p").append(i).append("\", \"author\": \"a\", \"text\": \"x\"");
            if (i < depth) {
                sb.append(", \"replies\": [");
            }
        }
        sb.append("}");
        sb.append("]}".repeat(depth));
        PostThread t = reader.readJson(utf8(sb.toString()), "f");
        assertEquals(depth, t.depth("p" + depth));
    }

    @Test
    void tooManyPosts_isTooLarge() {
        ThreadReader small = new ThreadReader(new InputLimits(1 << 20, 3, 10, 64));
        String json = "{\"text\": \"x\", \"replies\": [" + "{\"author\": \"a\", \"text\": \"y\"},".repeat(3)
                + "{\"author\": \"a\", \"text\": \"y\"}]}";
        AttuneException e = assertThrows(AttuneException.class, () -> small.readJson(utf8(json), "f"));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }

    @Test
    void duplicateIds_areRejected() {
        rejectJson("""
                {"id": "a", "author": "w", "text": "%s",
                 "replies": [{"id": "b", "author": "c", "text": "x"}, {"id": "b", "author": "c", "text": "y"}]}
                """.formatted(MARKER), ErrorCode.DUPLICATE_ID);
    }

    @Test
    void replyCarryingTheRootsId_isRejectedAsACycle() {
        rejectJson("""
                {"id": "a", "author": "w", "text": "%s",
                 "replies": [{"id": "b", "author": "c", "text": "x", "replies": [{"id": "a", "author": "w", "text": "y"}]}]}
                """.formatted(MARKER), ErrorCode.DUPLICATE_ID);
    }

    @Test
    void unknownField_isRejectedAndTheAcceptedFieldsAreNamed() {
        AttuneException e = rejectJson("{\"text\": \"" + MARKER + "\", \"txt\": \"x\"}", ErrorCode.UNKNOWN_FIELD);
        assertTrue(e.getMessage().contains("\"txt\""), e.getMessage());
        assertTrue(e.getMessage().contains("accepted fields"), e.getMessage());
    }

    @Test
    void unknownFieldThatReadsLikeProse_isNotRepeated() {
        rejectJson("{\"text\": \"x\", \"i am " + MARKER + " tonight\": \"x\"}", ErrorCode.UNKNOWN_FIELD);
        rejectJson("{\"text\": \"x\", \"" + MARKER + "\": \"x\"}", ErrorCode.UNKNOWN_FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"text\": 5}",
        "{\"text\": [\"%s\"]}",
        "{\"text\": {\"t\": \"%s\"}}",
        "{\"text\": \"%s\", \"author\": 3}",
        "{\"text\": \"%s\", \"title\": true}",
        "{\"text\": \"%s\", \"id\": 1.5}",
        "{\"text\": \"%s\", \"replies\": {}}",
        "{\"text\": \"%s\", \"replies\": [\"%s\"]}",
        "{\"text\": \"%s\", \"replies\": [{\"text\": \"%s\"}]}",
        "{\"text\": \"%s\", \"author\": \"   \"}",
        "{\"author\": \"w\"}"})
    void wrongTypesOrMissingFields_haveTheWrongShape(String template) {
        AttuneException e = rejectJson(template.replace("%s", MARKER), ErrorCode.INVALID_SHAPE);
        assertTrue(e.getMessage().contains("$"), "names the path: " + e.getMessage());
    }

    @Test
    void overlongAuthor_hasTheWrongShape() {
        rejectJson("{\"text\": \"x\", \"author\": \"" + "a".repeat(257) + "\"}", ErrorCode.INVALID_SHAPE);
    }

    @Test
    void nullOptionalFields_areTreatedAsAbsent() {
        PostThread t = reader.readJson(utf8("{\"text\": \"x\", \"title\": null, \"replies\": null, \"kind\": null}"),
                "f");
        assertNull(t.root().title());
        assertTrue(t.root().replies().isEmpty());
    }

    @Test
    void loneSurrogateEscape_isAnEncodingError_becauseItCouldNotBeWrittenBackAsUtf8() {
        AttuneException e = assertThrows(AttuneException.class,
                () -> reader.readJson(utf8("{\"text\": \"a\\ud83d b\"}"), "f"));
        assertEquals(ErrorCode.ENCODING, e.code());
        PostThread paired = reader.readJson(utf8("{\"text\": \"a\\ud83d\\ude1e b\"}"), "f");
        assertEquals("a\uD83D\uDE1E b", paired.root().text());
    }

    @Test
    void duplicateKeys_areMalformed_notSilentlyOverwritten() {
        AttuneException e = assertThrows(AttuneException.class,
                () -> reader.readJson(utf8("{\"id\": \"a\", \"id\": \"b\", \"text\": \"x\"}"), "f"));
        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertTrue(e.getMessage().contains("twice"));
    }

    @Test
    void hugeNumber_isTooLarge_notTooDeep() {
        String digits = "1".repeat(2000);
        AttuneException e = assertThrows(AttuneException.class,
                () -> reader.readJson(utf8("{\"id\": " + digits + ", \"text\": \"x\"}"), "f"));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }
}
