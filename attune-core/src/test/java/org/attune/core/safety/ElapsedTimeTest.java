package org.attune.core.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Stated elapsed times, on synthetic sentences. */
class ElapsedTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My attempt was six weeks ago.|42",
        "It's been about five months since my attempt.|150",
        "Two months clean from cutting today.|60",
        "Eight months without cutting.|240",
        "clean for 3 weeks now|21",
        "I haven't done it in years.|365",
        "I haven't cut for two months.|60",
        "I haven't had real urges in a while.|60",
        "I attempted suicide when I was nineteen.|365",
        "I used to burn myself at 15.|365",
        "At 42, after the divorce, I tried to end it.|365",
        "I started cutting at the age of 12.|365",
        "I was diagnosed at 28 and things went downhill.|365",
        "did it a few minutes ago|0",
        "took them about an hour ago|0",
        "I cut 2 days ago.|2",
        "Relapsed last night after a year clean.|1",
        "I relapsed tonight, a few minutes ago after 40 days clean.|0",
        "a couple of weeks back I overdosed|14"})
    void readsTheDaysAStatedTimeCovers(String sentence, int days) {
        assertEquals(OptionalInt.of(days), ElapsedTime.days(sentence.toLowerCase(Locale.ROOT)), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to die.", "I've felt like this for two months.", "Relapsed after 40 days clean.",
        "I've been thinking about it for weeks.", "Give me five minutes.",
        "I haven't wanted to be alive for weeks.", "I haven't slept properly in months.",
        "Meet me at 30 past, by the gate.", "I was driving at 70 and thought about the wall.",
        "Tomorrow at 40, when the shop shuts, I'm done."})
    void aDurationOrNoTime_isNoDate(String sentence) {
        assertTrue(ElapsedTime.days(sentence.toLowerCase(Locale.ROOT)).isEmpty(), sentence);
    }
}
