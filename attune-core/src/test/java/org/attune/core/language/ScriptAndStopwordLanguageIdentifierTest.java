package org.attune.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.attune.core.pipeline.Pipeline;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

class ScriptAndStopwordLanguageIdentifierTest {
    private static final Pipeline PIPELINE = Pipeline.of(new SentenceAnalyzer(),
            new ScriptAndStopwordLanguageIdentifier());

    private static Language identify(String text) {
        return PIPELINE.run(PostThread.of(Post.document("d", "writer", text)))
                .get(ScriptAndStopwordLanguageIdentifier.LANGUAGE);
    }

    @Test
    void englishProse_isSupportedEnglish() {
        Language l = identify("I don't know what to do anymore. It's all too much for me.");
        assertEquals(new Language("en", "Latin", true), l);
    }

    @Test
    void shortEnglishSlang_isStillEnglish() {
        assertTrue(identify("kms lol").supported(), "short slang must not be silenced as another language");
    }

    @Test
    void englishBasedCreole_isStillEnglish() {
        // Jamaican-style spelling shares Italian's "mi" and "di"; a thread in it was read as Italian and left unread
        Language l = identify("Mi cyaan sleep. Mi head a hurt mi, di bills dem pile up. Mi tired fi true.");
        assertEquals(new Language("en", "Latin", true), l, "a creole must not be silenced as Italian");
    }

    @ParameterizedTest
    @CsvSource({
        "'No sé qué hacer. Estoy muy cansada y no tengo a nadie con quien hablar de esto.', es",
        "'Je ne sais plus quoi faire, je suis fatiguée et il n''y a personne avec moi.', fr",
        "'Ich weiß nicht mehr, was ich tun soll. Ich bin so müde und es ist mir alles zu viel.', de",
        "'Non so più cosa fare. Sono stanca e non ho nessuno con cui parlare di questo.', it"})
    void otherLatinScriptLanguage_isNamedAndUnsupported(String text, String code) {
        Language l = identify(text);
        assertEquals(code, l.code());
        assertFalse(l.supported());
    }

    @ParameterizedTest
    @CsvSource({
        "'Я не знаю, что делать. Мне очень тяжело.', Cyrillic",
        "'我不知道该怎么办。我很累。', Han",
        "'لا أعرف ماذا أفعل. أنا متعب جدا.', Arabic",
        "'אני לא יודע מה לעשות.', Hebrew"})
    void otherScript_isUndeterminedAndUnsupported(String text, String script) {
        Language l = identify(text);
        assertEquals(new Language(Language.UNDETERMINED, script, false), l);
    }

    @Test
    void emojiOnly_isUndeterminedWithNoScript() {
        assertEquals(new Language("und", "none", false), identify("\uD83D\uDE1E\uD83D\uDE2D \uD83D\uDC94"));
    }

    @Test
    void emptyText_isUndetermined() {
        assertEquals("und", identify("").code());
    }
}
