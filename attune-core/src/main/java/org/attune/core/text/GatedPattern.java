package org.attune.core.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that first looks for what every match of it contains (literals, all or any of them:
 * {@link RequiredLiterals}) and runs only where that is present. The rules' expressions are long alternations of
 * phrases; java.util.regex tries every branch at every position, and most sentences hold none of the phrases: the
 * look-up is one pass over the text with a table of the literals' first characters. The answers are the expression's
 * own, always: a text without what every match contains has no match.
 *
 * <p>The look-up is written here rather than taken from an Aho-Corasick library: the one on Maven Central
 * (org.ahocorasick) keeps its states in boxed-character maps and would cost per character about what it saves.
 * Immutable and thread-safe.
 */
public final class GatedPattern {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Pattern pattern;
    /** What every match contains, over literal numbers; null where the expression is ungated. */
    private final Check check;
    /**
     * The literals of two or more characters by a hash of their first three (or two) characters; null where the
     * expression is ungated.
     */
    private final String[][] table;
    /** Each literal's number, beside {@link #table}. */
    private final int[][] numbers;
    private final char[] singles;
    private final int[] singleNumbers;
    private final int literalCount;
    private final boolean pairs;

    private GatedPattern(Pattern pattern) {
        this.pattern = pattern;
        Optional<RequiredLiterals.Need> need = RequiredLiterals.of(pattern);
        if (need.isEmpty()) {
            this.check = null;
            this.table = null;
            this.numbers = null;
            this.singles = new char[0];
            this.singleNumbers = new int[0];
            this.literalCount = 0;
            this.pairs = false;
            return;
        }
        List<String> literals = List.copyOf(RequiredLiterals.literals(need.get()));
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < literals.size(); i++) {
            number.put(literals.get(i), i);
        }
        this.check = Check.of(need.get(), number);
        this.literalCount = literals.size();
        int size = Integer.highestOneBit(Math.max(64, Math.min(4096, literals.size() * 4)) * 2 - 1);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            buckets.add(new ArrayList<>());
        }
        StringBuilder singles = new StringBuilder();
        List<Integer> singleNumbers = new ArrayList<>();
        boolean pairs = false;
        for (String literal : literals) {
            if (literal.length() == 1) {
                singles.append(literal.charAt(0));
                singleNumbers.add(number.get(literal));
            } else {
                pairs |= literal.length() == 2;
                buckets.get(hash(literal, 0, literal.length(), size - 1)).add(literal);
            }
        }
        this.pairs = pairs;
        this.table = new String[size][];
        this.numbers = new int[size][];
        for (int i = 0; i < size; i++) {
            List<String> b = buckets.get(i);
            table[i] = b.isEmpty() ? null : b.toArray(String[]::new);
            numbers[i] = b.stream().mapToInt(number::get).toArray();
        }
        this.singles = singles.toString().toCharArray();
        this.singleNumbers = singleNumbers.stream().mapToInt(Integer::intValue).toArray();
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

    /** False only where no match is possible: the text lacks what every match contains. */
    public boolean mayMatch(CharSequence text) {
        if (check == null) {
            return true;
        }
        String s = text.toString();
        if (check instanceof Check.AnyLiteral) {
            return scan(s, null);
        }
        BitSet present = new BitSet(literalCount);
        scan(s, present);
        return check.holds(present);
    }

    /**
     * Looks for the literals in the text: with no set, stops at the first one found; with a set, marks the number of
     * every one found. Returns whether any was.
     */
    private boolean scan(String s, BitSet present) {
        boolean found = false;
        for (int k = 0; k < singles.length; k++) {
            if (s.indexOf(singles[k]) >= 0) {
                if (present == null) {
                    return true;
                }
                present.set(singleNumbers[k]);
                found = true;
            }
        }
        int mask = table.length - 1;
        for (int i = 0, n = s.length(); i < n - 1; i++) {
            // both buckets are looked in when marking: a literal of two characters may start where one of three does
            boolean here = i < n - 2 && startingAt(s, i, hash(s, i, 3, mask), present);
            if (here && present == null) {
                return true;
            }
            here |= pairs && startingAt(s, i, hash(s, i, 2, mask), present);
            if (here && present == null) {
                return true;
            }
            found |= here;
        }
        return found;
    }

    /** Whether a literal of bucket {@code h} starts at {@code i}; with a set, every such literal is marked. */
    private boolean startingAt(String s, int i, int h, BitSet present) {
        String[] bucket = table[h];
        boolean found = false;
        if (bucket != null) {
            for (int k = 0; k < bucket.length; k++) {
                if (s.startsWith(bucket[k], i)) {
                    if (present == null) {
                        return true;
                    }
                    present.set(numbers[h][k]);
                    found = true;
                }
            }
        }
        return found;
    }

    /** Whether the expression is gated at all (false where what its matches contain could not be read). */
    public boolean gated() {
        return check != null;
    }

    /** A need over literal numbers. */
    private sealed interface Check {
        boolean holds(BitSet present);

        /** Any one literal of all: checked by stopping at the first found. */
        record AnyLiteral() implements Check {
            @Override
            public boolean holds(BitSet present) {
                return !present.isEmpty();
            }
        }

        record Has(int number) implements Check {
            @Override
            public boolean holds(BitSet present) {
                return present.get(number);
            }
        }

        record Any(Check[] of) implements Check {
            @Override
            public boolean holds(BitSet present) {
                for (Check c : of) {
                    if (c.holds(present)) {
                        return true;
                    }
                }
                return false;
            }
        }

        record All(Check[] of) implements Check {
            @Override
            public boolean holds(BitSet present) {
                for (Check c : of) {
                    if (!c.holds(present)) {
                        return false;
                    }
                }
                return true;
            }
        }

        static Check of(RequiredLiterals.Need need, Map<String, Integer> number) {
            if (need instanceof RequiredLiterals.Literal
                    || need instanceof RequiredLiterals.AnyOf a
                            && a.needs().stream().allMatch(RequiredLiterals.Literal.class::isInstance)) {
                return new AnyLiteral();
            }
            return tree(need, number);
        }

        private static Check tree(RequiredLiterals.Need need, Map<String, Integer> number) {
            return switch (need) {
                case RequiredLiterals.Literal l -> new Has(number.get(l.text()));
                case RequiredLiterals.AnyOf a -> new Any(a.needs().stream().map(n -> tree(n, number))
                        .toArray(Check[]::new));
                case RequiredLiterals.AllOf a -> new All(a.needs().stream().map(n -> tree(n, number))
                        .toArray(Check[]::new));
            };
        }
    }

    /** A hash of the first two or three characters at {@code i} (a literal's own length, when shorter). */
    private static int hash(String s, int i, int length, int mask) {
        int h = s.charAt(i) * 31 + s.charAt(i + 1);
        h = length >= 3 ? h * 31 + s.charAt(i + 2) : h * 31 + 7;
        return (h ^ h >>> 7) & mask;
    }

    @Override
    public String toString() {
        return pattern.pattern() + (check == null ? " (ungated)" : " (gated, " + literalCount + " literals)");
    }
}
