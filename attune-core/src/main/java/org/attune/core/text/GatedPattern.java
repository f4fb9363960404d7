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
 * phrases; java.util.regex tries every branch at every position, and most sentences hold none of the phrases. The
 * look-up is one pass over the text for the literals of every gated expression at once ({@link LiteralIndex}), kept
 * for the next expression over the same text. The answers are the expression's own, always: a text without what every
 * match contains has no match.
 *
 * <p>Immutable and thread-safe.
 */
public final class GatedPattern {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Pattern pattern;
    /** What every match contains, over the shared index's literal numbers; null where the expression is ungated. */
    private final Check check;
    private final int literalCount;

    private GatedPattern(Pattern pattern) {
        this.pattern = pattern;
        Optional<RequiredLiterals.Need> need = RequiredLiterals.of(pattern);
        if (need.isEmpty()) {
            this.check = null;
            this.literalCount = 0;
            return;
        }
        Map<String, Integer> number = new HashMap<>();
        for (String literal : RequiredLiterals.literals(need.get())) {
            number.put(literal, LiteralIndex.SHARED.number(literal));
        }
        this.check = Check.of(need.get(), number);
        this.literalCount = number.size();
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
        return check == null || check.holds(LiteralIndex.SHARED.present(text.toString()));
    }

    /** Whether the expression is gated at all (false where what its matches contain could not be read). */
    public boolean gated() {
        return check != null;
    }

    /** A need over literal numbers. */
    private sealed interface Check {
        boolean holds(long[] present);

        /**
         * Any one of the literals, or any of the other needs. The literals are bits by number, word {@code from}
         * onwards: an expression's literals are numbered together, so its words are few wherever they lie.
         */
        record Any(int from, long[] literals, Check[] others) implements Check {
            @Override
            public boolean holds(long[] present) {
                for (int i = 0; i < literals.length; i++) {
                    if ((present[from + i] & literals[i]) != 0) {
                        return true;
                    }
                }
                for (Check c : others) {
                    if (c.holds(present)) {
                        return true;
                    }
                }
                return false;
            }
        }

        record All(Check[] of) implements Check {
            @Override
            public boolean holds(long[] present) {
                for (Check c : of) {
                    if (!c.holds(present)) {
                        return false;
                    }
                }
                return true;
            }
        }

        static Check of(RequiredLiterals.Need need, Map<String, Integer> number) {
            return switch (need) {
                case RequiredLiterals.Literal l -> any(List.of(l), number);
                case RequiredLiterals.AnyOf a -> any(a.needs(), number);
                case RequiredLiterals.AllOf a -> new All(a.needs().stream().map(n -> of(n, number))
                        .toArray(Check[]::new));
            };
        }

        /** The literals among the needs as one set, looked for at once; the others one by one. */
        private static Check any(List<RequiredLiterals.Need> needs, Map<String, Integer> number) {
            BitSet literals = new BitSet();
            List<Check> others = new ArrayList<>();
            for (RequiredLiterals.Need n : needs) {
                if (n instanceof RequiredLiterals.Literal l) {
                    literals.set(number.get(l.text()));
                } else {
                    others.add(of(n, number));
                }
            }
            int from = literals.isEmpty() ? 0 : literals.nextSetBit(0) >>> 6;
            long[] words = literals.isEmpty() ? new long[0] : literals.get(from << 6, literals.length()).toLongArray();
            return new Any(from, words, others.toArray(Check[]::new));
        }
    }

    @Override
    public String toString() {
        return pattern.pattern() + (check == null ? " (ungated)" : " (gated, " + literalCount + " literals)");
    }
}
