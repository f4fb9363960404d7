package org.attune.core.support;

import com.fasterxml.jackson.annotation.JsonValue;

/** The eight support strategies of ESConv (Liu et al. 2021), in the dataset's order of definition. */
public enum Strategy {
    QUESTION("question"),
    RESTATEMENT_OR_PARAPHRASING("restatement-or-paraphrasing"),
    REFLECTION_OF_FEELINGS("reflection-of-feelings"),
    SELF_DISCLOSURE("self-disclosure"),
    AFFIRMATION_AND_REASSURANCE("affirmation-and-reassurance"),
    PROVIDING_SUGGESTIONS("providing-suggestions"),
    INFORMATION("information"),
    OTHERS("others");

    private final String wireName;

    Strategy(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
