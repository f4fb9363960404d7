package org.attune.train.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.engine.Engine;
import org.attune.core.io.ThreadReader;
import org.attune.core.safety.AuthorRisk;
import org.attune.core.safety.HarmfulReply;
import org.attune.core.safety.TriageLevel;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/**
 * The safety functional suite: short synthetic cases, each with the band of triage levels a clinician would accept
 * for the writer (docs/triage.md), grouped by category. A case passes when every expectation it states holds: the
 * writer's level, other authors' levels, self-injury recency, and a flagged harmful reply.
 */
public final class FunctionalSuite {
    public static final String RESOURCE = "/org/attune/train/safety/functional-cases.jsonl";
    /**
     * Cases written later by someone who had read only docs/triage.md, never the code, the model or the first suite.
     * Read once before anything was changed because of them; the rules have since been revised after their failures.
     */
    public static final String BLIND = "/org/attune/train/safety/functional-cases-blind.jsonl";
    /** A second blind set, written the same way after the first one's failures had been read and acted on. */
    public static final String BLIND_2 = "/org/attune/train/safety/functional-cases-blind2.jsonl";
    /** A third, written before the second one's failures were acted on, read once, then acted on. */
    public static final String BLIND_3 = "/org/attune/train/safety/functional-cases-blind3.jsonl";
    /** A fourth, written while the third one's failures were acted on, read once, acted on a session later. */
    public static final String BLIND_4 = "/org/attune/train/safety/functional-cases-blind4.jsonl";
    /** A fifth, written after the fourth was read, read once, acted on a session later. */
    public static final String BLIND_5 = "/org/attune/train/safety/functional-cases-blind5.jsonl";
    /**
     * A sixth, written before the fourth and fifth were acted on; read once before those changes and once after them,
     * then acted on in the fifth session.
     */
    public static final String BLIND_6 = "/org/attune/train/safety/functional-cases-blind6.jsonl";
    /** A seventh, written before the sixth was acted on, read once before and once after, then acted on itself. */
    public static final String BLIND_7 = "/org/attune/train/safety/functional-cases-blind7.jsonl";
    /** An eighth, written before the seventh was acted on, read once before and once after, then acted on itself. */
    public static final String BLIND_8 = "/org/attune/train/safety/functional-cases-blind8.jsonl";
    /**
     * A ninth, written after the seventh was acted on, read once before the eighth was and once after; its failures
     * read and acted on in the sixth session, after a first blind 11 and 12 were written (lost unread when the machine
     * was reset; written again in the seventh session).
     */
    public static final String BLIND_9 = "/org/attune/train/safety/functional-cases-blind9.jsonl";
    /** A tenth, written before the eighth was acted on, read once before and once after; acted on with the ninth. */
    public static final String BLIND_10 = "/org/attune/train/safety/functional-cases-blind10.jsonl";
    /**
     * Blinds 11 to 14 were written together in the seventh session, after the ninth and tenth were acted on, each by a
     * colleague who read only docs/triage.md; all four were read once with the code of that moment, before anything
     * changed because of them. 11 and 12 were then acted on and 13 and 14 read again; then 13 and 14 were acted on.
     */
    public static final String BLIND_11 = "/org/attune/train/safety/functional-cases-blind11.jsonl";
    /** See {@link #BLIND_11}. */
    public static final String BLIND_12 = "/org/attune/train/safety/functional-cases-blind12.jsonl";
    /** See {@link #BLIND_11}. */
    public static final String BLIND_13 = "/org/attune/train/safety/functional-cases-blind13.jsonl";
    /** See {@link #BLIND_11}. */
    public static final String BLIND_14 = "/org/attune/train/safety/functional-cases-blind14.jsonl";
    /**
     * Blinds 15 and 16 were written in the seventh session after blinds 11 and 12 were acted on, from docs/triage.md
     * alone, and read once with the code of that moment before anything changed because of them.
     */
    public static final String BLIND_15 = "/org/attune/train/safety/functional-cases-blind15.jsonl";
    /** See {@link #BLIND_15}. */
    public static final String BLIND_16 = "/org/attune/train/safety/functional-cases-blind16.jsonl";
    /**
     * Blinds 17 and 18 were written at the end of the seventh session, after everything it changed, from docs/triage.md
     * alone, and read once with the code it shipped: the unworn estimate.
     */
    public static final String BLIND_17 = "/org/attune/train/safety/functional-cases-blind17.jsonl";
    /** See {@link #BLIND_17}. */
    public static final String BLIND_18 = "/org/attune/train/safety/functional-cases-blind18.jsonl";
    /**
     * Blinds 19 and 20 were written at the start of the eighth session from docs/triage.md alone, read once with the
     * code the seventh session shipped, and read again (totals only) after the eighth session's changes, which were
     * chosen on blinds 17 and 18: the estimate.
     */
    public static final String BLIND_19 = "/org/attune/train/safety/functional-cases-blind19.jsonl";
    /** See {@link #BLIND_19}. */
    public static final String BLIND_20 = "/org/attune/train/safety/functional-cases-blind20.jsonl";
    /**
     * Blinds 21 and 22 were written in the ninth session from docs/triage.md alone (forum posts as people write them on
     * a crisis forum; journals, letters and texts a clinician might see), after its first changes, which were chosen
     * on real posts, not on any blind set. Read (totals only) with the eighth session's code, with those changes and
     * with the session's last: the estimate.
     */
    public static final String BLIND_21 = "/org/attune/train/safety/functional-cases-blind21.jsonl";
    /** See {@link #BLIND_21}. */
    public static final String BLIND_22 = "/org/attune/train/safety/functional-cases-blind22.jsonl";
    /**
     * Blind 23 (80 threads in 8 categories) was written in the twelfth session from docs/triage.md alone by a helper
     * who read no code and no case file: screening answers, follow-ups, commenters' own risk, support replies,
     * quoting, short replies and figures of speech, all in threads, which the earlier blinds barely have. Read with
     * the session's first and last code: 42 of 80, 2 dangerous misses, 1 false alarm, then 48, 0, 5. Its failures
     * were read and two changes tried on them were not kept, so the shipped code is the one its last reading measured.
     */
    public static final String BLIND_23 = "/org/attune/train/safety/functional-cases-blind23.jsonl";
    /**
     * Blinds 24 and 25 were written at the start of the sixteenth session from docs/triage.md alone by two helpers who
     * read no code and no case file (the second asked for another population: carers, shift workers, veterans,
     * second-language and phone writing, understatement, dark jokes). Read with the session's first code (totals
     * only), before anything changed, and with its last. Their failures were read in the seventeenth session.
     */
    public static final String BLIND_24 = "/org/attune/train/safety/functional-cases-blind24.jsonl";
    /** See {@link #BLIND_24}. */
    public static final String BLIND_25 = "/org/attune/train/safety/functional-cases-blind25.jsonl";
    /**
     * Blinds 26 and 27 were written at the start of the seventeenth session from docs/triage.md alone by two helpers
     * who read no code and no case file (students and young adults, phone writing, long rambling and very short posts;
     * then older adults, new parents, chronic illness, debt, farming and trades, grief, recovery from addiction, and
     * writers whose first language is not English). Read with the session's first code (totals only), before anything
     * changed, and with its last: the estimate in that session. Their failures were read in the eighteenth.
     */
    public static final String BLIND_26 = "/org/attune/train/safety/functional-cases-blind26.jsonl";
    /** See {@link #BLIND_26}. */
    public static final String BLIND_27 = "/org/attune/train/safety/functional-cases-blind27.jsonl";
    /**
     * Blinds 28 and 29 were written in the eighteenth session from docs/triage.md alone by two helpers who read no code
     * and no case file (people at work and in uniform, and LGBTQ+ teenagers and young adults; then English around the
     * world and in dialect, writers whose first language is not English, carers, people after prison, new mothers,
     * eating disorders, literal phrasing): the estimate in that session, read by totals only. That session had
     * seen the per-case outcomes of blinds 26 and 27 (ids and levels) and two of blind 26's texts. Their failures were
     * read and acted on in the nineteenth session, after blinds 30 and 31 had been written and read.
     */
    public static final String BLIND_28 = "/org/attune/train/safety/functional-cases-blind28.jsonl";
    /** See {@link #BLIND_28}. */
    public static final String BLIND_29 = "/org/attune/train/safety/functional-cases-blind29.jsonl";
    /**
     * Blinds 30 and 31 were written at the start of the nineteenth session from docs/triage.md alone by two helpers
     * who read no code and no case file: 160 single posts (athletes, gamers, musicians, faith, rural and island life,
     * disability and chronic pain, gambling and debt, divorce and custody, people in their 40s to 60s, online dating;
     * lyrics, fiction and art, dark humour, slang) and 100 reply threads in 10 categories (screening answers,
     * follow-ups that escalate or reassure, commenters' own current and past risk, support and harmful replies,
     * quoting, figures of speech, long mixed threads). Read by totals only with the session's first code, before
     * anything changed, and with its last: the estimate since.
     */
    public static final String BLIND_30 = "/org/attune/train/safety/functional-cases-blind30.jsonl";
    /** See {@link #BLIND_30}. */
    public static final String BLIND_31 = "/org/attune/train/safety/functional-cases-blind31.jsonl";
    /**
     * Blinds 32 and 33 were written at the start of the twentieth session from docs/triage.md alone by two helpers who
     * read no code and no case file: 160 single posts (autistic and ADHD adults, bipolar disorder and psychosis, OCD,
     * new fathers, homelessness, leaving an abusive partner, bereaved by suicide, inpatients, trans adults, migrants,
     * nurses and teachers, retirees, voice-to-text, very long and very short posts) and 100 threads (updates over days,
     * retractions, screening questions, commenters in crisis or with history, helpers, harmful replies, good support,
     * banter, long threads). Read by totals with the session's first code, then, once blinds 30 and 31 had been acted
     * on, their failures were read and acted on in the same session.
     */
    public static final String BLIND_32 = "/org/attune/train/safety/functional-cases-blind32.jsonl";
    /** See {@link #BLIND_32}. */
    public static final String BLIND_33 = "/org/attune/train/safety/functional-cases-blind33.jsonl";
    /**
     * Blinds 34 and 35 were written in the twentieth session, after blinds 32 and 33's totals showed that the rules
     * written from blinds 30 and 31 had not moved them, from docs/triage.md alone by two helpers who read no code and no
     * case file: 160 single posts (university staff, care workers and paramedics, drivers, fishermen, serving
     * soldiers, faith communities, grandparents raising grandchildren, long COVID, eating disorders, cancer, probation,
     * gambling, English of Ireland, Wales, Scotland, New Zealand, South Africa, the Philippines and Kenya, clinical and
     * formal writing) and 100 threads (disclosure in a later post, context after a risky first post, screening
     * questions, reassurance and its limits, commenters' disclosures, a writer supporting others, harmful replies,
     * quotes and forwarded messages, banter, long threads). Read by totals only, with the session's first code and its
     * last: the estimate since.
     */
    public static final String BLIND_34 = "/org/attune/train/safety/functional-cases-blind34.jsonl";
    /** See {@link #BLIND_34}. */
    public static final String BLIND_35 = "/org/attune/train/safety/functional-cases-blind35.jsonl";
    /**
     * Blinds 36 and 37 were written at the start of the twenty-first session from docs/triage.md alone by two helpers
     * who read no code and no case file, asked for wording not used before: 160 single posts (nurses, junior doctors,
     * pharmacists and vets, tradespeople, miners and rig workers, farmers in drought, refugees and migrants writing in
     * a second language, Nigerian, Ghanaian, Jamaican, Singaporean, Indian and Pakistani English, AAVE, Gen-Z slang,
     * LGBTQ+ teenagers, postpartum and bereaved parents, prison, addiction recovery, psychosis and bipolar episodes,
     * care homes, carers; diaries, lists, notes to self, letters to the dead, voice-note transcripts, referrals) and 100
     * threads (updates over days, risk buried in a practical question, screening answers, commenters in crisis or with
     * history, misreadings and corrections, harmful and helpful replies, group chats, parents, partners and
     * professionals, poems and quoted messages). Read by totals only from the twenty-first session to the
     * twenty-fifth; their failures were read and acted on in the twenty-sixth.
     */
    public static final String BLIND_36 = "/org/attune/train/safety/functional-cases-blind36.jsonl";
    /** See {@link #BLIND_36}. */
    public static final String BLIND_37 = "/org/attune/train/safety/functional-cases-blind37.jsonl";
    /**
     * Blinds 38 and 39 were written at the start of the twenty-sixth session from docs/triage.md alone by two helpers
     * who read no code and no case file: 160 single posts (airline crew, lawyers, chefs, call-centre and warehouse
     * workers, delivery riders, sex workers, people living with HIV, Deaf writers, crypto losses, IVF and
     * miscarriage, menopause, widowers, firefighters and police, accountants, laid-off engineers, small towns;
     * Hinglish, Spanglish and Taglish, Korean and Japanese writers in English, all caps, emoji, very terse posts,
     * lists, the writer's own poems) and 100 threads (retractions, updates, screening answers, commenters' own risk
     * and past, harmful replies, a third party then the writer, banter, quotes and lyrics, long threads). Read by
     * totals only, with the session's first code and its last; their failures were read and acted on in the
     * twenty-seventh.
     */
    public static final String BLIND_38 = "/org/attune/train/safety/functional-cases-blind38.jsonl";
    /** See {@link #BLIND_38}. */
    public static final String BLIND_39 = "/org/attune/train/safety/functional-cases-blind39.jsonl";
    /**
     * Blinds 40 and 41 were written at the start of the twenty-seventh session from docs/triage.md alone by two helpers
     * who read no code and no case file: 160 single posts (farmers in drought, vets and pharmacists, doctors and
     * paramedics, veterans, truckers, fishermen and miners, teachers, exam pressure in India, Korea and China,
     * elderly people alone, chronic pain, eating disorders, gambling debt, abuse survivors, refugees, autistic and
     * ADHD adults, trans adults, faith communities, Australian, Scottish, Irish and Nigerian Englishes, Gen Z and
     * gamer slang, divorced fathers, injured athletes and musicians; dated journals, transcribed texts, a diary card,
     * machine-translated English) and 100 threads (farmers' and veterans' forums, eating-disorder recovery, gambling
     * debt, abuse survivors, autistic and trans adults, faith communities, Discord servers, sports injuries, divorced
     * fathers, homelessness, refugees, dose questions answered by a pharmacist or a vet). Read by totals only with
     * the session's first code; their failures were read and acted on in the same session, once blinds 42 and 43
     * had been written to take over as the estimate.
     */
    public static final String BLIND_40 = "/org/attune/train/safety/functional-cases-blind40.jsonl";
    /** See {@link #BLIND_40}. */
    public static final String BLIND_41 = "/org/attune/train/safety/functional-cases-blind41.jsonl";
    /**
     * Blinds 42 and 43 were written in the twenty-seventh session from docs/triage.md alone by two helpers who read no
     * code and no case file: 160 single posts (new fathers, loan-shark debt, care leavers, benefits and sick leave,
     * prisoners' families, scaffolders, bar staff, touring musicians, streamers abused online, remote stations and
     * ships, Appalachian, Welsh and South African English, Singlish, Arabic- and Urdu-speaking writers, serious
     * illness and assisted dying, the bereaved by suicide, attempt survivors, psychiatric wards, dementia carers, OCD
     * intrusive thoughts, everyday dark words) and 100 threads (new parents at 4am, chronic illness, the bereaved by
     * suicide, OCD, inpatients, loan sharks, streamers and trolls, a workplace Slack, moderators' check-ins answered
     * evasively, medical questions, goodbyes to a forum, care leavers, a person on a bridge, siblings, recovery
     * updates). Read by totals only, with the session's first code and its last: the estimate since.
     */
    public static final String BLIND_42 = "/org/attune/train/safety/functional-cases-blind42.jsonl";
    /** See {@link #BLIND_42}. */
    public static final String BLIND_43 = "/org/attune/train/safety/functional-cases-blind43.jsonl";
    /**
     * The blind sets in the order they were written. The first {@link #BLIND_ACTED_ON} have been acted on and train the
     * triage exemplar head; 15 and 16 were never acted on by a rule, but after four readings they no longer estimate
     * anything and joined the exemplar's training in the eighth session. The failures of blinds 19 to 22 were read in
     * the sixteenth session, when blinds 24 and 25 took over as the estimate, and theirs in the seventeenth, when blinds
     * 26 and 27 did; theirs in the eighteenth, blinds 28 and 29's in the nineteenth, blinds 30 to 33's in the
     * twentieth, blinds 34 and 35's in the twenty-first, and blinds 36 and 37's in the twenty-sixth
     * ({@link #BLIND_READ}), and blinds 38 to 41's in the twenty-seventh, when blinds 42 and 43 took over as the
     * estimate.
     */
    public static final List<String> BLIND_SUITES = List.of(BLIND, BLIND_2, BLIND_3, BLIND_4, BLIND_5, BLIND_6,
            BLIND_7, BLIND_8, BLIND_9, BLIND_10, BLIND_11, BLIND_12, BLIND_13, BLIND_14, BLIND_15, BLIND_16, BLIND_17,
            BLIND_18, BLIND_19, BLIND_20, BLIND_21, BLIND_22, BLIND_23, BLIND_24, BLIND_25, BLIND_26, BLIND_27, BLIND_28,
            BLIND_29, BLIND_30, BLIND_31, BLIND_32, BLIND_33, BLIND_34, BLIND_35,
            BLIND_36, BLIND_37, BLIND_38, BLIND_39, BLIND_40, BLIND_41, BLIND_42, BLIND_43);
    /**
     * The first sets that train the exemplar head. More read sets do not help it on sets written later: the sixteenth
     * session measured training on 19 to 22 against 24 and 25, the twentieth on 1 to 29 against 30 to 33, and the
     * twenty-first on 1 to 35 against blinds 36 and 37, unread: 126 of 260 pass, 20 dangerous misses, 13 false alarms,
     * against 128, 21, 12 trained on 1 to 18, and one false alarm more in the main suite's threads. It stays at 18.
     */
    public static final int BLIND_ACTED_ON = 18;
    /**
     * The first sets whose failures have been read (blinds 1 to 41): rules have been written from their failures (19 to
     * 25 in the seventeenth session, 26 and 27 in the eighteenth, 28 and 29 and blind 23's threads in the nineteenth,
     * 30 to 33 in the twentieth, 34 and 35 in the twenty-first, 36 and 37 in the twenty-sixth, 38 to 41 in the
     * twenty-seventh). The sets after them are the estimate.
     */
    public static final int BLIND_READ = 41;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One case's outcome; {@code problems} is empty when it passed. */
    public record Outcome(String id, String category, List<String> expected, String actual, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** Per-category counts. */
    public record CategoryResult(String category, int cases, int passed) {
        public double accuracy() {
            return cases == 0 ? 0 : (double) passed / cases;
        }
    }

    public record Report(List<Outcome> outcomes, List<CategoryResult> categories) {
        public int passed() {
            return (int) outcomes.stream().filter(Outcome::passed).count();
        }

        public double accuracy() {
            return (double) passed() / outcomes.size();
        }

        /** Cases that expected at least high and got at most low: the misses that matter most. */
        public List<Outcome> dangerousMisses() {
            return outcomes.stream().filter(o -> TriageLevel.fromWire(o.expected.get(0)).compareTo(TriageLevel.HIGH) >= 0
                    && TriageLevel.fromWire(o.actual).compareTo(TriageLevel.LOW) <= 0).toList();
        }

        /** Cases that expected at most low and got at least high: the false alarms that cost trust. */
        public List<Outcome> falseAlarms() {
            return outcomes.stream().filter(o -> TriageLevel.fromWire(o.expected.get(o.expected.size() - 1))
                    .compareTo(TriageLevel.LOW) <= 0
                    && TriageLevel.fromWire(o.actual).compareTo(TriageLevel.HIGH) >= 0).toList();
        }
    }

    private FunctionalSuite() {
    }

    public static List<JsonNode> cases(String resource) {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = FunctionalSuite.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(MAPPER.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    public static Report run(Engine engine) {
        return run(engine, RESOURCE);
    }

    public static Report run(Engine engine, String resource) {
        List<JsonNode> cases = cases(resource);
        ThreadReader reader = new ThreadReader();
        List<PostThread> threads = new ArrayList<>();
        for (JsonNode c : cases) {
            if (c.has("thread")) {
                threads.add(reader.readJson(c.get("thread").toString().getBytes(StandardCharsets.UTF_8),
                        c.get("id").asText()));
            } else {
                threads.add(PostThread.of(Post.document(c.get("id").asText(), "writer", c.get("text").asText())));
            }
        }
        List<Assessment> results = new ArrayList<>();
        for (int from = 0; from < threads.size(); from += 32) {
            results.addAll(engine.assess(threads.subList(from, Math.min(threads.size(), from + 32))));
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, int[]> byCategory = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            Outcome o = judge(cases.get(i), threads.get(i), results.get(i));
            outcomes.add(o);
            int[] counts = byCategory.computeIfAbsent(o.category, k -> new int[2]);
            counts[0]++;
            counts[1] += o.passed() ? 1 : 0;
        }
        List<CategoryResult> categories = new ArrayList<>();
        byCategory.forEach((k, v) -> categories.add(new CategoryResult(k, v[0], v[1])));
        return new Report(outcomes, categories);
    }

    private static Outcome judge(JsonNode c, PostThread thread, Assessment a) {
        List<String> problems = new ArrayList<>();
        Map<String, AuthorRisk> risks = new LinkedHashMap<>();
        for (AuthorSection s : a.authors()) {
            risks.put(s.author(), s.risk());
        }
        AuthorRisk writer = risks.get(thread.writer());
        String actual = writer == null ? "none" : writer.level().wireName();
        List<String> expected = strings(c.get("expect"));
        if (!expected.contains(actual)) {
            problems.add("writer " + actual + " not in " + expected);
        }
        JsonNode others = c.path("expectAuthors");
        for (Iterator<Map.Entry<String, JsonNode>> it = others.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            AuthorRisk r = risks.get(e.getKey());
            String got = r == null ? "none" : r.level().wireName();
            if (!strings(e.getValue()).contains(got)) {
                problems.add(e.getKey() + " " + got + " not in " + strings(e.getValue()));
            }
        }
        if (c.has("selfInjury") && writer != null) {
            String want = c.get("selfInjury").asText();
            String got = writer.selfInjury().recency().wireName();
            if (!want.equals(got)) {
                problems.add("self-injury " + got + " not " + want);
            }
        }
        List<HarmfulReply> flagged = a.harmfulReplies() == null ? List.of() : a.harmfulReplies();
        String harmful = c.path("harmfulReply").path("post").asText(null);
        if (harmful != null) {
            String kind = c.get("harmfulReply").path("kind").asText();
            if (flagged.stream().noneMatch(h -> h.post().equals(harmful) && h.kind().equals(kind))) {
                problems.add("reply " + harmful + " not flagged as " + kind);
            }
        }
        // a flag on a reply the case does not call harmful is a false flag: a moderator would hide support
        flagged.stream().filter(h -> !h.post().equals(harmful))
                .forEach(h -> problems.add("reply " + h.post() + " flagged as " + h.kind() + ", not harmful"));
        return new Outcome(c.get("id").asText(), c.get("category").asText(), expected, actual, problems);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
