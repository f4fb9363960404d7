package org.attune.core.safety;

import com.fasterxml.jackson.annotation.JsonValue;

/** When self-injury happened: in this sitting, in the last days, long ago, or not at all. */
public enum Recency {
    CURRENT("current"),
    RECENT("recent"),
    PAST("past"),
    NONE("none");

    private final String wireName;

    Recency(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
