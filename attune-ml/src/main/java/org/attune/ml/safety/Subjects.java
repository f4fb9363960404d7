package org.attune.ml.safety;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import org.attune.core.text.GatedPattern;

/**
 * Whose act or wish a wording is, by the subject of its clause: "she took an overdose last month" and "you told me
 * you'd rather be dead" are someone else's, "they'd be better off if I was gone" is the writer's. Sentence frames
 * ({@code FrameAnalyzer}) decide who a sentence is about; this decides within a sentence that speaks of several people.
 */
final class Subjects {
    private static final GatedPattern FIRST_PERSON = GatedPattern.compile("\\b(?:i|i'?m|im|me|my|myself|mine)\\b");
    /** Where a clause begins, for {@link #theirs}. */
    private static final GatedPattern CLAUSE_START = GatedPattern.compile(
            "[,;:.!?]|\\b(?:and|but|so|because|cos|after|when|"
            + "then|that)\\b");
    /** The writer (group 1) or someone else (no group) as a subject. */
    private static final GatedPattern SUBJECT = GatedPattern.compile("\\b(i|i'?m|im|i'?ve|ive|i'?d|id|i'?ll)\\b|"
            + "\\b(?:she|he|they|you|u)(?:'s|'d|'ve|'re|'ll)?\\b|"
            + "\\bmy (?:\\S+ )?(?:friend|sister|brother|mum|mom|dad|mother|father|partner|boyfriend|girlfriend|husband|"
            + "wife|son|daughter|cousin|aunt|uncle|roommate|flatmate|housemate|colleague|classmate|student|client|"
            + "patient|gran|grandma|grandad|grandpa|nan|mate|ex|bf|gf|apprentice|trainee|commis|teammate|crewmate|"
            + "workmate|co-?worker|supervisor|manager)s?\\b|"
            // "after the family said goodbye": a group named as the subject of its verb
            + "\\b(?:the|his|her|their) (?:family|families|relatives|kids|children|parents|guests|nurses|doctors) "
            + "(?=(?:had |have )?(?:said|say|says|were|was|came|come|gathered)\\b)");

    /** Where a reply's clauses part: punctuation, a spaced dash, a conjunction. */
    private static final GatedPattern CLAUSES = GatedPattern.compile("[,;:.!?\\n]|\\s[-\u2013\u2014]+\\s|[\u2013\u2014]|"
            + "\\b(?:and|but|so|because|cos)\\b");
    /** The person a reply answers. */
    private static final GatedPattern SECOND_PERSON = GatedPattern.compile("\\b(?:you|your|yours|yourself|u|ur|ya)\\b");

    private Subjects() {
    }

    /**
     * What a reply says in clauses of its author's own: the sentence without the clauses that speak to or of the person
     * answered ("are you having thoughts of killing yourself?", "you said you wanted to die - I'm worried about you").
     */
    static String withoutSecondPerson(String s) {
        StringBuilder own = new StringBuilder();
        for (String clause : CLAUSES.pattern().split(s)) {
            if (!SECOND_PERSON.matcher(clause).find()) {
                own.append(clause).append(' ');
            }
        }
        return own.toString();
    }

    /** Whether the words name the author: I, me, my. */
    static boolean firstPerson(String s) {
        return FIRST_PERSON.matcher(s).find();
    }

    /**
     * The first wording of ideation in the sentence that is the author's own: not someone else's wish ("you'd rather be
     * dead"), and, in a sentence with a supposition, one that is no part of it unless it is a burden put as a condition
     * ("nobody would notice if I was gone"); null if none.
     */
    static MatchResult statedIdeation(String own, boolean hypothetical) {
        Matcher m = SafetyRules.IDEATION.matcher(own);
        Matcher supposed = SafetyRules.SUPPOSITION.matcher(own);
        int from = supposed.find() ? supposed.start() : own.length();
        while (m.find()) {
            if (!theirs(own, m.start(), m.end())
                    && (!hypothetical || m.group().contains("if i") || m.end() <= from)) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    /**
     * Whether the clause before position {@code start} has someone else as its subject ("she took an overdose last
     * month", "you told me you'd rather be dead"): the act or the wish is theirs, not the author's.
     */
    static boolean theirs(String s, int start, int end) {
        if (FIRST_PERSON.matcher(s.substring(start, end)).find()) {
            return false; // "they'd get their lives back if I was gone": the writer is the subject of the wish
        }
        String before = s.substring(0, start);
        Matcher clause = CLAUSE_START.matcher(before);
        int from = 0;
        while (clause.find()) {
            from = clause.end();
        }
        Matcher subject = SUBJECT.matcher(before.substring(from));
        boolean other = false;
        while (subject.find()) {
            other = subject.group(1) == null;
        }
        return other;
    }
}
