package org.attune.core.language;

/**
 * The language of a thread's text as far as Attune can tell.
 *
 * @param code      BCP 47 code ("en", "es"), or "und" when it cannot be determined (emoji only, too little text)
 * @param script    the dominant script ("Latin", "Cyrillic", ...), or "none" when there are no letters
 * @param supported whether the trained analyses apply: only English is supported; for anything else the Assessment
 *                  is marked and makes no risk claims
 */
public record Language(String code, String script, boolean supported) {
    public static final String UNDETERMINED = "und";
}
