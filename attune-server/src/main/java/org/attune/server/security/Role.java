package org.attune.server.security;

import java.util.Locale;

/**
 * What a person may do. {@code admin}: everything, accounts, keys and the audit log. {@code moderator}: the queue,
 * whole threads and the actions. {@code researcher}: redacted items and exports only, no actions. {@code ingest}:
 * an API key, which may only post items.
 */
public enum Role {
    ADMIN, MODERATOR, RESEARCHER, INGEST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String s) {
        for (Role r : values()) {
            if (r.wireName().equals(s)) {
                return r;
            }
        }
        return null;
    }

    /** True for roles that may read what people wrote without redaction and act on items. */
    public boolean moderates() {
        return this == ADMIN || this == MODERATOR;
    }
}
