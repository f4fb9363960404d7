package org.attune.core.traps;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The thinking traps of Sharma et al. (ACL 2023, the {@code cognitive-reframing} taxonomy), with stable lower-case
 * wire names. The ten distortions of Shreevastava and Foltz (2021) map onto them (docs/model-card-traps.md).
 */
public enum Trap {
    ALL_OR_NOTHING("all-or-nothing-thinking"),
    OVERGENERALIZING("overgeneralizing"),
    LABELING("labeling"),
    FORTUNE_TELLING("fortune-telling"),
    MIND_READING("mind-reading"),
    EMOTIONAL_REASONING("emotional-reasoning"),
    SHOULD_STATEMENTS("should-statements"),
    PERSONALIZING("personalizing"),
    DISQUALIFYING_THE_POSITIVE("disqualifying-the-positive"),
    CATASTROPHIZING("catastrophizing"),
    COMPARING_AND_DESPAIRING("comparing-and-despairing"),
    BLAMING("blaming"),
    NEGATIVE_FEELING("negative-feeling-or-emotion");

    private final String wireName;

    Trap(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The trap of a wire name; an unknown name is an error. */
    public static Trap fromWire(String s) {
        for (Trap t : values()) {
            if (t.wireName.equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown thinking trap '" + s + "'");
    }
}
