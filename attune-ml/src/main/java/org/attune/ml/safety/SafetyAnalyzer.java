package org.attune.ml.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.attune.core.embedding.BranchStates;
import org.attune.core.embedding.EmbeddingAnalyzer;
import org.attune.core.embedding.SentenceEmbeddings;
import org.attune.core.language.ScriptAndStopwordLanguageIdentifier;
import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.safety.AuthorRisk;
import org.attune.core.safety.Cssrs;
import org.attune.core.safety.ElapsedTime;
import org.attune.core.safety.Evidence;
import org.attune.core.safety.FrameAnalyzer;
import org.attune.core.safety.HarmfulReply;
import org.attune.core.safety.Recency;
import org.attune.core.safety.Safety;
import org.attune.core.safety.SafetyResult;
import org.attune.core.safety.SelfInjury;
import org.attune.core.safety.SentenceFrame;
import org.attune.core.safety.Shorthand;
import org.attune.core.safety.TriageLevel;
import org.attune.core.text.GatedPattern;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/**
 * Self-harm and suicide risk for every author of a thread, with the evidence behind it (docs/triage.md).
 *
 * <p>How it decides, per author: (1) the sentences the author asserts as their own (not about someone else, negated,
 * hypothetical, reported or figurative, by their {@link SentenceFrame}) are pooled and read by the trained C-SSRS head;
 * leaving each out in turn shows which sentences the reading rests on (the evidence). (2) Structured signals the head
 * is not trained for — self-injury acts and their recency and severity, an overdose taken, farewells, method
 * seeking — are read from the same asserted sentences. (3) The triage level combines both as docs/triage.md defines;
 * risk placed only in the past (recovery talk, "years ago") is low. Other authors' words never change an author's
 * level.
 */
public final class SafetyAnalyzer implements Analyzer {
    /** The least occlusion weight for a sentence to be shown as evidence. */
    private static final double MIN_WEIGHT = 0.01;
    private static final int MAX_EVIDENCE = 4;
    private static final int WINDOW_WORDS = 60;
    /**
     * A claim of ideation or more needs a sentence it rests on (leaving it out lowers the reading by this much), unless
     * the reading is {@link #CLEAR} on its own: sentence vectors carry their context, so a clear statement also colours
     * its neighbours and no single one may carry much weight.
     */
    private static final double STATEMENT = 0.1;
    private static final double CLEAR = 0.65;
    /** A suicide-related reading this high without a level is distress (low), as is a distress reading of 0.5. */
    private static final double DISTRESS = 0.6;
    private static final int BEHAVIOUR_WINDOW_DAYS = 90;
    /** The head's P(any risk) from which an intent with no object named ("I've picked the spot") counts as one. */
    private static final double VEILED = 0.3;
    /** The word that denies a statement ("i'm not going to ...", "i would never ..."), to read what it denies. */
    private static final GatedPattern DENIAL = GatedPattern.compile("\\b(?:not|never) ");
    /** Where a sentence divides into clauses: a comma, a semicolon, a dash, "but". */
    private static final Pattern CLAUSES = Pattern.compile("\\s*(?:[,;:\u2013\u2014]|"
            + "\\s-\\s|\\bbut\\b)\\s*");
    /** A clause that denies or forbids; "no one's around" is no denial of the clause. */
    private static final GatedPattern CLAUSE_NEGATED = GatedPattern.compile("\\b(?:not|never|don'?t|won'?t|can'?t|"
            + "cannot|isn'?t|wouldn'?t|shouldn'?t|doesn'?t|didn'?t|no(?! ?one\\b|body\\b))\\b");
    /** Suicide ruled out by the author: "not suicidal", "not going to do anything daft", "not like that". */
    private static final GatedPattern SUICIDE_RULED_OUT = GatedPattern.compile("\\bnot suicidal\\b|\\bnot (?:going to|"
            + "gonna) do anything(?: (?:daft|stupid|silly|drastic))?\\b|\\bnot like that\\b");
    /** A relapse told with nothing of what: "Relapsed after 212 days." */
    private static final GatedPattern BARE_RELAPSE = GatedPattern.compile("^(?:just )?relapsed\\b");
    /** A plan of another kind than a death's: for debts, care, meals, study ("a StepChange plan", "a safety plan"). */
    private static final GatedPattern EVERYDAY_PLAN = GatedPattern.compile("\\b(?:debt|payment|repayment|care|safety|"
            + "treatment|crisis|meal|business|birth|lesson|study|revision|training|diet|exercise|workout|savings|"
            + "pension|phone|data|insurance|recovery|action|\\w+change) plans?\\b");
    /** A jump thought of or wished for, from the place the author is at. */
    private static final GatedPattern JUMPING = GatedPattern.compile("\\b(?:think\\w*|thought|want\\w*|wanna|urge "
            + "to|going to|gonna|about to) (?:about |of )?(?:just )?jump(?:ing)?\\b(?! (?:ship|in\\b|on\\b|into (?:bed|"
            + "the (?:pool|shower|sea for))|at\\b|the queue|start))");
    /** Words quoted as said to the author, in the second person ("someone wrote 'you're not going to …'"). */
    private static final GatedPattern QUOTED_TO_ME = GatedPattern.compile(
            "[\"“‘']([^\"“”‘’]*\\byou[^\"“”‘’]{3,200})[\"”’']");
    /** The second person said to the author, to be read as the author's own first person. */
    private static final GatedPattern SECOND_TO_FIRST = GatedPattern.compile("\\byou(?:'re| are|rself|r)?\\b");
    /** A sentence that only dates the one before it: "That was 2009.", "This was years ago." */
    private static final GatedPattern DATES_WHAT_WENT_BEFORE = GatedPattern.compile(
            "(?:and |but )?(?:that|this|it|all that|all this) (?:was|were|happened|is from) ");
    private static final GatedPattern PRESENT_TENSE = GatedPattern.compile("\\b(i (?:go|grab|take|make|sit|start|keep)|"
            + "i'?m (?:going|about|gonna|sitting|bleeding)|im (?:going|about|gonna|sitting|bleeding)|already done|"
            + "keep going|still bleeding|won'?t stop|can'?t stop|soaking through|(?:it'?s|its|it is|they'?re|"
            + "theyre) (?:still )?"
            + "(?:spurting|pouring|gushing|bleeding|soaking|dripping))\\b");
    /** Self-injury that is live: an urge, a tool of it at hand, an act. */
    private static final GatedPattern LIVE_SELF_INJURY = GatedPattern.compile(SafetyRules.URGE.regex() + "|"
            + SafetyRules.SELF_INJURY.regex() + "|" + SafetyRules.CUTTING_TOOL.regex());
    /** Self-injury spoken of at all: live, or its history. */
    private static final GatedPattern SELF_INJURY_WORDS = GatedPattern.compile(LIVE_SELF_INJURY.regex() + "|"
            + SafetyRules.HISTORY.regex());
    /**
     * An urge placed now, whatever else its sentence dates ("haven't done it in years, but today the pull came back").
     */
    private static final GatedPattern URGE_NOW = GatedPattern.compile("\\b(?:today|tonight|now|again|came back|lately|"
            + "this (?:week|morning|evening|afternoon))\\b");
    /** The most words of a sentence read as a tag to the one before it ("Tip run."). */
    private static final int SHORT_TAG_WORDS = 3;
    /**
     * A negation of acting only ("not gonna do anything", "won't act on it", "not going to do it"): it denies the act,
     * not the thoughts told before it (docs/triage.md, negation).
     */
    private static final GatedPattern ACT_DENIED = GatedPattern.compile("(?:never|not|don'?t|do not|won'?t|will not|"
            + "wont|not going to|not gonna|no intention (?:of|to)|no plans? to)\\s+(?:(?!(?:know|sure|what|how)\\b)"
            + "\\S+\\s+){0,3}?(?:do(?:ing)? (?:it|that|anything)|act(?:ing)? on|try(?:ing)? (?:it|again|anything))\\b"
            // not "i don't know what to do it's so exhausting"
            + "(?!')");
    /** How many acts of settling affairs in one post make a veiled farewell. */
    private static final int SETTLED = 3;
    /** How the rules read "I'm ending it" where the author names a relationship. */
    private static final String RELATIONSHIP_ENDED = "i'm ending the relationship";
    /** An act told as tried or failed, or to be tried again: what a reading above ideation may rest on. */
    private static final GatedPattern ACT_TOLD = GatedPattern.compile(
            "\\b(?:tr(?:y|ied|ying) (?:it )?again|i tried|i failed|"
            + "failed (?:again|attempt)|woke up (?:in|alive|again))\\b");
    /** A plan or a method the author says they hold. */
    private static final GatedPattern PLAN_HELD = GatedPattern.compile(
            "\\bi (?:have|'ve got|ve got|got|made) (?:a|the|my) "
            + "(?:plan|method)\\b|\\bi'?ve had (?:\\S+ ){0,5}?(?:a|the) plan\\b");
    /** A question asked with no question mark ("if I were to, do I need a particular kind of tank"). */
    private static final GatedPattern ASKED = GatedPattern.compile(
            "\\b(?:(?:do|would|will|what do|what would) i need|how (?:do|would|"
            + "should) i|should i)\\b");
    /** Suicidal intent denied in so many words. */
    private static final GatedPattern INTENT_DENIED = GatedPattern.compile(
            "\\b(?:i'?m not|im not|i am not|not|never been|"
            + "wasn'?t|isn'?t) (?:at all |really |even )?(?:suicidal|trying to (?:die|kill myself)|wanting to die)"
            + "(?: at all)?\\b");
    /** Recovery named as such: a slip in it is a relapse. */
    private static final GatedPattern RECOVERY_WORDS = GatedPattern.compile(
            "\\b(?:recovery|clean|streak|relapse\\w*|my \\d+ days|back to day (?:one|1|zero|0)|how far i'?ve come)\\b");
    /** A sentence that opens on someone else doing something ("the surveyor kept looking at the roof"). */
    private static final GatedPattern THIRD_PERSON_START = GatedPattern.compile(
            "(?:the|my|our|his|her|their|a|an) (?!(?:\\S+ )?(?:thoughts?|mind|brain|head|eyes?)\\b)\\S+ (?:\\S+ )?"
            + "(?:kept|keeps|was|is|has been|had been|were|are) (?:looking|staring|gazing|checking|measuring)\\b");
    /** A wish to die denied ("I don't want to die today"). */
    private static final GatedPattern WISH_DENIED = GatedPattern.compile(
            "\\b(?:i )?(?:don'?t|do not|no longer) (?:really )?(?:want|wanna) to die\\b");
    /** A plan or an act denied ("not planning anything", "not rly. just the thoughts", "I know I won't act on it"). */
    private static final GatedPattern PLAN_DENIED = GatedPattern.compile(
            "\\b(?:not|no|never|not really|not rly) (?:planning|plan(?:ning)? (?:on|to)|going to act|gonna act|"
            + "intending)\\b|\\bjust the thoughts\\b|\\b(?:i know )?i (?:won'?t|will not|wont) act on (?:it|them)\\b|"
            + "\\bno plans?\\b(?! b\\b)");
    /**
     * Medicine named as treatment begun or changed ("started meds last week"), or a dose brought down with a prescriber
     * ("Tapering from 100mg to 50mg with my GP"; "Coming off citalopram"), not as a means.
     */
    private static final GatedPattern TREATMENT = GatedPattern.compile(
            "\\b(?:started|starting|start|on|new|changed|upped|increased|reduced|switched) (?:on )?(?:my |the |new |"
            + "some )?(?:meds|medication|antidepressants?|tablets)\\b(?! (?:to|so|for (?:the|a) (?:end|last))\\b)|"
            + "\\btaper\\w* (?:off |down )?(?:from )?\\d+ ?mg(?: to \\d+ ?mg)?|\\bcoming off (?:my )?\\w+");
    /** Thoughts had, not intended: a time beside them dates the thought ("had strong thoughts ... this morning"). */
    private static final GatedPattern THOUGHT_HAD = GatedPattern.compile(
            "\\b(?:had|was having|were|got) (?:\\S+ ){0,3}?(?:thoughts?|urges?)\\b|\\bthought about\\b");
    /** Where the writer is right after an act ("sitting here after cutting", "lying in bed having burned"). */
    private static final GatedPattern JUST_AFTER = GatedPattern.compile(SafetyRules.JUST_AFTER + "\\b");
    /** A preparation that is a giving away, which an ordinary leaving (a move, a clear-out) explains. */
    private static final GatedPattern GIVING = GatedPattern.compile("(?:giving|gave)\\b");
    /** A tool of cutting and the cabinet or drawer it is kept in, which is no place of a method then. */
    private static final GatedPattern TOOL_KEPT = GatedPattern.compile("(?:" + SafetyRules.CUTTING_TOOL.regex()
            + ")(?: (?:in|from|out of) (?:the|my) (?:bathroom |medicine )?(?:cabinet|drawer|cupboard|washbag))?");
    /** Harm someone else does or means to do to themself. */
    private static final GatedPattern THEIR_HARM = GatedPattern.compile(
            "\\b(?:kill|hurt|harm|cut|end)\\w* (?:herself|himself|"
            + "themselves|themself)\\b|\\b(?:end|take|took|taking|ending) (?:her|his|their) (?:own )?life\\b");
    /** The signal of the fine-tuned reader's evidence. */
    private static final String TUNED_SIGNAL = "triage-tuned";
    /**
     * The least P(high or imminent) of the exemplar head for it to raise a writer who names no risk in so many words:
     * chosen among 0.5 (its threshold), 0.8, 0.9 and 0.95 on the worn blinds, the real posts and held-out GoEmotions
     * and dreaddit texts (model card, twenty-fifth session).
     */
    private static final double EXEMPLAR_UNNAMED = 0.9;
    /** A sentence the head's reading leans on that names no risk itself, shown beside structured evidence. */
    static final String CONTEXT_SIGNAL = "context";
    private static final String[] CSSRS_SIGNAL = {"cssrs.none", "cssrs.wish-to-be-dead", "cssrs.active-thoughts",
        "cssrs.method", "cssrs.intent", "cssrs.plan", "cssrs.behaviour"};

    private final SafetyModel model;
    private final TunedTriageModel triage;

    public SafetyAnalyzer(SafetyModel model) {
        this(model, null);
    }

    /**
     * The rules and the heads of {@code model}, with {@code triage} (null: none) as a second reader where the
     * encoder runs its branch.
     */
    public SafetyAnalyzer(SafetyModel model, TunedTriageModel triage) {
        this.model = model;
        this.triage = triage;
    }

    @Override
    public String id() {
        return "safety.cssrs-triage.v1+" + model.id() + (triage == null ? "" : "+" + triage.id());
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES, FrameAnalyzer.FRAMES, EmbeddingAnalyzer.SENTENCE_EMBEDDINGS,
                ScriptAndStopwordLanguageIdentifier.LANGUAGE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Safety.RISK);
    }

    @Override
    public Map<String, String> modelFiles() {
        if (triage == null) {
            return model.hashes();
        }
        Map<String, String> files = new LinkedHashMap<>(model.hashes());
        files.putAll(triage.hashes());
        return files;
    }

    @Override
    public Layers analyze(Analysis in) {
        if (!in.get(ScriptAndStopwordLanguageIdentifier.LANGUAGE).supported()) {
            return Layers.of(Safety.RISK, new SafetyResult(Map.of(), List.of()));
        }
        PostThread thread = in.thread();
        List<Sentence> sentences = in.get(SentenceAnalyzer.SENTENCES);
        List<SentenceFrame> frames = in.get(FrameAnalyzer.FRAMES);
        // the rules read each sentence lower-cased with shorthand spelt out; computed once per sentence
        List<String> plain = sentences.stream().map(x -> Shorthand.plain(x.normalized())).toList();
        List<SentenceFrame> framesRead = new ArrayList<>(frames);
        List<String> plainRead = new ArrayList<>(plain);
        for (int i = 0; i < plain.size(); i++) {
            int at = frames.get(i).negated() ? FrameAnalyzer.negationAt(plain.get(i)) : -1;
            String told = at > 0 ? plain.get(i).substring(0, at) : "";
            if (actTold(told) || ideationTold(told) && ACT_DENIED.matcher(plain.get(i).substring(at)).lookingAt()) {
                // a negation governs what follows it, not an act told before it ("took windshield wiper fluid an
                // hour ago i don't think i'll die"), nor thoughts told before an act denied ("been having thoughts
                // about not waking up but im not gonna do anything"): the rules read the sentence up to its
                // negation, framed on its own
                framesRead.set(i, FrameAnalyzer.frame(told));
                plainRead.set(i, told);
            }
        }
        SentenceEmbeddings vectors = in.get(EmbeddingAnalyzer.SENTENCE_EMBEDDINGS);
        Map<String, AuthorRisk> byAuthor = new LinkedHashMap<>();
        for (String author : thread.authors()) {
            List<Integer> mine = new ArrayList<>();
            for (Sentence s : sentences) {
                if (thread.post(s.postId()).author().equals(author)) {
                    mine.add(s.index());
                }
            }
            byAuthor.put(author, assess(thread, sentences, datedByLaterPosts(sentences, framesRead, plainRead, mine),
                    relationshipRead(plainRead, mine), vectors, mine, author.equals(thread.writer())));
        }
        return Layers.of(Safety.RISK, new SafetyResult(byAuthor, harmfulReplies(thread, sentences, frames, plain,
                byAuthor)));
    }

    /** The sentence with the words that deny suicidal intent taken out: denied, they state nothing. */
    private static String intentDenied(String t) {
        return INTENT_DENIED.matcher(t).replaceAll(" ");
    }

    /** Thoughts of suicide or of not being alive told in so many words, undenied (what comes before a negation). */
    private static boolean ideationTold(String t) {
        return SafetyRules.SUICIDAL.find(t) || SafetyRules.IDEATION.find(t);
    }

    /** An overdose, a poison taken, an attempt or an act of self-injury told in so many words. */
    private static boolean actTold(String t) {
        return SafetyRules.TOOK_OVERDOSE.find(t) || SafetyRules.ATTEMPT.find(t) || SafetyRules.SELF_INJURY.find(t);
    }

    /**
     * The frames with the author's earlier posts dated by a later one that counts the time since ("I self-harmed
     * again" ... "update: two months clean today"; "I attempted" ... "five months since my attempt"; "update, 4 months
     * later:"): what the earlier posts tell happened at least that long ago (docs/triage.md, threads). Counts of a week
     * or less change nothing.
     */
    private static List<SentenceFrame> datedByLaterPosts(List<Sentence> sentences, List<SentenceFrame> frames,
            List<String> plain, List<Integer> mine) {
        List<SentenceFrame> out = frames;
        String first = mine.isEmpty() ? null : sentences.get(mine.get(0)).postId();
        for (int i : mine) {
            SentenceFrame f = frames.get(i);
            String post = sentences.get(i).postId();
            if (post.equals(first) || f.otherSubject() || f.question() || f.hypothetical() || f.reported()) {
                continue;
            }
            OptionalInt since = ElapsedTime.sinceLast(plain.get(i));
            if (since.isEmpty() || since.getAsInt() <= SentenceFrame.RECENT_DAYS) {
                continue;
            }
            int days = since.getAsInt();
            for (int k : mine) {
                SentenceFrame e = frames.get(k);
                if (k < i && !sentences.get(k).postId().equals(post) && e.time() != SentenceFrame.Time.PAST) {
                    if (out == frames) {
                        out = new ArrayList<>(frames);
                    }
                    out.set(k, e.dated(days));
                }
            }
        }
        return out;
    }

    /**
     * "I'm ending it tonight. Eleven years with Mark": where the author names a relationship, what they end is the
     * relationship, and the rules read it so; "ending it all" stays as written.
     */
    private static List<String> relationshipRead(List<String> plain, List<Integer> mine) {
        if (mine.stream().noneMatch(i -> SafetyRules.RELATIONSHIP.matcher(plain.get(i)).find())) {
            return plain;
        }
        List<String> out = new ArrayList<>(plain);
        for (int i : mine) {
            out.set(i, SafetyRules.ENDING_IT_SAID.matcher(out.get(i)).replaceAll(RELATIONSHIP_ENDED));
        }
        return out;
    }

    /** The risk of one author from their own sentences. */
    private AuthorRisk assess(PostThread thread, List<Sentence> sentences, List<SentenceFrame> frames,
            List<String> plain, SentenceEmbeddings vectors, List<Integer> mine, boolean writer) {
        List<Integer> asserted = new ArrayList<>();
        for (int i : mine) {
            // in a reply, what is said to "you" is about the person answered, not the one answering
            if (frames.get(i).assertsOwn() && (writer || !frames.get(i).addressee())) {
                asserted.add(i);
            }
        }
        // 1. the trained head over the asserted sentences; each sentence's weight in it is what leaving it out costs
        List<Integer> window = riskiestWindow(sentences, vectors, asserted);
        // nothing the author asserts as their own: nothing for the model to read, and no model claim
        SafetyModel.Reading reading = window.isEmpty() ? SafetyModel.Reading.NOTHING
                : model.read(pool(vectors, window), text(sentences, window));
        double[] p = reading.levels();
        int cssrsLevel = reading.level();
        double probability = reading.anyRisk();
        List<Scored> scored = occlusion(sentences, vectors, window, reading.anyRisk());
        List<Evidence> evidence = new ArrayList<>();
        boolean anyCurrentRisk = false;
        String signal = CSSRS_SIGNAL[Math.max(1, cssrsLevel)];
        for (Scored s : scored) {
            if (s.weight < MIN_WEIGHT || evidence.size() >= MAX_EVIDENCE) {
                break;
            }
            evidence.add(evidence(thread, sentences.get(s.index), signal, s.weight));
            SentenceFrame f = frames.get(s.index);
            anyCurrentRisk |= f.time() != SentenceFrame.Time.PAST && !f.recovery();
        }
        TriageLevel level = switch (cssrsLevel) {
            case 0 -> TriageLevel.NONE;
            case 1, 2 -> TriageLevel.MODERATE;
            default -> TriageLevel.HIGH;
        };
        if (level != TriageLevel.NONE && evidence.isEmpty() && !scored.isEmpty()) {
            Scored top = scored.get(0);
            evidence.add(evidence(thread, sentences.get(top.index), signal, top.weight));
            SentenceFrame f = frames.get(top.index);
            anyCurrentRisk = f.time() != SentenceFrame.Time.PAST && !f.recovery();
        }
        // what the author denies ("I have not chosen a method, I'm not thinking about dying") names nothing
        List<Integer> undenied = mine.stream().filter(i -> !frames.get(i).negated()).toList();
        if (cssrsLevel >= 3 && undenied.stream().filter(i -> !frames.get(i).otherSubject())
                .noneMatch(i -> namesMeansOrAct(plain.get(i))
                || SafetyRules.INTENT_NEAR.matcher(plain.get(i)).find()
                        && SafetyRules.SUICIDAL.matcher(plain.get(i)).find()
                        // "I think about killing myself more than anything right now": the time is the thought's
                        && !(SafetyRules.THINKING_OF.matcher(plain.get(i)).find() && (!SafetyRules.INTENT_NEAR
                                .matcher(plain.get(i).replace("right now", " ")).find()
                                || THOUGHT_HAD.matcher(plain.get(i)).find())))) {
            // ideation with no means, way, decision, act or time for it named is not method thinking, intent or
            // behaviour ("Suicidal again. Not doing anything tonight.", docs/triage.md)
            cssrsLevel = 2;
            level = TriageLevel.MODERATE;
            evidence.replaceAll(e -> withSignal(e, CSSRS_SIGNAL[2]));
        }
        if (cssrsLevel >= 3 && mine.stream().map(plain::get).anyMatch(t -> SELF_INJURY_WORDS.matcher(t).find())
                && undenied.stream().map(plain::get).noneMatch(t -> SafetyRules.SUICIDAL.find(intentDenied(t)))) {
            // self-injury talk with no word of suicide, read as method, intent or behaviour: the triage level is the
            // self-injury's, which the acts below date; on its own it is a strong current urge, moderate
            // (docs/triage.md) where an urge, a tool or an act is current, else history, which is low
            boolean live = mine.stream().anyMatch(i -> current(frames.get(i)) && !frames.get(i).negated()
                    && LIVE_SELF_INJURY.matcher(plain.get(i)).find());
            // the C-SSRS level of live self-injury stays the head's unless the author denies suicidal intent: the
            // screener cannot tell a cut from an attempt without asking, the full scale lets intent be inferred
            // from the act and its circumstances, and the annotators of the real posts did so (docs/triage.md)
            // suicidal intent denied, in a negated sentence or in a clause of its own ("I'm not suicidal, I just cut
            // tonight to cope"), which the sentence's frame does not read as negated because the clause after it names
            // harm
            if (!live || mine.stream().anyMatch(i -> frames.get(i).negated()
                    && SafetyRules.SUICIDAL.matcher(plain.get(i)).find()
                    || INTENT_DENIED.matcher(plain.get(i)).find())) {
                cssrsLevel = 0;
            }
            level = live ? TriageLevel.MODERATE : TriageLevel.LOW;
            evidence.replaceAll(e -> withSignal(e, live ? "self-injury.urge" : "distress"));
        }
        if (level != TriageLevel.NONE && !anyCurrentRisk) {
            level = TriageLevel.LOW; // risk placed only in the past, or recovery talk
        }
        if (!writer && level.compareTo(TriageLevel.MODERATE) >= 0
                && evidence.stream().noneMatch(e -> selfReferent(sentences, frames, e))) {
            // a reply about the writer's risk ("put pressure on it and call someone") carries the writer's
            // risk in its vectors; a commenter's own risk needs a sentence in which they speak of themself
            level = TriageLevel.LOW;
            cssrsLevel = 0;
            evidence.replaceAll(e -> withSignal(e, "distress"));
        }
        if (level.compareTo(TriageLevel.MODERATE) >= 0 && !evidence.isEmpty()
                && evidence.stream().map(e -> sentenceOf(sentences, e)).noneMatch(i -> i >= 0 && current(frames.get(i))
                        && touchesRisk(plain.get(i)))
                // and no sentence the author asserts now names it ("I'm gonna jump off a building in 10 minutes")
                && mine.stream().noneMatch(i -> saysNow(frames.get(i), plain.get(i))
                        && !generalQuestion(frames.get(i), plain.get(i)))
                && mine.stream().anyMatch(i -> (disowned(frames.get(i)) || !current(frames.get(i))
                        || generalQuestion(frames.get(i), plain.get(i)))
                        && SafetyRules.RISK_TOPIC.matcher(plain.get(i)).find())) {
            // the risk words are all in sentences the author does not assert (negated, reported, about someone
            // else, a general question) or places in the past or in recovery, and the reading rests on neutral
            // sentences beside them: their in-context vectors carry the topic, not a statement ("I never said I
            // wanted to die. Everything's fine, just exam stress."; "Two years clean from self-harm today! Never
            // thought I'd get here.")
            level = TriageLevel.LOW;
            cssrsLevel = 0;
            evidence.replaceAll(e -> withSignal(e, "distress"));
        }
        if (level.compareTo(TriageLevel.MODERATE) >= 0 && namedOnlyInThePast(frames, plain, mine)
                && mine.stream().noneMatch(i -> current(frames.get(i)) && !disowned(frames.get(i))
                        && touchesRisk(plain.get(i)))) {
            // every risk the author names of themself is placed in the past or in recovery, and nothing they say now
            // touches it ("It's been about five months since my attempt. Recovery is slow but I'm back at work"):
            // history is low (docs/triage.md); an act the rules below date in the last months raises it again
            level = TriageLevel.LOW;
            cssrsLevel = 0;
            evidence.replaceAll(e -> withSignal(e, "distress"));
        }
        if (level.compareTo(TriageLevel.MODERATE) >= 0 && probability < CLEAR
                && (scored.isEmpty() || scored.get(0).weight < STATEMENT)) {
            level = TriageLevel.LOW; // a general tone, but no statement that carries the reading: distress
            cssrsLevel = 0;
            evidence.replaceAll(e -> withSignal(e, "distress"));
        }
        if (level.compareTo(TriageLevel.MODERATE) >= 0 && worriedForOther(frames, plain, mine)) {
            // the author tells of someone else's suicide talk or self-harm and asks what to do, and says nothing of
            // their own ("my flatmate just told me she's going to kill herself. What do I do? I'm really scared."):
            // their fear and their questions read near that risk in context, but it is not theirs
            level = TriageLevel.LOW;
            cssrsLevel = 0;
            evidence.replaceAll(e -> withSignal(e, "distress"));
        }
        // risk named only in news, statistics, fiction or coursework the author reports, and in no sentence of their
        // own: none, not distress (docs/triage.md, news and statistics)
        boolean reportedOnly = mine.stream().anyMatch(i -> frames.get(i).reported() && !frames.get(i).selfReference()
                && namesRisk(plain.get(i)))
                && mine.stream().noneMatch(i -> frames.get(i).reported()
                        ? frames.get(i).selfReference() && namesRisk(plain.get(i))
                        : !frames.get(i).figurative() && !generalQuestion(frames.get(i), plain.get(i))
                                && touchesRisk(plain.get(i)));
        if (reportedOnly) {
            level = TriageLevel.NONE;
            cssrsLevel = 0;
        }
        boolean touchesRisk = mine.stream().map(plain::get).anyMatch(SafetyAnalyzer::touchesRisk);
        if (level.compareTo(TriageLevel.MODERATE) >= 0 && !touchesRisk) {
            // nothing the author writes touches death, harm, ending, means or despair ("best way to get a stain out?
            // Tried vinegar already."): a reading of ideation has nothing to rest on
            level = TriageLevel.NONE;
            cssrsLevel = 0;
        }
        // an ordinary explanation the author gives for the words a reading would rest on, with no word of suicide,
        // self-injury, an overdose taken or an attempt: a benign purpose or an everyday use (a child's fever dose, a
        // bungee jump; docs/triage.md, questions), or an ordinary reason for a goodbye; a migraine explains a dose
        // asked about, not one swallowed
        boolean unsaid = undenied.stream().map(plain::get).noneMatch(t -> SafetyRules.SUICIDAL.matcher(t).find()
                || SafetyRules.IDEATION.matcher(t).find() || LIVE_SELF_INJURY.matcher(t).find()
                || SafetyRules.TOOK_OVERDOSE.find(t) || SafetyRules.ATTEMPT.find(t));
        // a means named beside its benign purpose ("max ibuprofen for a sprained wrist"), unless it is kept hidden
        // ("got paracetamol with the weekly shop and hid them in my wardrobe"): no purpose explains that
        boolean concealed = mine.stream().map(plain::get).anyMatch(t -> SafetyRules.CONCEALED.matcher(t).find());
        boolean benignStated = unsaid && !concealed && mine.stream().map(plain::get).anyMatch(SafetyAnalyzer::benign)
                && mine.stream().map(plain::get).anyMatch(t -> SafetyRules.MEANS.matcher(t).find()
                        || SafetyRules.CUTTING_TOOL.matcher(t).find());
        // what the author says anywhere in their sentences, read only when a rule asks for it
        // the author's bare agreements with ideation stated above them, and their reversals of ideation denied there
        // ("same", under "i want to die"; "same but i am", under "i'm not suicidal"): ideation said of themself
        List<Echo> echoes = echoes(thread, sentences, frames, plain, mine);
        Said said = new Said(frames, plain, mine, writer, !echoes.isEmpty());
        // a relationship ended ("I'm ending it tonight. Eleven years with Mark"); "sliced my thumb open chopping veg":
        // an accident
        boolean relationshipEnds = mine.stream().anyMatch(i -> plain.get(i).contains(RELATIONSHIP_ENDED));
        boolean accident = mine.stream().anyMatch(i -> SafetyRules.ACCIDENT.matcher(plain.get(i)).find());
        // away for an everyday reason ("won't be here tomorrow, day off"; late for the start of a meeting), and
        // nothing else said of risk, of parting or of a decision
        boolean absentOnly = unsaid && absenceExplained(sentences, plain, mine);
        boolean explained = unsaid && level.compareTo(TriageLevel.LOW) >= 0 && (said.leaving()
                || benignStated || relationshipEnds || accident || absentOnly);
        if (explained) {
            level = TriageLevel.NONE;
            cssrsLevel = 0;
        }
        // a means or a blade named beside its everyday use in the same sentence ("cliff diving off the harbour wall",
        // "knife skills class"), and no word of suicide or self-injury said
        boolean meansExplained = undenied.stream().map(plain::get).noneMatch(t -> SafetyRules.SUICIDAL.matcher(t).find()
                || SafetyRules.IDEATION.matcher(t).find() || SafetyRules.SELF_INJURY.matcher(t).find()
                || SafetyRules.URGE.matcher(t).find()) && !concealed && mine.stream().map(plain::get)
                .anyMatch(t -> benign(t) && (SafetyRules.MEANS.matcher(t).find()
                        || SafetyRules.CUTTING_TOOL.matcher(t).find()));
        if (level == TriageLevel.NONE) {
            evidence.clear(); // no claim, no evidence
        }
        if (level == TriageLevel.NONE && !explained && !benignStated && !absentOnly && !reportedOnly
                && !scored.isEmpty()
                && (probability >= DISTRESS
                || model.distress(pool(vectors, window), text(sentences, window)) >= 0.5)) {
            level = TriageLevel.LOW; // distress without a level the head is sure of
            Scored top = scored.get(0);
            evidence.add(evidence(thread, sentences.get(top.index), "distress", top.weight));
        }
        if (!writer && level != TriageLevel.NONE && mine.stream().noneMatch(i -> saysOfThemself(plain.get(i)))) {
            // a reply that speaks only of the person it answers ("are you having thoughts of killing yourself?", "you
            // said you wanted to die - I'm really worried about you") carries their risk in its words and vectors; a
            // support reply is none (docs/triage.md), and the replier's own risk needs words of their own, which the
            // rules below still read
            level = TriageLevel.NONE;
            cssrsLevel = 0;
            evidence.clear();
        }
        boolean raisedByRules = false;

        // 2. structured signals in the asserted sentences
        boolean recovering = mine.stream().anyMatch(i -> frames.get(i).recovery());
        Recency recency = Recency.NONE;
        boolean farewellSaid = false;
        boolean danger = false;
        for (int i : mine) {
            SentenceFrame f = frames.get(i);
            String s = plain.get(i);
            boolean spoken = !f.otherSubject() && !f.negated() && !f.reported() && !f.figurative()
                    && (writer || !f.addressee());
            // method seeking is often put as a hypothetical ("if you take a lot") or for a story: it counts however
            // it is phrased (docs/triage.md, questions)
            boolean asked = spoken || f.reported() && f.question() && !f.otherSubject() && !f.negated();
            if (asked && (SafetyRules.METHOD_SEEKING.matcher(s).find() || methodQuestion(sentences, frames, plain, i)
                    || SafetyRules.AMOUNT_ASKED.matcher(s).find() && !purposeCovers(sentences, plain, i)
                    || spoken && f.question() && SafetyRules.HEIGHT_ACCESS.matcher(s).find()
                    || acquiring(sentences, plain, i))) {
                evidence.add(evidence(thread, sentences.get(i), "method-seeking", 1));
                level = level.atLeast(TriageLevel.HIGH);
                cssrsLevel = Math.max(cssrsLevel, 3);
                raisedByRules = true;
            }
            if (writer && f.otherSubject() && !f.negated() && !f.reported() && f.time() != SentenceFrame.Time.PAST
                    && SafetyRules.PET_TAKEN.matcher(s).find() && !said.leaving()) {
                // "My sister's taking the dog.": the writer's pet handed on (a veiled farewell)
                evidence.add(evidence(thread, sentences.get(i), "farewell", 1));
                level = level.atLeast(TriageLevel.IMMINENT);
                raisedByRules = true;
            }
            Matcher found = SafetyRules.FOUND_WOUNDS.matcher(s);
            if (!f.negated() && !f.reported() && !f.question() && (found.find()
                    && Subjects.theirs(s, found.start(), found.end()) || SafetyRules.WOUNDS_TENDED.matcher(s).find())) {
                // "my mum found the cuts from monday": the finder is the subject, the wounds are the author's; so are
                // the ones the nurse dressed
                Recency r = recency(sentences, frames, plain, i);
                recency = moreRecent(recency, r);
                evidence.add(evidence(thread, sentences.get(i), "self-injury." + r.wireName(), 1));
            }
            if (!f.otherSubject() && !f.reported() && SafetyRules.PROMISED_NOT.matcher(s).find()) {
                // a promise not to act shows the thought is live (docs/triage.md, negation): low at least
                evidence.add(evidence(thread, sentences.get(i), "distress", 1));
                level = level.atLeast(TriageLevel.LOW);
            }
            if (!f.otherSubject() && !f.reported() && !f.figurative() && !f.hypothetical() && current(f)
                    && SafetyRules.DISTRESS_SAID.matcher(s).find()) {
                // distress or hopelessness in so many words, which a denial of harm elsewhere in the sentence leaves
                // standing ("I would never hurt myself, but I'm really struggling")
                evidence.add(evidence(thread, sentences.get(i), "distress", 1));
                level = level.atLeast(TriageLevel.LOW);
            }
            if (!spoken) {
                continue;
            }
            // what the writer quotes ("she yelled 'I wish I was dead'") is not said in their own voice, unless they
            // take the words as their own ("'sleep forever' this lyric is literally me")
            String own = s;
            if (SafetyRules.QUOTED.matcher(s).find() && !said.ownThoughts() && !said.adopting()
                    && (f.reported() || !FrameAnalyzer.frame(s).reported())) {
                own = SafetyRules.QUOTED.matcher(s).replaceAll(" "); // not adopted: a reported frame kept as reported
            }
            // a joke withdrawn ("lol jk... wasn't totally joking") is no joke
            boolean notJoking = SafetyRules.NOT_JOKING.matcher(s).find();
            // a laugh beside a passive wish ("i'd be fine if i didn't wake up tomorrow haha") does not make a joke of
            // it unless the author says it is one (docs/triage.md, jokes)
            boolean joking = SafetyRules.JOKING.matcher(s).find() && !notJoking
                    && !(SafetyRules.PASSIVE_WISH.matcher(s).find() && !SafetyRules.JOKE_SAID.matcher(s).find());
            // "said 'ugh just kill me' at work ... wasn't totally joking though": the joke is withdrawn, in this post
            // or a later one; "an article on gambling-related suicides ... I'm one of them, I've thought about it
            // every night": ideation told by reference to a suicide named before it in the post
            boolean jokeWithdrawn = notJoking && !f.question()
                    && SafetyRules.JOKE_RISK.matcher(soFar(sentences, plain, mine, i, false)).find();
            boolean referred = current(f) && !f.question() && !f.hypothetical() && !joking
                    && SafetyRules.IDEATION_REFERRED.matcher(s).find()
                    && SafetyRules.SUICIDE_NAMED.matcher(soFar(sentences, plain, mine, i, true)).find();
            if (jokeWithdrawn || referred) {
                evidence.add(evidence(thread, sentences.get(i), CSSRS_SIGNAL[2], 1));
                level = level.atLeast(TriageLevel.MODERATE);
                cssrsLevel = Math.max(cssrsLevel, 2);
                raisedByRules = true;
            }
            // "I'm not suicidal, I just cut tonight": the denied words state nothing
            MatchResult ideation = Subjects.statedIdeation(intentDenied(own), f.hypothetical());
            boolean ideates = ideation != null;
            // wanting to be with someone the author says has died ("Gran passed in 2019 ... I want to be where she is")
            boolean joins = !ideates && SafetyRules.JOIN_THEM.matcher(own).find() && said.bereaved();
            // a burden put as a condition ("they'd be relieved if I was gone") is a belief held now
            if ((ideates || joins) && (!f.hypothetical() || ideates)
                    && (!f.question() || f.selfReference()) && !joking
                    && (f.selfReference() || SafetyRules.SUBJECTLESS.matcher(s).lookingAt()
                            || SafetyRules.THOUGHTS_AS_SUBJECT.matcher(s).find())) {
                // ideation stated in so many words is at least moderate now, low when placed in the past
                boolean over = f.time() == SentenceFrame.Time.PAST || f.recovery();
                int c = ideates && ideation.group(1) != null ? 2 : 1;
                evidence.add(evidence(thread, sentences.get(i), CSSRS_SIGNAL[c], 1));
                level = level.atLeast(over ? TriageLevel.LOW : TriageLevel.MODERATE);
                if (!over) {
                    cssrsLevel = Math.max(cssrsLevel, c);
                    raisedByRules = true;
                }
            }
            // a death or absence put on a condition and affirmed in this sentence or the next ("if the bank takes
            // the farm I'm going with it. I meant every word") is intent (docs/triage.md, conditionals)
            if (!joking && !f.question() && current(f) && SafetyRules.IF_GONE.matcher(s).find()
                    && (SafetyRules.AFFIRMED.matcher(s).find()
                            || mine.contains(i + 1) && SafetyRules.AFFIRMED.matcher(plain.get(i + 1)).find())) {
                evidence.add(evidence(thread, sentences.get(i), "cssrs.intent", 1));
                level = level.atLeast(TriageLevel.HIGH);
                cssrsLevel = Math.max(cssrsLevel, 4);
                raisedByRules = true;
            }
            // intent said outright and held to in the next sentences ("I am going to kill myself. Not today. I just
            // know I am."): not the hyperbole the same words often are
            if (!joking && !f.question() && !f.negated() && !f.hypothetical() && current(f)
                    && SafetyRules.INTENT.matcher(s).find() && SafetyRules.IDEATION.matcher(s).find()
                    && IntStream.rangeClosed(i + 1, i + 3).anyMatch(k -> mine.contains(k)
                            && SafetyRules.AFFIRMED.matcher(plain.get(k)).find())) {
                evidence.add(evidence(thread, sentences.get(i), "cssrs.intent", 1));
                level = level.atLeast(TriageLevel.HIGH);
                cssrsLevel = Math.max(cssrsLevel, 4);
                raisedByRules = true;
            }
            // an ending of the writer's own put beside one with a near time ("term ends friday. so do i.")
            if (!joking && SafetyRules.ENDS_TOO.matcher(s.strip()).find() && mine.contains(i - 1)
                    && sentences.get(i - 1).postId().equals(sentences.get(i).postId())
                    && SafetyRules.ENDS_AT.matcher(plain.get(i - 1)).find()) {
                evidence.add(evidence(thread, sentences.get(i), "cssrs.intent", 1));
                level = level.atLeast(TriageLevel.IMMINENT);
                cssrsLevel = Math.max(cssrsLevel, 5);
                raisedByRules = true;
            }
            if (f.hypothetical() && current(f) && SafetyRules.METHOD_SUPPOSED.matcher(s).find()) {
                evidence.add(evidence(thread, sentences.get(i), "cssrs.method", 1));
                level = level.atLeast(TriageLevel.HIGH); // the way named, only the act supposed
                cssrsLevel = Math.max(cssrsLevel, 3);
                raisedByRules = true;
            }
            if (f.hypothetical()) {
                // what the sentence says before its supposition is still said ("been biting my arm since sunday, my
                // flatmate asked if someone was hurting me")
                Matcher supposed = SafetyRules.SUPPOSITION.matcher(s);
                s = supposed.find() ? s.substring(0, supposed.start()) : "";
                if (s.isBlank()) {
                    continue;
                }
            }
            boolean urge = SafetyRules.URGE.matcher(s).find() && !SafetyRules.URGE_DENIED.matcher(s).find();
            if (urge && !f.question()) {
                evidence.add(evidence(thread, sentences.get(i), "self-injury.urge", 1));
                // strong current urges; an urge told as mild or passing, or as years ago ("as a teenager I'd get
                // urges"), is low (docs/triage.md)
                boolean passing = SafetyRules.URGE_PASSING.matcher(s).find() || f.time() == SentenceFrame.Time.PAST
                        // a streak told beside it ("two years clean and today the urge"), or a word of now,
                        // dates no urge
                        && !f.recovery() && !URGE_NOW.matcher(s).find();
                level = level.atLeast(passing ? TriageLevel.LOW : TriageLevel.MODERATE);
                raisedByRules |= !passing;
            }
            boolean history = SafetyRules.HISTORY.matcher(s).find() || SafetyRules.VAGUE_HISTORY.matcher(s).find()
                    && SELF_INJURY_WORDS.matcher(withSentenceBefore(sentences, plain, i)).find();
            if (history && !f.question()) {
                // scars that exist now are old injuries; only a date in the last days makes them recent, or a
                // streak counted from one ("haven't hurt myself since Tuesday")
                Recency r = (f.time() == SentenceFrame.Time.RECENT && !f.recovery()
                        || f.recovery() && SafetyRules.STREAK_SINCE_DAYS.matcher(s).find())
                        && !(SafetyRules.SCARS.matcher(s).find() && !SafetyRules.SELF_INJURY.matcher(s).find())
                        ? Recency.RECENT : Recency.PAST;
                recency = moreRecent(recency, r);
                evidence.add(evidence(thread, sentences.get(i), "self-injury." + r.wireName(), 1));
            }
            // "six months without hurting myself" names the act only as history, unless the sentence dates it now
            boolean historyOnly = history && f.time() != SentenceFrame.Time.CURRENT
                    && f.time() != SentenceFrame.Time.RECENT;
            // a bare "Relapsed after 212 days." is a relapse of the habit the author names elsewhere ("lost the rent
            // money on roulette"), where they name one and no self-injury
            boolean otherRelapse = BARE_RELAPSE.matcher(s).find() && !SELF_INJURY_WORDS.matcher(BARE_RELAPSE.matcher(s)
                    .replaceAll(" ")).find() && mine.stream().map(plain::get)
                            .anyMatch(t -> SafetyRules.OTHER_HABIT.matcher(t).find());
            boolean named = SafetyRules.SELF_INJURY.matcher(s).find() && !otherRelapse
                    || SafetyRules.VAGUE_ACT.matcher(s).find() && woundNearby(sentences, frames, plain, i);
            boolean relapse = !named && SafetyRules.RELAPSE_ACT.matcher(s).find()
                    && (SELF_INJURY_WORDS.matcher(withSentenceBefore(sentences, plain, i)).find()
                            || woundNearby(sentences, frames, plain, i) || slipInRecovery(plain, mine));
            // an urge acted on ("Acted on urge: yes, three cuts") is an act
            if ((!urge || SafetyRules.ACTED_ON.matcher(s).find()) && !historyOnly && (named || relapse)
                    && !f.question()) {
                Recency r = recency(sentences, frames, plain, i);
                if (relapse && r == Recency.PAST && f.time() != SentenceFrame.Time.PAST) {
                    r = Recency.RECENT; // "eight months clean... until wednesday. back to day one": the streak's end
                }
                List<Integer> severe = nearby(sentences, frames, i).stream().filter(k -> SafetyRules.SEVERITY
                        .matcher(SafetyRules.NOT_SEVERE.matcher(plain.get(k)).replaceAll(" ")).find()).toList();
                // undated ("did it again" gives no day), and the wound is dangerous now: just done
                if (r == Recency.RECENT && (f.time() == SentenceFrame.Time.UNMARKED || f.daysAgo().isEmpty())
                        && severe.stream().anyMatch(k -> SafetyRules.PRESENT_SEVERITY.matcher(plain.get(k)).find())) {
                    r = Recency.CURRENT;
                }
                recency = moreRecent(recency, r);
                evidence.add(evidence(thread, sentences.get(i), "self-injury." + r.wireName(), 1));
                if (r != Recency.PAST) {
                    for (int k : severe) {
                        danger = true;
                        evidence.add(evidence(thread, sentences.get(k), "self-injury.severity", 1));
                    }
                }
            }
            // an overdose or an attempt whose subject is someone else ("posting for my sister: she took an overdose")
            Matcher took = SafetyRules.TOOK_OVERDOSE.matcher(s);
            boolean overdose = took.find() && !Subjects.theirs(s, took.start(), took.end());
            Matcher tried = SafetyRules.ATTEMPT.matcher(s);
            boolean attempt = tried.find() && !Subjects.theirs(s, tried.start(), tried.end())
                    && !SafetyRules.DEFERRED.matcher(s).find()
                    // "I tried last Tuesday. Two nights on the ward.": a bare "tried" with what followed an attempt
                    || SafetyRules.TRIED_DATED.find(s) && !f.otherSubject() && mine.stream()
                            .anyMatch(k -> SafetyRules.ATTEMPT_AFTERMATH.matcher(plain.get(k)).find());
            if ((overdose || attempt) && !f.question()) {
                Recency r = recency(sentences, frames, plain, i);
                boolean after = SafetyRules.AFTER_ACT.matcher(s).find();
                if (r == Recency.CURRENT && after) {
                    r = Recency.RECENT; // "discharged today after my overdose": the act came before today
                } else if (r == Recency.RECENT && overdose && !after && (f.time() == SentenceFrame.Time.UNMARKED
                        || f.daysAgo().orElse(1) <= 1 && SafetyRules.WITHIN_A_DAY.matcher(s).find()
                                && !said.treated())) {
                    // an undated overdose ("took them all"), or one last night with no treatment told, may still be
                    // acting: treat it as now (docs/triage.md, an untreated overdose in the last 24 h)
                    r = Recency.CURRENT;
                }
                evidence.add(evidence(thread, sentences.get(i), "cssrs.behaviour", 1));
                level = level.atLeast(r == Recency.CURRENT ? TriageLevel.IMMINENT
                        : r == Recency.RECENT ? TriageLevel.HIGH
                        : withinBehaviourWindow(f) ? (recovering ? TriageLevel.MODERATE : TriageLevel.HIGH)
                        : TriageLevel.LOW);
                cssrsLevel = Math.max(cssrsLevel, 6);
                raisedByRules = true;
            }
            // stated intent names what it intends; a veiled one ("I've picked the spot") counts where the head reads
            // risk or the author states ideation
            // suicide put off ("postponed my suicide because of my cat") is intent still held, not an attempt
            boolean deferred = SafetyRules.DEFERRED.matcher(own).find() && current(f) && !joking;
            // "everything online telling me I'm going to die" foresees a death, it intends none
            boolean stated = SafetyRules.INTENT.matcher(SafetyRules.FEARED_DEATH.matcher(own).replaceAll(" ")).find()
                    && !joking || deferred;
            // a decision about the relationship the sentence ends ("Made my decision tonight: I'm ending it. Eleven
            // years with Craig") is no veiled intent
            boolean veiled = (SafetyRules.INTENT_VEILED.matcher(s).find() && !s.contains(RELATIONSHIP_ENDED)
                    || SafetyRules.ENDING_IT.matcher(s).find() && !said.relationship())
                    && (probability >= VEILED || said.statesIdeation() || said.parting() || said.decided()
                            || said.adopting() || said.veiledTwice());
            // a date picked "eighteen months ago" and handed in since is history, which the head and the rules for
            // past behaviour read; "should I postpone my suicide until after my exams?" asks only when
            if ((stated || veiled && f.time() != SentenceFrame.Time.PAST)
                    && (!f.question() || deferred && f.selfReference())) {
                evidence.add(evidence(thread, sentences.get(i), "cssrs.intent", 1));
                boolean near = stated && SafetyRules.INTENT_NEAR.matcher(s).find()
                        || veiled && nearTime(sentences, frames, plain, mine);
                level = level.atLeast(near ? TriageLevel.IMMINENT : TriageLevel.HIGH);
                cssrsLevel = Math.max(cssrsLevel, near ? 5 : 4);
                raisedByRules = true;
            }
            boolean current = !f.recovery() && f.time() != SentenceFrame.Time.PAST;
            // the author's own dwelling, not a surveyor's look at the roof
            Dwelt dwelt = current && SafetyRules.CONTEMPLATION.matcher(s).find()
                    && (f.selfReference() || SafetyRules.SUBJECTLESS.matcher(s).lookingAt() || !f.otherSubject()
                            && !THIRD_PERSON_START.matcher(s).lookingAt())
                    ? meansDwelt(sentences, frames, plain, mine, i) : Dwelt.NOTHING;
            if (current && SafetyRules.METHOD_THINKING.matcher(s).find() || dwelt == Dwelt.METHOD) {
                evidence.add(evidence(thread, sentences.get(i), "cssrs.method", 1));
                level = level.atLeast(TriageLevel.HIGH); // thinking about or dwelling on a method (docs/triage.md)
                cssrsLevel = Math.max(cssrsLevel, 3);
                raisedByRules = true;
            } else if (dwelt == Dwelt.CUTTING_TOOL) {
                evidence.add(evidence(thread, sentences.get(i), "self-injury.urge", 1));
                level = level.atLeast(TriageLevel.MODERATE); // staring at a razor: an urge, not yet an act
                raisedByRules = true;
            } else if (!current && (SafetyRules.METHOD_THINKING.matcher(s).find()
                    || SafetyRules.CONTEMPLATION.matcher(s).find()
                            && meansDwelt(sentences, frames, plain, mine, i) == Dwelt.METHOD)) {
                evidence.add(evidence(thread, sentences.get(i), "cssrs.method", 1));
                level = level.atLeast(TriageLevel.LOW); // method thinking in the past or in recovery
            }
            // a means carried for the purpose the sentence states ("tablets in my handbag in case the migraine
            // starts"), where the author says no word of suicide, self-injury or an overdose, is no means in hand
            // the place may be named in the sentence before ("sat in the car at the quarry. my tablets are on the
            // passenger seat")
            if ((current && SafetyRules.MEANS_IN_HAND.matcher(s).find()
                    && SafetyRules.AT_PLACE.matcher(withSentenceBefore(sentences, plain, i)).find()
                    || f.time() == SentenceFrame.Time.CURRENT && SafetyRules.MEANS_BEFORE_ME.matcher(s).find())
                    && !(unsaid && benign(s))) {
                // means in hand at a place (docs/triage.md, imminent)
                evidence.add(evidence(thread, sentences.get(i), "cssrs.plan", 1));
                level = level.atLeast(TriageLevel.IMMINENT);
                cssrsLevel = Math.max(cssrsLevel, 5);
                raisedByRules = true;
            }
            if (current && !f.negated() && JUMPING.matcher(s).find()
                    && IntStream.rangeClosed(Math.max(0, i - 2), i).anyMatch(k -> mine.contains(k)
                            && sentences.get(k).postId().equals(sentences.get(i).postId())
                            && SafetyRules.AT_PLACE.matcher(plain.get(k)).find() && !frames.get(k).otherSubject())) {
                // at a height now, thinking of jumping ("On the roof of my building. Been up here an hour. Keep
                // thinking about jumping."): at the place with the means (docs/triage.md, imminent)
                evidence.add(evidence(thread, sentences.get(i), "cssrs.plan", 1));
                level = level.atLeast(TriageLevel.IMMINENT);
                cssrsLevel = Math.max(cssrsLevel, 5);
                raisedByRules = true;
            }
            // things given to a charity shop in a clear-out, a letter for a birthday, a goodbye to a car sold: no
            // parting before a death. The sentence is read without the act, so that what else it says still counts
            // ("gave it all to charity, won't need it where I'm going")
            String given = unsaid ? withoutEverydayParting(s) : s;
            Matcher farewell = SafetyRules.FAREWELL.matcher(given);
            // "a friend messaged me and they said their goodbyes": the farewell is the friend's
            if (farewell.find() && f.time() != SentenceFrame.Time.PAST && !said.leaving() && !absentOnly
                    && !Subjects.theirs(given, farewell.start(), farewell.end())) {
                evidence.add(evidence(thread, sentences.get(i), "farewell", 1));
                level = level.atLeast(TriageLevel.IMMINENT); // a farewell, explicit or veiled
                raisedByRules = true;
            }
            if (!writer && SafetyRules.BEEN_THERE.matcher(s).find() && (f.time() == SentenceFrame.Time.PAST
                    || f.recovery())) {
                // a replier's own past told as support ("i've been there too, years ago"): low (docs/triage.md)
                evidence.add(evidence(thread, sentences.get(i), CSSRS_SIGNAL[1], 1));
                level = level.atLeast(TriageLevel.LOW);
            }
            if (!farewellSaid && SafetyRules.SETTLING.matcher(s).find() && said.settlesAffairs()) {
                // the first of several affairs settled in one post (a veiled farewell, docs/triage.md)
                evidence.add(evidence(thread, sentences.get(i), "farewell", 1));
                level = level.atLeast(TriageLevel.IMMINENT);
                raisedByRules = true;
                farewellSaid = true;
            }
            Matcher preparation = SafetyRules.PREPARATION.matcher(given);
            if (preparation.find() && f.time() != SentenceFrame.Time.PAST
                    // the use may be named in a few words after ("Rope's in the boot. Tip run.")
                    && !SafetyRules.ORDINARY_USE.matcher(withShortSentenceAfter(sentences, plain, i)).find()
                    // nor a preparation (as above); a pet handed on in the same sentence is an affair settled, not a
                    // pet's dose ("sorted the dog with my sister and wrote letters for the lads")
                    && !(unsaid && benign(SafetyRules.PET_HANDED_ON.matcher(s).replaceAll(" ")))
                    // things given away when leaving a job or moving ("gave away my mugs, new job Monday")
                    && !(GIVING.matcher(preparation.group()).lookingAt() && said.leaving())) {
                evidence.add(evidence(thread, sentences.get(i), "cssrs.preparation", 1));
                boolean near = nearTime(sentences, frames, plain, mine);
                level = level.atLeast(near ? TriageLevel.IMMINENT : TriageLevel.HIGH);
                cssrsLevel = Math.max(cssrsLevel, 6);
                raisedByRules = true;
            }
        }
        if (cssrsLevel >= 4 && level == TriageLevel.HIGH) {
            for (Evidence e : List.copyOf(evidence)) {
                // a near time in a stated intent or plan; "on Saturday" beside an act already done is its date
                String t = Shorthand.plain(e.text());
                boolean actDone = SafetyRules.ATTEMPT.matcher(t).find() || SafetyRules.TOOK_OVERDOSE.matcher(t).find()
                        || SafetyRules.TRIED_DATED.matcher(t).find();
                if (!e.signal().equals("distress") && !e.signal().startsWith("self-injury") && !actDone
                        // a behaviour reading beside a self-injury act is that act, which its own recency dates
                        && !(e.signal().equals("cssrs.behaviour") && recency != Recency.NONE)
                        // the day of an everyday errand the head read ("Starting meds through my GP on Monday"), or
                        // of thoughts already had ("had thoughts about dying on sunday"), nor of a plan of another
                        // kind ("Today I've got a StepChange plan"), is no time for an act
                        && touchesRisk(EVERYDAY_PLAN.matcher(t).replaceAll(" ")) && !THOUGHT_HAD.matcher(t).find()
                        && SafetyRules.INTENT_NEAR.matcher(t).find() && !SafetyRules.NEAR_DENIED.matcher(t).find()) {
                    level = TriageLevel.IMMINENT; // intent or a plan with a near time
                    break;
                }
            }
        }
        // a trained second reader (the exemplar head, the fine-tuned reader) raised the writer to high
        boolean secondReader = false;
        TriageLevel beforeSecondReader = level;
        boolean mayRaise = level.compareTo(TriageLevel.HIGH) < 0 && !explained && !meansExplained && !scored.isEmpty()
                && !absentOnly
                // not a goodbye that an ordinary leaving explains, with no word of suicide, whatever the head read
                // ("Goodbye all! I've moved over to a forum just for woodworking."); the leaving words alone
                // ("exams", "travelling") are no goodbye
                && !(unsaid && said.leaving() && said.farewell())
                // something of risk the author says of themself, now, and does not deny
                && mine.stream().anyMatch(i -> ownNow(frames.get(i)) && touchesRisk(plain.get(i)))
                // not risk that only a figure of speech names ("coach made us run suicides. i'm dead ... sleeping
                // for 12 hours"), nor someone else's told by a helper who says nothing of their own (a story's
                // character is no one the writer helps: "for my novel ... how many units would kill someone?")
                && !(mine.stream().anyMatch(i -> frames.get(i).figurative())
                        && mine.stream().noneMatch(i -> !disowned(frames.get(i)) && namesRisk(plain.get(i))))
                && !(worriedForOther(frames, plain, mine) && mine.stream().noneMatch(i -> frames.get(i).reported()))
                // and where risk is named at all, some of it is named now: not an attempt five months ago told in
                // recovery beside "tired but okay"
                && !namedOnlyInThePast(frames, plain, mine)
                // nor distress whose author rules suicide out in so many words and says nothing of it, a means or an
                // act ("Feel like a complete idiot, worthless. Not suicidal, just gutted"); self-injury, which "not
                // suicidal" often comes with ("Not suicidal, I cut to cope"), keeps the reading
                && !(mine.stream().anyMatch(i -> SUICIDE_RULED_OUT.matcher(plain.get(i)).find())
                        && mine.stream().noneMatch(i -> SELF_INJURY_WORDS.matcher(plain.get(i)).find()
                                || SafetyRules.VAGUE_ACT.matcher(plain.get(i)).find()
                                || !disowned(frames.get(i)) && (speaksOfSuicide(plain.get(i))
                                        || actOrMeans(plain.get(i)))));
        // where the writer names no risk in so many words (no suicide, wish to die, attempt, overdose or live
        // self-injury), the exemplar's reading is all there is, and it reads everyday text as urgent too: it raises
        // only when nearly sure (model card, twenty-fifth session)
        boolean exemplarUrgent = false;
        if (writer && mayRaise) {
            float[] pooled = pool(vectors, window);
            exemplarUrgent = mine.stream().anyMatch(i -> speaksOfRisk(plain.get(i))) ? model.exemplar().urgent(pooled)
                    : model.exemplar().probability(pooled) >= Math.max(EXEMPLAR_UNNAMED, model.exemplar().threshold());
        }
        if (exemplarUrgent) {
            // the exemplar head, trained on triage cases written from docs/triage.md, reads a same-hour review
            // (method thinking, preparation, veiled farewells the C-SSRS head under-reads): it raises, never lowers
            level = TriageLevel.HIGH;
            Scored top = scored.get(0);
            evidence.add(evidence(thread, sentences.get(top.index), "triage-exemplar", Math.max(0, top.weight)));
            secondReader = true;
        }
        TriageLevel beforeAnswers = level;
        boolean answered = false;
        for (ScreeningAnswers.Answer a : ScreeningAnswers.of(thread, sentences, plain, mine)) {
            // a yes to a screening question the post it answers asks ("Are you thinking about killing yourself?"
            // "yes"), or a no to "are you safe?": the question gives the answer its meaning
            if (a.bare() && beforeAnswers.compareTo(TriageLevel.MODERATE) < 0) {
                continue; // "Do you have a plan?" "yes, flashcards": a plan for what, only the author's risk says
            }
            level = level.atLeast(a.level());
            cssrsLevel = Math.max(cssrsLevel, a.asked().cssrs);
            if (a.asked() == ScreeningAnswers.Asked.HURT) {
                recency = moreRecent(recency, a.near() ? Recency.CURRENT : Recency.RECENT);
            }
            evidence.add(evidence(thread, sentences.get(a.sentence()), a.signal(), 1));
            raisedByRules = true;
            answered = true;
        }
        for (Echo e : echoes) {
            // "same", under a reply that wishes to go to sleep and not wake up: said of the author too
            level = level.atLeast(e.cssrs() >= 4 ? TriageLevel.HIGH : TriageLevel.MODERATE);
            cssrsLevel = Math.max(cssrsLevel, e.cssrs());
            evidence.add(evidence(thread, sentences.get(e.sentence()), CSSRS_SIGNAL[e.cssrs()], 1));
            raisedByRules = true;
        }
        int done = writer ? doneSince(sentences, plain, mine) : -1;
        if (done >= 0) {
            // "im going to take all my pills" ... "already did": the act the writer said they would do, now done
            String before = String.join(" ", mine.stream().filter(i -> i < done).map(plain::get).toList());
            if (SafetyRules.URGE.matcher(before).find() && !SafetyRules.SUICIDAL.matcher(before).find()) {
                recency = moreRecent(recency, Recency.CURRENT); // an urge to self-harm, then "it's done"
                evidence.add(evidence(thread, sentences.get(done), "self-injury.current", 1));
            } else {
                level = level.atLeast(TriageLevel.IMMINENT); // an overdose or an attempt just done
                cssrsLevel = 6;
                evidence.add(evidence(thread, sentences.get(done), CSSRS_SIGNAL[6], 1));
            }
            raisedByRules = true;
        }
        switch (recency) {
            case CURRENT -> level = level.atLeast(danger ? TriageLevel.IMMINENT : TriageLevel.HIGH);
            case RECENT -> level = level.atLeast(TriageLevel.HIGH);
            case PAST -> level = level.atLeast(TriageLevel.LOW);
            case NONE -> { }
        }
        raisedByRules |= recency == Recency.CURRENT || recency == Recency.RECENT;
        // (the exemplar raised no one here: it reads high, and the reader acts on none or low only; nor where every
        // word of risk is an exclamation with a laugh, jokedOnly)
        BranchStates tunedStates = writer && mayRaise && level.compareTo(TriageLevel.LOW) <= 0 && triage != null
                && !jokedOnly(plain, mine) ? vectors.dedicated(triage.branch().name()) : null;
        double[] tuned = tunedStates == null ? null
                : triage.atLeast(tunedStates, mine.stream().mapToInt(Integer::intValue).toArray());
        boolean tunedRaised = false;
        if (tuned != null && tuned[TriageLevel.HIGH.ordinal() - 1] >= triage.raise()) {
            // the fine-tuned reader, trained on triage cases written from docs/triage.md and on real posts, reads a
            // same-hour review where the rules (answers and acts in the thread included) and the heads read none or
            // low: it is there for the misses that matter most. Where the writer says no word of their own risk it
            // reads too much into ordinary sentences ("I think of different ways to decorate the flat" reads urgent;
            // on real posts a surer threshold there only added false alarms), so it acts, as the exemplar does, only
            // beside one. A moderate reading is already reviewed within hours, and on the suites it trained on every
            // raise it made from moderate was wrong (a passive wish, a blade looked at). Its evidence is the sentence
            // whose leaving out costs its reading most (one short sentence read alone says little: "2 weeks offshore."
            // reads urgent)
            level = TriageLevel.HIGH;
            evidence.add(tunedEvidence(thread, sentences, plain, mine, tunedStates, TriageLevel.HIGH, tuned));
            secondReader = true;
            tunedRaised = true;
        } else if (tuned != null && tuned[TriageLevel.MODERATE.ordinal() - 1] >= triage.raiseModerate()
                && mine.stream().anyMatch(i -> ownNow(frames.get(i))
                        && SafetyRules.DEATH_OR_HARM.matcher(plain.get(i)).find())) {
            // where it reads no same-hour review, a sure reading of "at least moderate" beside a word of death or harm
            // said now (ideation the rules missed: "if I didn't have my dog I would be gone"; distress alone, "why
            // bother", "I don't want to be a burden", is not enough) raises to moderate, a review within hours. On
            // the real posts it never trained on, 6 of the posts it raised had ideation by their annotators and 4
            // none (docs/model-card-safety.md): a trade taken because a missed ideation costs more than a review
            level = TriageLevel.MODERATE;
            evidence.add(tunedEvidence(thread, sentences, plain, mine, tunedStates, TriageLevel.MODERATE, tuned));
        }
        if (writer && level == TriageLevel.IMMINENT
                && reassuredSince(thread, sentences, plain, mine, evidence, false)) {
            // a later post of the writer's tells treatment or safety ("at the hospital, they treated me"; "ripped
            // them up, my brother's staying"): it removes the medical danger or the near act, never a same-day act or
            // preparation, whose floor is high (docs/triage.md, threads)
            level = TriageLevel.HIGH;
        } else if (writer && secondReader && level == TriageLevel.HIGH
                && (beforeAnswers == TriageLevel.HIGH || tunedRaised) && !answered
                && done < 0 && recency == Recency.NONE
                && reassuredSince(thread, sentences, plain, mine, evidence, true)) {
            // a second reader's same-hour reading rests on no act or means the rules read; "it was just a bad night,
            // i'm fine today" leaves the ideation of the last hours, whose floor is moderate
            level = TriageLevel.MODERATE;
            evidence.removeIf(e -> e.signal().equals(TUNED_SIGNAL));
        } else if (writer && secondReader && level == TriageLevel.HIGH
                && (beforeAnswers == TriageLevel.HIGH || tunedRaised)
                && beforeSecondReader.compareTo(TriageLevel.MODERATE) <= 0 && done < 0 && recency == Recency.NONE
                && (said.statesIdeation() && nothingBeyondIdeation(frames, plain, mine) || urgeOnly(plain, mine))) {
            // a second reader's same-hour reading has nothing to rest on beyond ideation or an urge said, which is
            // moderate (docs/triage.md, urges and method); what the fine-tuned reader read is not shown
            level = TriageLevel.MODERATE;
            evidence.removeIf(e -> e.signal().equals(TUNED_SIGNAL));
        }
        if (writer && level.compareTo(TriageLevel.LOW) > 0 && correctedSince(thread, sentences, frames, plain, mine)) {
            // "cut again" / "sorry, i didn't explain: found my old diary from march"; "i'm ending it tonight" / "should
            // have been clearer, ending it with Arjun": a misreading the writer corrects, with the other meaning given
            // (docs/triage.md, threads)
            level = TriageLevel.LOW;
            cssrsLevel = Math.min(cssrsLevel, 1);
            if (recency == Recency.CURRENT || recency == Recency.RECENT) {
                recency = Recency.PAST;
            }
            evidence.replaceAll(e -> withSignal(e, "distress"));
        }
        if (writer && !raisedByRules && !secondReader && level.compareTo(TriageLevel.MODERATE) >= 0
                && !said.statesIdeation() && ScreeningAnswers.denied(thread, sentences, plain, mine)) {
            // "i just want to disappear for a while" / "are you thinking about suicide?" / "no no!! i mean a cabin":
            // the writer's answer corrects a reading that rests on the head alone (docs/triage.md, threads)
            level = TriageLevel.LOW;
            cssrsLevel = 0;
            evidence.replaceAll(e -> withSignal(e, "distress"));
        }
        if (level.compareTo(TriageLevel.MODERATE) >= 0 && cssrsLevel >= 1 && evidence.stream()
                .map(e -> sentenceOf(sentences, e)).noneMatch(i -> i >= 0 && speaksOfRisk(plain.get(i)))) {
            // the occlusion rests on neutral sentences beside the statement the reading is of ("I have a plan ... I
            // have a method that should work"; a sentence vector carries its context): show that statement as well
            String claimed = CSSRS_SIGNAL[cssrsLevel];
            mine.stream().filter(i -> saysNow(frames.get(i), plain.get(i))).findFirst()
                    .ifPresent(i -> evidence.add(evidence(thread, sentences.get(i), claimed, scored.stream()
                            .filter(x -> x.index == i).mapToDouble(x -> x.weight).findFirst().orElse(0))));
        }
        List<Double> probs = new ArrayList<>();
        for (double v : p) {
            probs.add(Math.round(v * 10000) / 10000.0);
        }
        double reported = (raisedByRules || secondReader) && level.compareTo(TriageLevel.MODERATE) >= 0
                ? Math.max(probability, 0.5) : probability;
        return new AuthorRisk(level, new Cssrs(cssrsLevel, probs),
                recency == Recency.NONE ? SelfInjury.NONE : new SelfInjury(true, recency),
                Math.round(reported * 10000) / 10000.0, !raisedByRules && !secondReader && !window.isEmpty(),
                shown(dedupe(evidence), sentences, plain));
    }

    /**
     * The evidence as shown. The head's occlusion spans carry the head's C-SSRS level as their signal; beside a
     * structured signal (a rule's reading of a sentence, score 1) that label is dropped on the sentence the rule read
     * ("I wish I was dead." shows as wish-to-be-dead, not as the head's active thoughts too), and a sentence the head
     * leaned on that names no risk itself shows as context, not as a C-SSRS level ("Knee replacement finally booked for
     * May." beside a question about what dose would stop a heart). Without a structured signal the head's spans are the
     * whole account of its reading and stay as they are.
     */
    private static List<Evidence> shown(List<Evidence> evidence, List<Sentence> sentences, List<String> plain) {
        Set<String> structured = new HashSet<>();
        for (Evidence e : evidence) {
            if (e.score() >= 1 && !e.signal().equals("distress")) {
                structured.add(spanKey(e));
            }
        }
        if (structured.isEmpty()) {
            return evidence;
        }
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (!e.signal().startsWith("cssrs.") || e.score() >= 1) {
                out.add(e);
            } else if (!structured.contains(spanKey(e))) {
                int i = sentenceOf(sentences, e);
                boolean names = i >= 0 && (namesRisk(plain.get(i)) || speaksOfRisk(plain.get(i))
                        || namesMeansOrAct(plain.get(i)));
                out.add(names ? e : withSignal(e, CONTEXT_SIGNAL));
            }
        }
        return out;
    }

    /**
     * The stretch of consecutive asserted sentences, about as long as a training post, that reads as most at risk:
     * the head was trained on posts of a few sentences, and one risk statement deep inside a long letter must not be
     * averaged away (nor a long letter's general distress add up to a risk no passage of it shows).
     */
    private List<Integer> riskiestWindow(List<Sentence> sentences, SentenceEmbeddings vectors, List<Integer> asserted) {
        List<List<Integer>> windows = new ArrayList<>();
        int start = 0;
        while (start < asserted.size()) {
            List<Integer> w = new ArrayList<>();
            int words = 0;
            int end = start;
            while (end < asserted.size() && (w.isEmpty() || words < WINDOW_WORDS)) {
                w.add(asserted.get(end));
                words += sentences.get(asserted.get(end)).normalized().split("\\s+").length;
                end++;
            }
            windows.add(w);
            if (end >= asserted.size()) {
                break;
            }
            start = Math.max(start + 1, (start + end) / 2);
        }
        if (windows.size() <= 1) {
            return asserted;
        }
        List<Integer> best = windows.get(0);
        double bestRisk = -1;
        for (List<Integer> w : windows) {
            double r = model.read(pool(vectors, w), text(sentences, w)).anyRisk();
            if (r > bestRisk) {
                bestRisk = r;
                best = w;
            }
        }
        return best;
    }

    /** A sentence and how much the window's calibrated P(level >= 1) falls when it is left out. */
    private record Scored(int index, double weight) {
    }

    /** Occlusion: each sentence of the window left out in turn, the ones the reading rests on most first. */
    private List<Scored> occlusion(List<Sentence> sentences, SentenceEmbeddings vectors, List<Integer> window,
            double all) {
        List<Scored> out = new ArrayList<>();
        for (int i : window) {
            List<Integer> rest = new ArrayList<>(window);
            rest.remove(Integer.valueOf(i));
            out.add(new Scored(i, all - model.read(pool(vectors, rest), text(sentences, rest)).anyRisk()));
        }
        out.sort(Comparator.comparingDouble(Scored::weight).reversed());
        return out;
    }

    /** Whether the evidence is a sentence in which its author speaks of themself. */
    private static boolean selfReferent(List<Sentence> sentences, List<SentenceFrame> frames, Evidence e) {
        int i = sentenceOf(sentences, e);
        return i >= 0 && frames.get(i).selfReference();
    }

    /** The index of the sentence an evidence span covers, or -1. */
    private static int sentenceOf(List<Sentence> sentences, Evidence e) {
        for (Sentence s : sentences) {
            if (s.postId().equals(e.post()) && s.field().wireName().equals(e.field()) && s.span().begin() == e.begin()
                    && s.span().end() == e.end()) {
                return s.index();
            }
        }
        return -1;
    }

    /**
     * Suicide, self-harm or a means named only in sentences about someone else, and in none the author asserts of
     * themself.
     */
    private static boolean worriedForOther(List<SentenceFrame> frames, List<String> plain, List<Integer> mine) {
        // their risk named, or veiled in the words they sent ("my friend just sent me this: 'I'm going to do it
        // tonight, I'm sorry for everything'")
        return mine.stream().anyMatch(i -> frames.get(i).otherSubject()
                && (namesRisk(plain.get(i)) || THEIR_HARM.matcher(plain.get(i)).find()
                        || SafetyRules.FAREWELL.matcher(plain.get(i)).find()
                        || SafetyRules.INTENT_VEILED.matcher(plain.get(i)).find()))
                && mine.stream().noneMatch(i -> !disowned(frames.get(i)) && namesRisk(plain.get(i)));
    }

    /** Suicide, ideation, self-injury or a means in so many words. */
    private static boolean namesRisk(String t) {
        return SELF_INJURY_WORDS.matcher(t).find() || SafetyRules.MEANS.matcher(t).find() || speaksOfSuicide(t);
    }

    /** Suicide, a wish to die, live self-injury, an attempt, an overdose or a plan held named in so many words. */
    private static boolean speaksOfRisk(String t) {
        return LIVE_SELF_INJURY.matcher(t).find() || speaksOfSuicide(t);
    }

    /** Suicide, a wish to die, an attempt, an overdose or a plan held named in so many words. */
    private static boolean speaksOfSuicide(String t) {
        return SafetyRules.SUICIDAL.matcher(t).find() || SafetyRules.IDEATION.matcher(t).find()
                || SafetyRules.ATTEMPT.matcher(t).find() || SafetyRules.TOOK_OVERDOSE.matcher(t).find()
                || PLAN_HELD.matcher(t).find();
    }

    /** A sentence the author asserts, placed now, that names risk in so many words. */
    private static boolean saysNow(SentenceFrame f, String t) {
        return !disowned(f) && current(f) && speaksOfRisk(t);
    }

    private static boolean disowned(SentenceFrame f) {
        return f.otherSubject() || f.negated() || f.hypothetical() || f.reported() || f.figurative();
    }

    /** A question that is not about the asker and names no means ("is suicide ever rational?"). */
    private static boolean generalQuestion(SentenceFrame f, String t) {
        return f.question() && !f.selfReference() && !SafetyRules.MEANS.matcher(t).find();
    }

    /** A benign purpose or an everyday use stated. */
    private static boolean benign(String t) {
        return SafetyRules.BENIGN_PURPOSE.matcher(t).find() || SafetyRules.ORDINARY_USE.matcher(t).find();
    }

    /**
     * Whether the author says they will be away and every sentence of theirs that touches risk, parting or a decision
     * is such an absence with its everyday reason in it or in a sentence beside it ("won't be around after tonight,
     * night shift then two weeks off"), late for the start of something in the diary, or the train that made them late.
     * "Won't be here at all after tonight, I've written the letters" gives no reason, whatever the sentences around it
     * say of meetings.
     */
    private static boolean absenceExplained(List<Sentence> sentences, List<String> plain, List<Integer> mine) {
        // most authors say no absence at all: the larger patterns below run only for those who do
        if (mine.stream().map(plain::get).noneMatch(SafetyRules.ABSENCE::find)) {
            return false;
        }
        for (int i : mine) {
            String t = plain.get(i);
            boolean absence = SafetyRules.ABSENCE.find(t);
            if (!absence && (SafetyRules.TRANSPORT_LATE.find(t) || !touchesRisk(t) && !SafetyRules.FAREWELL.find(t)
                    && !SafetyRules.INTENT_VEILED.find(t) && !SafetyRules.SETTLING.find(t))) {
                continue; // the train that made them late, or nothing of risk, parting or a decision
            }
            if (!absence || !SafetyRules.ORDINARY_ABSENCE.find(t) && !reasonBeside(sentences, plain, i)) {
                return false;
            }
        }
        return true;
    }

    /** An everyday reason to be away in sentence i, or in the sentence before or after it in the same post. */
    private static boolean reasonBeside(List<Sentence> sentences, List<String> plain, int i) {
        for (int k = Math.max(0, i - 1); k <= Math.min(sentences.size() - 1, i + 1); k++) {
            String t = plain.get(k);
            if (sentences.get(k).postId().equals(sentences.get(i).postId()) && (SafetyRules.ABSENCE_REASON.find(t)
                    || SafetyRules.ORDINARY_LEAVING.find(t) || SafetyRules.TRANSPORT_LATE.find(t))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence without the parting act its everyday occasion explains (a letter for a birthday, a car sold). */
    private static String withoutEverydayParting(String t) {
        return SafetyRules.EVERYDAY_OCCASION.matcher(t).find() ? SafetyRules.PARTING_ACT.matcher(t).replaceAll(" ") : t;
    }

    /** Whether a sentence touches death, harm, ending, despair or a means at all. */
    private static boolean touchesRisk(String t) {
        // an everyday dose ("forgot to take my tablets today") names medicine, not risk; "done with this game" is done
        // with a game, "cut ties" cuts no skin, a letter for a birthday is no parting
        String rest = withoutEverydayParting(SafetyRules.EVERYDAY_IDIOM.matcher(SafetyRules.ROUTINE_DOSE.matcher(
                TREATMENT.matcher(t).replaceAll(" ")).replaceAll(" ")).replaceAll(" "));
        // "had a panic attack and thought I was going to die": a symptom
        if (SafetyRules.BODY_ALARM.matcher(rest).find()) {
            rest = SafetyRules.FEARED_DEATH.matcher(rest).replaceAll(" ");
        }
        return SafetyRules.RISK_TOPIC.matcher(rest).find() || namesRisk(rest);
    }

    /**
     * An opening of the author's reply that says ideation of themself by answering the post above: a bare agreement
     * with ideation it states ({@code cssrs} 1, as a wish to be dead: "same" says no more), or a reversal of ideation
     * or intent it denies ({@code cssrs} 1, 2 or 4, as the words denied).
     */
    private record Echo(int sentence, int cssrs) {
    }

    /**
     * The author's bare agreements ("same", "me too") with a post by someone else that states ideation of its own in
     * so many words, not as a joke; and their reversals ("same but i am", "i do tho", "wish i could say the same") of
     * a post that denies it, of its author ("i'm not suicidal") or of the person it answers ("you don't want to die").
     */
    private static List<Echo> echoes(PostThread thread, List<Sentence> sentences, List<SentenceFrame> frames,
            List<String> plain, List<Integer> mine) {
        List<Echo> out = new ArrayList<>();
        for (int i : ScreeningAnswers.replyOpenings(thread, sentences, mine)) {
            String opening = plain.get(i).strip();
            boolean agrees = SafetyRules.AGREEMENT.matcher(opening).lookingAt();
            if (!agrees && !SafetyRules.REVERSAL.matcher(opening).lookingAt()) {
                continue;
            }
            String parent = thread.parentId(sentences.get(i).postId());
            int cssrs = 0;
            for (Sentence p : sentences) {
                int k = p.index();
                SentenceFrame f = frames.get(k);
                String t = plain.get(k);
                if (!p.postId().equals(parent) || SafetyRules.JOKING.matcher(t).find()) {
                    continue;
                }
                Matcher m = SafetyRules.IDEATION.matcher(t);
                if (!m.find()) {
                    continue;
                }
                if (agrees && f.assertsOwn()) {
                    cssrs = 1;
                } else if (!agrees && f.negated() && !f.reported() && !f.figurative() && !f.hypothetical()
                        && (!f.otherSubject() || f.addressee())) {
                    // "i'm not going to kill myself" / "i am": the intent denied, now stated
                    cssrs = Math.max(cssrs, reversed(t, m));
                }
            }
            if (cssrs > 0) {
                out.add(new Echo(i, cssrs));
            }
        }
        for (int k = 1; k < mine.size(); k++) {
            // the same reversal in the author's own post, of a denial they quote as said to them ("someone wrote 'at
            // least you're not going to kill yourself'. I am.") or as a forum quotes a post ("> I'm not suicidal, just
            // tired" / "same but i am")
            int i = mine.get(k);
            int before = mine.get(k - 1);
            if (!sentences.get(before).postId().equals(sentences.get(i).postId())
                    || !SafetyRules.REVERSAL.matcher(plain.get(i).strip()).lookingAt()
                    || out.stream().anyMatch(e -> e.sentence() == i)) {
                continue;
            }
            List<String> denials = new ArrayList<>();
            String line = plain.get(before).strip();
            if (line.startsWith(">")) {
                denials.add(line.substring(1));
            }
            Matcher quote = QUOTED_TO_ME.matcher(line);
            while (quote.find()) {
                denials.add(SECOND_TO_FIRST.matcher(quote.group(1)).replaceAll(r -> switch (r.group()) {
                    case "yourself" -> "myself";
                    case "your" -> "my";
                    case "you" -> "i";
                    default -> "i'm";
                }));
            }
            for (String said : denials) {
                Matcher m = SafetyRules.IDEATION.matcher(said);
                if (DENIAL.matcher(said).find() && m.find() && !SafetyRules.JOKING.matcher(said).find()) {
                    out.add(new Echo(i, reversed(said, m)));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The C-SSRS level a reversal ("i am", "same but i am") states of what {@code denied} denies, its ideation found by
     * {@code ideation}: intent (4) where intent was denied, else active (2) or passive (1) ideation.
     */
    private static int reversed(String denied, Matcher ideation) {
        return SafetyRules.INTENT.find(DENIAL.matcher(denied).replaceFirst("")) ? 4 : ideation.group(1) != null ? 2 : 1;
    }

    /**
     * The first sentence of a later post of the writer's that says the act is done ("already did", "it's done") after
     * an intent or an urge the writer stated in an earlier post, or -1.
     */
    private static int doneSince(List<Sentence> sentences, List<String> plain, List<Integer> mine) {
        String post = null;
        for (int k = 0; k < mine.size(); k++) {
            int i = mine.get(k);
            String earlier = sentences.get(i).postId();
            if (earlier.equals(post)) {
                continue;
            }
            boolean first = post == null;
            post = earlier;
            if (first || !SafetyRules.DONE.matcher(plain.get(i).strip()).lookingAt()) {
                continue;
            }
            boolean stated = mine.subList(0, k).stream().map(plain::get).anyMatch(t -> SafetyRules.INTENT.find(t)
                    || SafetyRules.URGE.find(t) && !SafetyRules.URGE_DENIED.find(t));
            if (stated) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the writer's last reassurance (treatment, safety, the means given up) comes in a later post than every
     * sentence of the evidence that names risk, and no sentence of theirs after it names risk anew; with
     * {@code inAReply}, only a reassurance in a reply counts.
     */
    private static boolean reassuredSince(PostThread thread, List<Sentence> sentences, List<String> plain,
            List<Integer> mine, List<Evidence> evidence, boolean inAReply) {
        int reassured = -1;
        for (int i : mine) {
            if (SafetyRules.REASSURED.matcher(plain.get(i)).find()) {
                reassured = i;
            }
        }
        if (reassured < 0) {
            return false;
        }
        String post = sentences.get(reassured).postId();
        if (inAReply && thread.parentId(post) == null) {
            return false; // only a follow-up takes back what a second reader read
        }
        int after = reassured;
        // "I don't want to die today" after it is more reassurance, not risk
        boolean laterRisk = mine.stream().anyMatch(i -> i > after
                && speaksOfRisk(WISH_DENIED.matcher(plain.get(i)).replaceAll(" ")));
        // the head's occlusion may rest on the reassurance itself ("i'm ok now"): only what names risk counts
        return !laterRisk && evidence.stream().mapToInt(e -> sentenceOf(sentences, e)).filter(i -> i >= 0)
                .allMatch(i -> i < after && !sentences.get(i).postId().equals(post) || !speaksOfRisk(plain.get(i)));
    }

    /**
     * Whether a later post of the writer's corrects the reading of an earlier one: it says so ({@link
     * SafetyRules#CORRECTION}), gives the other meaning (a time long past, a figure, a quote or a diary, a
     * relationship, a thing "it was about"), and says nothing of risk now in its own words.
     */
    private static boolean correctedSince(PostThread thread, List<Sentence> sentences, List<SentenceFrame> frames,
            List<String> plain, List<Integer> mine) {
        String first = mine.isEmpty() ? null : sentences.get(mine.get(0)).postId();
        for (int i : mine) {
            String post = sentences.get(i).postId();
            if (post.equals(first) || thread.parentId(post) == null || !SafetyRules.CORRECTION.matcher(plain.get(i))
                    .find()) {
                continue;
            }
            List<Integer> inPost = mine.stream().filter(k -> sentences.get(k).postId().equals(post)).toList();
            boolean otherMeaning = inPost.stream().anyMatch(k -> frames.get(k).time() == SentenceFrame.Time.PAST
                    || frames.get(k).daysAgo().orElse(0) > 30 || frames.get(k).figurative() || frames.get(k).reported()
                    || SafetyRules.QUOTED.matcher(plain.get(k)).find()
                    || SafetyRules.RELATIONSHIP.matcher(plain.get(k)).find()
                    || plain.get(k).contains(RELATIONSHIP_ENDED)
                    || SafetyRules.ABOUT_ORDINARY.matcher(plain.get(k)).find()
                    // told to be a joke, and not taken back ("it was a joke ... kind of not joking"), where only words
                    // were said: a joke does not take back standing on the bridge
                    || SafetyRules.JOKE_CORRECTION.matcher(plain.get(k)).find()
                            && inPost.stream().noneMatch(j -> SafetyRules.NOT_JOKING.matcher(plain.get(j)).find())
                            && mine.stream().filter(j -> j < inPost.get(0)).noneMatch(j -> actOrMeans(plain.get(j))));
            boolean riskNow = mine.stream().filter(k -> k >= inPost.get(0)).anyMatch(k -> {
                SentenceFrame f = frames.get(k);
                return current(f) && !f.negated() && !f.figurative() && !f.reported() && speaksOfRisk(plain.get(k));
            });
            if (otherMeaning && !riskNow) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ideation with a plan denied ("i keep thinking about killing myself on the drive home ... not planning anything"),
     * or with nothing beyond it named in the author's own undenied sentences: no means, way, decision, act or time.
     */
    private static boolean nothingBeyondIdeation(List<SentenceFrame> frames, List<String> plain, List<Integer> mine) {
        return mine.stream().anyMatch(i -> PLAN_DENIED.matcher(plain.get(i)).find())
                || mine.stream().filter(i -> !frames.get(i).negated() && !frames.get(i).otherSubject())
                        .noneMatch(i -> namesMeansOrAct(plain.get(i)) || beyondIdeation(plain.get(i)));
    }

    /**
     * An urge to self-harm said ("the urges were too much today but i didn't give in"), and no act ("did it", "gave
     * in", "acted on"), no word of suicide, a means, a method, a preparation or a farewell.
     */
    private static boolean urgeOnly(List<String> plain, List<Integer> mine) {
        return mine.stream().anyMatch(i -> SafetyRules.URGE.matcher(plain.get(i)).find())
                && mine.stream().map(plain::get).noneMatch(t -> speaksOfSuicide(t) || SafetyRules.MEANS.find(t)
                        || SafetyRules.METHOD_WORDS.find(t) || SafetyRules.PREPARATION.find(t)
                        || SafetyRules.FAREWELL.find(t) || SafetyRules.INTENT.find(t)
                        || SafetyRules.INTENT_VEILED.find(t) || SafetyRules.VAGUE_ACT.find(t)
                        || SafetyRules.RELAPSE_ACT.find(t) || SafetyRules.ACTED_ON.find(t)
                        || SafetyRules.SELF_INJURY.find(t));
    }

    /**
     * What the exemplar may rest on beyond ideation, besides a means or an act: a time, a decision, a firearm, a method
     * sought, an affirmation, a means got quietly.
     */
    private static boolean beyondIdeation(String t) {
        return SafetyRules.INTENT_NEAR.matcher(t).find() || SafetyRules.DECIDED.matcher(t).find()
                || SafetyRules.FIREARM.matcher(t).find() || SafetyRules.METHOD_SEEKING.matcher(t).find()
                || SafetyRules.AFFIRMED.matcher(t).find() || SafetyRules.ACQUIRING.matcher(t).find()
                || SafetyRules.IF_GONE.matcher(t).find();
    }

    /** A place, a means, a method dwelt on, an act or a preparation named, not only words of risk. */
    private static boolean actOrMeans(String t) {
        return SafetyRules.AT_PLACE.matcher(t).find() || SafetyRules.MEANS_IN_HAND.matcher(t).find()
                || SafetyRules.METHOD_THINKING.matcher(t).find() || SafetyRules.CONTEMPLATION.matcher(t).find()
                || SafetyRules.SELF_INJURY.matcher(t).find() || SafetyRules.TOOK_OVERDOSE.matcher(t).find()
                || SafetyRules.ATTEMPT.matcher(t).find() || SafetyRules.PREPARATION.matcher(t).find();
    }

    /**
     * Whether a reply's author says something of risk or distress of themself, in a clause that does not speak to or of
     * the person answered: with "I", or without a subject ("been there, still struggling").
     */
    private static boolean saysOfThemself(String t) {
        // sympathy offered ("I'm so sorry") says nothing of the replier either
        String own = Subjects.withoutSecondPerson(SafetyRules.SYMPATHY.matcher(t).replaceAll(" ")).strip();
        return (Subjects.firstPerson(own) || SafetyRules.SUBJECTLESS.matcher(own).lookingAt())
                && (touchesRisk(own) || SafetyRules.DISTRESS_SAID.matcher(own).find());
    }

    /** Said by the author of themself, not denied, and placed now. */
    private static boolean ownNow(SentenceFrame f) {
        return !f.otherSubject() && !f.negated() && current(f);
    }

    /** Not placed in the past and not recovery talk. */
    private static boolean current(SentenceFrame f) {
        return f.time() != SentenceFrame.Time.PAST && !f.recovery();
    }

    /** A means, a way, a decision, a preparation or an act named: what a reading above ideation rests on. */
    private static boolean namesMeansOrAct(String t) {
        return SafetyRules.METHOD_WORDS.matcher(t).find()
                || SafetyRules.MEANS.matcher(TREATMENT.matcher(t).replaceAll(" ")).find()
                || SafetyRules.INTENT.matcher(t).find() || SafetyRules.VAGUE_ACT.matcher(t).find()
                || SELF_INJURY_WORDS.matcher(t).find()
                || SafetyRules.INTENT_VEILED.matcher(t).find() || SafetyRules.PREPARATION.matcher(t).find()
                || SafetyRules.ATTEMPT.matcher(t).find() || SafetyRules.TOOK_OVERDOSE.matcher(t).find()
                || SafetyRules.FAREWELL.matcher(t).find() || ACT_TOLD.matcher(t).find();
    }

    /** Risk named by the author of themself, and all of it placed in the past or in recovery. */
    private static boolean namedOnlyInThePast(List<SentenceFrame> frames, List<String> plain, List<Integer> mine) {
        List<Integer> own = mine.stream().filter(i -> !frames.get(i).otherSubject() && !frames.get(i).negated())
                .toList();
        // beside risk named, "I want to try again" names it too
        return own.stream().anyMatch(i -> namesRisk(plain.get(i))) && own.stream().noneMatch(i -> current(frames.get(i))
                && (namesRisk(plain.get(i)) || ACT_TOLD.matcher(plain.get(i)).find()));
    }

    /** A "slip" in a post about recovery that names no other habit it could be. */
    private static boolean slipInRecovery(List<String> plain, List<Integer> mine) {
        return mine.stream().map(plain::get).anyMatch(t -> RECOVERY_WORDS.matcher(t).find())
                && mine.stream().map(plain::get).noneMatch(t -> SafetyRules.OTHER_HABIT.matcher(t).find());
    }

    /**
     * Whether the author settles several affairs at once in sentences of their own (at least {@link #SETTLED}): a debt
     * paid, a loan returned, a pet handed on, thanks for the years. {@link Said#settlesAffairs} adds "for no ordinary
     * leaving".
     */
    private static boolean settlesAffairs(List<SentenceFrame> frames, List<String> plain, List<Integer> mine) {
        int acts = 0;
        for (int i : mine) {
            SentenceFrame f = frames.get(i);
            if (!f.otherSubject() && !f.negated() && !f.hypothetical() && f.time() != SentenceFrame.Time.PAST) {
                Matcher m = SafetyRules.SETTLING.matcher(plain.get(i));
                while (m.find()) {
                    acts++;
                }
            }
        }
        return acts >= SETTLED;
    }

    /**
     * Whether any of the author's sentences names a near time (tonight, tomorrow, at midnight, Saturday), not denied
     * and not in a question or the diary after the writer has moved on to another topic.
     */
    private static boolean nearTime(List<Sentence> sentences, List<SentenceFrame> frames, List<String> plain,
            List<Integer> mine) {
        String post = null;
        boolean movedOn = false;
        for (int i : mine) {
            String t = plain.get(i);
            if (!sentences.get(i).postId().equals(post)) {
                post = sentences.get(i).postId();
                movedOn = false;
            }
            // "... a little tub of them behind my books. Anyway, the real question is whether we move raid night to
            // Thursday": the days of a question or of the diary after the writer moves on are the new topic's, unless
            // risk is named with them ("Anyway. Friday." keeps its day)
            movedOn |= SafetyRules.MOVING_ON.find(t);
            if (movedOn && !touchesRisk(t) && (frames.get(i).question() || SafetyRules.DIARY.find(t))) {
                continue;
            }
            // "I'm not going to kill myself tonight. But I've been saving up my tablets": a near time denied
            if (SafetyRules.INTENT_NEAR.matcher(t).find() && !SafetyRules.NEAR_DENIED.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question that names a means, in it or in the sentence before, and asks about lethality or access, unless the
     * author states a benign purpose and says nothing of suicide and the question does not ask what would kill a
     * person (docs/triage.md, questions).
     */
    private static boolean methodQuestion(List<Sentence> sentences, List<SentenceFrame> frames, List<String> plain,
            int i) {
        String s = plain.get(i);
        if (!frames.get(i).question() && !ASKED.matcher(s).find() || !SafetyRules.LETHALITY.matcher(s).find()) {
            return false;
        }
        String named = withSentenceBefore(sentences, plain, i);
        if (!SafetyRules.MEANS.matcher(named).find() && !SafetyRules.FIREARM.matcher(named).find()) {
            return false;
        }
        if (!SafetyRules.MEANS.matcher(s).find() && i > 0 && frames.get(i - 1).reported()) {
            // the means is in the story or the news before ("the knight drinks the poison. Does it work?")
            return false;
        }
        // no purpose covers asking what would kill a person ("how many patches would it take to stop your breathing?")
        return !purposeCovers(sentences, plain, i) || SafetyRules.LETHAL_TO_A_PERSON.find(s);
    }

    /**
     * Whether the author's post states a benign purpose that covers the question in sentence i: not one about a
     * person, nor one asked beside words of suicide or distress.
     */
    private static boolean purposeCovers(List<Sentence> sentences, List<String> plain, int i) {
        Sentence here = sentences.get(i);
        StringBuilder post = new StringBuilder();
        for (Sentence t : sentences) {
            if (t.postId().equals(here.postId())) {
                post.append(plain.get(t.index())).append('\n');
            }
        }
        return benign(post.toString()) && !SafetyRules.SUICIDAL.matcher(post).find()
                && !SafetyRules.FOR_PERSON.matcher(plain.get(i)).find()
                && !SafetyRules.DISTRESS_NEAR.matcher(post).find();
    }

    /** Getting means without questions or in bulk, with a means named in sentence i or the one before. */
    private static boolean acquiring(List<Sentence> sentences, List<String> plain, int i) {
        String named = withSentenceBefore(sentences, plain, i);
        return SafetyRules.ACQUIRING.matcher(plain.get(i)).find()
                && (SafetyRules.MEANS.matcher(named).find() || SafetyRules.FIREARM.matcher(named).find())
                && !SafetyRules.BENIGN_PURPOSE.matcher(named).find();
    }

    /**
     * What an author says anywhere in their own sentences, each read once and only when a rule asks for it: most posts
     * never need most of these, and each is a pass of a large pattern over every sentence.
     */
    private static final class Said {
        private final List<SentenceFrame> frames;
        private final List<String> plain;
        private final List<Integer> mine;
        private final boolean writer;
        private final boolean echoes;
        private final Map<String, Boolean> known = new HashMap<>();

        Said(List<SentenceFrame> frames, List<String> plain, List<Integer> mine, boolean writer, boolean echoes) {
            this.frames = frames;
            this.plain = plain;
            this.mine = mine;
            this.writer = writer;
            this.echoes = echoes;
        }

        private boolean any(String key, java.util.function.IntPredicate sentence) {
            return known.computeIfAbsent(key, k -> mine.stream().anyMatch(sentence::test));
        }

        /**
         * Ideation in so many words in a sentence of their own, or echoed from the post they answer ("same but i am"):
         * a veiled decision beside it is intent.
         */
        boolean statesIdeation() {
            return echoes || any("ideation", i -> frames.get(i).assertsOwn()
                    && SafetyRules.IDEATION.matcher(plain.get(i)).find());
        }

        /** Several affairs settled in one post, for no ordinary leaving (the writer only). */
        boolean settlesAffairs() {
            return writer && known.computeIfAbsent("settles", k -> SafetyAnalyzer.settlesAffairs(frames, plain, mine))
                    && !leaving();
        }

        /** An ordinary reason for leaving (a move, a new job, a break). */
        boolean leaving() {
            return any("leaving", i -> SafetyRules.ORDINARY_LEAVING.matcher(plain.get(i)).find());
        }

        /** A goodbye or a farewell wording anywhere. */
        boolean farewell() {
            return any("farewell", i -> SafetyRules.FAREWELL.matcher(plain.get(i)).find());
        }

        /** Any act of settling affairs, a parting word or a preparation (the writer only). */
        boolean parting() {
            return writer && any("parting", i -> !frames.get(i).otherSubject() && !frames.get(i).negated()
                    && (SafetyRules.SETTLING.matcher(plain.get(i)).find()
                            || SafetyRules.FAREWELL.matcher(plain.get(i)).find()
                            || SafetyRules.PREPARATION.matcher(plain.get(i)).find()));
        }

        /** Two veiled intents in the author's sentences ("this weekend is it for me. already picked the spot."). */
        boolean veiledTwice() {
            return known.computeIfAbsent("veiledTwice", k -> {
                int n = 0;
                for (int i : mine) {
                    if (frames.get(i).negated()) {
                        continue;
                    }
                    Matcher m = SafetyRules.INTENT_VEILED.matcher(plain.get(i));
                    while (m.find()) {
                        n++;
                    }
                }
                return n >= 2;
            });
        }

        /** A decision said in so many words and not denied. */
        boolean decided() {
            return any("decided", i -> !frames.get(i).negated() && SafetyRules.DECIDED.matcher(plain.get(i)).find());
        }

        /** A relationship that "I'm ending it" may be about. */
        boolean relationship() {
            return any("relationship", i -> SafetyRules.RELATIONSHIP.matcher(plain.get(i)).find());
        }

        /** A story or a lyric taken as their own ("the girl in my story has my name"). */
        boolean adopting() {
            return any("adopting", i -> FrameAnalyzer.ADOPTION.matcher(plain.get(i)).find());
        }

        /** Treatment told: an overdose last night has been seen to. */
        boolean treated() {
            return any("treated", i -> SafetyRules.TREATED.matcher(SafetyRules.UNTREATED.matcher(plain.get(i))
                    .replaceAll(" ")).find());
        }

        /** A thought record or a diary card, whose quoted words are the author's own thoughts. */
        boolean ownThoughts() {
            return any("thoughts", i -> FrameAnalyzer.OWN_THOUGHTS.matcher(plain.get(i)).find());
        }

        /** Someone the author says has died, whom wanting to be with is wanting to be dead. */
        boolean bereaved() {
            return any("bereaved", i -> SafetyRules.DEATH_OF_OTHER.matcher(plain.get(i)).find());
        }
    }

    /** What a sentence that dwells on something ("keep staring at", "would it hold") dwells on. */
    private enum Dwelt { NOTHING, CUTTING_TOOL, METHOD }

    /**
     * The means that sentence i dwells on, named in it or the sentence before: a tool of cutting is a method only when
     * the author speaks of suicide, since staring at a razor is otherwise an urge to self-harm (moderate).
     */
    private static Dwelt meansDwelt(List<Sentence> sentences, List<SentenceFrame> frames, List<String> plain,
            List<Integer> mine, int i) {
        String named = withSentenceBefore(sentences, plain, i);
        if (SafetyRules.MEANS_PLACE.matcher(TOOL_KEPT.matcher(named).replaceAll(" ")).find()) {
            return Dwelt.METHOD;
        }
        if (!SafetyRules.CUTTING_TOOL.matcher(named).find()) {
            return Dwelt.NOTHING;
        }
        return mine.stream().anyMatch(k -> !frames.get(k).negated()
                && SafetyRules.SUICIDAL.matcher(plain.get(k)).find())
                ? Dwelt.METHOD : Dwelt.CUTTING_TOOL;
    }

    /** Sentence i's plain text, after the sentence before it when that one is in the same post. */
    private static String withSentenceBefore(List<Sentence> sentences, List<String> plain, int i) {
        return i > 0 && sentences.get(i - 1).postId().equals(sentences.get(i).postId())
                ? plain.get(i - 1) + "\n" + plain.get(i) : plain.get(i);
    }

    /**
     * Sentence i's plain text, before the sentence after it when that one is in the same post and only a few words
     * long: a tag that says what the sentence was for ("Tip run."), not the next topic.
     */
    private static String withShortSentenceAfter(List<Sentence> sentences, List<String> plain, int i) {
        return i + 1 < sentences.size() && sentences.get(i + 1).postId().equals(sentences.get(i).postId())
                && plain.get(i + 1).strip().split("\\s+").length <= SHORT_TAG_WORDS
                ? plain.get(i) + "\n" + plain.get(i + 1) : plain.get(i);
    }

    /**
     * The author's sentences up to and including {@code i} (with {@code samePost}, only those of sentence i's post),
     * joined: where a withdrawn joke or a suicide named earlier is looked for.
     */
    private static String soFar(List<Sentence> sentences, List<String> plain, List<Integer> mine, int i,
            boolean samePost) {
        String post = sentences.get(i).postId();
        return String.join("\n", mine.stream().filter(k -> k <= i && (!samePost || sentences.get(k).postId()
                .equals(post))).map(plain::get).toList());
    }

    /** Sentence i and the three after it in the same post, those not negated: where an act's wounds are told. */
    private static List<Integer> nearby(List<Sentence> sentences, List<SentenceFrame> frames, int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = i; k <= i + 3 && k < sentences.size(); k++) {
            if (sentences.get(k).postId().equals(sentences.get(i).postId()) && !frames.get(k).negated()) {
                out.add(k);
            }
        }
        return out;
    }

    /** Wound words in sentence i or the three after it in the same post, not negated. */
    private static boolean woundNearby(List<Sentence> sentences, List<SentenceFrame> frames, List<String> plain,
            int i) {
        return nearby(sentences, frames, i).stream().anyMatch(k -> !frames.get(k).otherSubject()
                && SafetyRules.WOUND.matcher(plain.get(k)).find());
    }

    private static Evidence withSignal(Evidence e, String signal) {
        return new Evidence(e.post(), e.field(), e.begin(), e.end(), e.text(), signal, e.score());
    }

    /**
     * Suicidal behaviour dated within the screener's three months keeps the writer at high, or moderate in clear
     * recovery (docs/triage.md, time windows); an undated "past" (used to, years ago) is older.
     */
    private static boolean withinBehaviourWindow(SentenceFrame f) {
        return f.daysAgo().isPresent() && f.daysAgo().getAsInt() <= BEHAVIOUR_WINDOW_DAYS;
    }

    /** When a self-injury act in sentence i happened: its own time marker, else its post's, else its tense. */
    private static Recency recency(List<Sentence> sentences, List<SentenceFrame> frames, List<String> plain, int i) {
        String s = plain.get(i);
        SentenceFrame f = frames.get(i);
        if (SafetyRules.WOUNDS_FROM_DAY.matcher(s).find()) {
            return Recency.RECENT; // "my mum found the cuts from monday and now she won't stop crying"
        }
        if (JUST_AFTER.matcher(s).lookingAt()) {
            return Recency.CURRENT; // "sitting here after cutting": the writer is where the act left them
        }
        // a date of the last days first: "relapsed on Tuesday after 8 months clean" is recent, whatever the streak
        // ("I'm two years clean now" dates the recovery, not an act, so "now" does not win over it)
        if (f.time() == SentenceFrame.Time.RECENT) {
            return Recency.RECENT;
        }
        if (f.recovery() || f.time() == SentenceFrame.Time.PAST) {
            return Recency.PAST;
        }
        if (f.time() == SentenceFrame.Time.CURRENT) {
            return Recency.CURRENT;
        }
        String post = sentences.get(i).postId();
        if (i + 1 < sentences.size() && sentences.get(i + 1).postId().equals(post)
                && frames.get(i + 1).time() == SentenceFrame.Time.PAST
                && DATES_WHAT_WENT_BEFORE.matcher(plain.get(i + 1)).lookingAt()) {
            return Recency.PAST; // "Burned myself a lot after I got back. That was 2009."
        }
        SentenceFrame.Time context = SentenceFrame.Time.UNMARKED;
        boolean recovery = false;
        for (int k = 0; k < sentences.size(); k++) {
            if (sentences.get(k).postId().equals(post)) {
                SentenceFrame.Time t = frames.get(k).time();
                recovery |= frames.get(k).recovery();
                if (t == SentenceFrame.Time.CURRENT || (t == SentenceFrame.Time.RECENT
                        && context != SentenceFrame.Time.CURRENT)
                        || (t == SentenceFrame.Time.PAST && context == SentenceFrame.Time.UNMARKED)) {
                    context = t;
                }
            }
        }
        boolean presentInPost = PRESENT_TENSE.matcher(s).find();
        for (int k = 0; k < sentences.size() && !presentInPost; k++) {
            presentInPost = sentences.get(k).postId().equals(post)
                    && PRESENT_TENSE.matcher(plain.get(k)).find();
        }
        if (presentInPost || context == SentenceFrame.Time.CURRENT) {
            return Recency.CURRENT;
        }
        if (context == SentenceFrame.Time.PAST || recovery) {
            return Recency.PAST;
        }
        return Recency.RECENT; // unmarked past tense: assume the last days rather than risk calling it over
    }

    private static Recency moreRecent(Recency a, Recency b) {
        return a == Recency.NONE ? b : b == Recency.NONE ? a : a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Replies by others than the writer with method details, encouragement or minimising. */
    private static List<HarmfulReply> harmfulReplies(PostThread thread, List<Sentence> sentences,
            List<SentenceFrame> frames, List<String> plain, Map<String, AuthorRisk> risks) {
        Map<String, Map<String, List<Evidence>>> found = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            Post post = thread.post(s.postId());
            if (post.author().equals(thread.writer()) || frames.get(s.index()).reported()) {
                continue;
            }
            String whole = plain.get(s.index());
            String t = whole;
            if (SafetyRules.REPLY_NEGATED.matcher(whole).find() || frames.get(s.index()).negated()) {
                // what a negated clause says is no harm ("please don't do it"); a clause beside it may still be ("those
                // won't do it, you'd need something stronger")
                t = unnegatedClauses(whole);
            }
            // a dose is a method detail only under a post at risk (a pharmacist's safe limit for toothache is not)
            String kind = SafetyRules.REPLY_METHOD.matcher(t).find() || SafetyRules.REPLY_DOSE.matcher(t).find()
                    && !SafetyRules.REPLY_OWN_REGIMEN.matcher(t).find()
                    && answersRiskAbove(thread, risks, s.postId()) ? "method"
                    // "just do it" encourages suicide only under a post that speaks of it (not of a workout); words
                    // of death in the reply itself are encouragement whatever they answer
                    : SafetyRules.REPLY_ENCOURAGEMENT.matcher(t).find() && (SafetyRules.SUICIDAL.matcher(t).find()
                            || answersRisk(thread, sentences, plain, risks, s.postId())) ? "encouragement"
                    : minimises(whole) ? "minimising" : null;
            if (kind != null) {
                found.computeIfAbsent(post.id(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(evidence(thread, s, "harmful-reply." + kind, 1));
            }
        }
        List<HarmfulReply> out = new ArrayList<>();
        found.forEach((postId, kinds) -> kinds.forEach((kind, ev) ->
                out.add(new HarmfulReply(postId, thread.post(postId).author(), kind, ev))));
        return out;
    }

    /**
     * Whether a clause of the sentence minimises, where no negation outside the minimising words governs it: "it's
     * not that deep" carries its own; "self-harm isn't attention seeking" denies it.
     */
    private static boolean minimises(String t) {
        for (String clause : CLAUSES.split(t)) {
            Matcher m = SafetyRules.REPLY_MINIMISING.matcher(clause);
            if (!m.find() || SafetyRules.REPLY_NEGATED.matcher(clause).find()) {
                continue;
            }
            String around = clause.substring(0, m.start()) + " " + clause.substring(m.end());
            if (!CLAUSE_NEGATED.matcher(around).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the author of the post a reply answers, or the thread's writer, reads moderate or more. */
    private static boolean answersRiskAbove(PostThread thread, Map<String, AuthorRisk> risks, String reply) {
        for (String author : List.of(thread.post(thread.parentId(reply)).author(), thread.writer())) {
            AuthorRisk r = risks.get(author);
            if (r != null && r.level().compareTo(TriageLevel.MODERATE) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The clauses of a sentence that neither deny nor forbid, joined; "" when there are none. */
    private static String unnegatedClauses(String t) {
        StringBuilder out = new StringBuilder();
        for (String clause : CLAUSES.split(t)) {
            if (!SafetyRules.REPLY_NEGATED.matcher(clause).find() && !CLAUSE_NEGATED.matcher(clause).find()) {
                out.append(clause).append(", ");
            }
        }
        return out.toString();
    }

    /**
     * Whether a reply answers risk: the author of the post it answers, or the thread's writer, reads moderate or more,
     * or that post or the thread's first speaks of suicide, self-injury, a means or death ("if I vanished for good").
     */
    private static boolean answersRisk(PostThread thread, List<Sentence> sentences, List<String> plain,
            Map<String, AuthorRisk> risks, String reply) {
        String parent = thread.parentId(reply);
        String root = thread.root().id();
        return answersRiskAbove(thread, risks, reply) || sentences.stream()
                .anyMatch(x -> (x.postId().equals(parent) || x.postId().equals(root))
                        && (namesRisk(plain.get(x.index()))
                                || SafetyRules.DEATH_OR_HARM.matcher(plain.get(x.index())).find()));
    }

    /**
     * The fine-tuned reader's evidence for its reading of "at least {@code level}" ({@code whole}, of all the author's
     * sentences): the sentence whose leaving out lowers that reading most, among those that touch risk where any does.
     */
    private Evidence tunedEvidence(PostThread thread, List<Sentence> sentences, List<String> plain,
            List<Integer> mine, BranchStates states, TriageLevel level, double[] whole) {
        int output = level.ordinal() - 1;
        int[] own = mine.stream().mapToInt(Integer::intValue).toArray();
        int top = own[0];
        double best = Double.NEGATIVE_INFINITY;
        boolean anyTouches = mine.stream().anyMatch(i -> touchesRisk(plain.get(i)));
        for (int k = 0; k < own.length; k++) {
            int left = k;
            int[] without = IntStream.range(0, own.length).filter(j -> j != left).map(j -> own[j]).toArray();
            double cost = whole[output] - (without.length == 0 ? 0 : triage.atLeast(states, without)[output]);
            if (cost > best && (!anyTouches || touchesRisk(plain.get(own[k])))) {
                best = cost;
                top = own[k];
            }
        }
        return evidence(thread, sentences.get(top), TUNED_SIGNAL, Math.max(0, best));
    }

    /**
     * Whether every sentence of the author's that touches risk is an exclamation with a laugh ("forgot my keys again
     * kms lol"); a laugh beside a want or a thought is no joke ("honestly wanna kms since the diagnosis lol",
     * docs/triage.md), nor is one taken back.
     */
    private static boolean jokedOnly(List<String> plain, List<Integer> mine) {
        return mine.stream().map(plain::get).filter(SafetyAnalyzer::touchesRisk)
                .allMatch(t -> SafetyRules.JOKING.matcher(t).find() && !SafetyRules.NOT_JOKING.matcher(t).find()
                        && !SafetyRules.WANT_OR_THOUGHT.matcher(t).find());
    }

    private static Evidence evidence(PostThread thread, Sentence s, String signal, double score) {
        Post p = thread.post(s.postId());
        String original = s.field() == Sentence.Field.TITLE ? p.title() : p.text();
        return new Evidence(s.postId(), s.field().wireName(), s.span().begin(), s.span().end(),
                s.span().of(original), signal, Math.round(score * 1000) / 1000.0);
    }

    /** Which span of which post's field the evidence is. */
    private static String spanKey(Evidence e) {
        return e.post() + "|" + e.field() + "|" + e.begin();
    }

    /**
     * Evidence in reading order, one entry per span and signal: a rule's reading (score 1) of a span the head's
     * occlusion also gave the same signal replaces the head's.
     */
    private static List<Evidence> dedupe(List<Evidence> evidence) {
        Map<String, Evidence> unique = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            unique.merge(spanKey(e) + "|" + e.signal(), e,
                    (kept, later) -> later.score() > kept.score() ? later : kept);
        }
        List<Evidence> out = new ArrayList<>(unique.values());
        return out;
    }

    private static float[] pool(SentenceEmbeddings vectors, List<Integer> indexes) {
        List<float[]> vs = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            vs.add(vectors.get(i));
        }
        return SafetyFeatures.pooled(vs, vectors.dimension());
    }

    private static String text(List<Sentence> sentences, List<Integer> indexes) {
        StringBuilder sb = new StringBuilder();
        for (int i : indexes) {
            sb.append(sentences.get(i).normalized()).append('\n');
        }
        return sb.toString();
    }
}
