package org.attune.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The literals of every gated expression in one table, so that a text is looked through once for all of them. The
 * safety rules run well over a hundred expressions over each sentence, and a pass of each expression's own table was
 * most of their time (JFR, twentieth session); one pass now answers for all, and what it found is kept per thread for
 * up to {@link #RECENT} texts (a sentence, its neighbours, the author's text so far), so the next expression over the
 * same text looks nothing up.
 *
 * <p>The look-up is a hash of the first three (or two) characters at each position into buckets of literals, one-
 * character literals by {@link String#indexOf(int)}. It is written here rather than taken from an Aho-Corasick
 * library: the one on Maven Central (org.ahocorasick) keeps its states in boxed-character maps and would cost per
 * character about what it saves.
 *
 * <p>Literals are added while expressions are compiled (class initialisation); the table is rebuilt at the first
 * look-up after an addition. Thread-safe. The kept texts are held in memory only, per thread, and let go when the
 * thread's store fills or the table changes.
 */
final class LiteralIndex {
    static final LiteralIndex SHARED = new LiteralIndex();

    /** How many texts each thread keeps what was found in. */
    private static final int RECENT = 256;

    private final Map<String, Integer> numbers = new HashMap<>(); // guarded by this
    private final List<String> literals = new ArrayList<>(); // guarded by this
    /** Null after a literal was added, until the next look-up builds it again. */
    private volatile Table table;
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    /** The literal's number, the same for every expression that holds it. */
    synchronized int number(String literal) {
        Integer n = numbers.get(literal);
        if (n == null) {
            n = literals.size();
            literals.add(literal);
            numbers.put(literal, n);
            table = null;
        }
        return n;
    }

    /**
     * The literals the text holds, as bits by number (bit {@code n % 64} of word {@code n / 64}). The words are the
     * index's own: read them, never change them.
     */
    long[] present(String text) {
        return recent.get().present(table(), text);
    }

    private Table table() {
        Table t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = new Table(literals);
                    table = t;
                }
            }
        }
        return t;
    }

    /**
     * What was found in one thread's recent texts, with the table it was found with; emptied when the table changes
     * or it holds {@link #RECENT} texts.
     */
    private static final class Recent {
        private final Map<String, long[]> found = new HashMap<>();
        private Table table;

        long[] present(Table table, String text) {
            if (this.table != table || found.size() >= RECENT) {
                found.clear();
                this.table = table;
            }
            long[] present = found.get(text);
            if (present == null) {
                present = table.scan(text);
                found.put(text, present);
            }
            return present;
        }
    }

    /** The literals as they were when it was built; immutable. */
    private static final class Table {
        /** Literals of two or more characters by a hash of their first three (or two) characters. */
        private final String[][] buckets;
        /** Each literal's number, beside {@link #buckets}. */
        private final int[][] numbers;
        private final char[] singles;
        private final int[] singleNumbers;
        private final int count;
        private final boolean pairs;

        Table(List<String> literals) {
            this.count = literals.size();
            int size = Integer.highestOneBit(Math.max(64, Math.min(1 << 16, count * 4)) * 2 - 1);
            List<List<Integer>> byHash = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                byHash.add(new ArrayList<>());
            }
            StringBuilder singles = new StringBuilder();
            List<Integer> singleNumbers = new ArrayList<>();
            boolean pairs = false;
            for (int n = 0; n < count; n++) {
                String literal = literals.get(n);
                if (literal.length() == 1) {
                    singles.append(literal.charAt(0));
                    singleNumbers.add(n);
                } else {
                    pairs |= literal.length() == 2;
                    byHash.get(hash(literal, 0, literal.length(), size - 1)).add(n);
                }
            }
            this.pairs = pairs;
            this.buckets = new String[size][];
            this.numbers = new int[size][];
            for (int i = 0; i < size; i++) {
                List<Integer> b = byHash.get(i);
                buckets[i] = b.isEmpty() ? null : b.stream().map(literals::get).toArray(String[]::new);
                numbers[i] = b.stream().mapToInt(Integer::intValue).toArray();
            }
            this.singles = singles.toString().toCharArray();
            this.singleNumbers = singleNumbers.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The number of every literal the text holds, as bits. */
        long[] scan(String s) {
            long[] present = new long[(count + 63) >>> 6];
            for (int k = 0; k < singles.length; k++) {
                if (s.indexOf(singles[k]) >= 0) {
                    set(present, singleNumbers[k]);
                }
            }
            int mask = buckets.length - 1;
            for (int i = 0, n = s.length(); i < n - 1; i++) {
                // both buckets are looked in: a literal of two characters may start where one of three does
                if (i < n - 2) {
                    mark(s, i, hash(s, i, 3, mask), present);
                }
                if (pairs) {
                    mark(s, i, hash(s, i, 2, mask), present);
                }
            }
            return present;
        }

        private void mark(String s, int i, int h, long[] present) {
            String[] bucket = buckets[h];
            if (bucket != null) {
                for (int k = 0; k < bucket.length; k++) {
                    if (s.startsWith(bucket[k], i)) {
                        set(present, numbers[h][k]);
                    }
                }
            }
        }

        private static void set(long[] bits, int n) {
            bits[n >>> 6] |= 1L << n;
        }

        /** A hash of the first two or three characters at {@code i} (a literal's own length, when shorter). */
        private static int hash(String s, int i, int length, int mask) {
            int h = s.charAt(i) * 31 + s.charAt(i + 1);
            h = length >= 3 ? h * 31 + s.charAt(i + 2) : h * 31 + 7;
            return (h ^ h >>> 7) & mask;
        }
    }
}
