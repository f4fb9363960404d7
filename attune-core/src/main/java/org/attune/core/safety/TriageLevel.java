package org.attune.core.safety;

import com.fasterxml.jackson.annotation.JsonValue;

/** How urgently a person needs a moderator's attention; defined in {@code docs/triage.md}. Ordered. */
public enum TriageLevel {
    NONE("none"),
    LOW("low"),
    MODERATE("moderate"),
    HIGH("high"),
    IMMINENT("imminent");

    private final String wireName;

    TriageLevel(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static TriageLevel fromWire(String s) {
        for (TriageLevel l : values()) {
            if (l.wireName.equals(s)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown triage level '" + s + "'");
    }

    public TriageLevel atLeast(TriageLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
