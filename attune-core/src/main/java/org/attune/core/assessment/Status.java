package org.attune.core.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether Attune's analyses apply to a thread. Anything but {@link #OK} means no risk or state claims were made. */
public enum Status {
    /** Analysed. */
    OK("ok"),
    /** No text at all (empty or whitespace only): nothing to analyse, a valid result. */
    EMPTY("empty"),
    /** Text in a language or script the trained analyses do not cover, or no letters at all (emoji only). */
    UNSUPPORTED_LANGUAGE("unsupported_language");

    private final String wireName;

    Status(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
