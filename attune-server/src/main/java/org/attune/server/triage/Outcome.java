package org.attune.server.triage;

import java.util.Locale;

/** How a moderator resolved an item; stable wire names. */
public enum Outcome {
    SUPPORTED, RESOURCES_SHARED, EMERGENCY_SERVICES, NO_ACTION_NEEDED, FALSE_ALARM, DUPLICATE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromWire(String s) {
        for (Outcome o : values()) {
            if (o.wireName().equals(s)) {
                return o;
            }
        }
        return null;
    }
}
