package org.attune.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that first looks for the literals every match of it contains ({@link RequiredLiterals}) and
 * runs only where one is present. The rules' expressions are long alternations of phrases; java.util.regex tries
 * every branch at every position, and most sentences hold none of the phrases: the look-up is one pass over the text
 * with a table of the literals' first two characters. The answers are the expression's own, always: the literals are
 * what any match must contain, so a text without them has no match.
 *
 * <p>The look-up is written here rather than taken from an Aho-Corasick library: the one on Maven Central
 * (org.ahocorasick) keeps its states in boxed-character maps and would cost per character about what it saves.
 * Immutable and thread-safe.
 */
public final class GatedPattern {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Pattern pattern;
    /** Literals of two or more characters by a hash of their first two, or null where the expression is ungated. */
    private final String[][] table;
    private final char[] singles;

    private GatedPattern(Pattern pattern) {
        this.pattern = pattern;
        Optional<Set<String>> literals = RequiredLiterals.of(pattern);
        if (literals.isEmpty()) {
            this.table = null;
            this.singles = new char[0];
            return;
        }
        int size = Integer.highestOneBit(Math.max(64, Math.min(4096, literals.get().size() * 4)) * 2 - 1);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            buckets.add(null);
        }
        StringBuilder singles = new StringBuilder();
        for (String literal : literals.get()) {
            if (literal.length() == 1) {
                singles.append(literal.charAt(0));
                continue;
            }
            int h = hash(literal.charAt(0), literal.charAt(1), size - 1);
            if (buckets.get(h) == null) {
                buckets.set(h, new ArrayList<>());
            }
            buckets.get(h).add(literal);
        }
        this.table = new String[size][];
        for (int i = 0; i < size; i++) {
            table[i] = buckets.get(i) == null ? null : buckets.get(i).toArray(String[]::new);
        }
        this.singles = singles.toString().toCharArray();
    }

    public static GatedPattern compile(String regex) {
        return new GatedPattern(Pattern.compile(regex));
    }

    public static GatedPattern of(Pattern pattern) {
        return new GatedPattern(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The expression's source, to build larger expressions from. */
    public String regex() {
        return pattern.pattern();
    }

    /** Whether the expression matches anywhere in the text: {@code pattern().matcher(text).find()}, sooner. */
    public boolean find(CharSequence text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /**
     * A matcher over the text; where the text holds none of the literals, one that finds nothing, which is what the
     * expression's own would do.
     */
    public Matcher matcher(CharSequence text) {
        return (mayMatch(text) ? pattern : NEVER).matcher(text);
    }

    /** False only where no match is possible: the text holds none of the literals every match contains. */
    public boolean mayMatch(CharSequence text) {
        if (table == null) {
            return true;
        }
        String s = text.toString();
        for (char c : singles) {
            if (s.indexOf(c) >= 0) {
                return true;
            }
        }
        int mask = table.length - 1;
        for (int i = 0, n = s.length() - 1; i < n; i++) {
            String[] bucket = table[hash(s.charAt(i), s.charAt(i + 1), mask)];
            if (bucket != null) {
                for (String literal : bucket) {
                    if (s.startsWith(literal, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the expression is gated at all (false where its literals could not be read). */
    public boolean gated() {
        return table != null;
    }

    private static int hash(char a, char b, int mask) {
        return (a * 31 + b) & mask;
    }

    @Override
    public String toString() {
        return pattern.pattern() + (table == null ? " (ungated)" : " (gated, " + (Arrays.stream(table)
                .filter(java.util.Objects::nonNull).mapToInt(b -> b.length).sum() + singles.length) + " literals)");
    }
}
