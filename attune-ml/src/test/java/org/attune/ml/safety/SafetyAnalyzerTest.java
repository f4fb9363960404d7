package org.attune.ml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.engine.Engine;
import org.attune.core.safety.AuthorRisk;
import org.attune.core.safety.Evidence;
import org.attune.core.safety.Recency;
import org.attune.core.safety.TriageLevel;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;

/** Behaviour of the safety analysis on synthetic texts: who, when, mode, and the shape of its claims. */
class SafetyAnalyzerTest {
    private static OnnxEncoder encoder;
    private static Engine engine;

    @BeforeAll
    static void open() {
        encoder = StandardPipeline.safetyEncoder(2);
        engine = StandardPipeline.engine(encoder);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static Post post(String id, String author, String text, Post... replies) {
        return new Post(id, author, null, null, text, null, List.of(replies));
    }

    private static AuthorRisk risk(Assessment a, String author) {
        return a.authors().stream().filter(s -> s.author().equals(author)).findFirst().map(AuthorSection::risk)
                .orElseThrow();
    }

    private static AuthorRisk writerRisk(String text) {
        return risk(engine.assess(PostThread.of(Post.document("t", "writer", text))), "writer");
    }

    /**
     * The fine-tuned reader raises a writer read none or low to high or moderate and never lowers one: each text
     * reads at least the level it reads without the reader (an engine over an encoder without its branch), a raise
     * shows the sentence it rests on, a method pictured in words the rules miss is raised to high, and a hopelessness
     * about waking up the rules read as distress is raised to moderate.
     */
    @Test
    void theTunedReader_raisesOnly_andShowsItsSentence() {
        List<String> texts = List.of(
                "This commute is killing me, I'm dying to get home.",
                "I would never hurt myself, I just had a rough week at work.",
                "My brother tried to kill himself last year and I still worry about him.",
                "I've sorted the cat's new home and written the letters. Everything is in order now.",
                "Some nights I lie awake and wish I just wouldn't wake up.",
                "Been looking up how many of my tablets it would take. Just curious really.",
                "I keep staring at the bridge on my way home. I know what I'm thinking about.",
                "Finished my exams today! So relieved, going out to celebrate with friends.",
                "Three years clean from cutting today. Proud of myself.",
                "i cant do this anymore. told my sister she can have my guitar. its fine",
                "The character in my novel takes an overdose in chapter four; is the timeline realistic?",
                "everyone would be better off if i just disappeared for good",
                "Finally sorted the garage out. Took three bags to the tip and gave the old bike to my nephew.",
                "I think of different ways to decorate the flat.", WEAPONS_PICTURED, NO_POINT_WAKING);
        try (OnnxEncoder plain = OnnxEncoder.bgeSmall(2)) {
            Engine without = StandardPipeline.engine(plain);
            for (String text : texts) {
                PostThread thread = PostThread.of(Post.document("t", "writer", text));
                AuthorRisk tuned = risk(engine.assess(thread), "writer");
                AuthorRisk rules = risk(without.assess(thread), "writer");
                assertTrue(tuned.level().compareTo(rules.level()) >= 0, "lowered: " + rules.level() + " -> "
                        + tuned.level() + " for text " + texts.indexOf(text));
                for (Evidence e : tuned.evidence()) {
                    assertEquals(e.text(), text.substring(e.begin(), e.end()));
                }
                if (tuned.level() != rules.level()) {
                    assertTrue(tuned.level() == TriageLevel.HIGH || tuned.level() == TriageLevel.MODERATE,
                            "raised to " + tuned.level());
                    assertTrue(rules.level().compareTo(TriageLevel.LOW) <= 0, "raised from " + rules.level());
                    assertTrue(tuned.evidence().stream().anyMatch(e -> e.signal().equals("triage-tuned")),
                            "text " + texts.indexOf(text));
                }
            }
            // a method pictured in words no rule reads as such: the rules read low, the fine-tuned reader high
            PostThread thread = PostThread.of(Post.document("t", "writer", WEAPONS_PICTURED));
            assertTrue(risk(without.assess(thread), "writer").level().compareTo(TriageLevel.LOW) <= 0);
            AuthorRisk raised = risk(engine.assess(thread), "writer");
            assertEquals(TriageLevel.HIGH, raised.level());
            assertTrue(raised.evidence().stream().anyMatch(e -> e.signal().equals("triage-tuned")
                    && e.text().startsWith("Since the divorce papers came")), raised.evidence().toString());
            // a hopelessness the rules read as distress, which the reader trained on real posts reads as ideation
            thread = PostThread.of(Post.document("t", "writer", NO_POINT_WAKING));
            assertEquals(TriageLevel.LOW, risk(without.assess(thread), "writer").level());
            raised = risk(engine.assess(thread), "writer");
            assertEquals(TriageLevel.MODERATE, raised.level());
            assertTrue(raised.evidence().stream().anyMatch(e -> e.signal().equals("triage-tuned")),
                    raised.evidence().toString());
        }
    }

    private static final String NO_POINT_WAKING = "I keep thinking there is no point to any of this. What is even the "
            + "point of waking up.";

    private static final String WEAPONS_PICTURED = "On guard duty next week, which means access to weapons on my own "
            + "for hours. Since the divorce papers came I keep picturing myself with one of them and nobody around.";

    /**
     * A means bought for others on an ordinary errand is explained by it (the exemplar head read this one high until
     * 2026-12-07), but no purpose explains means kept hidden.
     */
    @Test
    void aMeansBoughtForOthers_isExplained_butNotOnceHidden() {
        assertAtMost(TriageLevel.LOW, "Picked up paracetamol and plasters for the kids on the way home, the usual "
                + "Saturday shop.");
        assertAtLeast(TriageLevel.HIGH, "Got two boxes of paracetamol with the weekly shop and hid them in my "
                + "wardrobe. Nobody needs to know what they're for.");
    }

    /** "On the way in to work" is a road, not a way to die: active thoughts with no plan stay moderate. */
    @Test
    void aRoadTravelled_isNoMethod() {
        assertEquals(TriageLevel.MODERATE, writerRisk("Been thinking about killing myself most mornings on the way in "
                + "to the depot. No plan, nothing like that, just the thought riding along with me.").level());
    }

    @Test
    void currentSelfInjuryWithHeavyBleeding_isImminent() {
        AuthorRisk r = writerRisk("Tonight I cut my arm again. It won't stop bleeding and I feel dizzy.");
        assertEquals(TriageLevel.IMMINENT, r.level());
        assertEquals(Recency.CURRENT, r.selfInjury().recency());
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("self-injury.severity")));
    }

    @Test
    void statedIntent_isAtLeastHigh() {
        assertTrue(writerRisk("I'm going to kill myself. I have decided and nothing will change it.").level()
                .compareTo(TriageLevel.HIGH) >= 0);
    }

    @Test
    void figureOfSpeech_isNotFlagged() {
        assertEquals(TriageLevel.NONE, writerRisk("This commute is killing me, I'm dying to get home.").level());
    }

    @Test
    void negatedSelfHarm_isNotSelfInjury() {
        AuthorRisk r = writerRisk("I would never hurt myself. I just had a long day at work.");
        assertFalse(r.selfInjury().present());
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, "level " + r.level());
    }

    @Test
    void selfHarmLongAgoInRecovery_isPastAndLow() {
        AuthorRisk r = writerRisk("I used to cut myself when I was a teenager. I'm five years clean now.");
        assertEquals(Recency.PAST, r.selfInjury().recency());
        assertEquals(TriageLevel.LOW, r.level());
    }

    @Test
    void aHelpersInstructionsAfterSelfInjury_areNotTheHelpersRisk() {
        Assessment a = engine.assess(PostThread.of(post("p", "writer", "I cut my arm tonight and it won't stop "
                + "bleeding. I feel dizzy.",
                post("c1", "commenter-1", "Please put pressure on it and call emergency services right now. "
                        + "Are you safe at the moment?"))));
        assertTrue(risk(a, "writer").level().compareTo(TriageLevel.HIGH) >= 0);
        AuthorRisk helper = risk(a, "commenter-1");
        assertTrue(helper.level().compareTo(TriageLevel.LOW) <= 0, "helper read as " + helper.level());
        assertEquals(0, helper.cssrs().level());
    }

    @Test
    void anAttemptDatedInTheLastDays_isHighAndItsDateIsNotANearPlan() {
        AuthorRisk r = writerRisk("I attempted on Saturday. My flatmate found me. Everyone is careful around me now.");
        assertEquals(TriageLevel.HIGH, r.level());
        assertEquals(6, r.cssrs().level());
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("cssrs.behaviour")));
    }

    @Test
    void dischargedTodayAfterAnOverdose_isTheAftermathOfARecentAct() {
        assertEquals(TriageLevel.HIGH, writerRisk("Got discharged today after my overdose. They sent me "
                + "home.").level());
    }

    @Test
    void anOverdoseTold_isNotExplainedAwayByAnAilmentNamedBesideIt() {
        // "migraine" is a benign purpose for a dose asked about, not for a dose already taken
        AuthorRisk r = writerRisk("Yesterday evening I swallowed a handful of my paracetamol on purpose. My ears are "
                + "ringing today. My flatmate thinks it's just a migraine and I haven't said anything.");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "read as " + r.level());
        AuthorRisk named = writerRisk("Took the rest of my co-codamol last night. Stomach hurts. Don't want a fuss.");
        assertTrue(named.level().compareTo(TriageLevel.HIGH) >= 0, "read as " + named.level());
    }

    @Test
    void medicineBoughtOrCarriedForAnAilment_isNoPreparation_butMedicineKeptBackIs() {
        // read imminent and high until 2026-12-06: "got ... tablets" and "bought pills" counted as means gathered
        assertAtMost(TriageLevel.LOW, "Got some tablets from the GP for my back today, hoping they help.");
        assertAtMost(TriageLevel.LOW, "Bought pills for my hay fever at the supermarket, the queue was huge.");
        assertAtMost(TriageLevel.LOW, "I keep my tablets in my handbag in case the migraine starts at work.");
        assertAtLeast(TriageLevel.HIGH, "I have been saving my night meds in a sock, about forty now. Not for "
                + "anything.");
        assertAtLeast(TriageLevel.HIGH, "Been hoarding my prescriptions for a couple of months. Nobody knows.");
        assertAtLeast(TriageLevel.HIGH, "i've got the pills lined up for tonight anyway");
    }

    @Test
    void selfInjuryToldInShorthandOrAsANounWithItsDay_isAnAct() {
        // no act was read until 2026-12-06: slang opening a sentence, a relapse under way, the act named as a noun
        // with its day, and marks dated with the body part between
        for (String text : List.of("sh last night, cleaned it up myself, im fine",
                "in the middle of a relapse. just a few scratches on my arm",
                "I mentioned the cutting on Saturday to my GP this morning.",
                "My flatmate spotted the marks on my arm from Sunday and went quiet.")) {
            AuthorRisk r = writerRisk(text);
            assertTrue(r.selfInjury().present() && r.selfInjury().recency() != Recency.PAST, text);
            assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, r.level() + ": " + text);
        }
    }

    @Test
    void askingWhatIsDangerousToTakeMany_isMethodSeeking_butAChildSafetyQuestionIsNot() {
        assertAtLeast(TriageLevel.HIGH, "What stuff from the chemist is deadly if you take loads of it? need it for my "
                + "coursework");
        assertAtMost(TriageLevel.LOW, "Which cleaning products are dangerous if a toddler gets into them? Moving "
                + "everything up high this weekend.");
    }

    @Test
    void everydayRopeKnivesWillsAndLeavingForWork_areNoRisk() {
        // read high or imminent until 2026-12-06: preparation, method seeking and a farewell in ordinary errands
        assertAtMost(TriageLevel.LOW, "Got a rope ladder for the boys' tree house, they are thrilled.");
        // a ladder is no ordinary use beside a rope got ready, nor is "everyone should" a purpose
        assertAtLeast(TriageLevel.HIGH, "Got the rope and the ladder ready in the garage.");
        assertAtLeast(TriageLevel.HIGH, "Bought a rope today. Everyone should be better off soon.");
        assertAtMost(TriageLevel.LOW, "How do I get a knife sharp enough to slice bread without tearing it?");
        assertAtMost(TriageLevel.LOW, "Wrote my will last week now I've turned 65, my solicitor suggested it.");
        assertAtMost(TriageLevel.LOW, "I always grab a coffee before I go into the office, it's my little ritual.");
        assertAtLeast(TriageLevel.IMMINENT, "Before I go, I want to thank you all. Look after each other.");
    }

    @Test
    void anActDatedByAnAgeOrByTheSentenceAfterIt_isPast() {
        // read imminent and recent until 2026-12-06: "at 31," was no date, and "That was 2009." dated nothing before it
        for (String text : List.of("At 34, after my second redundancy, I took an overdose. I'm 58 now and doing okay.",
                "I used to burn myself after my dad left. That was 2003. These days I mostly worry about my "
                        + "mortgage.")) {
            AuthorRisk r = writerRisk(text);
            assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, r.level() + ": " + text);
        }
        AuthorRisk recent = writerRisk("Burned my arm again on Sunday. That was the worst week of the year.");
        assertEquals(Recency.RECENT, recent.selfInjury().recency());
    }

    @Test
    void anAttemptToldAsABareTriedWithWhatFollowed_isRecentBehaviour() {
        // read none or low until 2026-12-06: "tried" alone named no attempt
        AuthorRisk r = writerRisk("Tried on Friday night. Woke up in hospital and they kept me in till Sunday.");
        assertEquals(TriageLevel.HIGH, r.level());
        assertEquals(6, r.cssrs().level());
        assertAtMost(TriageLevel.LOW, "I tried last week to fix the boiler myself and it didn't work, so the "
                + "engineer is coming.");
    }

    @Test
    void methodThinkingSeekingAndIntentInTheirEverydayWords_areRead() {
        // each read none or low until 2026-12-06
        assertAtLeast(TriageLevel.HIGH, "on the motorway every morning i keep thinking about just not steering "
                + "away from the barrier");
        assertAtLeast(TriageLevel.HIGH, "Stared at the scarf on the hook and thought, that would hold me.");
        assertAtLeast(TriageLevel.HIGH, "how much sertraline is too much? i just want it to stop");
        assertAtMost(TriageLevel.LOW, "how much calpol is too much for a 3 year old? she has a temp of 39");
        assertAtLeast(TriageLevel.HIGH, "What floor do you need for a jump to be lethal? Asking for reasons.");
        assertAtLeast(TriageLevel.HIGH, "where can i get charcoal without anyone asking what its for");
        assertAtLeast(TriageLevel.HIGH, "When does the fast train pass through Ashby station? Not planning to get "
                + "on it.");
        assertAtLeast(TriageLevel.IMMINENT, "gonna take my last exit tonight, thanks for the laughs");
        assertAtLeast(TriageLevel.HIGH, "I've decided it will be my last birthday. Nobody needs to make a fuss.");
        assertAtLeast(TriageLevel.IMMINENT, "I'm sat in the van down at the bottom of the old quarry with the rope.");
    }

    @Test
    void selfInjuryDatedLastWeekendOrOnADoor_isRecent() {
        for (String text : List.of("The burns from last weekend are scabbing over and I keep picking them.",
                "Punched the kitchen door on purpose on Saturday, my hand is still puffy.")) {
            AuthorRisk r = writerRisk(text);
            assertEquals(Recency.RECENT, r.selfInjury().recency(), text);
        }
    }

    @Test
    void caringForSomeoneOrAskingForAPetSitter_isNoFarewell_butAskingSomeoneToTakeOnAPetIs() {
        // read imminent until 2026-12-06: any "look after my" was a farewell
        assertAtMost(TriageLevel.LOW, "I have to look after my dad most evenings now, his memory is going.");
        assertAtMost(TriageLevel.LOW, "Could you look after my rabbits next weekend while I'm at the wedding?");
        assertAtLeast(TriageLevel.IMMINENT, "Please look after my dog for me. Tell him he was a good boy.");
        // the goodbye is the family's, and the accident, the haircut, the will and the upgrade are ordinary
        assertAtMost(TriageLevel.LOW, "The nurses switched the monitors off after the family said their goodbyes.");
        assertAtMost(TriageLevel.LOW, "Cut my thumb chopping peppers, bled a bit, carried on with the stew.");
        assertAtMost(TriageLevel.LOW, "Smashed a mug doing the dishes and nicked my thumb on it, bled loads haha.");
        // (the C-SSRS head still reads a method into this one; the act, at least, is no longer claimed)
        assertFalse(writerRisk("Cutting my own fringe tonight, fingers crossed it goes ok").selfInjury().present());
        // (the exemplar head still reads this one as high; the preparation, at least, is no longer claimed)
        assertTrue(writerRisk("Updated my will after the baby was born, everyone should have one really.").evidence()
                .stream().noneMatch(e -> e.signal().equals("cssrs.preparation")));
        assertAtMost(TriageLevel.LOW, "Giving away my old bike this weekend, finally upgraded to an e-bike!");
    }

    @Test
    void aGoodbyeBeforeGoingInForTreatment_isNoFarewell_butOneWithAnOverdoseIs() {
        // read imminent until 2026-12-06: a farewell with no ordinary leaving named
        assertAtMost(TriageLevel.LOW, "I'm checking myself into rehab on Monday. Farewell for now, wish me luck!");
        assertAtLeast(TriageLevel.IMMINENT, "Farewell everyone. I'm not going to the hospital, I took them all.");
    }

    @Test
    void anAttemptYearsAgo_isPast() {
        AuthorRisk r = writerRisk("I tried to kill myself years ago. These days I volunteer at a helpline.");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, "read as " + r.level());
    }

    @Test
    void anAttemptAtSomethingElse_isNoAttempt() {
        AuthorRisk r = writerRisk("My attempt at sourdough collapsed again, so we had toast for dinner.");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, "read as " + r.level());
        assertEquals(0, r.cssrs().level());
    }

    @Test
    void aRelapseDatedThisWeek_isRecentWhateverTheStreakBeforeIt() {
        AuthorRisk r = writerRisk("Relapsed and cut myself on Tuesday after 8 months clean.");
        assertEquals(Recency.RECENT, r.selfInjury().recency());
        assertEquals(TriageLevel.HIGH, r.level());
    }

    @Test
    void monthsWithoutHurtingMyself_isHistoryNotAnAct() {
        AuthorRisk r = writerRisk("Eight months without cutting myself. I still carry a hair tie to snap instead.");
        assertEquals(Recency.PAST, r.selfInjury().recency());
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, "read as " + r.level());
    }

    @Test
    void methodSeeking_countsHoweverItIsPhrased() {
        for (String text : List.of("how many of my antidepressants would it take to end it",
                "If I swallowed the whole packet of sleeping tablets, would it hurt?",
                "which of my meds is more dangerous if you take them all at once")) {
            AuthorRisk r = writerRisk(text);
            assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "read as " + r.level());
            assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("method-seeking")), text);
        }
    }

    @Test
    void everydayQuestionsAboutAmounts_areNotMethodSeeking() {
        for (String text : List.of("If you take a lot of vitamin C does it actually help with a cold?",
                "How many eggs would it take to make a cake for twenty people?")) {
            AuthorRisk r = writerRisk(text);
            assertTrue(r.evidence().stream().noneMatch(e -> e.signal().equals("method-seeking")), text);
        }
    }

    @Test
    void thinkingAboutAMethod_isHigh() {
        AuthorRisk r = writerRisk("i keep thinking about the tracks near my work every single morning");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "read as " + r.level());
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("cssrs.method")));
    }

    @Test
    void anOverdoseTakenThisHour_isImminentWhateverTheContainerIsCalled() {
        AuthorRisk r = writerRisk("I swallowed the entire strip of my sleeping meds twenty minutes ago.");
        assertEquals(TriageLevel.IMMINENT, r.level());
        assertEquals(6, r.cssrs().level());
    }

    @Test
    void anAttemptDatedByAgeOrMonths_isLow_butWithinThreeMonthsStaysAtLeastModerate() {
        for (String text : List.of("I overdosed when I was seventeen. I'm forty now and I coach a football team.",
                "It has been seven months since my attempt and I'm back at college.")) {
            assertEquals(TriageLevel.LOW, writerRisk(text).level(), text);
        }
        AuthorRisk weeks = writerRisk("My attempt was three weeks ago. I'm home with my parents now.");
        assertTrue(weeks.level().compareTo(TriageLevel.MODERATE) >= 0, "read as " + weeks.level());
        assertTrue(weeks.level().compareTo(TriageLevel.IMMINENT) < 0, "read as " + weeks.level());
    }

    @Test
    void anUndatedOverdose_isTreatedAsJustTaken() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("swallowed the whole box of them").level());
    }

    @Test
    void anUrgeToSelfHarm_isModerateEvenWithANearTime() {
        AuthorRisk r = writerRisk("The need to burn myself is unbearable this evening, I'm holding ice to stop it.");
        assertEquals(TriageLevel.MODERATE, r.level());
        assertFalse(r.selfInjury().present());
    }

    @Test
    void misspelledSelfInjury_isReadAsWritten() {
        AuthorRisk r = writerRisk("cuted my leg agian 2nite and its bleedin alot");
        assertEquals(TriageLevel.IMMINENT, r.level());
        assertEquals(Recency.CURRENT, r.selfInjury().recency());
    }

    @Test
    void aRelapseEndsTheStreak_ratherThanDatingTheActToIt() {
        AuthorRisk r = writerRisk("Relapsed this evening after 90 days clean. Just a few scratches.");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "read as " + r.level());
        assertTrue(r.selfInjury().recency() != Recency.PAST, "recency " + r.selfInjury().recency());
    }

    @Test
    void aPlainQuestionAboutAMeansAndItsLethality_isMethodSeeking_unlessThePurposeIsBenign() {
        AuthorRisk r = writerRisk("would a fall from the multi-storey car park roof be instant?");
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("method-seeking")), "read as " + r.level());
        AuthorRisk pet = writerRisk("My dog ate some of my ibuprofen. Is that amount deadly for a dog?");
        assertTrue(pet.evidence().stream().noneMatch(e -> e.signal().equals("method-seeking")));
    }

    @Test
    void rehomingAPetOrGivingThingsAway_isAVeiledFarewell_unlessTheReasonIsOrdinary() {
        assertEquals(TriageLevel.IMMINENT,
                writerRisk("Could someone rehome my rabbit? I won't be around to feed him.").level());
        assertEquals(TriageLevel.IMMINENT,
                writerRisk("Gave most of my clothes and games to my cousins today. It's all sorted.").level());
        AuthorRisk ordinary = writerRisk("Can anyone adopt my dog? Our new landlord doesn't allow pets.");
        assertTrue(ordinary.level().compareTo(TriageLevel.LOW) <= 0, "read as " + ordinary.level());
    }

    @Test
    void anActNamedOnlyAsIt_isSelfInjuryWhenWoundsAreNamedBesideIt() {
        AuthorRisk r = writerRisk("Done it again this evening. The bleeding hasn't stopped and it might need "
                + "stitches.");
        assertEquals(TriageLevel.IMMINENT, r.level());
        assertEquals(Recency.CURRENT, r.selfInjury().recency());
        assertFalse(writerRisk("Did it again this evening: burnt the rice. I'm hopeless at cooking.").selfInjury()
                .present());
    }

    @Test
    void oldScarsSeenNow_arePastSelfInjury() {
        AuthorRisk r = writerRisk("I cut in secondary school. My scars are pale lines now and I wear short sleeves.");
        assertEquals(Recency.PAST, r.selfInjury().recency());
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, "read as " + r.level());
    }

    @Test
    void meansBoughtForAnEverydayUse_isNoPreparation() {
        AuthorRisk r = writerRisk("Got a longer rope for the tow bar, we're camping on Saturday.");
        assertTrue(r.evidence().stream().noneMatch(e -> e.signal().equals("cssrs.preparation")),
                "read as " + r.level());
    }

    @Test
    void anAttemptByAnyMethodInTheLastDays_isHigh() {
        AuthorRisk r = writerRisk("Tried to hang myself three nights ago but the knot slipped. Nobody noticed.");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "read as " + r.level());
        assertEquals(6, r.cssrs().level());
    }

    @Test
    void quotedWordsTheWriterTakesAsTheirOwn_countAsTheirs() {
        AuthorRisk adopted = writerRisk("My favourite poem ends: \"I wish to sleep and not wake again.\" "
                + "Honestly that's me every night this month.");
        assertTrue(adopted.level().compareTo(TriageLevel.MODERATE) >= 0, "read as " + adopted.level());
        AuthorRisk quoted = writerRisk("My favourite poem ends: \"I wish to sleep and not wake again.\" "
                + "We read it in class today and talked about its rhythm.");
        assertTrue(quoted.level().compareTo(TriageLevel.LOW) <= 0, "read as " + quoted.level());
    }

    @Test
    void commentersOwnPast_raisesNobody() {
        Assessment a = engine.assess(PostThread.of(post("p", "writer", "What helped you get through exams?",
                post("c1", "commenter-1", "Honestly during lockdown I used to cut myself, but I'm two years clean "
                        + "now. Talking to friends helped."))));
        assertEquals(TriageLevel.NONE, risk(a, "writer").level());
        assertTrue(risk(a, "commenter-1").level().compareTo(TriageLevel.LOW) <= 0);
    }

    @Test
    void writersOwnFollowUp_raisesTheWriter() {
        Assessment a = engine.assess(PostThread.of(post("p", "writer", "Rough week at school, not much to say.",
                post("c1", "commenter-1", "Sorry to hear that, want to talk?",
                        post("c1-r1", "writer", "Update: I cut myself again last night.")))));
        AuthorRisk r = risk(a, "writer");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "level " + r.level());
        assertTrue(r.evidence().stream().anyMatch(e -> e.post().equals("c1-r1")));
        assertEquals(TriageLevel.NONE, risk(a, "commenter-1").level());
    }

    @Test
    void encouragingReply_isFlaggedWithItsEvidence_butASupportiveOneIsNot() {
        Assessment a = engine.assess(PostThread.of(post("p", "writer", "I don't see the point anymore.",
                post("c1", "commenter-1", "Just do it then, nobody would miss you."),
                post("c2", "commenter-2", "Please don't do it. I'm here if you want to talk."))));
        assertEquals(1, a.harmfulReplies().size());
        assertEquals("c1", a.harmfulReplies().get(0).post());
        assertEquals("encouragement", a.harmfulReplies().get(0).kind());
    }

    @Test
    void textInAnotherLanguage_getsNoRiskClaim() {
        Assessment a = engine.assess(PostThread.of(Post.document("t", "writer",
                "No puedo más, estoy muy cansada de todo y no sé qué hacer con mi vida.")));
        assertNull(a.authors().get(0).risk());
        assertNull(a.harmfulReplies());
    }

    @Test
    void everyLevelAboveNone_hasEvidenceThatCutsItsOwnText() {
        for (String text : List.of("I cut my arm last night.", "I want to die. I think about killing myself every day.",
                "How many of my sleeping pills would it take? Asking for myself.", "Goodbye everyone, thank you "
                        + "for everything. By the time you read this I won't be here.")) {
            PostThread t = PostThread.of(Post.document("t", "writer", text));
            AuthorRisk r = risk(engine.assess(t), "writer");
            assertTrue(r.level().compareTo(TriageLevel.LOW) >= 0, "a risk is read in a case meant to carry one");
            assertFalse(r.evidence().isEmpty());
            for (Evidence e : r.evidence()) {
                assertEquals(text.substring(e.begin(), e.end()), e.text());
            }
            double sum = r.cssrs().probabilities().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1.0, sum, 0.01, "C-SSRS probabilities sum to 1");
        }
    }

    @Test
    void ideationStatedInSlang_isAtLeastModerate_butNotAsAJoke() {
        assertTrue(writerRisk("honestly wanna kms these days").level().compareTo(TriageLevel.MODERATE) >= 0);
        assertTrue(writerRisk("been thinking about ctb a lot this month").level()
                .compareTo(TriageLevel.MODERATE) >= 0);
        assertTrue(writerRisk("forgot my keys again kms lol").level().compareTo(TriageLevel.LOW) <= 0,
                "hyperbole with a laugh beside it is none or low");
    }

    @Test
    void ideationInQuotationMarks_isTheQuotedPersonsNotTheWriters() {
        AuthorRisk r = writerRisk("My nephew shouted 'I wish I was dead' because his tablet ran out of charge. Kids.");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, r.level().toString());
    }

    @Test
    void aDenialFollowedByWhatTheWriterDoesFeel_readsTheFeeling() {
        AuthorRisk r = writerRisk("I'm not suicidal, I just don't want to exist anymore.");
        assertTrue(r.level().compareTo(TriageLevel.MODERATE) >= 0, r.level().toString());
    }

    @Test
    void dwellingOnAMeans_isMethodThinking_butStaringAtABladeIsAnUrge() {
        AuthorRisk method = writerRisk("The old ladder beam in the shed keeps catching my eye. I wonder whether it "
                + "would hold my weight.");
        assertEquals(TriageLevel.HIGH, method.level());
        assertTrue(method.evidence().stream().anyMatch(e -> e.signal().equals("cssrs.method")));
        AuthorRisk urge = writerRisk("I keep staring at the blade in my drawer and I want to so much.");
        assertEquals(TriageLevel.MODERATE, urge.level());
    }

    @Test
    void aVeiledFarewell_isImminent_unlessAnOrdinaryReasonIsGiven() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Thanks for putting up with me all this time. Look after each "
                + "other.").level());
        assertTrue(writerRisk("Logging off for good, the new forum is where I'll be. See you all in the new place!")
                .level().compareTo(TriageLevel.LOW) <= 0);
    }

    @Test
    void severityTheWriterDenies_isNoMedicalDanger() {
        AuthorRisk r = writerRisk("Made a few cuts on my leg just now, not deep, I just needed it.");
        assertEquals(TriageLevel.HIGH, r.level());
        assertEquals(Recency.CURRENT, r.selfInjury().recency());
    }

    @Test
    void aNeutralSentenceBesideADenial_doesNotCarryTheDeniedRisk() {
        AuthorRisk r = writerRisk("I never said I wanted to die, my dad misread my message. All good, just busy with "
                + "the move.");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, r.level().toString());
    }

    @Test
    void aReadingAbovePlainIdeation_needsAMeansADecisionAnActOrATime() {
        // the head may read a plan into "tomorrow" beside ideation; nothing here names a way, a decision or an act
        AuthorRisk r = writerRisk("I want to kill myself. Anyway, dentist appointment tomorrow, same as always.");
        assertEquals(TriageLevel.MODERATE, r.level());
    }

    @Test
    void aPostThatTouchesNoRiskAtAll_makesNoClaim() {
        AuthorRisk r = writerRisk("How do I get red wine out of a cream carpet? Already tried salt and soda water.");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, r.level().toString());
    }

    @Test
    void selfInjuryTalkWithNoWordOfSuicide_isAnUrgeNotAPlan() {
        AuthorRisk r = writerRisk("The urge to cut is awful this evening. I gave my razors to my sister to keep.");
        assertEquals(TriageLevel.MODERATE, r.level());
    }

    @Test
    void anAttemptWhenYoung_staysPast_whateverTheAgeNow() {
        AuthorRisk r = writerRisk("I attempted suicide when I was 17. I'm 40 now and really glad I'm still here.");
        assertEquals(TriageLevel.LOW, r.level());
    }

    @Test
    void aBurdenPutAsACondition_isPassiveIdeation() {
        AuthorRisk r = writerRisk("Honestly my kids would have an easier time if I wasn't around.");
        assertEquals(TriageLevel.MODERATE, r.level());
    }

    @Test
    void ideationBeforeADenialOfAction_isStillIdeation() {
        AuthorRisk r = writerRisk("been having suicidal thoughts since the funeral, not going to do anything though");
        assertEquals(TriageLevel.MODERATE, r.level());
    }

    @Test
    void anOrdinaryGoodbye_isNoRisk() {
        AuthorRisk r = writerRisk("Goodbye all! I've moved over to a forum just for woodworking. Thanks for the help.");
        assertEquals(TriageLevel.NONE, r.level());
    }

    @Test
    void meansBroughtToAPlace_andLettersLeft_areImminent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("I'm parked at the top of the cliff road. I brought all my "
                + "tablets with me.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("I've left letters for my sisters in the kitchen drawer.")
                .level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Worked out who gets the cat and paid the last of my bills. "
                + "Everything feels quiet now.").level());
    }

    @Test
    void someoneElsesWordsInQuotes_withApostrophesInside_areTheirs() {
        AuthorRisk r = writerRisk("My cousin messaged 'I'm going to end it tonight' and then went quiet. What should I "
                + "do?");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, r.level().toString());
    }

    @Test
    void aStatedBenignPurposeOrPastime_clearsTheMeansWords() {
        assertTrue(writerRisk("My 4 year old has a temperature. What's the most paracetamol suspension I can give "
                + "her in a day?").level().compareTo(TriageLevel.LOW) <= 0);
        assertTrue(writerRisk("Went cliff diving off the harbour wall with my cousins, would happily do it again "
                + "tomorrow.").level().compareTo(TriageLevel.LOW) <= 0);
    }

    @Test
    void aJokeTheWriterWithdraws_countsAsSaid() {
        AuthorRisk r = writerRisk("haha jk... wasn't really joking about the kms thing tbh");
        assertTrue(r.level().compareTo(TriageLevel.MODERATE) >= 0, r.level().toString());
    }

    @Test
    void aGeneralQuestion_askedForOneself_isTheWritersOwn() {
        AuthorRisk r = writerRisk("Is it normal to think about suicide most days? Asking for myself.");
        assertTrue(r.level().compareTo(TriageLevel.MODERATE) >= 0, r.level().toString());
    }

    @Test
    void aBladeDweltOn_withDeathDenied_isAnUrge_butFearlessnessWithSavedMedsIsPreparation() {
        assertEquals(TriageLevel.MODERATE, writerRisk("Can't stop thinking about the blade in my drawer. I'm not "
                + "thinking about dying, only the sting.").level());
        assertTrue(writerRisk("I'm not afraid of dying any more, and I've stopped taking my tablets so I can save "
                + "them.").level().compareTo(TriageLevel.HIGH) >= 0);
    }

    @Test
    void methodResearchNoRuleNames_isRaisedByTheExemplarHead_withItsEvidence() {
        AuthorRisk r = writerRisk("I've been reading about which over the counter stuff does the most damage to a "
                + "liver.");
        assertEquals(TriageLevel.HIGH, r.level());
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("triage-exemplar")));
        assertEquals(TriageLevel.NONE, writerRisk("Went for a walk by the reservoir after work, lovely evening, the "
                + "water was so still.").level());
    }

    @Test
    void aBurnPressedOnTheSkin_isSelfInjury_dated() {
        AuthorRisk r = writerRisk("Pressed a hot spoon against my arm on Tuesday. It's blistered now.");
        assertEquals(TriageLevel.HIGH, r.level());
        assertEquals(Recency.RECENT, r.selfInjury().recency());
    }

    @Test
    void aLethalityQuestionForAStory_isStillMethodSeeking() {
        AuthorRisk r = writerRisk("For a story I'm writing: how many of my sleeping tablets would be fatal?");
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("method-seeking")), r.evidence().toString());
    }

    @Test
    void thingsGivenAwayOnLeavingAJob_areNoFarewell() {
        AuthorRisk r = writerRisk("Last day at the office! Gave away my desk plants. New job starts next week, thanks "
                + "everyone.");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, r.level().toString());
    }

    @Test
    void thoughtsOfSuicideAsTheSubject_areTheWritersOwn() {
        AuthorRisk r = writerRisk("the suicidal thoughts are back again today");
        assertTrue(r.level().compareTo(TriageLevel.MODERATE) >= 0, r.level().toString());
    }

    @Test
    void someoneElsesSuicideTalk_withTheWritersFearAndQuestions_isNotTheWritersRisk() {
        AuthorRisk r = writerRisk("My housemate just told me he's going to end his life on Friday. What should I do? "
                + "I'm terrified.");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, r.level().toString());
        AuthorRisk own = writerRisk("My housemate keeps saying he'll end it. Honestly it'd be easier for everyone if I "
                + "was the one gone.");
        assertTrue(own.level().compareTo(TriageLevel.MODERATE) >= 0, own.level().toString());
    }

    @Test
    void severalAffairsSettledInOnePost_areAVeiledFarewell_butOneIsNot() {
        AuthorRisk r = writerRisk("Paid off the last of the loan this morning. Took the drill back to Gary and left "
                + "the cat's bowls with my neighbour. Thanks for all the laughs in here over the years.");
        assertEquals(TriageLevel.IMMINENT, r.level());
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("farewell")));
        assertTrue(writerRisk("Paid off the last of the loan this morning, feels great. Treating myself to a "
                + "curry.").level().compareTo(TriageLevel.LOW) <= 0);
    }

    @Test
    void aNoteToWhoeverFindsIt_isAFarewell() {
        AuthorRisk r = writerRisk("Jamie, if you find this, none of this is on you. It wasn't your fault.");
        assertEquals(TriageLevel.IMMINENT, r.level());
    }

    @Test
    void standingAtAnEdgeOrAPlatform_andEdgingCloser_isMethodThinking() {
        AuthorRisk r = writerRisk("At the station again tonight. I keep edging closer to the yellow line when the "
                + "fast trains come through.");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, r.level().toString());
    }

    @Test
    void aBladeNamedBesideItsUseInTheKitchen_isNotRaised() {
        AuthorRisk r = writerRisk("Cooking class tonight, we practised dicing onions with a really sharp knife.");
        assertTrue(r.level().compareTo(TriageLevel.LOW) <= 0, r.level().toString());
    }

    @Test
    void hoardedSleepingTablets_arePreparation() {
        AuthorRisk r = writerRisk("I've been stockpiling my zolpidem for a couple of months now.");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, r.level().toString());
    }

    private static void assertAtMost(TriageLevel most, String text) {
        AuthorRisk r = writerRisk(text);
        assertTrue(r.level().compareTo(most) <= 0, r.level() + ": " + text);
    }

    private static void assertAtMost(TriageLevel most, AuthorRisk r) {
        assertTrue(r.level().compareTo(most) <= 0, () -> "read " + r.level() + ", at most " + most + " expected");
    }

    private static void assertAtLeast(TriageLevel least, String text) {
        AuthorRisk r = writerRisk(text);
        assertTrue(r.level().compareTo(least) >= 0, r.level() + ": " + text);
    }

    @Test
    void anOverdoseWhoseSubjectIsSomeoneElse_isTheirs_butTheWritersOwnIsNot() {
        assertAtMost(TriageLevel.LOW, "Writing on behalf of my brother: he took an overdose three weeks ago and is "
                + "home now. How can we help him?");
        assertAtLeast(TriageLevel.HIGH, "I took an overdose three weeks ago and nothing has changed.");
    }

    @Test
    void aCountOfTabletsAskedForABenignPurpose_isNoMethodSeeking_butAskedInDespairItIs() {
        assertAtMost(TriageLevel.LOW, "How many tablets of ibuprofen is safe in one day for toothache? Dentist "
                + "appointment is on Monday. Thank you.");
        assertAtMost(TriageLevel.LOW, "What medicine helps you fall asleep on a long flight?");
        assertAtLeast(TriageLevel.HIGH, "How many tablets of ibuprofen would it take? I can't do this anymore.");
        assertAtLeast(TriageLevel.HIGH, "how many sertraline pills should i take, i'm done with everything");
        assertAtLeast(TriageLevel.HIGH, "How many paracetamol tablets? Asking for a friend.");
    }

    @Test
    void aWholeSupplyAtOnce_bridgesWithoutFences_andALimitOnPacks_areMethodSeeking_unlessAPurposeCoversThem() {
        assertAtLeast(TriageLevel.HIGH, "what actually happens if you take a whole month of your antidepressants at "
                + "once");
        assertAtLeast(TriageLevel.HIGH, "does anyone know which bridges in town dont have the tall fences yet");
        assertAtLeast(TriageLevel.HIGH, "do pharmacies limit how many packs you can buy at once? rough week, dont ask");
        assertAtMost(TriageLevel.LOW, "what happens if you take a whole month of your vitamins at once, asking for my "
                + "nan who mixed up her pill organiser");
    }

    @Test
    void intentAfterARunOnCantDoThisAnymore_withTypos_isImminent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("cant do ths anymore gonna unalive myslf tmrw aftr "
                + "work").level());
    }

    @Test
    void aFamilyFirearmDweltOn_isMethodThinking() {
        assertAtLeast(TriageLevel.HIGH, "going home for reading week and i cant stop thinking about dad's shotgun in "
                + "the garage. i know where he keeps the key");
    }

    @Test
    void anInjuryToldAsDeliberate_isSelfInjury_butARelapseOnDrinkIsNot() {
        AuthorRisk r = writerRisk("I had injured myself deliberately the night before and needed to have the wound "
                + "dressed.");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, r.level().toString());
        assertEquals(Recency.RECENT, r.selfInjury().recency());
        assertAtMost(TriageLevel.LOW, "Relapsed on the drink after 8 months. Ashamed of myself. Back at a meeting "
                + "tomorrow.");
        assertAtLeast(TriageLevel.HIGH, "relapsed last night after 3 months clean, the cuts are deep");
    }

    @Test
    void methodSeekingBySomeoneInTheWritersGroup_isTheirs_butTheWritersOwnIsNot() {
        assertAtMost(TriageLevel.LOW, "Someone in my Discord keeps asking how many pills it would take. I don't know "
                + "what to say to them.");
        assertAtLeast(TriageLevel.HIGH, "I keep asking myself how many pills it would take.");
    }

    @Test
    void aThreatSomeoneElseTexted_isTheirs() {
        assertAtMost(TriageLevel.LOW, "My cousin just messaged me 'I'm going to kill myself tonight' and now he won't "
                + "answer. What do I do?");
        assertAtMost(TriageLevel.LOW, "My uncle told me he'd rather be dead than go into a home.");
    }

    @Test
    void someoneElseFindingTheWritersWounds_isTheWritersSelfInjury() {
        AuthorRisk r = writerRisk("My dad saw the fresh cuts on my arm this morning and just went quiet.");
        assertTrue(r.selfInjury().present());
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, r.level().toString());
    }

    @Test
    void aToolNamedWithTheAct_andAnUrgeActedOn_areSelfInjury_butAnUrgeNotActedOnIsNot() {
        assertAtLeast(TriageLevel.HIGH, "Dug at my wrist with the scissors for a while just now, it's nothing.");
        assertAtLeast(TriageLevel.HIGH, "Diary card, Friday. Urge to cut: 4/5. Acted on urge: yes, two cuts.");
        AuthorRisk held = writerRisk("The urge to cut is back every night. Haven't acted on it, but it's there.");
        assertEquals(TriageLevel.MODERATE, held.level());
    }

    @Test
    void aNegationGovernsWhatFollowsIt_notAnActToldBeforeIt() {
        assertAtLeast(TriageLevel.HIGH, "Took windshield wiper fluid an hour ago I don't think I'll die");
        assertAtLeast(TriageLevel.HIGH, "Swallowed a bottle of bleach, not going to die from it probably");
        assertEquals(TriageLevel.NONE, writerRisk("I took the bus home, I won't hurt myself.").level());
        AuthorRisk denied = writerRisk("I never tried to kill myself.");
        assertTrue(denied.level().compareTo(TriageLevel.LOW) <= 0, "read as " + denied.level());
        AuthorRisk past = writerRisk("I overdosed years ago, I would never do that again.");
        assertEquals(TriageLevel.LOW, past.level());
    }

    @Test
    void againUnderANegation_isAPromiseNotARelapse_butAnActAfterItsButIsTold() {
        AuthorRisk promise = writerRisk("I cut myself last year but I won't do it again.");
        assertEquals(Recency.PAST, promise.selfInjury().recency());
        assertEquals(TriageLevel.LOW, promise.level());
        assertEquals(Recency.RECENT, writerRisk("I cut myself again last night.").selfInjury().recency());
        AuthorRisk broken = writerRisk("I swore I'd never cut again, but I did it again tonight.");
        assertEquals(Recency.CURRENT, broken.selfInjury().recency());
        assertAtLeast(TriageLevel.HIGH, "I swore I'd never cut again, but I did it again tonight.");
    }

    @Test
    void aWishOrAThoughtOfStabbingOneself_isAnUrgeNotAnAct() {
        AuthorRisk wish = writerRisk("I want to stab myself so badly tonight.");
        assertEquals(Recency.NONE, wish.selfInjury().recency());
        assertAtLeast(TriageLevel.MODERATE, "I want to stab myself so badly tonight.");
        AuthorRisk thought = writerRisk("I keep thinking of stabbing myself with the kitchen knife.");
        assertEquals(Recency.NONE, thought.selfInjury().recency());
        assertAtLeast(TriageLevel.MODERATE, "I keep thinking of stabbing myself with the kitchen knife.");
        assertEquals(Recency.RECENT, writerRisk("I stabbed myself in the thigh with a pen yesterday.").selfInjury()
                .recency());
        assertEquals(TriageLevel.NONE, writerRisk("I'm thinking of cutting my hair short for summer.").level());
    }

    @Test
    void aSlipWithAWoundNamed_isRecentSelfInjury_andScarsAreHistory() {
        AuthorRisk slip = writerRisk("Had a slip on Saturday, two cuts, cleaned them up myself.");
        assertEquals(Recency.RECENT, slip.selfInjury().recency());
        assertTrue(slip.level().compareTo(TriageLevel.HIGH) >= 0, slip.level().toString());
        AuthorRisk scars = writerRisk("Haven't hurt myself in years. Last week my nephew asked about my scars.");
        assertEquals(Recency.PAST, scars.selfInjury().recency());
        assertEquals(TriageLevel.LOW, scars.level());
    }

    @Test
    void wishesThatIllnessOrAnAccidentEndIt_orToJoinSomeoneWhoDied_arePassiveIdeation() {
        assertAtLeast(TriageLevel.MODERATE, "I find myself hoping the tumour takes me before Christmas.");
        assertAtLeast(TriageLevel.MODERATE, "On the M6 I caught myself hoping the lorry would jackknife and that'd "
                + "be that.");
        assertAtLeast(TriageLevel.MODERATE, "Mum and Dad would manage better if I just wasn't around.");
        assertAtLeast(TriageLevel.MODERATE, "Grandad died in the spring. Most nights I tell him I want to be where "
                + "he is.");
        assertAtMost(TriageLevel.LOW, "I hope it takes me a week to finish this jigsaw, it's lovely.");
        assertAtMost(TriageLevel.LOW, "My boyfriend is in Leeds this week and I want to be with him.");
    }

    @Test
    void meansInHandAtAHeight_isImminent_butAPlatformDweltOnIsHigh() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Parked on the roof of the car park with my tablets on the "
                + "passenger seat.").level());
        assertEquals(TriageLevel.HIGH, writerRisk("Waiting on the platform, thinking about stepping off when the "
                + "train comes.").level());
    }

    @Test
    void anUndatedCutDangerousNow_andAPoisonDrunk_areImminent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("I cut too deep and I can see something white. Does it need "
                + "stitches?").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("I drank weedkiller twenty minutes ago.").level());
    }

    @Test
    void aDoseQuestionAboutAPerson_orAWithdrawnPoison_isMethodSeekingWhateverTheCover() {
        assertAtLeast(TriageLevel.HIGH, "My cat is on amlodipine. How much of it would be dangerous for a person?");
        assertAtMost(TriageLevel.LOW, "Our dog is on amlodipine, how much is safe for her weight?");
        assertAtLeast(TriageLevel.HIGH, "Where can you still get the old rat poison now it's been withdrawn? Things "
                + "have been bad.");
    }

    @Test
    void newsWithNoRiskOfTheWritersOwn_isNone_butTheWritersOwnWordsBesideItCount() {
        assertEquals(TriageLevel.NONE, writerRisk("New figures out today say suicide rates among farmers have risen "
                + "again. Rural services need funding.").level());
        assertAtLeast(TriageLevel.MODERATE, "Read an article about suicide rates in my city. Honestly I think about "
                + "doing it too.");
    }

    @Test
    void aNearDayWithThingsGivenAway_andAPetHandedOnForGood_areFarewells() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Tomorrow's the day. Sorry for being a useless brother. You "
                + "can keep my guitar.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Heading off for good. My neighbour's having the cat.").level());
        assertAtMost(TriageLevel.LOW, "My neighbour's having the cat while I'm on holiday.");
    }

    @Test
    void aPromiseNotTo_isLowAtLeast_andThoughtsRightNowAreIdeationNotAPlan() {
        AuthorRisk promise = writerRisk("I promised my mum I won't do anything stupid.");
        assertTrue(promise.level().compareTo(TriageLevel.LOW) >= 0
                && promise.level().compareTo(TriageLevel.MODERATE) <= 0, promise.level().toString());
        assertEquals(TriageLevel.MODERATE, writerRisk("I think about killing myself all the time right now, more than "
                + "anything.").level());
        assertAtMost(TriageLevel.LOW, "If I have to read one more email from HR I'll kill myself.");
    }

    @Test
    void aThoughtRecordsQuotedThought_isTheWritersOwn() {
        assertAtLeast(TriageLevel.MODERATE, "Thought record, Monday. Automatic thought: 'Everyone would be better "
                + "off without me.' Belief 80%.");
    }

    @Test
    void selfHarmCountedMoreThanAWeekAgo_inRecovery_isLow() {
        AuthorRisk r = writerRisk("It's been twelve days since I last cut. I'm using my distraction box.");
        assertEquals(TriageLevel.LOW, r.level());
    }

    @Test
    void aCarAtAPlaceWithTheHoseInTheBoot_isImminent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("sitting in the car up at the reservoir car park. the hosepipe "
                + "is in the boot. haven't decided anything").level());
    }

    @Test
    void doseMathsForOneself_aHeightAsked_andWhetherAMeansWorks_areMethod() {
        assertAtLeast(TriageLevel.HIGH, "On nights I catch myself doing the insulin maths for my own weight.");
        assertAtLeast(TriageLevel.HIGH, "does the multistorey by the station have barriers on the top deck or is it "
                + "open?");
        assertAtLeast(TriageLevel.HIGH, "Is it true a charcoal grill in a closed room makes you fall asleep?");
    }

    @Test
    void aNoteToWhoeverReadsIt_isAFarewell_butAGoodbyeExplainedAsADetoxIsNot() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("To whoever reads this first, please don't let my mum be the one "
                + "to find me.").level());
        assertAtMost(TriageLevel.LOW, "When I said goodbye yesterday I meant I'm deleting the app for a digital detox. "
                + "All good!");
    }

    @Test
    void aVeinNickedAndSpurting_isImminent_andASlipInARecoveryPostIsRecent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Think I nicked a vein, it keeps spurting.").level());
        assertAtLeast(TriageLevel.HIGH, "Ten months into recovery, had one slip on Tuesday after a row. Back on "
                + "track.");
    }

    @Test
    void aDoubleNegativeThatAdmitsTheThought_isIdeation() {
        assertEquals(TriageLevel.MODERATE, writerRisk("I can't honestly say the thought of dying doesn't cross my "
                + "mind.")
                .level());
    }

    @Test
    void foodCoffeeAndALaughedOffExamThreat_areFiguresOfSpeech() {
        assertEquals(TriageLevel.NONE, writerRisk("My mum's lasagne is to die for.").level());
        assertAtMost(TriageLevel.LOW, "Overdosed on lattes before the deadline, now I'm buzzing.");
        assertAtMost(TriageLevel.LOW, "if i fail maths im gonna kms lol jk");
    }

    @Test
    void anOverdoseLastNightUntreated_isImminent_butTreatedIsHigh() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Update: I took all the pills last night. Nobody "
                + "knows.").level());
        assertEquals(TriageLevel.HIGH, writerRisk("I took all the pills last night. In A&E now and they say my liver "
                + "is fine.").level());
    }

    @Test
    void wadingIntoARiverMeaningNotToComeOut_isAnAttempt() {
        assertAtLeast(TriageLevel.HIGH, "Last month I waded into the river meaning not to come out. A fisherman pulled "
                + "me back.");
    }

    @Test
    void endingItAboutAMarriage_isNoIntent_butOnAConditionItIs() {
        // no intent: the head may still read distress or ideation into a night like this, never a plan
        assertAtMost(TriageLevel.MODERATE, "Made my decision: I'm ending it. Nine years with Dave and I'm telling him "
                + "tonight when he gets in.");
        assertAtLeast(TriageLevel.HIGH, "If she goes through with the divorce I'm ending it. I mean it.");
    }

    @Test
    void someoneElseAfterAnOpeningClause_aParentNamedWithoutMy_andAStockpileOfTheirs_areTheirs() {
        assertAtMost(TriageLevel.LOW, "Since Mum died my dad keeps saying he wants to go to sleep and not wake up. "
                + "Should I call his GP?");
        assertAtMost(TriageLevel.LOW, "Dad posted 'thanks for everything, look after your mum' in the family chat. "
                + "Who do I call?");
        assertAtMost(TriageLevel.LOW, "My husband has been stockpiling his painkillers, I found them in his toolbox.");
    }

    @Test
    void aCharacterOfMineInAGame_isFiction() {
        assertAtMost(TriageLevel.LOW, "My paladin sacrificed himself to seal the rift and the whole table cried.");
    }

    @Test
    void notWakingUpAsARelief_aSurgeryHopedToGoWrong_andAnAccidentThatWouldSpareOthers_arePassiveWishes() {
        assertEquals(TriageLevel.MODERATE, writerRisk("Long week. Honestly if I didn't wake up on Monday that would be "
                + "fine by me.").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("I wouldn't mind if I just didn't wake up one of these "
                + "mornings.").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("Knee op on Friday and part of me is hoping the anaesthetic is "
                + "the bit that goes wrong.").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("Cycling home I thought if a lorry clipped me the insurance "
                + "would pay off the flat and nobody would have to deal with me.").level());
        assertAtMost(TriageLevel.LOW, "Set three alarms because if I didn't wake up in time for the exam I'd fail.");
    }

    @Test
    void sewerslideThots_andAJokeWithdrawnInTheNextSentence_areIdeation() {
        assertEquals(TriageLevel.MODERATE, writerRisk("sewerslide thots again every nite this week").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("suicide thoughts creeping back lol. not joking tho").level());
    }

    @Test
    void aPetPutToSleep_isGrief_notAFarewell() {
        assertAtMost(TriageLevel.LOW, "We had to have my old cat put to sleep this afternoon. Eighteen years.");
    }

    @Test
    void anAttemptOnMyLifeBeforeLockdown_isPast_andWalkingIntoTheSeaToDrownIsAnAttempt() {
        assertEquals(TriageLevel.LOW, writerRisk("I made an attempt on my life before the pandemic. These days I "
                + "coach the under-tens and tonight we won.").level());
        assertAtLeast(TriageLevel.HIGH, "On Saturday I walked into the sea to drown myself and a dog walker dragged "
                + "me back.");
    }

    @Test
    void aStreakCountedFromADayThisWeek_datesTheLastActAsRecent() {
        assertAtLeast(TriageLevel.HIGH, "Haven't cut myself since Sunday, trying to make it to a full week.");
    }

    @Test
    void aKitchenCut_aJobAbroad_aBreakOnACounsellorsAdvice_andEndingARelationship_areNoRisk() {
        assertAtMost(TriageLevel.LOW, "Sliced my finger open peeling potatoes, blood everywhere, off to get it glued.");
        assertAtMost(TriageLevel.LOW, "Last post from me for a bit: flying out to Perth on Monday for a new job. "
                + "Thanks for everything, all of you.");
        assertAtMost(TriageLevel.LOW, "This is goodbye for now, my counsellor suggested I take a break from forums.");
        assertAtMost(TriageLevel.LOW, "I'm ending it tonight. Seven years with Priya and I'm telling her after work.");
    }

    @Test
    void affairsSettledInOnePost_areAVeiledFarewell() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Paid Sam back, updated my will and asked Lou to have the "
                + "plants. Feels tidy now.").level());
    }

    @Test
    void aDoseNoOneIsPrescribed_justTaken_isAnOverdose_andAnOrdinaryDoseIsNot() {
        AuthorRisk r = writerRisk("hey all, I'm 90kg and I've just taken 6000mg of ibuprofen. what happens now?");
        assertEquals(TriageLevel.IMMINENT, r.level());
        assertEquals(6, r.cssrs().level());
        assertAtMost(TriageLevel.LOW, "Took 400mg of ibuprofen for my back, helping a bit.");
    }

    @Test
    void anActDoneToDie_andAFailedAttemptWithTryingAgain_areBehaviour() {
        AuthorRisk drank = writerRisk("I drank a bottle of eye drops because I wanted to die, what do I do");
        assertEquals(TriageLevel.IMMINENT, drank.level());
        assertEquals(6, drank.cssrs().level());
        AuthorRisk failed = writerRisk("Failed attempt last week. Ready to try again.");
        assertTrue(failed.level().compareTo(TriageLevel.HIGH) >= 0, "level " + failed.level());
        assertEquals(6, failed.cssrs().level());
        assertAtMost(TriageLevel.LOW, "My failed attempt at sourdough went in the bin, will try again on Sunday.");
    }

    @Test
    void intentInSlangOrWithMinutes_isImminent_evenAmongNeutralSentences() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("ab to hang myself rn sorry for the typos im shaking").level());
        // the occlusion evidence rests on the neutral sentences; the stated intent must not be gated away with them
        assertEquals(TriageLevel.IMMINENT, writerRisk("Going to jump from the multi-storey in ten minutes. Not sure "
                + "why I'm typing this, maybe to pass the time. People say it's a permanent solution to a temporary "
                + "problem. Fine by me.").level());
    }

    @Test
    void censoredWords_andThinkingOfTheWays_areRead() {
        assertAtLeast(TriageLevel.HIGH, "I've had thoughts of k*lling myself every day since spring and I think about "
                + "the ways.");
        assertAtLeast(TriageLevel.MODERATE, "su*cidal again tonight");
        assertAtMost(TriageLevel.LOW, "I think of different ways to decorate the flat.");
    }

    @Test
    void aWoundThatKills_isMethodThinking_notSelfInjuryAlone() {
        AuthorRisk r = writerRisk("I keep thinking of stabbing myself in the throat with the kitchen knife.");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "level " + r.level());
        assertTrue(r.cssrs().level() >= 3, "cssrs " + r.cssrs().level());
    }

    @Test
    void anAttemptMonthsAgo_withNothingNow_isLow_andKeepsItsLifetimeBehaviour() {
        AuthorRisk r = writerRisk("About five months since my attempt. Recovery's slow but I'm back at work part time "
                + "and I have a good care team.");
        assertEquals(TriageLevel.LOW, r.level());
        assertEquals(6, r.cssrs().level()); // the screener's question 6 asks about a lifetime
    }

    @Test
    void selfInjuryWithSuicidalIntentDenied_hasNoCssrsLevel() {
        for (String denied : List.of("Not suicidal at all. Cut tonight to cope with the noise in my head.",
                "I'm not suicidal, I just cut tonight to cope with the noise in my head.")) {
            AuthorRisk r = writerRisk(denied);
            assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "level " + r.level());
            assertEquals(Recency.CURRENT, r.selfInjury().recency());
            assertEquals(0, r.cssrs().level(), denied);
        }
        assertEquals(TriageLevel.MODERATE, writerRisk("I'm not suicidal anymore but some days I still want to die.")
                .level());
    }

    @Test
    void aMeansAskedAboutWithoutAQuestionMark_isMethodSeeking() {
        AuthorRisk r = writerRisk("Helium question If I were to kill my self with helium, do I need a particular kind "
                + "of tank and anything else to consider");
        assertEquals(TriageLevel.HIGH, r.level());
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("method-seeking")));
    }

    @Test
    void aMethodHeldBackByFear_goingThroughWithItTonight_andStillAliveTomorrow_areRead() {
        assertAtLeast(TriageLevel.HIGH, "I wish I had a loaded gun because I'm too scared to slit my throat");
        assertAtMost(TriageLevel.LOW, "I'm too scared to jump into the pool from the top board.");
        assertEquals(TriageLevel.IMMINENT, writerRisk("i hate everything i do, what's the point. cant stand my meds, "
                + "cant keep doing this. maybe i'll finally go through with it tonight.").level());
        assertAtMost(TriageLevel.LOW, "I booked the surgery and I'm going to go through with it next month, nervous "
                + "but ready.");
        assertEquals(TriageLevel.IMMINENT, writerRisk("feeling so woozy but ill sleep it off, hoping this is the end. "
                + "will update you all if im still alive tomorrow").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("i feel like everyone hates me and is out to get me. i just "
                + "want to be gone. nothing matters.").level());
    }

    @Test
    void aFriendsGoodbyes_areTheFriends() {
        assertAtMost(TriageLevel.LOW, "I'm feeling helpless. A friend of mine messaged me and they said their "
                + "goodbyes. Now they don't answer.");
        assertEquals(TriageLevel.IMMINENT, writerRisk("I've said my goodbyes to everyone, tonight is the night.")
                .level());
    }

    @Test
    void theStatementARestsOn_isShownEvenWhereTheOcclusionPicksItsNeighbours() {
        AuthorRisk r = writerRisk("I have a plan if the depression doesn't lift by spring. I have a method that should "
                + "work. If they can put people on the moon surely they can cure depression. I haven't been on meds in "
                + "years and don't believe in them. Don't want to take pills forever anyway. My family has no idea "
                + "about my plan.");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, "level " + r.level());
        assertTrue(r.evidence().stream().anyMatch(e -> e.text().startsWith("I have a plan")), r.evidence().toString());
    }

    @Test
    void shortQuestionsAboutAMethod_areMethodSeeking_andEverydayOnesAreNot() {
        for (String asked : List.of("Cyanide price? What's the price of cyanide?",
                "how painful it would be to die overdosing anti depressants",
                "Would a high powered captive bolt actuator be any good as a tool to make an exit permanently?",
                "How long would it take to put together a suicide kit? Suicide by sodium nitrite?",
                "will 3500 of paracetamol do anything or not  ??",
                "Is 11 stories enough  Serious question. Is it enough?",
                "Does shooting myself with a hunting rifle paralyze me  It's probably buckshot or less")) {
            assertEquals(TriageLevel.HIGH, writerRisk(asked).level(), asked);
        }
        for (String everyday : List.of("How much does paracetamol cost at the big Tesco?",
                "Is 3 floors enough for a family of five or should we look for a bigger house?",
                "what's the price of a rifle scope these days?",
                "Will 2 tablets of ibuprofen do anything for a migraine?",
                "Shooting myself in the foot again by leaving the essay to the last minute.")) {
            assertAtMost(TriageLevel.LOW, everyday);
        }
    }

    @Test
    void aPaperThatCoveredADeath_isNews() {
        assertAtMost(TriageLevel.LOW, "The paper covered how a woman died at the level crossing. Shouldn't they "
                + "follow the guidelines?");
    }

    @Test
    void aScreeningQuestionQuotedInThePostItself_givesItsAnswerItsMeaning() {
        assertEquals(TriageLevel.HIGH, writerRisk("The nurse asked \"are you safe tonight?\" - yeah, no. not really.")
                .level());
        assertAtLeast(TriageLevel.MODERATE, "The form asked 'have you had thoughts of killing yourself in the past "
                + "month?' and I ticked yes. First time I've said it.");
        assertAtMost(TriageLevel.LOW, "My friend asked her \"are you safe?\" and she said no.");
    }

    @Test
    void candourAndDialectNegation_areReadForWhatTheyAre() {
        assertAtLeast(TriageLevel.MODERATE, "not gonna lie, suicide sounds peaceful lately lol");
        assertAtMost(TriageLevel.LOW, "I ain't suicidal, just sick of this job.");
        assertAtLeast(TriageLevel.MODERATE, "evry1 wud be beter off w/o me");
        assertAtLeast(TriageLevel.MODERATE, "I lost my job last year and lately I've been wanting to die.");
    }

    @Test
    void aSayingOfSomeoneInTheWritersCare_isTheirs() {
        assertAtMost(TriageLevel.LOW, "My trainee told me after the shift that he wants to die. What do I say to him?");
        assertAtMost(TriageLevel.LOW, "Patient on our ward had taken forty paracetamol before she came in.");
    }

    @Test
    void veiledFarewellsInEverydayWords_areImminent_butALastShiftIsNot() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("It's been a pleasure knowing you lot. Be kind to each other.")
                .level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Put my passwords in the drawer for my brother, the cat's going "
                + "to my neighbour and the will's signed.").level());
        assertAtMost(TriageLevel.LOW, "Last shift on the ward tomorrow after twelve years, thanks for everything! "
                + "Starting at the new clinic on Monday.");
    }

    @Test
    void anAttemptOrAMeansToldInOtherWords_isRead() {
        assertEquals(TriageLevel.HIGH, writerRisk("Three weeks ago I try to kill myself with pills. Now I am home.")
                .level());
        assertEquals(TriageLevel.HIGH, writerRisk("how many laxatives would it take to stop your heart").level());
        assertAtMost(TriageLevel.LOW, "She'll OD on chocolate at this rate 😂");
        // a near time that is denied does not make a stockpile imminent
        assertEquals(TriageLevel.HIGH, writerRisk("I won't do anything tonight, but I've been saving my pills for "
                + "after the exams.").level());
    }

    @Test
    void selfInjuryInOtherWords_isDatedByWhatTheSentenceSays() {
        assertEquals(Recency.CURRENT, writerRisk("just burned myself on purpose with a "
                + "lighter").selfInjury().recency());
        assertEquals(Recency.RECENT, writerRisk("my dad found the cuts from Sunday and now he's furious").selfInjury()
                .recency());
        assertEquals(Recency.RECENT, writerRisk("did a bit of cutting on Friday").selfInjury().recency());
        assertEquals(Recency.PAST, writerRisk("used to cut in school, I'm 30 now and fine").selfInjury().recency());
        AuthorRisk scratched = writerRisk("just scratched my arm raw, nothing that needs stitches");
        assertEquals(TriageLevel.HIGH, scratched.level()); // no medical danger: high, not imminent
        assertEquals(Recency.CURRENT, scratched.selfInjury().recency());
    }

    private static Assessment chain(String... texts) {
        Post last = null;
        for (int i = texts.length - 1; i >= 0; i--) {
            String author = i % 2 == 0 ? "writer" : "commenter-1";
            last = last == null ? post("p" + i, author, texts[i]) : post("p" + i, author, texts[i], last);
        }
        return engine.assess(PostThread.of(last));
    }

    @Test
    void aReplyThatSpeaksOnlyOfThePersonItAnswers_isNone() {
        Assessment a = chain("i can't see a way out, i want to die",
                "you say you want to die and that scares me. are you thinking of killing yourself tonight?");
        assertEquals(TriageLevel.NONE, risk(a, "commenter-1").level());
    }

    @Test
    void aFigureOfSpeechOrAFriendsRisk_isNotRaisedByTheExemplar() {
        assertTrue(risk(chain("ran suicides at practice till i puked. i'm dead", "legs ok?",
                "can't feel them. bath and bed for me"), "writer").level().compareTo(TriageLevel.LOW) <= 0);
        assertTrue(risk(chain("my cousin texted that she wants to end it and now she won't pick up. what should i do",
                "call 999 and ask for a welfare check", "done, police are on their way. thank you"), "writer").level()
                .compareTo(TriageLevel.LOW) <= 0);
    }

    @Test
    void treatmentToldInAFollowUp_removesTheDanger_notTheAct() {
        assertEquals(TriageLevel.HIGH, risk(chain("took all my sleeping pills", "please call 999 now",
                "in a&e now, they treated me and said i'll be fine"), "writer").level());
    }

    @Test
    void anActSaidDoneAfterTheIntentOrUrge_isTheAct() {
        assertEquals(TriageLevel.IMMINENT, risk(chain("im going to take all my tablets", "please don't, ring someone",
                "already did"), "writer").level());
        AuthorRisk urge = risk(chain("the urge to burn myself is awful tonight", "hang in there, try an ice cube",
                "it's done"), "writer");
        assertEquals(Recency.CURRENT, urge.selfInjury().recency());
        assertEquals(TriageLevel.HIGH, writerRisk("how much insulin would actually kill someone? it's for a story")
                .level());
    }

    @Test
    void runOnsIdiomsAndAReasonNotTo_doNotHideWhatIsSaid() {
        assertAtLeast(TriageLevel.HIGH, "i just want out. i have a plan and a date. i just need a reason not to do it");
        assertAtLeast(TriageLevel.MODERATE, "so dizzy now hoping this is the end gonna update you all if im still "
                + "alive tomorrow im pretty sure i will not die from this but who knows");
        assertAtLeast(TriageLevel.MODERATE, "some days i want to blow my head off");
        assertAtLeast(TriageLevel.HIGH, "long story short i tried to off myself with the car fumes last night");
        assertAtLeast(TriageLevel.HIGH, "I had a bad night and I tried to commit.");
        assertAtLeast(TriageLevel.HIGH, "I've had the bridge picked out and a plan for months.");
        assertAtMost(TriageLevel.LOW, "Two years ago I had a date picked. I'm doing well now, back at work.");
    }

    @Test
    void affairsSettledInEverydayWords_areAVeiledFarewell_butTwoChoresAreNot() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Told my sister she gets my camera, left all my books to my "
                + "nephew and deleted facebook. Feels good to be sorted.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Sorted out who's having Pepper, left her bowl by the door. "
                + "Thanks for all the games, you lot.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Dear Sam, I won't be at the club on Sunday, or after. The rods "
                + "are yours and the spare key's under the mat.").level());
        assertAtMost(TriageLevel.LOW, "Deleted Instagram for exam season and left my notes to my study group. Wish me "
                + "luck!");
    }

    @Test
    void aThreadsShortAnswers_agreeDenyOrTellTheirOwnPast() {
        // "same" under a reply that wishes not to wake up is said of the writer too
        assertEquals(TriageLevel.MODERATE, risk(chain("anyone else feel invisible at home?",
                "constantly. some nights i wish i could just not wake up", "same"), "writer").level());
        // a replier's own past, told as support, is low
        assertEquals(TriageLevel.LOW, risk(chain("i want to die and i cant tell anyone",
                "you can tell us. ive been there myself, years ago. it gets easier"), "commenter-1").level());
        // a no to "are you thinking about suicide?" corrects a reading the head made of "vanish"
        assertEquals(TriageLevel.LOW, risk(chain("honestly i just want to vanish for a bit",
                "vanish how? are you thinking about suicide?", "no!! i mean a week off grid in the hills"), "writer")
                .level());
        // an attempt three weeks ago, told with its outpatient programme, is the replier's own recent behaviour
        assertEquals(TriageLevel.HIGH, risk(chain("eight months since my attempt, back at work",
                "so proud. i tried three weeks ago and im in an outpatient programme now"), "commenter-1").level());
    }

    @Test
    void aLethalAmountAskedBesideTreatment_isMethodSeeking_andATaggedStatementIsSaid() {
        // an everyday use named in the post (the garden) covers no question of what would stop a person's breathing
        assertEquals(TriageLevel.HIGH, writerRisk("Hip op moved to March. Pain team has me on oxycodone and fentanyl "
                + "patches now. Does anyone know how many patches it would take to stop your breathing? Garden's "
                + "overgrown but it'll keep.").level());
        // the same treatment and a dose asked for a pet is the vet's business
        assertAtMost(TriageLevel.LOW, "Our vet prescribed tramadol for the dog. How many would be fatal for a dog her "
                + "size?");
        // a question tag asks nothing: the cuts on Thursday are said
        assertEquals(Recency.RECENT, writerRisk("just a few small ones on thursday, nothing like before, so it's "
                + "fine isn't it?").selfInjury().recency());
    }

    @Test
    void aDiaryCardsSelfHarmColumnMarkedYes_isSelfInjuryOnThatDay() {
        AuthorRisk card = writerRisk("Diary card, week 4.\nMon: SH N, SI 0, mood 6\nTue: SH Y (burn, forearm), SI 1, "
                + "mood 3\nSkills: opposite action, paced breathing.");
        assertEquals(Recency.RECENT, card.selfInjury().recency());
        assertEquals(TriageLevel.HIGH, card.level());
        // "yes" to something else, beside the same letters
        assertEquals(Recency.NONE, writerRisk("sh: yes to the rota swap, I'll cover Friday").selfInjury().recency());
    }

    @Test
    void aFallsHeightAskedForAStory_isMethodSeeking() {
        // "how high" was read; "what height" is the same question, whatever the story
        AuthorRisk r = writerRisk("Asking for a screenplay: what height would a drop need to be to be sure? The lead is "
                + "a retired teacher, same as me.");
        assertEquals(TriageLevel.HIGH, r.level());
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("method-seeking")));
    }

    @Test
    void medicineSetAsideAgainAndAgain_isAStockpile_butPutAwayOnceIsNot() {
        AuthorRisk kept = writerRisk("kept back half my prescription every fortnight since the summer");
        assertEquals(TriageLevel.HIGH, kept.level());
        assertEquals(6, kept.cssrs().level());
        assertTrue(kept.evidence().stream().anyMatch(e -> e.signal().equals("cssrs.preparation")));
        assertAtMost(TriageLevel.LOW, "I put my meds back in the cabinet every night so the kids can't reach them");
        assertAtMost(TriageLevel.LOW, "keep a couple of tablets aside in my bag every day in case the migraine starts");
    }

    @Test
    void aDayInTheDiaryAfterTheWriterMovesOn_isNoNearTimeForAStockpile() {
        assertEquals(TriageLevel.HIGH, writerRisk("I've been putting aside a few of my tablets every week, there's a "
                + "tin of them under the bed. Anyway, is the pool open on Saturday? Fancy a swim.").level());
        // a day said bare, or named with risk, after the same "anyway" is still near
        assertEquals(TriageLevel.IMMINENT, writerRisk("I've been putting aside a few of my tablets every week. Anyway. "
                + "Saturday.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("I've been putting aside a few of my tablets every week. Anyway, "
                + "on Saturday I take the lot.").level());
    }

    @Test
    void lateForTheStartOfAMeeting_isNoFarewell_unlessTheAuthorSaysMoreOfRisk() {
        // the train is no means here (the exemplar read it high before the absence was read)
        assertAtMost(TriageLevel.NONE, "If the train's delayed I won't be here for the start of the meeting.");
        assertAtMost(TriageLevel.NONE, "If the train's late I won't be here for the start of class, I mean it");
        // the same absence beside a farewell for tonight explains nothing
        assertAtLeast(TriageLevel.HIGH, "Won't be there for the start of the seminar. Won't be anywhere after "
                + "tonight. I've said my goodbyes.");
        // a season or a term is not in the diary
        assertAtLeast(TriageLevel.LOW, "won't be here for the start of term. I mean it this time");
    }

    @Test
    void goneByANearTime_isAFarewell_unlessAnEverydayReasonStandsBesideIt() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("won't be around after tonight.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("i won't be here by sunday").level());
        assertAtMost(TriageLevel.LOW, "I won't be here tomorrow, day off. Text me.");
        assertAtMost(TriageLevel.LOW, "Won't be around after Friday, moving back to my dad's in Galway.");
        // time off from life is no day off; nor is a reason two sentences away from a farewell
        assertEquals(TriageLevel.IMMINENT, writerRisk("Won't be around after tonight. Taking time off from life.")
                .level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Bus is late again. Won't be here for the start of the meeting. "
                + "Won't be here at all after tonight, the letters are written.").level());
    }

    @Test
    void aReplyThatReversesADenial_saysItOfItsAuthor_andAgreeingWithTheDenialDoesNot() {
        // "same but i am" under "i'm not suicidal": the replier's ideation, and a date picked beside it is intent
        Assessment reversed = chain("honestly not suicidal, just lonely since we moved",
                "same but i am. picked a date last week");
        assertEquals(TriageLevel.HIGH, risk(reversed, "commenter-1").level());
        assertTrue(risk(reversed, "commenter-1").evidence().stream().anyMatch(e -> e.text().equals("same but i am.")));
        assertAtMost(TriageLevel.LOW, risk(reversed, "writer"));
        // the intent denied, now stated
        assertEquals(TriageLevel.HIGH, risk(chain("I'm not going to kill myself, I promise. Just venting.", "I am."),
                "commenter-1").level());
        // a denial said to the writer, turned round by the writer
        assertEquals(TriageLevel.MODERATE, risk(chain("failing every module this term",
                "You're not suicidal, you're burnt out. Big difference.", "i am though"), "writer").level());
        // agreeing with the denial, or a reply that only opens with "I'm", says nothing of the sort
        assertAtMost(TriageLevel.LOW, risk(chain("im not suicidal, just so tired of school",
                "same, i'm not either. exams are brutal"), "commenter-1"));
        assertAtMost(TriageLevel.LOW, risk(chain("I'm not suicidal, don't worry.",
                "I'm glad. Take care of yourself."), "commenter-1"));
        // "same but i do" under ideation stated, not denied: no reversal ("i do want to live")
        assertAtMost(TriageLevel.LOW, risk(chain("i don't want to live anymore", "same but i do"), "commenter-1"));
    }

    @Test
    void meansActsAndQuestionsInTheWordsOfWornBlinds_areRead() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("sat in the car at the top of the multi-storey with the hosepipe "
                + "i bought today").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("bathroom floor's soaked through after what i did and i feel "
                + "faint")
                .level());
        assertEquals(Recency.RECENT, writerRisk("a couple of shallow ones on saturday, nothing like before")
                .selfInjury().recency());
        assertAtLeast(TriageLevel.HIGH, "if i ever did it it'd be my insulin, that's as far as i've thought");
        assertAtLeast(TriageLevel.HIGH, "is hanging painful? asking for reasons");
        assertAtLeast(TriageLevel.HIGH, "how long before the water gets you if you jump off the pier in winter?");
        assertAtLeast(TriageLevel.HIGH, "Saturday is it for me. Already chosen the place.");
    }

    @Test
    void aRoofAskedAboutOrCliffsLookedOver_areMethod_butALandlordsTextIsNoLeaving() {
        assertAtLeast(TriageLevel.HIGH, "quick one, which multi-storeys round here let you get up to the roof after "
                + "dark?");
        assertAtLeast(TriageLevel.HIGH, "I keep saying I won't come back from this walk. The cliffs are high there and "
                + "I've already looked at which ones.");
        assertEquals(TriageLevel.IMMINENT, writerRisk("Landlord's texting again. Put the passwords in an envelope for "
                + "my son, the cat's going to my neighbour and the will's updated.").level());
    }

    @Test
    void bracketedScreeningAnswers_overdosesWithoutI_andPlacesTheMindGoesTo_areRead() {
        // a question quoted in brackets before its answer, as a reply copied out of its thread
        assertEquals(TriageLevel.MODERATE, writerRisk("[answering the nurse's question: 'Have you had thoughts of "
                + "killing yourself?'] yes. every night since the tribunal.").level());
        assertEquals(TriageLevel.HIGH, writerRisk("[re: 'are you safe right now?'] not really").level());
        assertAtLeast(TriageLevel.HIGH, "[to 'are you going to act on it?'] yes. haven't worked out when");
        // a plan dated by the answer's next sentence
        assertEquals(TriageLevel.IMMINENT, writerRisk("[to 'do you have a plan to end your life?'] yes. tomorrow while "
                + "the house is empty").level());
        assertEquals(TriageLevel.IMMINENT, risk(chain("cant keep doing this",
                "hey, are you going to act on these thoughts?", "tomorrow probably. sorry"), "writer").level());
        // "OD'd" opening its sentence, but not on sweets
        assertAtLeast(TriageLevel.HIGH, "OD'd on Saturday night, two days on a ward and home now with the crisis "
                + "team.");
        assertAtMost(TriageLevel.LOW, "OD'd on flapjacks at the bake sale, never again");
        assertAtMost(TriageLevel.LOW, "Odd mood at work today but a walk helped.");
        // a place the mind goes to
        assertAtLeast(TriageLevel.HIGH, "whenever work goes bad my head goes straight to the railway bridge by the "
                + "depot, the same spot every time");
        // a streak ended on a day this week, in a self-harm post
        assertEquals(Recency.RECENT, writerRisk("five months clean... until friday. back to day one").selfInjury()
                .recency());
        // the means at the place named in the sentence before
        assertEquals(TriageLevel.IMMINENT, writerRisk("parked up at the top of the car park. my pills are on the "
                + "passenger seat.").level());
        // affairs settled with a laugh are still settled; the same before an operation are not a farewell
        assertEquals(TriageLevel.IMMINENT, writerRisk("haha sorted my affairs in order today 🙃 passwords in the "
                + "drawer, the cat's going to my aunt, will's done. anyway").level());
        assertAtMost(TriageLevel.LOW, "Sorting my affairs before my op: passwords in the drawer, the cat's going to my "
                + "aunt while I'm in hospital, will's done. Hip replacement Tuesday!");
    }

    @Test
    void aFollowUpThatGivesUpTheMeansOrTellsTreatment_takesImminentDownToHigh() {
        assertEquals(TriageLevel.HIGH, risk(chain("taking every tablet in the house tonight. i'm finished",
                "please ring 999 or the samaritans right now", "ok. i rang them. flushed the tablets, my mum is coming "
                        + "round to stay"), "writer").level());
        assertEquals(TriageLevel.HIGH, risk(chain("swallowed 25 of my sleeping tablets half an hour ago",
                "call an ambulance NOW", "they've treated me, i'm on a ward now"), "writer").level());
        assertEquals(TriageLevel.HIGH, risk(chain("cut tonight, deeper than before, on my thigh",
                "does it need stitches?",
                "it's stopped bleeding, don't worry"), "writer").level());
    }

    @Test
    void pillsKeptInTheCupboardOrFallingAsleep_areNoMeansGatheredOrMethod() {
        // dwelling on pills kept where pills are kept is method thinking, not a stockpile: no near time makes it
        // imminent
        assertEquals(TriageLevel.HIGH, risk(chain("been thinking about the tablets in my kitchen cupboard a lot",
                "please talk to someone tonight", "ok. seeing my gp tomorrow"), "writer").level());
        assertAtLeast(TriageLevel.IMMINENT, "The pills are in my coat pocket and I'm going tonight.");
        // "fall asleep" is no fall
        assertEquals(TriageLevel.MODERATE, writerRisk("i think about killing myself most nights till i fall asleep")
                .level());
    }

    @Test
    void harmfulRepliesInTextSpeak_timingAndPointersToLists_areFlagged() {
        Assessment encouraged = chain("i think about dying all the time", "kill urself then lol");
        assertEquals(List.of("encouragement"), encouraged.harmfulReplies().stream().map(h -> h.kind()).toList());
        Assessment timing = chain("can't stop thinking about the viaduct", "if ur going to, go late. no ones around to "
                + "stop u then");
        assertEquals(List.of("method"), timing.harmfulReplies().stream().map(h -> h.kind()).toList());
        Assessment listed = chain("how many of my tablets would it take?", "there's a site that lists it, i'll dm you");
        assertEquals(List.of("method"), listed.harmfulReplies().stream().map(h -> h.kind()).toList());
        assertTrue(chain("how many of my tablets would it take?", "please don't. here's the samaritans site, i'll send "
                + "you the link").harmfulReplies().isEmpty());
    }

    @Test
    void passiveWishesPrayedLaughedOffOrAdopted_andIdeationToldByReference_areModerate() {
        assertEquals(TriageLevel.MODERATE, writerRisk("I keep praying God will just take me in my sleep. Church was "
                + "nice today though.").level());
        // a laugh is no joke unless the writer says it is one
        assertEquals(TriageLevel.MODERATE, writerRisk("no drama but i'd honestly be okay if i didn't wake up on monday "
                + "lol. anyway practice was fun").level());
        assertAtMost(TriageLevel.LOW, "i'd be fine if i didn't wake up till noon tomorrow lol, what a week");
        // a line the writer takes as their own
        assertEquals(TriageLevel.MODERATE, writerRisk("my part in the show has the line 'I want to go to sleep and "
                + "never wake up' and it's exactly how I feel most nights").level());
        // suicide named, then the writer's own thoughts told by reference to it
        assertEquals(TriageLevel.MODERATE, writerRisk("Saw a piece on suicides among farmers. I'm one of them, I've "
                + "thought about it most nights this month.").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("Our old keeper took his own life last week. Can't stop thinking "
                + "about him, and honestly the thoughts are back for me too.").level());
        assertAtMost(TriageLevel.LOW, "Saw a piece on suicides among farmers. I've thought about it for my column, the "
                + "charity needs more money.");
        // a joke withdrawn in a later post
        assertEquals(TriageLevel.MODERATE, risk(chain("if i fail this resit im gonna kms lol", "lmao same",
                "tbh i wasnt totally joking, ive been thinking about it a lot"), "writer").level());
    }

    @Test
    void urgesGivenInTo_areAnActWhoseTooMuchIsNoWound() {
        AuthorRisk r = writerRisk("the urges got too much and i gave in about twenty minutes ago. it's fine");
        assertEquals(TriageLevel.HIGH, r.level());
        assertEquals(Recency.CURRENT, r.selfInjury().recency());
        assertAtMost(TriageLevel.MODERATE, "the urges were too much today but i didn't give in");
    }

    @Test
    void thoughtsOfEndingItBeforeADenialOfTheAct_stayIdeation() {
        assertEquals(TriageLevel.MODERATE, writerRisk("been having thoughts of ending it most evenings, but i'm not "
                + "going to act on them, so don't worry").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("thoughts of killing myself keep coming back, but i won't do "
                + "anything").level());
    }

    @Test
    void embarrassmentHeatAndGameKills_quotedLinesAndPetDoses_areNoRisk() {
        assertAtMost(TriageLevel.LOW, "i could literally die. walked into a glass door in front of the whole office");
        assertAtMost(TriageLevel.LOW, "im deceased 😂 the dog stole the whole roast");
        assertAtMost(TriageLevel.LOW, "who else is dying in this heat 🥵");
        assertAtMost(TriageLevel.LOW, "my boss's email made me want to jump out the window lol. anyway tacos tonight?");
        assertAtMost(TriageLevel.LOW, "At what dose is paracetamol toxic to a cat? Mine licked some off the floor and "
                + "the vets are shut.");
        // a replier who quotes the post they answer with ">" says nothing of their own
        assertEquals(TriageLevel.NONE, risk(chain("keep wondering if the rafters in the barn would hold me",
                "> wondering if the rafters in the barn would hold me\nplease don't, please ring someone tonight"),
                "commenter-1").level());
    }

    @Test
    void actsInFewerWords_andFarewellsThatNeedNothingMore_areRead() {
        assertEquals(Recency.RECENT, writerRisk("kinda cut on tuesday after the match. healing fine").selfInjury()
                .recency());
        assertEquals(TriageLevel.IMMINENT, writerRisk("rough night, might've had the whole packet of paracetamol with "
                + "the vodka 🙃 anyway how was everyone's weekend").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("giving away my records and the decks, free to anyone who'll use "
                + "them. won't be needing them").level());
        // an urge placed years ago is history; a streak beside an urge today dates no urge
        assertAtMost(TriageLevel.LOW, "as a kid I'd get urges to pick at my skin when I was stressed but never acted "
                + "on it. Not had one in decades.");
        assertEquals(TriageLevel.MODERATE, writerRisk("Three years clean and today the urge to cut came back hard.")
                .level());
    }

    @Test
    void aDriveToAPlaceWithFinality_isVeiledIntent_andItsNearTimeMakesItImminent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("My shift ends in an hour and I'm heading straight to the "
                + "headland. I'm not coming back from it.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("tonight im driving out to the old viaduct. not telling anyone "
                + "where. just so someone knows").level());
        assertAtLeast(TriageLevel.HIGH, "I've got a date in my head, after my son's graduation in June. I've started "
                + "on the letters.");
        assertAtMost(TriageLevel.LOW, "Heading out to the headland tomorrow with the camera club, back for tea. Not "
                + "telling anyone where the puffins are though!");
    }

    @Test
    void gunsGotRoundTheChecks_woundsDressedByANurse_andAffairsListed_areRead() {
        assertAtLeast(TriageLevel.HIGH, "anyone know if the gun shows round here do background checks on handguns? "
                + "need one soon, don't ask");
        assertAtLeast(TriageLevel.HIGH, "Can you still get a firearms licence without them writing to your GP? Would "
                + "rather my doctor kept out of it after last year.");
        assertEquals(Recency.RECENT, writerRisk("The nurse at the surgery dressed the ones from two days ago and gave "
                + "me a leaflet.").selfInjury().recency());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Sorted:\n- the vet card is on the fridge\n- passwords "
                + "in the red notebook, desk drawer\n- updated the will on Friday\n- cancel the gym").level());
        assertAtLeast(TriageLevel.HIGH, "So proud of my 60 days but I broke it last night. Back to day one.");
    }

    @Test
    void slangVoiceSlipsAndPlansWithoutASubject_areRead() {
        // British slang, a voice-to-text slip and a plan held with "not yet"
        assertAtLeast(TriageLevel.HIGH, "Made my mind up, I'm going to top myself. Not before the wedding, after it.");
        assertAtLeast(TriageLevel.MODERATE, "keep thinking about killing my shelf and I can't stop full stop");
        assertAtLeast(TriageLevel.HIGH, "got a plan now and it's weirdly calming. not doing it yet");
        assertAtLeast(TriageLevel.HIGH, "Attempt was six weeks ago. Still not sleeping, no follow-up since discharge.");
        assertAtLeast(TriageLevel.HIGH, "Lucky I never learned to drive, because if I had a car I'd have gone off the "
                + "harbour road by now. I mean it.");
        assertAtLeast(TriageLevel.HIGH, "how high does a building need to be for it to be certain. for a story");
        assertAtLeast(TriageLevel.HIGH, "wrote a note a month ago. it's just there in case");
    }

    @Test
    void actsOnForearmsOrWithAPointPressedIn_andWoundsSeenOrDated_areSelfInjury() {
        assertEquals(Recency.RECENT, writerRisk("In the manic episode on Saturday I scratched my forearms badly. My "
                + "psychiatrist has changed my meds.").selfInjury().recency());
        assertEquals(Recency.CURRENT, writerRisk("Marking at the kitchen table and pressing the end of a paperclip "
                + "into my wrist right now while I type, over and over. It's not deep.").selfInjury().recency());
        assertEquals(Recency.RECENT, writerRisk("my mum came in while i was getting dressed and saw the fresh cuts "
                + "from three days ago. she won't talk to me now").selfInjury().recency());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Put the PIN numbers and the landlord's details in an envelope "
                + "for my brother. Gave my bike and my Xbox to Kyle. Cancelled the gym.").level());
    }

    @Test
    void figuresOfAQuietWardACoffeeOverdoseAndAGame_andADenialOfThoughts_areNoRisk() {
        assertAtMost(TriageLevel.LOW, "ward's completely dead tonight, touch wood");
        assertAtMost(TriageLevel.LOW, "had five espressos before the interview, total caffeine overdose, i'm shaking");
        assertAtMost(TriageLevel.LOW, "jumped off the castle in the new zelda ten times trying to glide and died every "
                + "time");
        assertAtMost(TriageLevel.LOW, "For the record: I am not suicidal and I have no thoughts of ending my life. I "
                + "just need tips for a noisy open-plan office.");
        assertAtMost(TriageLevel.LOW, "if spurs lose to arsenal again i'm genuinely going to kill myself 😂😂");
    }

    @Test
    void harmfulRepliesInPlainWords_areFlagged() {
        assertEquals(List.of("method"), chain("been thinking about the tablets in my drawer", "pm me, i can tell you "
                + "which of them would do it").harmfulReplies().stream().map(h -> h.kind()).toList());
        assertEquals(List.of("encouragement"), chain("i keep hoping i won't wake up", "then do it already, stop going "
                + "on about it").harmfulReplies().stream().map(h -> h.kind()).toList());
        assertEquals(List.of("encouragement"), chain("my family would be calmer if i wasn't around",
                "honestly yeah they probably would").harmfulReplies().stream().map(h -> h.kind()).toList());
        assertEquals(List.of("minimising"), chain("cut again tonight, not deep", "everyone does that at school, you'll "
                + "grow out of it").harmfulReplies().stream().map(h -> h.kind()).toList());
        assertTrue(chain("my family would be calmer if i wasn't around", "yeah they would miss you terribly, please "
                + "talk to someone").harmfulReplies().isEmpty());
    }

    @Test
    void aMisreadingTheWriterCorrectsWithTheOtherMeaning_isLow_butAWalkBackAloneIsNot() {
        AuthorRisk diary = risk(chain("burned again 😞", "oh no, is it bad? do you need help?",
                "no sorry i didn't explain. found my old journal from april and it says 'burned again' on every page. "
                        + "last time was april, it's november"), "writer");
        assertEquals(TriageLevel.LOW, diary.level());
        assertEquals(Recency.PAST, diary.selfInjury().recency());
        assertTrue(risk(chain("i'm ending it tonight. can't do this anymore", "please don't, can you call someone?",
                "sorry i should have been clearer. ending it with Sam. 3 years and he keeps cheating. telling him "
                        + "after tea. not hurting myself at all"), "writer").level().compareTo(TriageLevel.LOW) <= 0);
        assertEquals(TriageLevel.LOW, risk(chain("i tried to kill myself. today it's all i think about", "when was "
                + "this? "
                + "are you safe?", "sorry that came out wrong. it was nine years ago this month, i was 20 and i'm well "
                + "now"), "writer").level());
        // a walk-back with no other meaning given leaves the reading
        assertTrue(risk(chain("i'm taking all my tablets tonight", "please call 999",
                "sorry that came out wrong, i'm fine"), "writer").level().compareTo(TriageLevel.HIGH) >= 0);
    }

    @Test
    void notHurtingMyself_deniesTheAct() {
        AuthorRisk r = writerRisk("Rough week with the landlord. I'm not hurting myself, just need to vent.");
        assertEquals(Recency.NONE, r.selfInjury().recency());
        assertAtMost(TriageLevel.LOW, "Rough week with the landlord. I'm not hurting myself, just need to vent.");
    }

    @Test
    void sympathyOfferedBeforeAScreeningQuestion_saysNothingOfTheReplier() {
        Assessment a = chain("i don't want to be here anymore. so tired of fighting",
                "I'm so sorry. Have you made a plan to end your life?", "yes");
        assertEquals(TriageLevel.NONE, risk(a, "commenter-1").level());
        assertTrue(risk(a, "writer").level().compareTo(TriageLevel.HIGH) >= 0);
        // an apology for oneself is not sympathy
        assertTrue(risk(chain("how is everyone", "I'm sorry for everything. I won't be around much longer"),
                "commenter-1").level().compareTo(TriageLevel.MODERATE) >= 0);
    }
    @Test
    void aDeathOnAConditionAffirmed_aMindMadeUp_andAQuestionUnderACover_areIntentOrMethodSeeking() {
        assertAtLeast(TriageLevel.HIGH, "If the lender repossesses the boat I'm going down with it. Told my sister "
                + "and I meant it.");
        assertAtLeast(TriageLevel.HIGH, "if my results come back bad on monday i won't be here after that. im "
                + "serious");
        assertAtLeast(TriageLevel.HIGH, "Mind's made up. I won't be around for another harvest.");
        assertAtLeast(TriageLevel.HIGH, "I've picked Thursday, once the rent's paid up. Strange how calm it feels to "
                + "have a date.");
        assertAtLeast(TriageLevel.HIGH, "Quick question, how long would it take to bleed out from a leg wound? for a "
                + "novel im drafting");
        // a condition with no death or absence in it, a day picked for something named
        assertAtMost(TriageLevel.LOW, "if the council sells the pitch i'm going to be gutted, seriously");
        assertAtMost(TriageLevel.LOW, "We've picked Saturday for the barbecue, weather permitting.");
    }

    @Test
    void aQuestionQuotedWithAMarkAndAnswered_isTheAnswersMeaning() {
        AuthorRisk r = risk(chain("everything is caving in and I can't stop crying", "Are you safe tonight?",
                "> Are you safe tonight?\nno, not really"), "writer");
        assertTrue(r.level().compareTo(TriageLevel.HIGH) >= 0, r.level().toString());
        assertEquals(Recency.CURRENT, writerRisk("only a little one tonight, didn't need steri strips. cleaned it up")
                .selfInjury().recency());
    }
    @Test
    void bloodAndDizzinessNow_anOverdoseNoOneTreated_andABottleOfMedicineDrunk_areImminent() {
        AuthorRisk bleeding = writerRisk("In the shower. Did it again. So much blood this time and my head is "
                + "spinning.");
        assertEquals(TriageLevel.IMMINENT, bleeding.level());
        assertEquals(Recency.CURRENT, bleeding.selfInjury().recency());
        // "didn't go to hospital" tells no treatment
        assertEquals(TriageLevel.IMMINENT, writerRisk("Last night I swallowed a heap of my dad's tablets. Woke up "
                + "feeling awful, haven't told anyone and didn't go to hospital.").level());
        assertEquals(TriageLevel.HIGH, writerRisk("Last night I swallowed a heap of my dad's tablets. Spent the night "
                + "in hospital and they let me home this morning.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("update: i did it. drank the whole bottle of grandad's "
                + "medicine. sorry").level());
        assertAtMost(TriageLevel.LOW, "drank the whole bottle of wine with my sister last night, head's pounding");
    }

    @Test
    void affairsSettledInOneMorning_andAPlaceInsteadOfHome_areFarewellsOrIntent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Busy morning. Cancelled the gym and my phone contract, moved my "
                + "savings to my brother, and the cat's going to my neighbour. All tidy now.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Landing Friday. Not going home though, heading to the cliffs "
                + "instead. It's all sorted.").level());
        assertAtMost(TriageLevel.LOW, "Moving to Leeds for the new job. Cancelled the gym, the flat's cleaned and "
                + "everything is in order now.");
    }

    @Test
    void anActToldByWhereTheWriterIsAfterIt_orByWhatHidesIt_isSelfInjury() {
        AuthorRisk sitting = writerRisk("Sitting here after cutting. Not deep, put a plaster on it.");
        assertEquals(TriageLevel.HIGH, sitting.level());
        assertEquals(Recency.CURRENT, sitting.selfInjury().recency());
        assertEquals(Recency.RECENT, writerRisk("Did it Thursday after the late shift. First time in a year. Long "
                + "sleeves at work.").selfInjury().recency());
        assertEquals(Recency.RECENT, writerRisk("3 days ago i did it again, on my hips so nobody sees. im okay now")
                .selfInjury().recency());
        assertEquals(Recency.NONE, writerRisk("Sitting here after cutting the hedge, knackered.").selfInjury()
                .recency());
    }
    @Test
    void aSchoolYearAndAnAnniversary_placeAnAttemptInThePast() {
        assertAtMost(TriageLevel.LOW, "i tried to end it in year 9. im in year 13 now and honestly doing loads better");
        assertAtMost(TriageLevel.LOW, "Twelve years on Sunday since I tried. Doing well, going for a curry with the "
                + "mates who found me.");
        // a school year the writer is in now dates nothing
        assertAtLeast(TriageLevel.HIGH, "im in year 10 and i cut my arm last night");
    }

    @Test
    void aThreatLaughedOffOnALongCondition_gameDeaths_andAJokeToldLater_areNoRisk() {
        assertAtMost(TriageLevel.LOW, "if I fail this stupid theory test for the fourth time in a row I'm going to "
                + "throw myself off a cliff lol");
        assertAtMost(TriageLevel.LOW, "finally beat the last boss on nightmare mode. died like 60 times first "
                + "\uD83D\uDE2D");
        assertAtMost(TriageLevel.LOW, "got third partied in the final circle then killed myself with my own rocket "
                + "\uD83D\uDC80");
        AuthorRisk joke = risk(chain("wanna kms physics exam tmrw and i know nothing", "hey are you actually ok?",
                "ya im fine it was a joke, just stressing about the exam. revising now"), "writer");
        assertTrue(joke.level().compareTo(TriageLevel.LOW) <= 0, joke.level().toString());
        // a joke does not take back a place the writer stood at
        AuthorRisk place = risk(chain("on the footbridge over the motorway. cant stop looking down", "please step back "
                + "and call 999", "home now. i was only joking"), "writer");
        assertTrue(place.level().compareTo(TriageLevel.HIGH) >= 0, place.level().toString());
        // a joke told and then taken back is no joke
        AuthorRisk taken = risk(chain("wanna kms physics exam tmrw", "are you ok?",
                "it was a joke. kind of not joking tbh"), "writer");
        assertTrue(taken.level().compareTo(TriageLevel.MODERATE) >= 0, taken.level().toString());
    }
    @Test
    void passiveWishesInOtherWords_aVoiceThatSaysDie_andAbsenceAsRelief_areModerate() {
        for (String text : List.of(
                "Truth is most nights I lie there thinking if I just didnae wake up it would be a mercy.",
                "month 14 of long covid. not going to do anything but I keep hoping the next infection finishes the job",
                "so tired na. sana one night I close my eyes and that's it na",
                "2 weeks offshore. if the chopper went down on the way back i wouldnt be that bothered tbh",
                "Nice day with Dad. Then driving home that voice was back, going just kill yourself and be done with it.",
                "The treatment's costing us everything. My wife could get her life back if I wasn't in it.",
                "Lost my job again. The house would be calmer and richer with me out of the picture.",
                "Read the article on farmer suicides and realised it was describing me. Lying awake every night "
                        + "thinking about it.")) {
            assertEquals(TriageLevel.MODERATE, writerRisk(text).level(), text);
        }
        assertEquals(TriageLevel.LOW, writerRisk("I'm just a weight round my partner's neck now.").level());
        assertAtMost(TriageLevel.LOW, "Close my eyes and count to ten, that's it, that's the whole meditation.");
        assertAtMost(TriageLevel.LOW, "If the bus went down the hill I wouldn't be surprised, it's ancient.");
    }
    @Test
    void aHangingPlaceDweltOn_goingOverARail_medicineKeptBack_andForgivenessAskedAhead_areRead() {
        assertAtLeast(TriageLevel.HIGH, "Sold the flock in May. Keep ending up in the barn staring up at the beams, and "
                + "I know full well what I'm thinking about.");
        assertAtLeast(TriageLevel.HIGH, "Every night after the late lab I stop on the top landing looking down, "
                + "thinking about going over the banister.");
        assertEquals(TriageLevel.IMMINENT, writerRisk("I've kept back the oramorph for weeks and on Sunday night, "
                + "when my sister's gone home, I'm going to take it all.").level());
        assertEquals(TriageLevel.IMMINENT, writerRisk("Asked God to forgive me for what I am going to do after church "
                + "today.").level());
        assertAtMost(TriageLevel.LOW, "Spent the afternoon staring up at the oak beams in the barn conversion, what "
                + "craftsmanship.");
        assertAtMost(TriageLevel.LOW, "The surveyor kept looking at the rafters, says the roof needs redoing.");
        assertAtMost(TriageLevel.LOW, "Honestly I take it all in my stride these days.");
    }
    @Test
    void harmfulRepliesThatOfferDetailsInPrivate_dareOrApprove_orCallItAttention_areFlagged() {
        assertEquals(List.of("method"), kinds(chain("i've got my tablets saved in a tin", "there's a forum that has all "
                + "the details on that, message me and i'll send you the link")));
        assertEquals(List.of("method"), kinds(chain("can't stop thinking about the level crossing",
                "if you mean it there's a time of night when no one would be around to see")));
        assertEquals(List.of("method"), kinds(chain("how many of my pills would it take, asking for a story",
                "depends what they are, pm me the name and i'll work it out for you")));
        assertEquals(List.of("encouragement"), kinds(chain("tonight's the night. thanks for everything",
                "honestly respect it. you'll finally be at peace")));
        assertEquals(List.of("encouragement"), kinds(chain("want to kms fr. not joking this time",
                "do it, you won't \uD83D\uDE02")));
        assertEquals(List.of("minimising"), kinds(chain("third week in a row i've wanted to die",
                "you post this every week, clearly just after attention")));
        assertEquals(List.of("minimising"), kinds(chain("relapsed after 30 days. cut last night",
                "cutting once isn't a big deal, people overreact about it")));
        // support that says the same words otherwise is not harmful
        assertTrue(chain("relapsed after 30 days. cut last night", "one slip isn't a big deal next to 30 days. is it "
                + "clean? can you tell someone?").harmfulReplies().isEmpty());
        assertTrue(chain("can't stop thinking about the level crossing", "I can tell you're exhausted. Can you call "
                + "116 123 tonight?").harmfulReplies().isEmpty());
    }

    private static List<String> kinds(Assessment a) {
        return a.harmfulReplies().stream().map(h -> h.kind()).toList();
    }

    /** The kinds of harm flagged in a reply to a writer's post; empty when none. */
    private static List<String> replyKinds(String writer, String reply) {
        Assessment a = engine.assess(PostThread.of(post("p", "writer", writer, post("c1", "commenter-1", reply))));
        return a.harmfulReplies() == null ? List.of() : kinds(a);
    }
    @Test
    void ideationWithAPlanDenied_thoughtsHadThisMorning_andMedicineAsTreatment_stayModerate() {
        for (String text : List.of(
                "ngl the real problem is i keep thinking about killing myself on the drive home after nights. not "
                        + "planning anything, the thoughts just keep coming",
                "Had really strong thoughts of killing myself this morning. Scared me.",
                "I think about dying every single day. Started meds last week too. Still think about it daily but I "
                        + "know I won't act on it.")) {
            assertEquals(TriageLevel.MODERATE, writerRisk(text).level(), text);
        }
        // a time for the act, and medicine counted, are still read
        assertEquals(TriageLevel.IMMINENT, writerRisk("I'm thinking about killing myself tonight.").level());
        assertAtLeast(TriageLevel.HIGH, "I think about dying every day. I've started counting my tablets.");
    }
    @Test
    void pillsKeptForTheDay_andThoughtsOfDyingSaidWithoutASubject_areReadForWhoeverSaysThem() {
        Assessment a = chain("any tips for sleeping? awake till 4 most nights", "same. i've been keeping my sleeping "
                + "tablets for when i finally do it");
        assertTrue(risk(a, "commenter-1").level().compareTo(TriageLevel.HIGH) >= 0);
        assertEquals(TriageLevel.MODERATE, writerRisk("Still get those thoughts of dying most nights tbh, but "
                + "talking helps.").level());
        assertAtMost(TriageLevel.LOW, "Still get the bus to work most days, but the car is fixed now.");
    }
    @Test
    void theExemplarsSameHourReading_needsMoreThanIdeationSaid() {
        // ideation and nothing beyond it: moderate, whatever the exemplar reads
        assertEquals(TriageLevel.MODERATE, writerRisk("honestly everyone would be better off without me").level());
        // a stash, a firearm dwelt on, a decision, a search for ways, a condition affirmed: more than ideation
        assertAtLeast(TriageLevel.HIGH, "thinkin bout ctb again. got my stash ready");
        assertAtLeast(TriageLevel.HIGH, "hv bin lookin up ways 2 unalive myself all nite");
        assertAtLeast(TriageLevel.HIGH, "I have taken the decision to end my life. I have not fixed the date.");
        assertAtLeast(TriageLevel.HIGH, "If she leaves on Friday, that's me done with living, and I'm not saying that "
                + "for attention.");
        assertAtLeast(TriageLevel.HIGH, "the day they take the kids is the day i end my life. deadly serious");
    }
    @Test
    void meansTakenAwayBySomeoneElse_orAParentToldAndSafer_takeImminentDownToHigh() {
        AuthorRisk letters = risk(chain("I wrote letters to my parents last night. I was going to do it.",
                "I'm so glad you're still here. Is anyone with you?", "I'm okay now. My partner found the letters and "
                        + "took the tablets out of the flat. I don't want to die today."), "writer");
        assertEquals(TriageLevel.HIGH, letters.level());
        AuthorRisk told = risk(chain("scared because last night I looked up how much of my meds it would take",
                "thank you for saying this. can you tell someone at home?", "i told my dad this morning. he's locking "
                        + "them up and calling my gp. i feel a bit safer"), "writer");
        assertEquals(TriageLevel.HIGH, told.level());
    }
    @Test
    void aCommentersOwnPastToldAsLikeTheWriters_isLowForTheCommenter() {
        Assessment a = chain("been thinking about the bridge on the way to work. really thinking about it",
                "i get it. i used to think like that after my redundancy. it passed for me, it can for you");
        assertEquals(TriageLevel.LOW, risk(a, "commenter-1").level());
    }
    @Test
    void aPetHandedOnBesideLettersWritten_andNoNeedAfterANearTime_areImminent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("Cheers. Sorted the cat with my brother yesterday and wrote "
                + "letters for the girls and for Dad. Won't need any of it after this weekend anyway.").level());
        // a near time denied still is
        assertTrue(writerRisk("Wrote letters for the girls. I won't do anything this weekend, they visit Monday.")
                .level().compareTo(TriageLevel.IMMINENT) < 0);
    }
    @Test
    void tabletsPutAsideAFewAtATime_arePreparation() {
        assertAtLeast(TriageLevel.HIGH, "Raid night is moving to Friday. I've been putting aside a few of my tablets "
                + "every week since March and there's a tin of them in the wardrobe now. Anyway, who's bringing snacks?");
    }

    /**
     * Beside a rule's reading, the head's occlusion label is not shown again on the sentence the rule read, and a
     * sentence the head leaned on that names no risk shows as context, not as a C-SSRS level.
     */
    @Test
    void evidenceBesideARulesReading_namesEachSentenceOnce_andNeutralSentencesAsContext() {
        AuthorRisk r = writerRisk("Knee replacement finally booked for May. The pain clinic switched me to "
                + "buprenorphine patches. How many of those patches would it take to stop someone's heart? Dog walks "
                + "are short these days but we manage.");
        assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("method-seeking")), r.evidence().toString());
        assertTrue(r.evidence().stream().filter(e -> e.text().startsWith("Knee replacement"))
                .allMatch(e -> e.signal().equals("context")), r.evidence().toString());
        // the rule's reading of a span the head also labelled the same way is kept, not the head's
        assertTrue(writerRisk("I attempted to end it all last night.").evidence().stream()
                .anyMatch(e -> e.signal().equals("cssrs.behaviour") && e.score() == 1));
        AuthorRisk wish = writerRisk("I wish I was dead. Work was fine, I suppose.");
        assertEquals(TriageLevel.MODERATE, wish.level());
        for (Evidence e : wish.evidence().stream().filter(o -> o.signal().startsWith("cssrs.")).toList()) {
            assertEquals(1, wish.evidence().stream().filter(o -> o.begin() == e.begin()
                    && o.signal().startsWith("cssrs.")).count(), wish.evidence().toString());
        }
    }

    /**
     * A dose of one's own medicine taken or missed as prescribed is no overdose and no means; "just took" needs an
     * amount or an overdose; one's own pills taken "all of them", or with drink, are an overdose.
     */
    @Test
    void anEverydayDose_isNoOverdose_butAllOfThemOrWithDrinkIs() {
        for (String text : List.of("Took my meds this morning and went for a run.",
                "Haven't taken my tablets today, forgot again. Work was busy.",
                "Forgot to take my tablets today.", "I just took the dog out for a walk.",
                "Just took my sertraline and made breakfast.", "I took my medication as prescribed.")) {
            AuthorRisk r = writerRisk(text);
            assertAtMost(TriageLevel.LOW, r);
            assertTrue(r.evidence().stream().noneMatch(e -> e.signal().equals("cssrs.behaviour")), text);
        }
        for (String text : List.of("I took my pills, all of them. Sorry.",
                "Just took my pills with half a bottle of vodka.", "i just took a bttole of tylenol.")) {
            AuthorRisk r = writerRisk(text);
            assertEquals(TriageLevel.IMMINENT, r.level(), text);
            assertTrue(r.evidence().stream().anyMatch(e -> e.signal().equals("cssrs.behaviour")), text);
        }
    }

    /** Suicide put off is intent still held, also when the writer asks when; an attempt at a test put off is not. */
    @Test
    void suicidePutOff_isIntent() {
        for (String text : List.of("I postponed my suicide because of my cat. Work is fine.",
                "My suicide is on hold until the kids finish school.",
                "Should I postpone my suicide until after my exams?")) {
            assertAtLeast(TriageLevel.HIGH, text);
            assertTrue(writerRisk(text).evidence().stream().anyMatch(e -> e.signal().equals("cssrs.intent")), text);
        }
        assertEquals(TriageLevel.IMMINENT,
                writerRisk("I put off ending it until tomorrow, my sister visits tonight.").level());
        assertAtMost(TriageLevel.LOW, "Postponed my attempt at the driving test again.");
        assertAtMost(TriageLevel.LOW, "Years ago I postponed my suicide for my dog, and I'm so glad I did. Five "
                + "years in recovery now.");
    }

    @Test
    void reliefAtAnIllnessTakingTheWriter_isPassiveIdeation_butATakingOnIsNot() {
        assertEquals(TriageLevel.MODERATE,
                writerRisk("I'd be relieved if the next infection just took me.").level());
        assertAtMost(TriageLevel.LOW, "I'd be glad if the new manager took me on.");
    }

    /**
     * Everyday errands and pastimes that name a medicine, a jump or a giving away: none of them is an overdose, an
     * attempt or a farewell, and the exemplar head has no risk to rest on; the same words with a height, "all of
     * them" or "where I'm going" still are.
     */
    @Test
    void everydayErrandsAndPastimes_areNoActsOrFarewells() {
        for (String text : List.of("Took a couple of ibuprofen and went to bed.",
                "Picked up my prescription and a meal deal.",
                "Took all my tablets out of the blister packs into a weekly organiser.",
                "Jumped off the high board at the pool for the first time!",
                "I'm done with this game, uninstalling it tonight.",
                "Gave away my old clothes to the charity shop, wardrobe clear-out.")) {
            assertAtMost(TriageLevel.LOW, text);
        }
        assertAtLeast(TriageLevel.HIGH, "I jumped off the bridge last night but a fisherman pulled me out.");
        AuthorRisk farewell = writerRisk("Gave all my stuff to the charity shop. I won't need it where I'm going.");
        assertEquals(TriageLevel.IMMINENT, farewell.level());
        assertTrue(farewell.evidence().stream().anyMatch(e -> e.signal().equals("farewell")));
    }

    /**
     * Letters, goodbyes, wills, trips, break-ups and panic in everyday life are no farewell, preparation, intent or
     * attempt; the same words beside a stated intent still count.
     */
    @Test
    void everydayLife_isNoParting_butIntentBesideItStillCounts() {
        for (String text : List.of("Wrote a letter to my nan for her birthday and posted it.",
                "Saying goodbye to my old car today, sold it to a neighbour.",
                "Updated my will after the wedding, adulting!", "Finally cut ties with my toxic ex.",
                "I've decided to end it with him. Four years is enough.",
                "I attempted to end things with her but she cried and we made up.",
                "I've got everything ready for tomorrow, bags packed for the trip.",
                "Stocked up on paracetamol, everyone at home has flu.",
                "Had a panic attack and honestly thought I was going to die.",
                "The plan is to hop on a coach to Leeds and stay with my cousin.")) {
            assertAtMost(TriageLevel.LOW, text);
        }
        assertAtLeast(TriageLevel.HIGH, "Wrote a letter to my mum for her birthday. She'll get it after I'm gone, I'm "
                + "ending it this weekend.");
        assertEquals(TriageLevel.IMMINENT, writerRisk("Tonight will be my last day. I know when and how.").level());
    }

    /**
     * Where the writer names no risk in so many words, the exemplar head raises only when nearly sure: an everyday
     * apology it read at just over its threshold is no same-hour review.
     */
    @Test
    void theExemplarNeedsToBeSure_whereNoRiskIsNamed() {
        AuthorRisk r = writerRisk("Sorry, I missed the end of the match.");
        assertAtMost(TriageLevel.LOW, r);
        assertTrue(r.evidence().stream().noneMatch(e -> e.signal().equals("triage-exemplar")));
    }

    /**
     * A thread in an English-based creole is read, not set aside as Italian for its "mi" and "di", and its spellings
     * of "yourself", "about" and "this" reach the screening question and its answer.
     */
    @Test
    void aThreadInCreoleSpelling_isRead_andItsScreeningAnswerCounts() {
        Assessment a = chain("Mi cyaan sleep, mi head full a worries, di bills dem pile up every day.",
                "Mi haffi ask yuh straight: yuh thinking bout killing yuhself?", "yeah. most nights now.");
        assertTrue(a.language().supported(), "a creole thread must not be set aside as another language");
        assertTrue(risk(a, "writer").level().compareTo(TriageLevel.MODERATE) >= 0, "a yes to the question counts");
    }

    /**
     * Someone else's message quoted over two sentences is theirs in both (the helper's own fear after it is still read
     * by the head: moderate); worn out is no burn; an overdose of jollof
     * or a "literally dying fr" is a figure of speech; a rope for a run to the tip and a will made after a parent's
     * diagnosis are everyday errands.
     */
    @Test
    void quotedMessagesIdiomsAndErrands_areNotTheWritersRisk() {
        Assessment quoted = chain("My cousin just texted me this: \"i can't keep going. sorry for everything.\" "
                + "She's not picking up. What should I do?", "Ring 999 and ask for a welfare check.",
                "done, an ambulance is going round now. I'm shaking");
        AuthorRisk worried = risk(quoted, "writer");
        assertTrue(worried.level().compareTo(TriageLevel.HIGH) < 0, "a worried helper is no same-hour review");
        assertTrue(worried.evidence().stream().noneMatch(e -> e.text().contains("sorry for everything")),
                "the quoted words that run on past the sentence are the cousin's, not the writer's evidence");
        AuthorRisk burnt = writerRisk("Missed another shift today. Just burnt out.");
        assertEquals(Recency.NONE, burnt.selfInjury().recency());
        for (String text : List.of("Overdosed on jollof at the wedding, someone roll me home",
                "these acne pills are drying my lips out, im literally dying fr. any lip balm recs?",
                "Rope's in the van. Tip run.",
                "Made a will and sorted power of attorney after Dad's diagnosis. Booked Crete for May!")) {
            assertAtMost(TriageLevel.LOW, text);
        }
        assertAtLeast(TriageLevel.HIGH, "I overdosed on my sleeping pills last night and woke up in A&E.");
    }

    /**
     * Veiled farewells and preparations in everyday words: tablets put by with a day to take them, a to-do list that
     * settles several affairs, a pet's things handed on and no need of anything after this week, letters to both the
     * children and a life summed up in its years.
     */
    @Test
    void veiledPreparationsAndFarewells_inEverydayWords_areImminent() {
        for (String text : List.of("When the kids go to their dad's on Saturday I'll take the tablets I've been "
                        + "putting by.",
                "list for tomorrow:\n- cancel gym\n- write letters to Sam and mum\n- give Biscuit + her bowls to "
                        + "Jo\n- passwords in the red notebook",
                "Need someone to take my rabbit by Sunday. Sorted who gets my guitar too, I won't need any of it "
                        + "after this week.",
                "The will is in the top drawer. I've written to both the kids. Sixty years was a good run.")) {
            assertEquals(TriageLevel.IMMINENT, writerRisk(text).level(), text);
        }
    }

    /**
     * Method seeking in other words: a fatal sleeping tablet asked about in Pidgin, a life policy that pays out on a
     * staged accident, a height visited one last time; passive wishes to be taken by the ground or the wind, and a
     * life others would find simpler without the writer.
     */
    @Test
    void methodSeekingAndPassiveWishes_inOtherWords_areRead() {
        assertAtLeast(TriageLevel.HIGH, "Which tablet person fit take wey him no go wake again? I tire.");
        assertAtLeast(TriageLevel.HIGH, "Would my life insurance still pay out if the coroner can't say for sure it "
                + "was an accident?");
        assertAtLeast(TriageLevel.HIGH, "Is the roof of the library still open at night? I want to go up there one "
                + "last time after the exams.");
        assertEquals(TriageLevel.MODERATE,
                writerRisk("If the sea just swallowed me I wouldn't put up a fight.").level());
        assertEquals(TriageLevel.MODERATE,
                writerRisk("Everyone's lives would be simpler if I just wasn't around.").level());
        assertAtMost(TriageLevel.LOW, "I wish the wind would take me to Spain, this rain is endless.");
        assertAtMost(TriageLevel.LOW, "After the half marathon I want to lie down and not get up for a week.");
    }

    /**
     * A screening question set out in the writer's own post as a form or a transcript, its answer marked: the PHQ-9's
     * ninth item answered with a frequency is current ideation ("I've got used to them" places nothing in the past),
     * "Not at all" is none; "yeah, no" to "keeping yourself safe?" is a no.
     */
    @Test
    void aScreeningQuestionAnsweredInAFormOrATranscript_isReadByItsAnswer() {
        String item9 = "Q9: Over the last 2 weeks, how often have you been bothered by thoughts that you would be "
                + "better off dead, or of hurting yourself in some way?\n";
        assertEquals(TriageLevel.MODERATE, writerRisk(item9 + "A: More than half the days. I've got used to them "
                + "by now.").level());
        assertAtMost(TriageLevel.LOW, item9 + "A: Not at all.");
        assertAtLeast(TriageLevel.HIGH, "My care coordinator texted: \"keeping yourself safe?\"\nMe: \"yeah, no.\"");
    }

    /**
     * A helper who forwards a friend's veiled farewell ("I'm going to do it tonight, I'm sorry for everything") and
     * asks what to do is worried for someone else: neither the farewell nor the second readers make the helper urgent.
     */
    @Test
    void aHelperForwardingSomeoneElsesVeiledFarewell_isNoSameHourReviewOfTheHelper() {
        Assessment a = chain("My flatmate just sent me this: 'I'm going to do it tonight, I'm sorry for everything.' "
                + "She isn't answering her phone. What do I do??", "Call 999 and ask for a welfare check now.",
                "done, police are on their way to her. I'm shaking");
        assertAtMost(TriageLevel.LOW, risk(a, "writer"));
    }

    /**
     * What a sentence dates is not always what it tells now: a habit "every night now" beside a change "two weeks ago"
     * is current method thinking; an attempt told with its date first and a hospital after it ("three weeks ago I
     * tried again ... home from hospital") is behaviour in the last weeks. A task tried again is neither.
     */
    @Test
    void aHabitNowBesideAnOlderDate_andATriedDatedFirst_areReadForTheirOwnTime() {
        assertAtLeast(TriageLevel.HIGH, "New tablets two weeks ago and every night now I stand on the balcony looking "
                + "down, thinking about it.");
        assertAtLeast(TriageLevel.HIGH, "Two weeks ago I tried again. I'm home from hospital and nobody has called.");
        assertAtMost(TriageLevel.LOW, "The app crashed. Two minutes ago I tried again and it worked.");
    }

    /**
     * Thoughts told before an act is denied are still thoughts ("been having thoughts about not waking up but im not
     * gonna do anything"), and a thought that has "moved back in" has come back now, not "back in" some past spring;
     * "I don't know what to do" denies no act.
     */
    @Test
    void thoughtsBeforeADeniedAct_andAThoughtMovedBackIn_areCurrentIdeation() {
        assertEquals(TriageLevel.MODERATE, writerRisk("been having thoughts about not waking up but im not gonna do "
                + "anything so pls nobody panic").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("The thought of killing myself has moved back in like it never "
                + "left.").level());
        assertEquals(Recency.PAST, writerRisk("The last time I cut was back in spring and I've got support now.")
                .selfInjury().recency());
        assertAtMost(TriageLevel.LOW, "i hate mondays and i don't know what to do it's so boring");
    }

    /**
     * Euphemisms of dying in other Englishes and in chat: "thinking to finish myself" and "if i dipped forever" are
     * ideation; finishing oneself up before dinner or leaving a job for good is not.
     */
    @Test
    void euphemismsOfDyingInOtherEnglishes_areIdeation() {
        assertEquals(TriageLevel.MODERATE, writerRisk("Exams again and nobody at home talks to me. These days I am "
                + "thinking to finish myself only.").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("my mates would have a way chiller time if i dipped forever tbh")
                .level());
        assertAtMost(TriageLevel.LOW, "I need to finish myself up before dinner, a shower and a shave.");
        assertAtMost(TriageLevel.LOW, "I want to leave this job for good.");
    }

    /**
     * Harmful replies in other words are flagged (a decision respected and a peaceful death wished, "do them the
     * favour", "people who really do it don't post about it", "get over it" said of an attempt thirty years ago), and
     * ordinary peer support is not: a replier's own dose, what works for them, "just do it" about a workout, "you'll
     * never get over it" turned round.
     */
    @Test
    void harmfulRepliesInOtherWords_areFlagged_andOrdinaryPeerSupportIsNot() {
        Assessment decided = engine.assess(PostThread.of(post("p", "writer", "everything is ready on the desk. "
                + "tonight.", post("c1", "commenter-1", "if that's what you've decided, it's your right. hope it's "
                        + "peaceful"))));
        assertEquals(List.of("encouragement"), kinds(decided));
        Assessment sympathy = engine.assess(PostThread.of(post("p", "writer", "I cut again two days ago and it "
                + "scared me.", post("c1", "commenter-1", "you're only posting this for the sympathy. people who "
                        + "really do it don't post about it"))));
        assertEquals(List.of("minimising"), kinds(sympathy));
        Assessment anniversary = engine.assess(PostThread.of(post("p", "writer", "Made an attempt in my twenties. "
                + "The date always makes me low.", post("c1", "commenter-1", "that was decades ago, get over it"))));
        assertEquals(List.of("minimising"), kinds(anniversary));
        Assessment support = engine.assess(PostThread.of(post("p", "writer", "I can't sleep and I keep thinking "
                + "about dying. The new tablets aren't helping.",
                post("c1", "commenter-1", "I'm currently on 75mg and it took a month to settle. Square breathing "
                        + "works best for me at night."),
                post("c2", "commenter-2", "It doesn't matter if others have it worse. You'll never get over it by "
                        + "pretending."))));
        assertTrue(support.harmfulReplies() == null || support.harmfulReplies().isEmpty(),
                "ordinary support flagged: " + (support.harmfulReplies() == null ? "" : kinds(support)));
        // the replier's own regimen excuses a dose, not a pointer to the details
        Assessment pointer = engine.assess(PostThread.of(post("p", "writer", "I want to die, what would work?",
                post("c1", "commenter-1", "I'm telling you, there's a guide that lists what works, dm me"))));
        assertEquals(List.of("method"), kinds(pointer));
        Assessment disclosure = engine.assess(PostThread.of(post("p", "writer", "failed my driving test again, "
                + "gutted", post("c1", "commenter-1", "same. and not being dramatic, i've wanted to die for weeks"))));
        assertTrue(disclosure.harmfulReplies() == null || disclosure.harmfulReplies().isEmpty(),
                "a commenter's own disclosure is no minimising");
        Assessment workout = engine.assess(PostThread.of(post("p", "writer", "I never feel like going to the gym "
                + "after work.", post("c1", "commenter-1", "Just do it. Ten minutes, then see how you feel."))));
        assertTrue(workout.harmfulReplies() == null || workout.harmfulReplies().isEmpty());
    }

    /**
     * A screening question the writer tells in their own words is answered as if it had been asked in the thread
     * ("the nurse asked whether I had a plan. I said yes."); a plan for a launch asked by a boss is no plan to die.
     */
    @Test
    void screeningQuestionsToldInTheWritersOwnWords_areAnswered() {
        assertEquals(TriageLevel.HIGH, writerRisk("The nurse on the phone asked whether I had a plan. I said yes. "
                + "Then she asked me to come in.").level());
        assertEquals(TriageLevel.HIGH, writerRisk("My brother asked me if I was safe and I said not really.")
                .level());
        assertAtMost(TriageLevel.LOW, "My mum asked if I was safe on the night bus and I said yes of course.");
        assertAtMost(TriageLevel.LOW, "My boss asked if I had a plan for the launch. I said yes, a rough one.");
    }

    /**
     * "Do you have a plan?" answered yes after the same asker's "are you thinking of suicide?", and "are you going to
     * act on it tonight?" answered yeah: a plan and intent for tonight, though the writer's own words named neither.
     */
    @Test
    void aBarePlanQuestion_takesItsMeaningFromTheAskersEarlierQuestion() {
        Assessment a = engine.assess(PostThread.of(post("p", "writer", "i really can't see a way through this week",
                post("c1", "commenter-1", "are you having thoughts of suicide? do you have a plan?",
                        post("c2", "writer", "yes", post("c3", "commenter-1", "are you going to act on it tonight?",
                                post("c4", "writer", "yeah")))))));
        assertEquals(TriageLevel.IMMINENT, risk(a, "writer").level());
    }

    /**
     * The day of an everyday errand or of thoughts already had is no near time for an act: "starting new meds with my
     * GP on Thursday" beside ideation a month ago, "had thoughts about dying on Sunday" beside a safety plan.
     */
    @Test
    void theDayOfAnErrandOrOfThoughtsHad_isNoNearTime() {
        assertAtMost(TriageLevel.MODERATE, writerRisk("Three weeks ago I wanted to die. Today I cooked a proper "
                + "dinner. Small wins. Starting meds through my GP on Thursday."));
        assertAtMost(TriageLevel.HIGH, writerRisk("my counsellor wants me to write a safety plan after a rough "
                + "week. had thoughts about dying on sunday. what's in yours?"));
    }

    /**
     * Intent turned round from a denial quoted as said to the writer ("'at least you're not going to kill
     * yourself'. I am."), and intent held against persuasion ("nobody is going to talk me out of it"), are intent;
     * "going to kill it at the audition" is doing well.
     */
    @Test
    void intentTurnedRoundOrHeldToAgainstPersuasion_isIntent() {
        assertEquals(TriageLevel.HIGH, writerRisk("My sister said 'well at least you're not going to kill yourself'. "
                + "I am. I just haven't decided when.").level());
        assertEquals(TriageLevel.HIGH, writerRisk("I am going to kill myself. Not this week. Nobody is going to talk "
                + "me out of it.").level());
        assertAtMost(TriageLevel.LOW, "I'm going to kill it at the audition tomorrow.");
    }

    /**
     * What something else has taken is no overdose ("Chemo has taken everything"), and times of life long over date
     * an attempt or self-injury to the past ("that first year I tried to end it"; "I cut when I was her age").
     */
    @Test
    void somethingElseTakingEverything_andTimesOfLifeOver_areNoActNow() {
        AuthorRisk chemo = writerRisk("Chemo has taken everything. I lie awake wishing I wouldn't wake up in the "
                + "morning.");
        assertEquals(TriageLevel.MODERATE, chemo.level());
        assertAtMost(TriageLevel.LOW, writerRisk("Moved here as a refugee eight years ago. That first year I tried to "
                + "end it. Now I run the youth club and I'm proud of it."));
        AuthorRisk her = writerRisk("My niece told me she self-harms. I cut when I was her age, and I haven't in over "
                + "fifteen years.");
        assertAtMost(TriageLevel.LOW, her);
        assertEquals(Recency.PAST, her.selfInjury().recency());
    }

    /** At a height now and thinking of jumping is imminent; thinking of jumping into a pool from a roof is not risk. */
    @Test
    void atAHeightThinkingOfJumping_isImminent() {
        assertEquals(TriageLevel.IMMINENT, writerRisk("On the railway bridge near my flat. Been here a while. Can't "
                + "stop thinking about jumping.").level());
        assertAtMost(TriageLevel.LOW, "On the roof fixing tiles all day, thinking about jumping in the pool after.");
    }

    /**
     * Someone in the writer's group who posts a farewell, a family the writer sat with after a suicide, and a mate
     * who texts that he will kill himself: their risk, not the writer's.
     */
    @Test
    void risksOfPeopleInTheWritersGroupOrWork_areNotTheWriters() {
        assertAtMost(TriageLevel.LOW, "A lad in our five-a-side group just posted 'love you all, sorry for "
                + "everything' and isn't answering. I've called his mum. Was that right?");
        assertAtMost(TriageLevel.LOW, "Spoke with a mother today whose daughter took her own life. Long shift. "
                + "Debrief on Monday.");
        assertAtMost(TriageLevel.LOW, "Mate just texted saying he's going to kill himself. I've called 999 and I'm "
                + "on my way to his. What do I say when I get there?");
    }

    /** Hinglish for ending one's life is read as the English it says. */
    @Test
    void hinglishForEndingOnesLife_isRead() {
        assertEquals(TriageLevel.HIGH, writerRisk("Sach bataun, main khud ko khatam kar dunga. Kab, pata nahi.")
                .level());
        assertEquals(TriageLevel.MODERATE, writerRisk("Ghar pe koi nahi samajhta. Mann karta hai bas khatam ho jaun.")
                .level());
    }

    /** A leap from a couch into the sun and "I'm dead" with a laugh are figures of speech. */
    @Test
    void absurdLeapsAndLaughingDeaths_areFiguresOfSpeech() {
        assertAtMost(TriageLevel.LOW, "if we lose to them again i'm jumping off my sofa into the sun");
        assertEquals(TriageLevel.NONE, writerRisk("the best man read out the group chat and I'm DEAD 😭😂")
                .level());
    }

    /**
     * Passive wishes in the words of a job, affairs listed to settle, a diary card's self-harm column, a promise not
     * to act beside loud thoughts, and a gun that is all the writer thinks about are read at their levels.
     */
    @Test
    void wishesListsDiaryCardsAndGunsInEverydayWords_areRead() {
        assertEquals(TriageLevel.MODERATE, writerRisk("Twenty years on the boats. Lately on deck I catch myself hoping "
                + "the mast comes down on me.").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("Night shift on the ward. I keep hoping the ceiling comes down "
                + "on me.").level());
        assertTrue(writerRisk("to do: spare key for Dev, cancel the gym, find someone to take Pepper. no rush.")
                .level().compareTo(TriageLevel.HIGH) >= 0);
        AuthorRisk card = writerRisk("Diary card. Wed urges 4/5, SH Y (burn). Thu urges 2/5, SH N.");
        assertEquals(TriageLevel.HIGH, card.level());
        assertEquals(Recency.RECENT, card.selfInjury().recency());
        assertEquals(TriageLevel.MODERATE, writerRisk("I promised my mum I won't do anything and I mean it. The "
                + "thoughts are really loud this week though.").level());
        assertEquals(TriageLevel.HIGH, writerRisk("I know where the gun is kept and lately it's all I think about.")
                .level());
    }

    /**
     * A later post that counts the time since ("update: three months clean today", "update, 5 months later:") dates
     * what the first post told; a decision said with "once everyone is asleep" is imminent, one about a relationship
     * is not; a correction that gives the other meaning ("i meant my apprenticeship") lowers the misreading.
     */
    @Test
    void laterPostsDateEarlierOnes_andDecisionsAndCorrectionsAreRead() {
        Assessment clean = engine.assess(PostThread.of(post("p", "writer", "I self-harmed again. Back to square one.",
                post("c1", "commenter-1", "relapse is part of recovery"),
                post("c2", "writer", "update: three months clean today, thank you all"))));
        assertEquals(Recency.PAST, risk(clean, "writer").selfInjury().recency());
        assertAtMost(TriageLevel.LOW, risk(clean, "writer"));
        assertEquals(TriageLevel.IMMINENT, writerRisk("I've made my decision. It's tonight once everyone is asleep.")
                .level());
        assertAtMost(TriageLevel.LOW, "Made my decision: I'm ending it. Nine years with Sam and I'm tired of the "
                + "lies.");
        Assessment corrected = engine.assess(PostThread.of(post("p", "writer", "I'm done. I can't do this anymore.",
                post("c1", "commenter-1", "hey, are you safe?", post("c2", "writer", "sorry, not like that. i meant "
                        + "my apprenticeship. handing my notice in friday and i feel lighter")))));
        assertAtMost(TriageLevel.LOW, risk(corrected, "writer"));
    }

    /**
     * Harmful replies told in a clause beside a negation ("those won't work, you'd need something stronger"), a dare
     * ("then do it, nobody's stopping you"), the hour when no one is around, and a favour to others are flagged; a
     * plea not to do it is not.
     */
    @Test
    void harmfulRepliesBesideNegationsAndDares_areFlagged() {
        assertEquals(List.of("method"), replyKinds("I keep looking at the tablets in the kitchen drawer.",
                "those won't work, you'd need something stronger"));
        assertEquals(List.of("encouragement"), replyKinds("i don't want to be alive anymore",
                "then do it, nobody's stopping you"));
        assertEquals(List.of("method"), replyKinds("I stand on the car park roof every night and think about it.",
                "nobody's around there after eleven"));
        assertEquals(List.of("encouragement"), replyKinds("my family would be better off without me",
                "honestly you'd be doing them a favour"));
        assertEquals(List.of(), replyKinds("i don't want to be alive anymore",
                "please don't do it, you would be missed so much"));
    }

    /**
     * Method seeking and method thinking in the words of a trade: the amount of a farm chemical to drop a person of a
     * weight, the volume a vet would need for their own weight, an insurer paying out on a staged crash, a fatal level
     * of the writer's own bloods, whether a fall would clear the railings. The dose to treat a flock is not.
     */
    @Test
    void methodSeekingAndThinkingInTheWordsOfATrade_areHigh() {
        for (String text : List.of("Doing the sums. How much of the sheep dip would it take to drop a bloke of about "
                + "80 kg?",
                "Lately in the store room I catch myself working out what volume I'd need for my own weight.",
                "Would the insurer pay out if it looked like a crash on the back road? The mortgage would be cleared.",
                "What sodium level is actually fatal? Mine was 125 last week and I'm still not eating.",
                "On the top deck of the car park working out whether you'd clear the railings if you went from the "
                        + "corner.", "I sit with the pistol most nights now and think about using it on myself.")) {
            assertEquals(TriageLevel.HIGH, writerRisk(text).level(), text);
        }
        assertAtMost(TriageLevel.LOW, "How much dip would it take to treat 200 ewes?");
    }

    /**
     * Acts and farewells in other words are imminent: tablets set aside and taken with the hour told, "exams finish
     * friday. so do i.", "Tonight I finish.", "I will not be alive when they come", the writer's own message telling
     * the kids their dad loved them, and sitting in the garage with the hose after a row.
     */
    @Test
    void actsAndFarewellsInOtherWords_areImminent() {
        for (String text : List.of("took the diazepam I'd been saving plus the rest of the codeine about half an hour "
                + "ago. feel dizzy", "exams finish friday. so do i.", "Tonight I finish. Sorry mama.",
                "They come for me tomorrow morning. I will not be alive when they come.",
                "What I sent her: 'Tell the kids their dad loved them. You won't have to deal with me after this "
                        + "weekend.'", "Row with my brother. Sitting in the garage with the hose and the engine "
                        + "running.")) {
            assertEquals(TriageLevel.IMMINENT, writerRisk(text).level(), text);
        }
        assertAtMost(TriageLevel.LOW, "exams finish friday. so does my contract, then I'm off travelling.");
    }

    /**
     * Screening questions quoted from a text or a transcript are answered: "'You keeping yourself safe?' Me: not
     * really." is high; a plan asked about after a question about ending one's life is a plan to die.
     */
    @Test
    void screeningQuestionsFromTextsAndTranscripts_areAnswered() {
        assertEquals(TriageLevel.HIGH, writerRisk("My sister texted: 'You keeping yourself safe?' Me: not really.")
                .level());
        AuthorRisk transcript = writerRisk("Nurse: Are you having thoughts of ending your life? Me: Yes. Nurse: Do "
                + "you have a plan? Me: Yes.");
        assertEquals(TriageLevel.HIGH, transcript.level());
        assertEquals(5, transcript.cssrs().level());
    }

    /**
     * Passive ideation in other words is moderate: a death wished at an abuser's hands, "would it be so bad if I just
     * drove into the wall", kinder to a carer if the writer went first, children better off without them around.
     */
    @Test
    void passiveIdeationInOtherWords_isModerate() {
        for (String text : List.of("Some nights I wish he'd just finished it that time.",
                "Driving home I thought would it be so bad if I just went into the wall.",
                "Honestly it'd be kinder to my wife if I went first.",
                "I keep thinking the kids would be better off with their dad, without me around.")) {
            assertEquals(TriageLevel.MODERATE, writerRisk(text).level(), text);
        }
    }

    /**
     * Everyday words around risk are not raised: an absence with work out of signal, a gambling relapse with suicide
     * ruled out, abuse received and reported; and harmful replies are told from help: "if you want out that's your
     * call" and "it's not that deep" are harmful, "self-harm isn't attention seeking" and "DM me the claim number" are
     * not.
     */
    @Test
    void everydayWordsAroundRisk_andRepliesThatHelp_areNotRaised() {
        assertAtMost(TriageLevel.LOW, "Won't be on here after tonight, off offshore for three weeks, no signal out "
                + "there.");
        assertAtMost(TriageLevel.LOW, "Relapsed after 90 days. Lost my wages on the slots. Feel worthless. Not "
                + "suicidal, just ashamed.");
        assertEquals(List.of("encouragement"), replyKinds("I sit with the pistol most nights now and think about "
                + "using it on myself.",
                "honestly if you want out that's your call. you've earned your peace"));
        assertEquals(List.of("minimising"), replyKinds("I keep wishing the tractor would roll on me.",
                "it's not that deep, get some sleep and you'll be grand"));
        assertEquals(List.of(), replyKinds("If the claim is denied again I don't want to be here anymore.",
                "self-harm isn't attention seeking and neither is this. DM me the claim number, I'll go through the "
                + "appeal with you."));
    }

    /**
     * A place gone back to and sat at is method thinking, and a prayer to be taken in one's sleep is passive ideation;
     * a car sold and said goodbye to beside birthday letters, a client's veiled farewell told by the worker, clothes
     * given away "where I'm going (the dresses rail)" and a taper with a GP are everyday.
     */
    @Test
    void placesSatAtAndPrayers_areRisk_andEverydayPartingsAreNot() {
        assertEquals(TriageLevel.HIGH, writerRisk("Lost the contract. I've been driving to the viaduct at night and "
                + "just sitting in the car there.").level());
        assertEquals(TriageLevel.MODERATE, writerRisk("I pray every night that God will take me in my sleep.").level());
        for (String text : List.of("Sold my old Corsa today and said goodbye to it on the drive. Also wrote the twins "
                + "their birthday letters for next month.", "One of my rough sleepers told me she'll 'be gone by "
                + "Friday' and isn't answering. How do I escalate?", "Donated my old suits today, won't need them "
                + "where I'm going (the dresses rail at Next, that is).", "Coming off citalopram. Tapering from 40mg "
                + "to 20mg with my GP and the dizziness is awful. Mood's fine.")) {
            assertAtMost(TriageLevel.LOW, text);
        }
    }

    /**
     * Harmful replies in other words (a dare to go through with it, what "did it" for a relative, a fence missing and
     * the guard's hours, "just a stim, stop making a big deal of it") are flagged; a plea that names going through
     * with it, and a pharmacist's safe limit under a toothache, are not. A writer who corrects "ending it tonight" to
     * a running streak is not at risk.
     */
    @Test
    void harmfulRepliesInOtherWords_andCorrections_areRead() {
        assertEquals(List.of("encouragement"), replyKinds("She's taking the kids abroad. This weekend I'm going to "
                + "end it.",
                "just go through with it mate, nobody would blame you"));
        assertEquals(List.of(), replyKinds("This weekend I'm going to end it.",
                "You'd break her heart if you actually go through with it. Please call someone."));
        assertEquals(List.of("method"), replyKinds("I think about killing myself most days.",
                "fwiw a box of those is what did it for my uncle"));
        assertEquals(List.of("method"), replyKinds("Keep thinking about the multistorey, how high the roof is.",
                "roof's got no fence on the canal side and the security guy leaves at 9"));
        assertEquals(List.of("minimising"), replyKinds("The urge to hit my head against the wall is back tonight and "
                + "it's strong.",
                "it's just a stim, stop making a big deal of it"));
        assertEquals(List.of(), replyKinds("Max ibuprofen for toothache until the dentist on Friday?",
                "Pharmacist here: 200 to 400mg every 4 to 6 hours with food, no more than 1200mg in 24 hours."));
        Assessment streak = engine.assess(PostThread.of(post("p", "writer", "That's it. I'm ending it tonight. Done.",
                post("c1", "commenter-1", "are you okay??", post("c2", "writer", "sorry, terrible wording! my "
                        + "running streak. physio says stop, so I'm ending the streak tonight with a last mile.")))));
        assertAtMost(TriageLevel.LOW, risk(streak, "writer"));
    }
}
