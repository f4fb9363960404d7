package org.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad input through {@code attune analyze}: the exit code, the stable error code on stderr, and never the
 * input's text (each input carries {@link #MARKER}) nor a stack trace.
 */
class BadInputTest {
    static final String MARKER = "zqxmarkerword";

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Cli.Result analyze(String name, byte[] bytes, String... options) {
        Path p = Cli.write(dir, name, bytes);
        String[] args = new String[options.length + 2];
        args[0] = "analyze";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = p.toString();
        return Cli.run(args);
    }

    /** Exit 2, the code named on stderr, nothing on stdout, no marker, no stack trace. */
    private static Cli.Result assertRejected(Cli.Result r, String code) {
        assertEquals(2, r.exit(), "exit code; stderr: " + r.err().replace(MARKER, "<MARKER>"));
        assertTrue(r.err().contains("[" + code + "]"), "stderr names " + code + ": " + r.err().replace(MARKER, "<MARKER>"));
        assertEquals("", r.out(), "nothing on stdout");
        assertClean(r);
        return r;
    }

    private static void assertClean(Cli.Result r) {
        assertFalse(r.err().contains(MARKER), "stderr repeats the input's text");
        r.assertNoStackTrace();
    }

    private static JsonNode assertAnalysed(Cli.Result r, String status) {
        assertEquals(0, r.exit(), "exit code; stderr: " + r.err());
        assertClean(r);
        JsonNode a = r.json();
        assertEquals(status, a.get("status").asText());
        AssessmentSchemaTest.assertValid(a, "output");
        return a;
    }

    @Test
    void emptyFile_isAnEmptyAssessment() {
        JsonNode a = assertAnalysed(analyze("empty.txt", new byte[0], "--json"), "empty");
        assertEquals(0, a.get("sentences").size());
    }

    @Test
    void whitespaceOnlyFile_isAnEmptyAssessment() {
        assertAnalysed(analyze("blank.txt", utf8(" \r\n\t\n  "), "--json"), "empty");
    }

    @Test
    void emptyStandardInput_isAnEmptyAssessment() {
        assertAnalysed(Cli.runWithStdin(new byte[0], "analyze", "--json", "-"), "empty");
    }

    @Test
    void jsonDocumentWithEmptyText_isAnEmptyAssessment() {
        assertAnalysed(analyze("d.json", utf8("{\"id\": \"d\", \"author\": \"w\", \"text\": \"  \"}"), "--json"),
                "empty");
    }

    @Test
    void emptyFile_getsAReadableReportToo() {
        Cli.Result r = analyze("empty.txt", new byte[0]);
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("status: empty"));
    }

    @Test
    void tenMegabyteFile_isTooLarge() {
        byte[] big = utf8((MARKER + " ").repeat(10 * 1024 * 1024 / (MARKER.length() + 1) + 1));
        Cli.Result r = assertRejected(analyze("big.txt", big, "--json"), "input.too_large");
        assertTrue(r.err().contains("4194304"), "names the limit");
    }

    @Test
    void tenMegabytesOnStandardInput_isTooLarge() {
        byte[] big = utf8((MARKER + " ").repeat(10 * 1024 * 1024 / (MARKER.length() + 1) + 1));
        assertRejected(Cli.runWithStdin(big, "analyze", "--json", "-"), "input.too_large");
    }

    @Test
    void binaryFile_isRejected() {
        byte[] bytes = utf8(MARKER + "\0\u0001\u0002" + MARKER);
        assertRejected(analyze("b.txt", bytes), "input.binary");
    }

    @Test
    void pngHeader_isRejectedAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRejected(analyze("image.json", png), "input.binary");
    }

    @Test
    void invalidUtf8_isRejected() {
        byte[] good = utf8(MARKER + " caf");
        byte[] bytes = Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xE9; // Latin-1 é
        bytes[good.length + 1] = ' ';
        Cli.Result r = assertRejected(analyze("latin1.txt", bytes), "input.encoding");
        assertTrue(r.err().contains("offset " + good.length), r.err());
    }

    @Test
    void malformedJson_namesLineAndColumn() {
        Cli.Result r = assertRejected(analyze("m.json", utf8("{\"id\": \"m\",\n\"text\": \"" + MARKER + "\"\n\"author\": \"w\"}")),
                "input.malformed_json");
        assertTrue(r.err().contains("line 3, column"), r.err());
    }

    @Test
    void threadNestedTenThousandDeep_isTooDeep() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append("{\"id\":\"p").append(i).append("\",\"author\":\"a\",\"text\":\"").append(MARKER)
                    .append("\",\"replies\":[");
        }
        sb.append("]}".repeat(10_000));
        assertRejected(analyze("deep.json", utf8(sb.toString())), "input.too_deep");
    }

    @Test
    void duplicateIds_areRejected() {
        assertRejected(analyze("dup.json", utf8("""
                {"id": "a", "author": "w", "text": "%s", "replies": [
                  {"id": "b", "author": "c", "text": "%s"}, {"id": "b", "author": "c", "text": "%s"}]}
                """.formatted(MARKER, MARKER, MARKER))), "input.duplicate_id");
    }

    @Test
    void replyCycle_isRejected() {
        assertRejected(analyze("cycle.json", utf8("""
                {"id": "a", "author": "w", "text": "%s", "replies": [
                  {"id": "b", "author": "c", "text": "%s", "replies": [{"id": "a", "author": "w", "text": "x"}]}]}
                """.formatted(MARKER, MARKER))), "input.duplicate_id");
    }

    @Test
    void unknownField_isRejected() {
        assertRejected(analyze("u.json", utf8("{\"text\": \"" + MARKER + "\", \"body\": \"" + MARKER + "\"}")),
                "input.unknown_field");
    }

    @Test
    void unknownFieldNamedWithTheWritersWords_isNotRepeated() {
        assertRejected(analyze("u.json", utf8("{\"text\": \"x\", \"i am " + MARKER + "\": 1}")),
                "input.unknown_field");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\": 42}",
        "{\"text\": [\"MARKER\"]}",
        "{\"text\": \"MARKER\", \"author\": false}",
        "{\"text\": \"MARKER\", \"replies\": \"MARKER\"}",
        "{\"text\": \"MARKER\", \"replies\": [{\"text\": \"MARKER\"}]}",
        "[\"MARKER\"]",
        "\"MARKER\""})
    void wrongTypes_haveTheWrongShape(String json) {
        assertRejected(analyze("w.json", utf8(json.replace("MARKER", MARKER))), "input.invalid_shape");
    }

    @Test
    void missingFile_isNotFound() {
        assertRejected(Cli.run("analyze", dir.resolve("nope.txt").toString()), "input.not_found");
    }

    @Test
    void unsupportedExtension_isAUsageError() {
        assertRejected(analyze("doc.md", utf8(MARKER)), "usage");
    }

    @Test
    void unknownOption_isAUsageErrorWithExitCode2() {
        Cli.Result r = Cli.run("analyze", "--no-such-option", "x.txt");
        assertEquals(2, r.exit());
        r.assertNoStackTrace();
    }

    @Test
    void spanishText_isUnsupportedWithItsLanguageNamed() {
        JsonNode a = assertAnalysed(analyze("es.txt", utf8("No sé qué hacer. Estoy muy cansada y no tengo a nadie "
                + "con quien hablar de esto " + MARKER + "."), "--json"), "unsupported_language");
        assertEquals("es", a.at("/language/code").asText());
    }

    @ParameterizedTest
    @CsvSource({
        "'Я не знаю, что делать. Мне очень тяжело.', Cyrillic",
        "'我不知道该怎么办。我很累。', Han",
        "'لا أعرف ماذا أفعل. أنا متعب جدا.', Arabic"})
    void otherScript_isUnsupportedAndNotEnglish(String text, String script) {
        JsonNode a = assertAnalysed(analyze("x.txt", utf8(text), "--json"), "unsupported_language");
        assertNotEquals("en", a.at("/language/code").asText());
        assertEquals(script, a.at("/language/script").asText());
        assertFalse(a.at("/language/supported").asBoolean());
    }

    @Test
    void emojiOnly_hasAnUndeterminedLanguage() {
        JsonNode a = assertAnalysed(analyze("e.txt", utf8("\uD83D\uDE2D\uD83D\uDE2D\uD83D\uDC94"), "--json"),
                "unsupported_language");
        assertEquals("und", a.at("/language/code").asText());
    }

    @Test
    void loneSurrogateEscapeInJson_isAnEncodingError_becauseItsSpanCouldNotBeWrittenBack() {
        assertRejected(analyze("s.json", utf8("{\"text\": \"I am here \\ud83d and there.\"}"), "--json"),
                "input.encoding");
    }
}
