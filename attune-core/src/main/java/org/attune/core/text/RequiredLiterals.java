package org.attune.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every match of a regular expression contains, read from the expression itself (the prefilter of RE2 and Rust's
 * regex, for java.util.regex syntax): a tree of literal strings, all or any of which a match holds.
 * "\b(?:cut|burn(?:ed|t)?) myself\b" needs one of "cut myself", "burn myself", "burned myself", "burnt myself";
 * "\b(?:i|i've) (?:\S+ )?(?:cut|sh'?d)\b" needs one of "i ", "i've " and also one of "cut", "shd", "sh'd". A text
 * without what is needed cannot match, and the expression need not run.
 *
 * <p>Only what is sure is claimed. Each part of the expression is read as the finite set of strings it matches
 * ({@code exact}, where that set is small) and as what all its matches contain ({@code need}). A concatenation needs
 * its strongest runs of exact parts and its other parts' needs together; an alternation needs one of its branches'
 * needs; an optional part or a class claims nothing, and assertions (lookaround, anchors, word boundaries) match the
 * empty string. An expression with flags, or with syntax this reading does not know (inline flags, back-references,
 * quoting, nested classes), needs nothing, so it is always run.
 */
final class RequiredLiterals {
    /** The most strings an exact set may hold before it is given up. */
    private static final int MAX_EXACT = 256;
    /** The most needs a concatenation keeps, the strongest: more cost more to check than they save. */
    private static final int MAX_ALL = 3;

    private final String re;
    private int pos;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** What every match of an expression contains; a tree of literals. */
    sealed interface Need {
        /** How rarely a text holds it, roughly: the length of the shortest literal it can be met by. */
        int strength();
    }

    /** The literal itself. */
    record Literal(String text) implements Need {
        @Override
        public int strength() {
            return text.length();
        }

        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }

    /** Any one of the needs. */
    record AnyOf(List<Need> needs) implements Need {
        @Override
        public int strength() {
            return needs.stream().mapToInt(Need::strength).min().orElse(0);
        }

        @Override
        public String toString() {
            return needs.stream().map(Need::toString).collect(java.util.stream.Collectors.joining(" | ", "(", ")"));
        }
    }

    /** All of the needs. */
    record AllOf(List<Need> needs) implements Need {
        @Override
        public int strength() {
            return needs.stream().mapToInt(Need::strength).max().orElse(0);
        }

        @Override
        public String toString() {
            return needs.stream().map(Need::toString).collect(java.util.stream.Collectors.joining(" & ", "(", ")"));
        }
    }

    /** What every match needs, or empty where nothing is sure (or the expression can match the empty string). */
    static Optional<Need> of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return Optional.empty();
        }
        try {
            RequiredLiterals parser = new RequiredLiterals(pattern.pattern());
            Part whole = parser.alternation();
            if (parser.pos != parser.re.length()) {
                return Optional.empty(); // a stray ')' : not an expression this reading knows
            }
            return Optional.ofNullable(whole.need);
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** Every literal of a need, once each. */
    static Set<String> literals(Need need) {
        Set<String> out = new LinkedHashSet<>();
        collect(need, out);
        return out;
    }

    private static void collect(Need need, Set<String> out) {
        switch (need) {
            case Literal l -> out.add(l.text());
            case AnyOf a -> a.needs().forEach(n -> collect(n, out));
            case AllOf a -> a.needs().forEach(n -> collect(n, out));
        }
    }

    /** Syntax outside what this reading knows: the expression is always run. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * What a part matches: exactly one of {@code exact} (null where not finite or too many), and always text that
     * holds {@code need} (null where nothing is sure).
     */
    private record Part(Set<String> exact, Need need) {
        static final Part EMPTY = new Part(Set.of(""), null);
        static final Part ANY = new Part(null, null);

        static Part exactly(Set<String> strings) {
            return new Part(strings, anyOf(strings));
        }
    }

    private Part alternation() throws Unsupported {
        List<Part> branches = new ArrayList<>();
        branches.add(concatenation());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        for (Part b : branches) {
            if (b.exact == null || exact.size() + b.exact.size() > MAX_EXACT) {
                exact = null;
                break;
            }
            exact.addAll(b.exact);
        }
        if (exact != null) {
            return Part.exactly(Collections.unmodifiableSet(exact));
        }
        List<Need> needs = new ArrayList<>();
        for (Part b : branches) {
            if (b.need == null) {
                return Part.ANY; // a branch that needs nothing: the whole needs nothing
            }
            needs.add(b.need);
        }
        return new Part(null, either(needs));
    }

    private Part concatenation() throws Unsupported {
        List<Need> candidates = new ArrayList<>();
        Set<String> run = Set.of("");
        boolean allExact = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Part p = quantified();
            if (p.exact != null && run.size() * p.exact.size() <= MAX_EXACT) {
                run = product(run, p.exact);
                continue;
            }
            addCandidate(candidates, anyOf(run));
            allExact = false;
            if (p.exact != null) {
                run = p.exact; // too many together: the run restarts here
                continue;
            }
            addCandidate(candidates, p.need);
            run = Set.of("");
        }
        addCandidate(candidates, anyOf(run));
        candidates.sort((a, b) -> Integer.compare(b.strength(), a.strength()));
        List<Need> kept = candidates.subList(0, Math.min(MAX_ALL, candidates.size()));
        Need need = kept.isEmpty() ? null : kept.size() == 1 ? kept.get(0) : new AllOf(List.copyOf(kept));
        return new Part(allExact ? Collections.unmodifiableSet(run) : null, need);
    }

    private static void addCandidate(List<Need> candidates, Need need) {
        if (need != null) {
            candidates.add(need);
        }
    }

    /** One of the strings, or null where one of them is empty (which every text contains). */
    private static Need anyOf(Set<String> strings) {
        if (strings.isEmpty() || strings.contains("")) {
            return null;
        }
        return either(strings.stream().<Need>map(Literal::new).toList());
    }

    /**
     * One of the needs, flattened: a branch that is itself a choice joins this one, and a literal that contains
     * another literal of the choice adds nothing and is dropped.
     */
    private static Need either(List<Need> needs) {
        List<Need> flat = new ArrayList<>();
        for (Need n : needs) {
            if (n instanceof AnyOf a) {
                flat.addAll(a.needs());
            } else {
                flat.add(n);
            }
        }
        List<String> shortFirst = flat.stream().filter(Literal.class::isInstance).map(n -> ((Literal) n).text())
                .distinct().sorted((x, y) -> Integer.compare(x.length(), y.length())).toList();
        List<String> kept = new ArrayList<>();
        for (String s : shortFirst) {
            if (kept.stream().noneMatch(s::contains)) {
                kept.add(s);
            }
        }
        List<Need> out = new ArrayList<>();
        kept.forEach(s -> out.add(new Literal(s)));
        flat.stream().filter(n -> !(n instanceof Literal)).forEach(out::add);
        return out.size() == 1 ? out.get(0) : new AnyOf(List.copyOf(out));
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a.size() == 1 && a.contains("")) {
            return b;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private Part quantified() throws Unsupported {
        Part atom = atom();
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        int min;
        int max;
        if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            String[] bounds = re.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].trim());
                max = bounds.length == 1 ? min
                        : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            if (bounds.length > 2) {
                throw new Unsupported();
            }
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        if (min == 0 && max == 1) {
            if (atom.exact == null) {
                return Part.ANY;
            }
            Set<String> exact = new LinkedHashSet<>(atom.exact);
            exact.add("");
            return new Part(exact, null);
        }
        if (min == 0) {
            return Part.ANY;
        }
        return new Part(null, atom.need); // one or more: the first repetition holds what the part needs
    }

    private Part atom() throws Unsupported {
        char c = re.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '\\':
                return escape();
            case '.':
                return Part.ANY;
            case '^':
            case '$':
                return Part.EMPTY;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported();
            default:
                return Part.exactly(Set.of(codePointAt(c)));
        }
    }

    private Part group() throws Unsupported {
        boolean assertion = false;
        if (re.startsWith("?", pos)) {
            if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                assertion = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                assertion = true;
            } else if (re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1; // a named group
            } else {
                throw new Unsupported(); // inline flags
            }
        }
        Part inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
        return assertion ? Part.EMPTY : inner;
    }

    private Part escape() throws Unsupported {
        if (pos >= re.length()) {
            throw new Unsupported();
        }
        char c = re.charAt(pos++);
        switch (c) {
            case 'b', 'B', 'A', 'z', 'Z', 'G':
                return Part.EMPTY;
            case 's', 'S', 'w', 'W', 'd', 'D', 'h', 'H', 'v', 'V', 'R', 'X':
                return Part.ANY;
            case 'p', 'P':
                skipProperty();
                return Part.ANY;
            case 'n':
                return Part.exactly(Set.of("\n"));
            case 't':
                return Part.exactly(Set.of("\t"));
            case 'r':
                return Part.exactly(Set.of("\r"));
            case 'f':
                return Part.exactly(Set.of("\f"));
            case 'x':
                return Part.exactly(Set.of(hexCodePoint()));
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported(); // back-references, quoting, hex and the rest
                }
                return Part.exactly(Set.of(String.valueOf(c)));
        }
    }

    /**
     * The character that starts with {@code c} (just read): a surrogate pair is one character to the expression, and a
     * quantifier after it applies to both halves.
     */
    private String codePointAt(char c) throws Unsupported {
        if (!Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        if (Character.isHighSurrogate(c) && pos < re.length() && Character.isLowSurrogate(re.charAt(pos))) {
            return new String(new char[] {c, re.charAt(pos++)});
        }
        throw new Unsupported();
    }

    /** The character of {@code \\xhh} or {@code \\x{h...h}} (the backslash and x already read). */
    private String hexCodePoint() throws Unsupported {
        int end;
        String digits;
        if (re.startsWith("{", pos)) {
            end = re.indexOf('}', pos);
            if (end < 0) {
                throw new Unsupported();
            }
            digits = re.substring(pos + 1, end);
            end++;
        } else {
            end = pos + 2;
            if (end > re.length()) {
                throw new Unsupported();
            }
            digits = re.substring(pos, end);
        }
        try {
            int cp = Integer.parseInt(digits, 16);
            if (!Character.isValidCodePoint(cp) || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                throw new Unsupported();
            }
            pos = end;
            return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
            throw new Unsupported();
        }
    }

    private void skipProperty() throws Unsupported {
        if (pos < re.length() && re.charAt(pos) == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            pos = close + 1;
        } else {
            pos++; // a one-letter property: \pL
        }
    }

    /** A class of up to eight plain characters is their set; anything else (negation, ranges, \s) claims nothing. */
    private Part characterClass() throws Unsupported {
        boolean plain = true;
        if (pos < re.length() && re.charAt(pos) == '^') {
            plain = false;
            pos++;
        }
        Set<String> chars = new LinkedHashSet<>();
        boolean first = true;
        while (true) {
            if (pos >= re.length()) {
                throw new Unsupported();
            }
            char c = re.charAt(pos++);
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (Character.isSurrogate(c)) {
                chars.add(codePointAt(c));
                continue;
            }
            if (c == '[' || (c == '&' && re.startsWith("&", pos))) {
                throw new Unsupported(); // nested classes and intersections
            }
            if (c == '\\') {
                if (pos >= re.length()) {
                    throw new Unsupported();
                }
                char e = re.charAt(pos++);
                if (e == 'p' || e == 'P') {
                    skipProperty();
                    plain = false;
                } else if (e == 'x') {
                    chars.add(hexCodePoint());
                } else if (Character.isLetterOrDigit(e)) {
                    if (e == 'n' || e == 't' || e == 'r' || e == 'f') {
                        chars.add(String.valueOf(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : '\f'));
                    } else if ("sSwWdDhHvV".indexOf(e) >= 0) {
                        plain = false;
                    } else {
                        throw new Unsupported();
                    }
                } else {
                    chars.add(String.valueOf(e));
                }
            } else if (c == '-' && !chars.isEmpty() && pos < re.length() && re.charAt(pos) != ']') {
                plain = false; // a range
                pos++;
                if (re.charAt(pos - 1) == '\\') {
                    pos++;
                }
            } else {
                chars.add(String.valueOf(c));
            }
        }
        return plain && chars.size() <= 8 ? Part.exactly(chars) : Part.ANY;
    }
}
