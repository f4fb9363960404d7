package org.attune.core.support;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three communication mechanisms of empathy in EPITOME (Sharma et al. 2020). */
public enum Mechanism {
    /** Warmth, compassion, concern expressed for the person answered ("I'm so sorry you feel this way"). */
    EMOTIONAL_REACTIONS("emotional-reactions"),
    /** Understanding of their feelings or experience, said back ("that sounds exhausting", "I felt the same"). */
    INTERPRETATIONS("interpretations"),
    /** Questions that explore what they have not said ("what happened after you told her?"). */
    EXPLORATIONS("explorations");

    private final String wireName;

    Mechanism(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
