package org.attune.core.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence splitting for the way people write in crisis: the JDK's {@link BreakIterator} inside each line, a
 * boundary at every line break (journals and poems put one thought per line) except an enjambment, where the line
 * ends on a word that cannot end a sentence ("than your / Choices"), and run-on text without punctuation cut into
 * clauses of at most {@value #MAX_WORDS} words, preferring commas and conjunctions.
 *
 * <p>Stateless and thread-safe: a new {@code BreakIterator} is taken per call.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    static final int MAX_WORDS = 48;
    private static final int TARGET_WORDS = 32;
    private static final Set<String> CONTINUING = Set.of(
            "a", "an", "the", "my", "your", "his", "her", "our", "their", "its", "than", "and", "or", "but", "to",
            "of", "in", "on", "at", "for", "with", "from", "by", "as", "that", "if", "when", "because", "so", "like",
            "is", "are", "was", "were", "be", "i", "you", "we", "they", "he", "she", "it's", "i'm", "am", "not");
    /** Abbreviations after which the JDK's iterator breaks although the sentence goes on ("Dr. Smith"). */
    private static final Set<String> TITLES = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "vs.", "e.g.", "i.e.", "approx.");
    /**
     * Abbreviations, beside the titles and those with a full stop inside ("a.m.", "e.g."), that a lower-case word may
     * follow inside a sentence ("pears etc. and").
     */
    private static final Set<String> LOWER_CONTINUES = Set.of("etc.", "cf.", "ca.");
    /** End punctuation, then a lower-case word: a sentence boundary the JDK's iterator does not see. */
    private static final Pattern LOWER_BOUNDARY = Pattern.compile("[.!?]+[\"')\u201d\u2019]*\\s+(?=\\p{Ll})");
    private static final Set<String> CLAUSE_STARTERS = Set.of(
            "and", "but", "so", "because", "then", "or", "though", "although", "while", "when", "cause", "cuz");

    @Override
    public List<Span> split(NormalizedText text) {
        String s = text.normalized();
        List<int[]> lines = lines(s);
        List<Span> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (int[] line : lines) {
            String segment = s.substring(line[0], line[1]);
            it.setText(segment);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
                if (end < segment.length() && endsWithTitle(segment, start, end)) {
                    continue; // "Dr. | Smith": the JDK's iterator knows no abbreviations
                }
                for (int[] sentence : lowerCaseBoundaries(s, line[0] + start, line[0] + end)) {
                    for (int[] piece : capLength(s, sentence[0], sentence[1])) {
                        int[] trimmed = trim(s, piece[0], piece[1]);
                        if (trimmed != null) {
                            out.add(text.toOriginal(trimmed[0], trimmed[1]));
                        }
                    }
                }
                start = end;
            }
        }
        return List.copyOf(out);
    }

    /**
     * Cuts [begin, end) where a full stop, a question or an exclamation mark is followed by a lower-case word, as in
     * text typed without capitals ("freight ones. idk why i do it."), unless what ends there is an abbreviation or a
     * single letter ("u.s.").
     */
    private static List<int[]> lowerCaseBoundaries(String s, int begin, int end) {
        List<int[]> out = new ArrayList<>();
        Matcher m = LOWER_BOUNDARY.matcher(s).region(begin, end);
        int from = begin;
        while (m.find()) {
            int w = m.start();
            while (w > from && !Character.isWhitespace(s.charAt(w - 1))) {
                w--;
            }
            String word = s.substring(w, m.start() + 1).toLowerCase(Locale.ROOT);
            String core = s.substring(w, m.start());
            boolean abbreviation = LOWER_CONTINUES.contains(word) || TITLES.contains(word)
                    || core.length() <= 1 || core.indexOf('.') >= 0;
            if (!abbreviation) {
                out.add(new int[] {from, m.end()});
                from = m.end();
            }
        }
        out.add(new int[] {from, end});
        return out;
    }

    /** Whether the sentence [begin, end) of the line ends in a title or an abbreviation that a name follows. */
    private static boolean endsWithTitle(String line, int begin, int end) {
        int e = end;
        while (e > begin && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > begin && !Character.isWhitespace(line.charAt(b - 1))) {
            b--;
        }
        return TITLES.contains(line.substring(b, e).toLowerCase(Locale.ROOT));
    }

    /** Lines of the normalised text, joining a line that ends in an enjambment with the next non-blank one. */
    private static List<int[]> lines(String s) {
        List<int[]> lines = new ArrayList<>();
        int begin = 0;
        int n = s.length();
        while (begin < n) {
            int end = s.indexOf('\n', begin);
            if (end < 0) {
                end = n;
            }
            while (end < n && continues(s, begin, end) && end + 1 < n && s.charAt(end + 1) != '\n') {
                int next = s.indexOf('\n', end + 1);
                end = next < 0 ? n : next;
            }
            lines.add(new int[] {begin, end});
            begin = end + 1;
        }
        return lines;
    }

    private static boolean continues(String s, int lineBegin, int lineEnd) {
        int e = lineEnd;
        while (e > lineBegin && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > lineBegin && !Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (b == e) {
            return false;
        }
        String lastWord = s.substring(b, e).toLowerCase(Locale.ROOT);
        return CONTINUING.contains(lastWord);
    }

    /** Cuts a sentence longer than MAX_WORDS into pieces, preferring a clause boundary near TARGET_WORDS. */
    private static List<int[]> capLength(String s, int begin, int end) {
        List<int[]> words = words(s, begin, end);
        if (words.size() <= MAX_WORDS) {
            return List.<int[]>of(new int[] {begin, end});
        }
        List<int[]> pieces = new ArrayList<>();
        int pieceStartWord = 0;
        int pieceStart = begin;
        while (words.size() - pieceStartWord > MAX_WORDS) {
            int cut = bestCut(s, words, pieceStartWord);
            int cutAt = words.get(cut)[0];
            pieces.add(new int[] {pieceStart, cutAt});
            pieceStart = cutAt;
            pieceStartWord = cut;
        }
        pieces.add(new int[] {pieceStart, end});
        return pieces;
    }

    /** Index of the word that starts the next piece. */
    private static int bestCut(String s, List<int[]> words, int from) {
        int best = from + TARGET_WORDS;
        int bestScore = Integer.MIN_VALUE;
        for (int w = from + TARGET_WORDS / 2; w <= from + MAX_WORDS - 1 && w < words.size(); w++) {
            int[] prev = words.get(w - 1);
            String word = s.substring(words.get(w)[0], words.get(w)[1]).toLowerCase(Locale.ROOT);
            char last = s.charAt(prev[1] - 1);
            int score = -Math.abs(w - from - TARGET_WORDS);
            if (last == ',' || last == ';' || last == ':' || last == '-') {
                score += 40;
            } else if (CLAUSE_STARTERS.contains(word) && !CLAUSE_STARTERS.contains(
                    s.substring(prev[0], prev[1]).toLowerCase(Locale.ROOT))) {
                // the first of "and then", "but when": cutting between them would strand the conjunction
                score += 30;
            }
            if (score > bestScore) {
                bestScore = score;
                best = w;
            }
        }
        return best;
    }

    private static List<int[]> words(String s, int begin, int end) {
        List<int[]> words = new ArrayList<>();
        int i = begin;
        while (i < end) {
            while (i < end && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < end && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > b) {
                words.add(new int[] {b, i});
            }
        }
        return words;
    }

    /** Trims whitespace; returns null when nothing but whitespace and punctuation is left. */
    private static int[] trim(String s, int begin, int end) {
        while (begin < end && Character.isWhitespace(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        for (int i = begin; i < end; ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL) {
                return new int[] {begin, end};
            }
            i += Character.charCount(cp);
        }
        return null;
    }
}
