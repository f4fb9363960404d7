package org.attune.core.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whose a sentence is, on synthetic sentences. */
class FrameAnalyzerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "My friend says she wants to die, what do I do?",
        "A guy in my group chat said he's going to kill himself tonight.",
        "My dad told me he's been having thoughts of ending it.",
        "My cousin attempted last night and I can't stop shaking.",
        "A student in my class killed herself over the summer.",
        "my ex texted me she'd hurt herself if i didn't reply"})
    void someoneElsesWordsOrActs_areTheirsEvenWithMyOrIInTheSentence(String sentence) {
        SentenceFrame f = FrameAnalyzer.frame(sentence);
        assertTrue(f.otherSubject(), sentence);
        assertFalse(f.selfReference(), sentence);
        assertFalse(f.assertsOwn(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My sister says I should see someone but I don't want to be a burden.",
        "My friend says she wants to die and honestly so do I.",
        "My therapist thinks I should try a new medication.",
        "I want to die."})
    void theWritersOwnClause_staysTheirs(String sentence) {
        SentenceFrame f = FrameAnalyzer.frame(sentence);
        assertFalse(f.otherSubject(), sentence);
        assertTrue(f.assertsOwn(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She said she was fine.", "He wants to quit his job."})
    void aThirdPersonSubjectWithNoFirstPerson_isSomeoneElse(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).otherSubject(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't want to be here anymore.", "i cant do this any more",
            "I no longer see a way out."})
    void anymoreIsAChangeOfState_notThePast(String sentence) {
        SentenceFrame f = FrameAnalyzer.frame(sentence);
        assertTrue(f.time() != SentenceFrame.Time.PAST && !f.recovery(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't cut anymore.", "I no longer self-harm.", "i dont hurt myself any more",
        "Eight months without cutting myself."})
    void aStoppedActWithAnymore_isRecovery(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).recovery(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Relapsed on Tuesday.", "I cut myself last week.", "I cut last Friday."})
    void lastDaysAreRecent(String sentence) {
        assertEquals(SentenceFrame.Time.RECENT, FrameAnalyzer.frame(sentence).time(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Had thoughts of suicide around Christmas, more than two months ago now.",
        "I attempted when I was nineteen.", "It's been five months since my attempt.", "I'm two years clean now.",
        "That was 2014.", "This was back in 2009, before the kids."})
    void aStatedTimeBeyondAWeek_isPastEvenWithNow(String sentence) {
        assertEquals(SentenceFrame.Time.PAST, FrameAnalyzer.frame(sentence).time(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"My mum died two years ago and I want to be with her.",
        "Years ago I stopped, but I keep thinking about doing it again."})
    void aDateElsewhereInTheSentence_doesNotMoveAPresentWishToThePast(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).time() != SentenceFrame.Time.PAST, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I relapsed tonight, a few minutes ago after 40 days clean.", "Took them an hour ago."})
    void minutesOrHoursAgo_isNow(String sentence) {
        assertEquals(SentenceFrame.Time.CURRENT, FrameAnalyzer.frame(sentence).time(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not going to do anything tonight, but I keep thinking about how I'd do it.",
        "I would never hurt myself, but some days I wish I was dead."})
    void aNegationEndsAtBut_whenTheClauseAfterNamesHarm(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I would never hurt myself, but I'm so tired.", "I don't want to die, but I won't do it."})
    void aNegationHolds_whenTheClauseAfterButNamesNoHarmOrNegatesToo(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Someone in my Discord keeps asking how many pills it would take.",
        "A girl from my class keeps asking which bridge is the highest.",
        "A guy on our ward keeps talking about hanging."})
    void someoneElseOfTheWritersGroup_isTheirs(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).assertsOwn(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Someone in my head keeps telling me to take all the pills.",
        "Someone in my family keeps calling me a burden and honestly I want to die."})
    void aVoiceInTheWritersHead_orTheWritersOwnWish_staysTheirs(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).assertsOwn(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A colleague of mine posted a goodbye message last night.", "What should I do?",
        "so what do I say to her??", "How can I support him without making it worse?"})
    void someoneElseOfMine_orARequestForAdvice_assertsNothingOfTheWriters(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).assertsOwn(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Not suicidal, I just don't want to exist anymore.",
        "I'm not going to kill myself, I'm just so tired of being alive."})
    void aNegationsScopeEndsWhereTheWriterSaysWhatTheyDoFeel(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).assertsOwn(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I never said I wanted to die.", "I'm not going to hurt myself, I just need to vent."})
    void aDenialWithNothingAfterIt_staysNegated(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"This report is going to be the death of me.", "My mum will literally kill me.",
        "Coach made us run suicide sprints.", "Died three times at that boss.",
        "Overdosed on birthday cake again.", "The heat is lethal for my hair."})
    void everydayFiguresOfSpeech_areFigurative(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).figurative(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Does anyone else get thoughts like this when washing up?"})
    void askingWhetherOthersShareIt_speaksOfTheWriter(String sentence) {
        SentenceFrame f = FrameAnalyzer.frame(sentence);
        assertTrue(f.selfReference() && f.assertsOwn(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back when I was at my lowest I thought about it daily."})
    void backWhen_isThePast(String sentence) {
        assertEquals(SentenceFrame.Time.PAST, FrameAnalyzer.frame(sentence).time(), sentence);
    }

    @org.junit.jupiter.api.Test
    void anAdoptedCharacter_isTheWriter() {
        SentenceFrame story = FrameAnalyzer.frame("She plans to end it on Friday, in the story.");
        assertTrue(story.reported() && story.otherSubject(), "a character in a story");
        SentenceFrame adopted = story.adopted();
        assertFalse(adopted.reported() || adopted.otherSubject());
        assertTrue(adopted.assertsOwn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"My flatmate has been giving away her things.", "My houseplants are dying again."})
    void theMyOfAnotherSubject_doesNotMakeItTheWriters(String sentence) {
        SentenceFrame f = FrameAnalyzer.frame(sentence);
        assertTrue(f.otherSubject(), sentence);
        assertFalse(f.assertsOwn(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I took an overdose when I was 19, I'm 34 now.",
        "Last winter I was thinking about dying every day.", "I relapsed a few times along the way."})
    void aPastMarker_winsOverAnAgeOrAContrastNow(String sentence) {
        assertEquals(SentenceFrame.Time.PAST, FrameAnalyzer.frame(sentence).time(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"been having suicidal thoughts again, not going to do anything though",
        "I want to die, but I won't act on it."})
    void harmBeforeADenial_isNotDenied(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What proportion of people who attempt go on to try again?",
        "For my sociology essay I need figures on self-harm admissions."})
    void generalFiguresAndCoursework_areReported(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).reported(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"My friend texted 'I'm done, I can't do this' and now her phone is off."})
    void aQuotedFirstPerson_afterAnotherSubject_isTheirs(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).otherSubject(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have not chosen a method.", "I don't have a plan, I just needed to say it.",
        "I'm not thinking about dying, only the sting."})
    void aDeniedMethodPlanOrThought_isNegated(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not scared of dying anymore.", "Haven't slept, thoughts of suicide all night."})
    void fearlessnessAndSleeplessness_areNotDenials(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council is putting nets on the bridge after two deaths there."})
    void anInstitutionAsSubject_isNotTheWriter(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).otherSubject(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Not today, there are things to finish first."})
    void aTimePutOff_isNotNow(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).time() == SentenceFrame.Time.CURRENT, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A girl in my group chat said she wants to kill herself.",
        "One of my pupils wrote 'I want to die' in the margin of her book.",
        "My little sister messaged me 'goodbye, love you' an hour ago.",
        "My best mate hasn't been answering since he posted that."})
    void anotherPersonNamedLoosely_orTheirWordsQuoted_isTheirs(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).otherSubject(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The last time I cut was the winter before last.",
        "I had dark thoughts all through 2018.", "Overdosed in early June; it's late September now."})
    void aSeasonBeforeLast_aPastYear_orADateContrastedWithNow_isPast(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).time() == SentenceFrame.Time.CURRENT, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dad, if you find this, please look after the cat."})
    void wordsToWhoeverFindsANote_areNoSupposition(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).hypothetical(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Uni is killing me, honestly: last night I held the blade to my wrist."})
    void aFigureOfSpeech_thenHarmInEarnest_isNotFigurative(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).figurative(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Beat the last level at 3am, I could die happy now.",
        "Overdosed on chocolate at the office party again."})
    void idiomsOfDyingAndOverdoing_areFigurative(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).figurative(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"been watching the trains on the line behind the school"})
    void aRailwayLine_isNoQuotedLine(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).reported(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Writing on behalf of my brother: he took an overdose three weeks ago.",
        "My cousin just messaged me 'I'm going to kill myself tonight' and now he won't answer."})
    void someoneElseAfterALeadIn_orQuotedWithTheirSilence_isTheirs(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).otherSubject(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is it normal to think about suicide most days"})
    void askingWhetherItIsNormal_speaksOfTheWriter(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).selfReference(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I've never wanted to hurt myself more than I do right now."})
    void aComparisonWithNow_isNoDenial(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The thought comes, not a plan, just the thought of ending my life."})
    void notAPlan_deniesThePlan(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"been having thoughts of ending it most nights, but i'm not going to act on them",
        "thoughts of killing myself keep coming back, but i won't do anything"})
    void harmNamedBeforeADenialOfTheAct_isNotDenied(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not hurting myself, just need to vent", "not cutting myself, promise"})
    void notHurtingMyself_isADenial(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"> wondering if the rafters would hold me"})
    void aLineQuotedWithAnAngleBracket_isReported(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).reported(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Four months since my attempt today.", "As a young man in the 1980s I burned myself.",
        "Last self-harm: autumn 2020."})
    void anAnniversary_aDecade_orAPastYear_isPast(String sentence) {
        assertEquals(SentenceFrame.Time.PAST, FrameAnalyzer.frame(sentence).time(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I sat in the car and thought about it for a long time."})
    void aLongWhileInThisSitting_isNotThePast(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).time() == SentenceFrame.Time.PAST, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Did the cup final, my legs have completely gone.",
        "Got the platinum trophy, I could literally die happy.", "This heatwave wants to kill me.",
        "If I have to sit through one more budget meeting I'll kill myself."})
    void tiredLegs_happiness_weatherAndExasperation_areFigurative(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).figurative(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Suicide rates in rural areas went up again last year.",
        "For my public health MSc: which interventions reduced deaths from falls?",
        "The local paper says a woman died on the line near the station."})
    void statisticsCourseworkAndLocalNews_areReported(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).reported(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is 20 of my sertraline enough."})
    void aQuestionByItsWordOrder_isAQuestion_howeverPunctuated(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).question(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"only a couple of shallow ones on tuesday, so it doesn't really count does it?",
        "i cut again last night, that's normal in recovery, right?", "i'm not making it up, am i?"})
    void aStatementWithAQuestionTag_assertsWhatComesBeforeIt(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).question(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is it bad that i cut again, is it?", "how many would it take, right?",
        "anyone else relapse over christmas, or is it just me?"})
    void aQuestionBeforeItsTag_staysAQuestion(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).question(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Since mum died my dad keeps saying he wants to die.",
        "Dad posted 'goodbye' on the family chat an hour ago."})
    void someoneElseAfterAnOpeningClause_orAParentNamedWithoutMy_isTheirs(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).otherSubject(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"For the first time in years I thought about ending my life."})
    void theFirstTimeInYears_isNow(String sentence) {
        assertFalse(FrameAnalyzer.frame(sentence).time() == SentenceFrame.Time.PAST, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I think about it a lot, I'm not planning anything."})
    void notPlanningAnything_deniesAPlan(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).negated(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Speaking at the recovery meeting tonight.", "Medication and therapy changed that.",
        "Five months self-harm free.", "Still the odd passing thought, nothing I can't handle."})
    void meetingsMedicationAndPassingThoughts_areRecovery(String sentence) {
        assertTrue(FrameAnalyzer.frame(sentence).recovery(), sentence);
    }
}
