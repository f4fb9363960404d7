package org.attune.core.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;

/**
 * Decides whether a thread is English enough for the trained analyses, from the script of its letters and the share
 * of common function words. It is deliberately conservative in one direction: Latin-script text is taken as English
 * unless another language's function words clearly dominate, because wrongly declaring short English slang ("kms")
 * unsupported would silence a risk signal, and so would an English-based creole read as the language whose function
 * words it happens to share. Text with no letters at all (emoji only, digits) is "und".
 *
 * <p>Why not a library: the Java detectors on Maven Central either ship every language's model (Lingua, hundreds of
 * megabytes) or are unmaintained (language-detector); the question asked here is only "English or not".
 */
public final class ScriptAndStopwordLanguageIdentifier implements Analyzer {
    public static final Layer<Language> LANGUAGE = Layer.named("language");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "i", "you", "to", "a", "of", "it", "is", "my", "me", "that", "in", "was", "for",
                    "this", "not", "but", "with", "be", "have", "just", "so", "do", "what", "he", "she", "we", "are",
                    "im", "i'm", "don't", "dont", "can't", "cant", "it's", "am", "at", "on", "all", "want", "how"),
            "es", Set.of("el", "la", "de", "que", "y", "en", "los", "las", "por", "con", "para", "una", "es", "yo",
                    "mi", "pero", "muy", "como", "estoy", "tengo", "quiero", "nada", "del", "se", "lo", "le"),
            "fr", Set.of("le", "la", "les", "et", "de", "des", "je", "tu", "est", "une", "pas", "que", "qui", "dans",
                    "pour", "avec", "mais", "moi", "suis", "du", "au", "ce", "ne", "plus", "il", "elle"),
            "de", Set.of("der", "die", "das", "und", "ich", "nicht", "ist", "ein", "eine", "zu", "mit", "auf", "mich",
                    "mir", "aber", "auch", "es", "sich", "den", "dem", "bin", "habe", "wie", "was", "kann"),
            "pt", Set.of("o", "os", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "eu",
                    "meu", "minha", "mas", "estou", "muito", "isso", "por", "ao", "se", "na", "no", "tenho"),
            "it", Set.of("il", "di", "che", "e", "la", "non", "un", "una", "per", "sono", "mi", "ho", "ma", "con",
                    "io", "gli", "della", "questo", "anche", "come", "mio", "del", "le", "lo"),
            "nl", Set.of("de", "het", "een", "en", "van", "ik", "niet", "dat", "is", "op", "te", "met", "voor",
                    "maar", "mijn", "ben", "heb", "zijn", "ook", "wat", "naar"));

    @Override
    public String id() {
        return "language.script-stopwords.v1";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(LANGUAGE);
    }

    @Override
    public Layers analyze(Analysis in) {
        return Layers.of(LANGUAGE, identify(in.get(SentenceAnalyzer.SENTENCES)));
    }

    static Language identify(List<Sentence> sentences) {
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        Map<String, Integer> hits = new HashMap<>();
        Map<String, Set<String>> distinct = new HashMap<>();
        int words = 0;
        for (Sentence s : sentences) {
            String t = s.normalized();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                if (Character.isLetter(cp)) {
                    letters++;
                    scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
                }
                i += Character.charCount(cp);
            }
            Matcher m = WORD.matcher(t.toLowerCase(Locale.ROOT));
            while (m.find() && words < 5000) {
                words++;
                String w = m.group();
                for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
                    if (e.getValue().contains(w)) {
                        hits.merge(e.getKey(), 1, Integer::sum);
                        distinct.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(w);
                    }
                }
            }
        }
        if (letters == 0) {
            return new Language(Language.UNDETERMINED, "none", false);
        }
        Character.UnicodeScript top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                .getKey();
        String script = scriptName(top);
        if (top != Character.UnicodeScript.LATIN) {
            return new Language(Language.UNDETERMINED, script, false);
        }
        int en = hits.getOrDefault("en", 0);
        String best = "en";
        int bestHits = en;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        // another language must clearly dominate: at least 3 different function words of its own, and twice as many as
        // English's. One or two words said again and again are no language: English-based creoles and pidgins spell
        // "me" and "the" as "mi" and "di" (Italian's "mi", "di"), and "mi cyaan tek it, mi done" is English enough
        if (!best.equals("en") && distinct.get(best).size() >= 3 && bestHits >= 2 * en + 1) {
            return new Language(best, script, false);
        }
        return new Language("en", script, true);
    }

    private static String scriptName(Character.UnicodeScript s) {
        String n = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
