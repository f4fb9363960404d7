package org.attune.core.privacy;

import java.util.Locale;

/** Kinds of personal data, with stable lower-case wire names; the placeholder is {@code [name]}, {@code [email]}... */
public enum PersonalDataKind {
    NAME, EMAIL, PHONE, URL, HANDLE, ADDRESS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String placeholder() {
        return "[" + wireName() + "]";
    }
}
