package org.attune.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.attune.core.text.Span;

/**
 * Finds personal data in a string. Stateless and thread-safe.
 *
 * <ul>
 *   <li>e-mail addresses, URLs (with a scheme, {@code www.}, or a bare domain under a common top-level domain),
 *       handles ({@code @name}, {@code u/name}) and street addresses (a house number, capitalised words and a street
 *       type; UK postcodes) by patterns;</li>
 *   <li>phone numbers by libphonenumber, valid numbers in US, UK, Canadian, Australian, Irish or international
 *       format;</li>
 *   <li>names by capitalisation: a capitalised word inside a sentence (after a letter, digit or comma) that is not on
 *       the stop-lists (the pronoun I, days, months, platforms, faiths...), runs of such words as one name, and a
 *       capitalised word that opens a sentence as an address to someone ({@code "Sam, you..."}). Text in Title Case
 *       (a title) is read for vocatives only. It over-redacts rather than under-redacts: a brand or a town inside a
 *       sentence is hidden too, which for identifying data is the safer error.</li>
 * </ul>
 * Overlaps keep the earlier, then the longer span.
 */
public final class PersonalDataFinder {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}\\b");
    private static final Pattern URL = Pattern.compile(
            "\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+[^\\s<>\"'()\\[\\].,;:!?]"
                    + "|\\b[A-Za-z0-9-]{2,63}(?:\\.[A-Za-z0-9-]{2,63})*\\.(?:com|org|net|io|co|uk|us|me|info|app|"
                    + "gov|edu|ly|gg|tv)\\b(?:/[^\\s<>\"'()]*[^\\s<>\"'().,;:!?])?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?|(?<![\\w/])/?u/[A-Za-z0-9_-]{3,20}\\b");
    private static final Pattern STREET = Pattern.compile(
            "\\b\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][a-z]+\\.?\\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|"
                    + "Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Gardens|Square|Sq|Parkway|Pkwy|"
                    + "Highway|Hwy)\\b\\.?(?:,?\\s+(?:Apt|Apartment|Unit|Flat|Suite)\\.?\\s*#?\\w{1,6})?");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b");
    /** A capitalised word: an upper-case letter and lower-case letters, optional inner apostrophe or hyphen part. */
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*");
    private static final List<String> REGIONS = List.of("US", "GB", "CA", "AU", "IE");

    /** Capitalised words that are not personal names even inside a sentence. */
    private static final Set<String> NOT_NAMES = words(
            // days, months (the months that are also names are kept here: a date is not a person)
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "christmas", "easter", "thanksgiving", "halloween", "ramadan", "hanukkah",
            // faith, and words people capitalise for emphasis
            "god", "lord", "jesus", "christ", "allah", "heaven", "hell", "bible", "church", "mom", "mum", "dad",
            "mother", "father", "grandma", "grandpa", "nan", "sir", "madam", "mr", "mrs", "ms", "dr",
            // languages and nationalities
            "english", "american", "british", "canadian", "australian", "irish", "scottish", "welsh", "french",
            "german", "spanish", "italian", "chinese", "japanese", "indian", "mexican", "european", "asian",
            "african", "christian", "muslim", "jewish", "catholic",
            // services and platforms people name in support posts
            "reddit", "facebook", "instagram", "twitter", "tiktok", "discord", "youtube", "google", "snapchat",
            "whatsapp", "samaritans", "lifeline", "crisis", "text", "line", "hotline", "er", "a&e", "nhs",
            "covid", "internet", "tv", "ok", "okay", "lol", "omg", "edit", "update", "tldr", "tl", "dr",
            "ptsd", "adhd", "ocd", "bpd", "xanax", "prozac", "zoloft", "lexapro", "tylenol", "advil");
    /** Words that open a sentence followed by a comma without addressing anyone. */
    private static final Set<String> NOT_VOCATIVES = words(
            "yes", "yeah", "yep", "no", "nope", "well", "okay", "ok", "so", "anyway", "anyways", "also", "sorry",
            "thanks", "thank", "please", "look", "listen", "hey", "hi", "hello", "oh", "ah", "wow", "man", "dude",
            "friend", "mate", "guys", "everyone", "everybody", "folks", "hun", "hon", "babe", "sweetie", "love",
            "today", "tonight", "yesterday", "tomorrow", "now", "then", "still", "again", "sometimes", "plus",
            "besides", "otherwise", "however", "but", "and", "or", "because", "though", "although", "first",
            "second", "third", "finally", "lastly", "next", "later", "earlier", "again", "ugh", "hmm", "op",
            "edit", "update", "sadly", "honestly", "seriously", "basically", "actually", "really", "luckily",
            "unfortunately", "fortunately", "obviously", "clearly", "apparently", "hopefully", "personally",
            "anyhow", "meanwhile", "instead", "yet", "right", "alright", "fine", "sure", "true", "wait", "god",
            "jesus", "lord", "mom", "mum", "dad", "friends", "brother", "sister", "here", "there", "this", "that",
            "these", "those", "it", "if", "when", "after", "before", "since", "as", "like", "for", "with", "in", "on",
            "at", "by", "from", "to", "of", "my", "your", "our", "their", "his", "her", "its", "the", "a", "an",
            "what", "why", "how", "who", "where", "which", "you", "we", "they", "he", "she", "i", "me", "him",
            "them", "us", "lately", "recently", "currently", "overall", "tbh", "lol", "idk", "btw", "fyi", "also",
            "mods", "moderators", "admins", "doctors", "nurses", "staff", "parents", "ladies", "gentlemen", "all",
            "better", "worse", "same", "both", "agreed", "exactly", "definitely", "absolutely", "totally", "good",
            "great", "nice", "cool", "awesome", "congrats", "congratulations", "welcome", "hugs", "sending");

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    public List<Found> find(String text) {
        List<Found> all = new ArrayList<>();
        add(all, EMAIL, text, PersonalDataKind.EMAIL);
        add(all, URL, text, PersonalDataKind.URL);
        add(all, HANDLE, text, PersonalDataKind.HANDLE);
        add(all, STREET, text, PersonalDataKind.ADDRESS);
        add(all, POSTCODE, text, PersonalDataKind.ADDRESS);
        for (String region : REGIONS) {
            for (PhoneNumberMatch m : phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, 10_000)) {
                all.add(new Found(new Span(m.start(), m.end()), PersonalDataKind.PHONE));
            }
        }
        names(text, all);
        return resolve(all);
    }

    private static void add(List<Found> out, Pattern p, String text, PersonalDataKind kind) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Found(new Span(m.start(), m.end()), kind));
        }
    }

    private static void names(String text, List<Found> out) {
        boolean titleCase = titleCase(text);
        Matcher m = CAPITALISED.matcher(text);
        int runBegin = -1;
        int runEnd = -1;
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            if (b > 0 && Character.isLetterOrDigit(text.codePointBefore(b))) {
                continue; // inside a word (camelCase, "McDonald" handled as one match)
            }
            String word = stripPossessive(text.substring(b, e));
            String lower = word.toLowerCase(Locale.ROOT);
            boolean name;
            if (NOT_NAMES.contains(lower) || numbered(text, e)) {
                name = false;
            } else if (runEnd >= 0 && onlySpacesBetween(text, runEnd, b)) {
                name = true; // continues a name: "John Smith"
            } else if (!titleCase && insideSentence(text, b)) {
                name = true;
            } else {
                name = vocative(text, b, e, lower);
            }
            if (name) {
                int end = b + word.length();
                if (runEnd >= 0 && onlySpacesBetween(text, runEnd, b)) {
                    runEnd = end;
                } else {
                    flush(out, runBegin, runEnd);
                    runBegin = b;
                    runEnd = end;
                }
            } else {
                flush(out, runBegin, runEnd);
                runBegin = -1;
                runEnd = -1;
            }
        }
        flush(out, runBegin, runEnd);
    }

    private static void flush(List<Found> out, int begin, int end) {
        if (begin >= 0) {
            out.add(new Found(new Span(begin, end), PersonalDataKind.NAME));
        }
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static boolean onlySpacesBetween(String text, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        return text.charAt(from) == ' ';
    }

    /** {@code "Ward 7"}, {@code "Room 12"}: a capitalised word before a number names a place or a thing. */
    private static boolean numbered(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end + 1));
    }

    /** The sentence goes on before {@code at}: the last non-space character is a letter, a digit or a comma. */
    private static boolean insideSentence(String text, int at) {
        int i = at;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (cp == '\n' || cp == '\r') {
                return false;
            }
            if (!Character.isWhitespace(cp)) {
                return Character.isLetterOrDigit(cp) || cp == ',' || cp == ';';
            }
            i -= Character.charCount(cp);
        }
        return false;
    }

    /** {@code "Sam, you..."} or {@code "Sam - ..."}: a capitalised word that opens a sentence and addresses someone. */
    private static boolean vocative(String text, int b, int e, String lower) {
        if (NOT_VOCATIVES.contains(lower) || lower.endsWith("ly") || lower.endsWith("ing")) {
            return false;
        }
        int i = e;
        if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
            return false;
        }
        return i < text.length() && text.charAt(i) == ',';
    }

    /** Most words capitalised: a title, where capitals say nothing about names. */
    private static boolean titleCase(String text) {
        int words = 0;
        int caps = 0;
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    /** Sorted by begin; of overlapping spans the earlier (then the longer, then the more specific kind) wins. */
    private static List<Found> resolve(List<Found> all) {
        all.sort(Comparator.comparingInt((Found f) -> f.span().begin())
                .thenComparing(f -> -f.span().length())
                .thenComparing(f -> f.kind().ordinal() == 0 ? Integer.MAX_VALUE : f.kind().ordinal()));
        List<Found> out = new ArrayList<>();
        int end = -1;
        for (Found f : all) {
            if (f.span().begin() >= end) {
                out.add(f);
                end = f.span().end();
            }
        }
        return out;
    }
}
