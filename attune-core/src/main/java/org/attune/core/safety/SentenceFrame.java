package org.attune.core.safety;

import java.util.OptionalInt;

/**
 * The structure of one sentence that decides whether a risk statement in it is the writer's own, current and meant:
 * who it is about, when, and in which mode (asserted, negated, hypothetical, asked, reported, figurative).
 *
 * @param selfReference the writer speaks about themself (I, me, my, myself, im, ...)
 * @param otherSubject  the sentence is about someone else (he, she, they, my friend, ...) and not about the writer
 * @param addressee     it speaks to or of "you" and not of the writer: in a reply, the person answered
 * @param negated       a negation governs a harm predicate in it ("I would never hurt myself")
 * @param hypothetical  a condition or a wish about the unreal ("if I ever", "what if", "imagine")
 * @param question      it asks
 * @param reported      quoted, a lyric, fiction, news or statistics: someone else's words
 * @param figurative    an ordinary figure of speech ("this commute is killing me", "my phone died")
 * @param recovery      recovery talk ("clean for 200 days", "I'm doing better")
 * @param time          when it happened or happens
 * @param daysAgo       how many days ago, where the sentence says so in numbers ({@link ElapsedTime})
 */
public record SentenceFrame(boolean selfReference, boolean otherSubject, boolean addressee, boolean negated,
        boolean hypothetical,
        boolean question, boolean reported, boolean figurative, boolean recovery, Time time,
        OptionalInt daysAgo) {

    /** The days a count keeps what it dates recent ("six days ago"); a count of more dates it in the past. */
    public static final int RECENT_DAYS = 7;

    /** When a sentence places what it says. */
    public enum Time {
        /** Happening now or in this sitting: tonight, right now, present progressive. */
        CURRENT,
        /** In the last days: last night, yesterday, this week, days ago. */
        RECENT,
        /** Long ago or over: years ago, used to, when I was a teen. */
        PAST,
        /** Not marked. */
        UNMARKED
    }

    /**
     * The same frame for words the writer has taken as their own: no longer reported, and a character or singer who
     * stands for the writer ("a girl with my name") is the writer.
     */
    public SentenceFrame adopted() {
        return new SentenceFrame(selfReference || otherSubject, false, addressee, negated, hypothetical, question, false,
                figurative, recovery, time, daysAgo);
    }

    /**
     * The same frame for a sentence that goes on with words quoted in the sentence before it, which someone else said
     * ("My mate texted me this: "i can't do this anymore. sorry for everything.""): theirs, not the writer's.
     */
    public SentenceFrame quotedOther() {
        return new SentenceFrame(false, true, addressee, negated, hypothetical, question, true, figurative, recovery,
                time, daysAgo);
    }

    /**
     * The same frame for a sentence a later post dates to {@code days} ago, more than {@link #RECENT_DAYS} ("update:
     * two months clean"): over, in the past.
     */
    public SentenceFrame dated(int days) {
        return new SentenceFrame(selfReference, otherSubject, addressee, negated, hypothetical, question, reported,
                figurative, recovery, Time.PAST, OptionalInt.of(days));
    }

    /** The same frame for a question the writer says they ask for themself ("... Asking for me."). */
    public SentenceFrame askedForSelf() {
        return new SentenceFrame(true, false, false, negated, hypothetical, question, reported, figurative, recovery, time,
                daysAgo);
    }

    /**
     * True when the sentence asserts something of the writer's own: not about someone else, negated, hypothetical,
     * reported or figurative, and not a question unless it speaks of the writer ("are you safe?" is not the asker's
     * state; "why do I feel like this?" is).
     */
    public boolean assertsOwn() {
        return !otherSubject && !negated && !hypothetical && !reported && !figurative && (!question || selfReference);
    }
}
