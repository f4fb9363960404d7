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
 * ticked yes"): the answer is then what follows the quotation, in its sentence or the next one. So may it be told in
 * the author's own words ("The crisis worker asked if I had a plan. I said yes."; "My friend asked me if I'm safe. I
 * said not really."): the answer is what they say they said, and a plan a clinician or a crisis line asks about is a
 * plan to die.
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

        /** The same answer to a question whose harm is named elsewhere: no longer bare. */
        Answer aboutHarm() {
            return new Answer(sentence, asked, near, false);
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
            + "^(?:(?:are )?(?:you|u) )?keeping (?:yourself )?safe\\b");
    /**
     * A question that names harm, or the thoughts or urges already spoken of ("are you going to act on these
     * thoughts?").
     */
    private static final Pattern NAMES_HARM = Pattern.compile(YOU_SUICIDE + "|\\bhurt(?:ing)? yourself|\\bsuicid"
            + "|\\bact(?:ing)? on (?:these|those|the|your|them|any of) ?(?:thoughts|feelings|urges)?");
    /** The same harm told of oneself, in a reported question ("asked if I was going to kill myself"). */
    private static final Pattern NAMES_HARM_OWN = Pattern.compile("\\b(?:kill(?:ing)? myself|suicid|end(?:ing)? (?:my "
            + "life|it(?: all)?)|tak(?:e|ing) my (?:own )?life|hurt(?:ing)? myself)");
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

    /** A screening question told as asked of the writer: "asked me if I'm safe", "asked whether I had a plan". */
    private static final Pattern REPORTED_QUESTION = Pattern.compile("\\basked (?:me )?(?:if|whether) "
            + "(i\\b[^.?!;]{3,120}?)(?=\\s*(?:[.?!;]|$|,? and i\\b|,? i (?:said|told|answered|replied)\\b))");
    /** How the writer tells their answer to it: "I said not really", "and I told her yes". */
    private static final Pattern REPORTED_ANSWER = Pattern.compile("^[\\s.?!;,]*(?:and |so )?i (?:said|told (?:her|him|"
            + "them|the \\w+)|answered|replied)(?: that)?[,:]?\\s*[\"“‘']?");
    /** The reported questions' clauses, each told as the direct question it was. */
    private static final Pattern REPORTED_SAFE = Pattern.compile("^i(?:'m| am| was|'d be| would be| felt| feel| "
            + "could (?:keep|stay)(?: myself)?| can (?:keep|stay)(?: myself)?) safe\\b");
    private static final Pattern REPORTED_PLAN = Pattern.compile("^i (?:had|have|'d got|had made|'d made) a plan\\b");
    private static final Pattern REPORTED_INTENT = Pattern.compile("^i (?:was|am|'m) (?:going|planning|gonna) to "
            + "(?:act on|do (?:it|anything)|kill|end|hurt|go through)");
    private static final Pattern REPORTED_THOUGHTS = Pattern.compile("^i (?:was|am|'m|had been|have been|'d been|"
            + "had|have) (?:having )?(?:thinking|thoughts) (?:about|of) (?:suicide|killing myself|ending (?:my life|it)"
            + "|dying|not waking up)|^i (?:was|am|'m|felt|feel) suicidal|^i (?:wanted|want) to die");
    private static final Pattern REPORTED_HURT = Pattern.compile("^i(?:'d| had| have)? (?:hurt|cut|harmed|burned|"
            + "burnt) myself");
    /** Who asks about a plan for suicide when they ask about a plan: a clinician, a crisis line, a moderator. */
    private static final Pattern CLINICAL_ASKER = Pattern.compile("\\b(?:crisis|therapist|counsell?or|psychiatrist|"
            + "psychologist|doctor|gp|nurse|samaritans?|helpline|hotline|mental health|triage|a&e|mods?|moderator|"
            + "social worker|key ?worker|care coordinator)\\b");

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
                    .map(a -> a.bare() && NAMES_HARM.matcher(askerAbove(thread, sentences, plain, parent)).find()
                            ? a.aboutHarm() : a)
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
        for (int k = 0; k < mine.size(); k++) {
            // a question told in the author's own words ("The crisis worker asked if I had a plan. I said yes.")
            int i = mine.get(k);
            Matcher reported = REPORTED_QUESTION.matcher(plain.get(i));
            if (!reported.find() || out.stream().anyMatch(a -> a.sentence() == i)) {
                continue;
            }
            String question = direct(reported.group(1), plain.get(i));
            if (question == null) {
                continue;
            }
            // the answer in the rest of the sentence ("and I said no"), or opening the next one ("I said yes.")
            String rest = plain.get(i).substring(reported.end());
            int at = i;
            if (rest.matches("[\\s.?!;,]*") && k + 1 < mine.size()
                    && sentences.get(mine.get(k + 1)).postId().equals(sentences.get(i).postId())) {
                at = mine.get(k + 1);
                rest = plain.get(at);
            }
            Matcher told = REPORTED_ANSWER.matcher(rest);
            if (told.lookingAt()) {
                answer(at, question, rest.substring(told.end()).strip(), following(sentences, plain, mine, at))
                        .ifPresent(out::add);
            }
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
            // "GP: Have you been having thoughts of ending your life?" "Me: Yes." "GP: Do you have a plan?": the
            // transcript's earlier question names what the plan is for
            boolean harmAskedBefore = mine.subList(0, k).stream()
                    .filter(j -> sentences.get(j).postId().equals(sentences.get(i).postId()))
                    .anyMatch(j -> plain.get(j).strip().endsWith("?") && NAMES_HARM.matcher(plain.get(j)).find());
            answer(at, question, after, following(sentences, plain, mine, at)).map(ScreeningAnswers::quoted)
                    .map(a -> a.bare() && harmAskedBefore ? a.aboutHarm() : a)
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
        return a.asked() == Asked.INTENT && a.bare() ? a.aboutHarm() : a;
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

    /**
     * What the asker wrote in the post asked from and in their own posts above it: "Are you thinking of suicide? Do you
     * have a plan?" asks about a plan for suicide, and so does a later "are you going to act on it tonight?".
     */
    private static String askerAbove(PostThread thread, List<Sentence> sentences, List<String> plain, String post) {
        String asker = thread.post(post).author();
        StringBuilder text = new StringBuilder();
        for (String p = post; p != null; p = thread.parentId(p)) {
            if (thread.post(p).author().equals(asker)) {
                for (Sentence s : sentences) {
                    if (s.postId().equals(p)) {
                        text.append(plain.get(s.index())).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** The direct question a reported one was, or null where it is no screening question. */
    private static String direct(String clause, String sentence) {
        if (REPORTED_SAFE.matcher(clause).find()) {
            return "are you safe?";
        }
        if (REPORTED_PLAN.matcher(clause).find()) {
            // a plan asked about by a clinician or a crisis line is a plan for suicide
            return CLINICAL_ASKER.matcher(sentence).find() || NAMES_HARM_OWN.matcher(clause).find()
                    ? "do you have a plan to kill yourself?" : "do you have a plan?";
        }
        if (REPORTED_INTENT.matcher(clause).find()) {
            return NAMES_HARM_OWN.matcher(clause).find() ? "are you going to kill yourself?"
                    : "are you going to do it?";
        }
        if (REPORTED_THOUGHTS.matcher(clause).find()) {
            return "are you thinking about killing yourself?";
        }
        return REPORTED_HURT.matcher(clause).find() ? "have you hurt yourself?" : null;
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
