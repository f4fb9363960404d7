package org.attune.ml.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.core.safety.TriageLevel;
import org.attune.core.text.Sentence;
import org.attune.core.thread.PostThread;

/**
 * Replies that answer a screening question the post they reply to asks ("Are you thinking about killing yourself?"
 * "yes"). The answer alone states nothing, and each post is read on its own, so the question gives it its meaning.
 * An answer is the first sentence of the author's reply, when it opens with a yes (or, to "are you safe?", a no), and
 * the question is the last question of the post it answers, written by someone else. The C-SSRS screener is itself
 * asked this way; a peer or a moderator asking it in a thread is how risk is often first said (docs/triage.md).
 * <p>
 * The question may also be quoted in the answering post itself ("The mod asked me 'are you going to act on these
 * thoughts?' Honestly, yes."; "the form asked 'have you had thoughts of killing yourself in the past month?' and I
 * ticked yes"): the answer is then what follows the quotation, in its sentence or the next one.
 */
final class ScreeningAnswers {

    /** What was asked, and what a yes (a no, for safety) makes of it. */
    enum Asked {
        /** suicidal thoughts: current ideation */
        THOUGHTS(2, TriageLevel.MODERATE, "cssrs.active-thoughts"),
        /** thoughts of hurting oneself: a current urge */
        URGE(0, TriageLevel.MODERATE, "self-injury.urge"),
        /** intent to act: high; imminent when the question names a near time */
        INTENT(4, TriageLevel.HIGH, "cssrs.intent"),
        /** a plan: high; imminent when the question names a near time */
        PLAN(5, TriageLevel.HIGH, "cssrs.plan"),
        /** self-injury done: recent, or current when the question names today */
        HURT(0, TriageLevel.HIGH, "self-injury.recent"),
        /** "are you safe?" answered no */
        UNSAFE(0, TriageLevel.HIGH, "answer.not-safe");

        final int cssrs;
        final TriageLevel level;
        final String signal;

        Asked(int cssrs, TriageLevel level, String signal) {
            this.cssrs = cssrs;
            this.level = level;
            this.signal = signal;
        }
    }

    /**
     * @param sentence the answer's sentence index
     * @param asked    what the question asked
     * @param near     the question or the answer names a near time (tonight, today, right now)
     * @param bare      a question of plan or intent that names no harm ("Do you have a plan?", "Are you going to do
     *                  it?"): it asks about suicide only where the author's words already speak of it
     */
    record Answer(int sentence, Asked asked, boolean near, boolean bare) {
        /** The level the answer sets at least: a plan or intent with a near time is imminent. */
        TriageLevel level() {
            return near && (asked == Asked.INTENT || asked == Asked.PLAN) ? TriageLevel.IMMINENT : asked.level;
        }

        /** The evidence signal: self-injury on the day asked about is current. */
        String signal() {
            return asked == Asked.HURT && near ? "self-injury.current" : asked.signal;
        }
    }

    private static final String YOU_SUICIDE = "(?:killing yourself|kill yourself|suicide"
            + "|ending (?:your life|it(?: all)?)|end (?:your life|it(?: all)?)|taking your (?:own )?life"
            + "|take your (?:own )?life|dying|not waking up)";
    private static final String THINKING_OF = "\\b(?:thinking|thought|thoughts|think) (?:about|of) ";
    private static final Pattern THOUGHTS = Pattern.compile(THINKING_OF + YOU_SUICIDE + "|\\bsuicidal\\b"
            + "|\\bwant(?:ing)? to (?:die|kill yourself|end (?:your life|it))\\b"
            + "|\\bwish(?:ing)? (?:you were|to be) dead\\b"
            // the PHQ-9's ninth item: "thoughts that you would be better off dead, or of hurting yourself"
            + "|\\bbetter off dead\\b");
    private static final Pattern URGE = Pattern.compile(THINKING_OF + "(?:hurting|cutting|harming|burning) yourself"
            + "|\\b(?:urges?|want(?:ing)?) to (?:hurt|cut|harm|burn) yourself");
    private static final Pattern INTENT = Pattern.compile("\\b(?:are you going to|are you gonna|do you intend to|"
            + "will you|do you plan to|are you planning (?:to|on)) (?:do it|doing it|act on|acting on|"
            + "kill(?:ing)? yourself|end(?:ing)? (?:your life|it)|go(?:ing)? through with|hurt(?:ing)? yourself)");
    private static final Pattern PLAN = Pattern.compile("\\b(?:do you have|have you (?:made|got)|you got) a plan\\b|"
            + "\\b(?:have you|did you) (?:thought|thought about|worked out|decided|figured out) how\\b|"
            + "\\bhave you (?:picked|chosen|decided on) (?:a|the) (?:way|method|date|day|time)\\b");
    private static final Pattern HURT = Pattern.compile("\\b(?:did|have) you (?:hurt|cut|harm(?:ed)?|burn(?:ed|t)?) "
            + "yourself\\b|\\b(?:did|have) you self.?harm(?:ed)?\\b"
            + "|\\bhave you been (?:hurting|cutting|harming|burning) yourself\\b"
            + "|\\bdid you (?:cut|self.?harm|relapse) again\\b");
    private static final Pattern SAFE = Pattern.compile("\\b(?:are|r) (?:you|u) (?:safe|okay to stay safe)\\b|"
            + "\\bcan you (?:keep|stay) (?:yourself )?safe\\b|\\bwill you (?:be|stay) safe\\b|^(?:you )?safe\\b|"
            + "^(?:are you )?keeping (?:yourself )?safe\\b");
    /**
     * A question that names harm, or the thoughts or urges already spoken of ("are you going to act on these
     * thoughts?").
     */
    private static final Pattern NAMES_HARM = Pattern.compile(YOU_SUICIDE + "|\\bhurt(?:ing)? yourself|\\bsuicid"
            + "|\\bact(?:ing)? on (?:these|those|the|your|them|any of) ?(?:thoughts|feelings|urges)?");
    /** a question of history, not of now: its yes is the past, which the answer's own words tell if it matters */
    private static final Pattern EVER = Pattern.compile("\\bever\\b|\\bin the past\\b(?! (?:month|week|two weeks|"
            + "fortnight|few (?:days|weeks)|couple of (?:days|weeks)|\\d+ (?:days|hours)))|\\bbefore\\b");
    private static final Pattern NEAR = Pattern.compile("\\b(?:tonight|today|right now|now|this (?:evening|morning|"
            + "afternoon))\\b");
    /** A near time for a plan or an act: the next day and the coming weekend as well (docs/triage.md, imminent). */
    private static final Pattern NEAR_ACT = Pattern.compile("\\b(?:tomorrow|tmrw|this weekend|in an hour|"
            + "in a few hours|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    /** An answer that opens with when: "tonight probably" is a yes with its time. */
    private static final Pattern WHEN = Pattern.compile("^(?:tonight|tomorrow|tmrw|today|this weekend|soon)\\b");
    private static final Pattern YES = Pattern.compile("^(?:honestly,? )?(?:yes|yeah|yea|yep|yup|ya|"
            + "i (?:ticked|said|answered|put|circled|wrote|clicked|checked|pressed) (?:'|\"|‘|“)?yes\\b|"
            + "i am(?! not)|i do(?!n'?t| not)|i have(?!n'?t| not)|i did(?!n'?t| not)|i will(?! not)|i think so|"
            + "kind of|kinda|sort of|sorta|a (?:little|bit)|sometimes|maybe|probably|mhm|uh huh|"
            // a questionnaire's frequencies (the PHQ-9's "several days" .. "nearly every day")
            + "several days|more than half (?:of )?the days|nearly every day|(?:almost )?every day|most days|"
            + "all the time|often)\\b"
            + "(?![,.!]? *no\\b)"); // "yeah, no" is a no
    private static final Pattern NO = Pattern.compile("^(?:no|nope|nah|not really|not sure|i'?m not|i am not|"
            + "yeah,? no|i (?:ticked|said|answered|put|circled|wrote|clicked|checked|pressed) (?:'|\"|‘|“)?no\\b|"
            + "i don'?t (?:think so|know)|i do not (?:think so|know)|idk|not (?:right now|tonight|at the moment))\\b");
    /**
     * A question quoted in the author's own post, asked of them: opened after a space or a colon, closed right after
     * its question mark; or a line quoted from the post replied to, as forums mark it ("> are you safe tonight?").
     */
    private static final Pattern QUOTED_QUESTION = Pattern.compile(
            "(?:^|[\\s:,])[\"“‘']([^\"“”‘’]{3,200}?\\?)[\"”’']|^>\\s*([^>]{3,200}?\\?)");
    /** What leads from a quoted question to its answer: dashes, colons, "and", "so". */
    private static final Pattern ANSWER_LEAD = Pattern.compile(
            "^[\\s\\-–—:,.\\])]*(?:(?:and|so|to which|my answer(?: was)?),? )?[\\s\\-–—:]*"
                    // a transcript's speaker or a form's answer mark ("Me: \"yeah, no.\"", "A: Nearly every day")
                    + "(?:(?:me|i|a|ans|answer|my answer|reply|response)\\s*:\\s*)?[\"“‘']?");
    /**
     * An answer marked as one at the start of the sentence after a question in the author's own post, as a form or a
     * transcript sets it out ("Q9: ... better off dead ...?" "A: Nearly every day.").
     */
    private static final Pattern MARKED_ANSWER = Pattern.compile("^(?:a|ans|answer|my answer|me|response)\\s*:");
    /** an answer that places its yes in the past ("yes, years ago") */
    private static final Pattern LONG_AGO = Pattern.compile("\\b(?:years? ago|months ago|"
            // a habit over, not one grown into ("I've got used to them")
            + "(?<!(?:got|get|getting|gotten|be|been|am|is|are|was|were|'m|'re|'ve) )used to|when i was|"
            + "last year|in the past|a long time ago)\\b");

    private ScreeningAnswers() {
    }

    /**
     * The answers among the author's sentences. {@code plain} holds every sentence lower-cased with shorthand spelt
     * out; {@code mine} the author's sentence indexes in reading order.
     */
    static List<Answer> of(PostThread thread, List<Sentence> sentences, List<String> plain, List<Integer> mine) {
        List<Answer> out = new ArrayList<>();
        for (int i : replyOpenings(thread, sentences, mine)) {
            String answer = plain.get(i).strip();
            if (!YES.matcher(answer).find() && !NO.matcher(answer).find() && !WHEN.matcher(answer).find()) {
                continue; // most replies open with neither: the question is looked for only when one does
            }
            String parent = thread.parentId(sentences.get(i).postId());
            answer(i, lastQuestion(sentences, plain, parent), answer, following(sentences, plain, mine, i))
                    .ifPresent(out::add);
        }
        for (int k = 0; k < mine.size(); k++) {
            int i = mine.get(k);
            Matcher quoted = QUOTED_QUESTION.matcher(plain.get(i));
            if (!quoted.find() || out.stream().anyMatch(a -> a.sentence() == i)) {
                continue;
            }
            // the answer follows the quotation in its sentence, or opens the author's next sentence of the same post
            String after = ANSWER_LEAD.matcher(plain.get(i).substring(quoted.end())).replaceFirst("").strip();
            int at = i;
            if (after.isEmpty() && k + 1 < mine.size()
                    && sentences.get(mine.get(k + 1)).postId().equals(sentences.get(i).postId())) {
                at = mine.get(k + 1);
                after = ANSWER_LEAD.matcher(plain.get(at)).replaceFirst("").strip();
            }
            String question = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            answer(at, question, after, following(sentences, plain, mine, at)).map(ScreeningAnswers::quoted)
                    .ifPresent(out::add);
        }
        for (int k = 0; k + 1 < mine.size(); k++) {
            // a question of a form or a transcript in the author's own post, its answer marked in the next sentence
            int i = mine.get(k);
            int at = mine.get(k + 1);
            String question = plain.get(i).strip();
            if (!question.endsWith("?") || !sentences.get(at).postId().equals(sentences.get(i).postId())
                    || !MARKED_ANSWER.matcher(plain.get(at).strip()).find()
                    || out.stream().anyMatch(a -> a.sentence() == i || a.sentence() == at)) {
                continue;
            }
            String after = ANSWER_LEAD.matcher(plain.get(at)).replaceFirst("").strip();
            answer(at, question, after, following(sentences, plain, mine, at)).map(ScreeningAnswers::quoted)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** The author's sentence after {@code i} in the same post, which may date the answer ("yes. tomorrow"), or "". */
    private static String following(List<Sentence> sentences, List<String> plain, List<Integer> mine, int i) {
        int k = mine.indexOf(i);
        return k >= 0 && k + 1 < mine.size()
                && sentences.get(mine.get(k + 1)).postId().equals(sentences.get(i).postId())
                ? plain.get(mine.get(k + 1)) : "";
    }

    /**
     * The answer in sentence {@code i}, when {@code answer} says yes (no, to "are you safe?") to {@code question};
     * {@code then}, the author's next sentence, may date it.
     */
    private static Optional<Answer> answer(int i, String question, String answer, String then) {
        boolean yes = YES.matcher(answer).find() || WHEN.matcher(answer).find();
        boolean no = NO.matcher(answer).find();
        String dated = answer + " " + then;
        if (question == null || !yes && !no || LONG_AGO.matcher(dated).find()) {
            return Optional.empty();
        }
        Asked asked = asked(question);
        if (asked == null || !(asked == Asked.UNSAFE ? no : yes)) {
            return Optional.empty();
        }
        boolean act = asked == Asked.PLAN || asked == Asked.INTENT;
        boolean bare = act && !NAMES_HARM.matcher(question).find();
        boolean near = NEAR.matcher(question).find() || NEAR.matcher(answer).find()
                || act && (NEAR.matcher(then).find() || NEAR_ACT.matcher(question).find()
                        || NEAR_ACT.matcher(dated).find());
        return Optional.of(new Answer(i, asked, near, bare));
    }

    /**
     * A question the author quotes in their own post, with no post of its own to give "it" a meaning: "act on it" is
     * acting on the thoughts the question was asked about ("[reply to 'are you going to act on it?'] yes").
     */
    private static Answer quoted(Answer a) {
        return a.asked() == Asked.INTENT && a.bare() ? new Answer(a.sentence(), a.asked(), a.near(), false) : a;
    }

    /**
     * Whether the author answers no to a question about suicidal thoughts, a plan, intent or an urge that the post they
     * reply to asks ("are you thinking about suicide?" "no no!! i mean a cabin somewhere").
     */
    static boolean denied(PostThread thread, List<Sentence> sentences, List<String> plain, List<Integer> mine) {
        for (int i : replyOpenings(thread, sentences, mine)) {
            if (!NO.matcher(plain.get(i).strip()).find()) {
                continue;
            }
            String question = lastQuestion(sentences, plain, thread.parentId(sentences.get(i).postId()));
            Asked asked = question == null ? null : asked(question);
            if (asked != null && asked != Asked.UNSAFE && asked != Asked.HURT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first sentence of each of the author's posts that answers a post by someone else: where an answer, a denial
     * or an agreement can stand.
     */
    static List<Integer> replyOpenings(PostThread thread, List<Sentence> sentences, List<Integer> mine) {
        List<Integer> out = new ArrayList<>();
        String post = null;
        for (int i : mine) {
            String here = sentences.get(i).postId();
            if (here.equals(post)) {
                continue;
            }
            post = here;
            String parent = thread.parentId(here);
            if (parent != null && !thread.post(parent).author().equals(thread.post(here).author())) {
                out.add(i);
            }
        }
        return out;
    }

    private static String lastQuestion(List<Sentence> sentences, List<String> plain, String post) {
        String last = null;
        for (Sentence s : sentences) {
            String t = plain.get(s.index()).strip();
            if (s.postId().equals(post) && t.endsWith("?")) {
                last = t;
            }
        }
        return last;
    }

    private static Asked asked(String q) {
        if (SAFE.matcher(q).find()) {
            return Asked.UNSAFE;
        }
        if (EVER.matcher(q).find()) {
            return null;
        }
        if (PLAN.matcher(q).find()) {
            return Asked.PLAN;
        }
        if (INTENT.matcher(q).find()) {
            return Asked.INTENT;
        }
        if (HURT.matcher(q).find()) {
            return Asked.HURT;
        }
        if (THOUGHTS.matcher(q).find()) {
            return Asked.THOUGHTS;
        }
        if (URGE.matcher(q).find()) {
            return Asked.URGE;
        }
        return null;
    }
}
