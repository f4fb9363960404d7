package org.attune.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Each kind of personal data is found with its exact span; ordinary capitalised words are not names. */
class PersonalDataFinderTest {
    private final PersonalDataFinder finder = new PersonalDataFinder();

    private Map<String, PersonalDataKind> found(String text) {
        return finder.find(text).stream().collect(Collectors.toMap(f -> f.span().of(text), Found::kind,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void emailsUrlsHandles_areFound() {
        String t = "Write to jo.bloggs+help@example.co.uk, see https://example.org/a?b=1. or www.example.net "
                + "and mysite.com/page, ping @jo_b or u/throwaway_123.";
        Map<String, PersonalDataKind> f = found(t);
        assertEquals(PersonalDataKind.EMAIL, f.get("jo.bloggs+help@example.co.uk"), f.toString());
        assertEquals(PersonalDataKind.URL, f.get("https://example.org/a?b=1"), f.toString());
        assertEquals(PersonalDataKind.URL, f.get("www.example.net"), f.toString());
        assertEquals(PersonalDataKind.URL, f.get("mysite.com/page"), f.toString());
        assertEquals(PersonalDataKind.HANDLE, f.get("@jo_b"), f.toString());
        assertEquals(PersonalDataKind.HANDLE, f.get("u/throwaway_123"), f.toString());
    }

    @Test
    void phones_inNationalAndInternationalFormats() {
        String t = "Call me on (415) 555-0132 or +44 20 7946 0958, or 020 7946 0958. Not 2024 or 12.5 or 3 pm.";
        Map<String, PersonalDataKind> f = found(t);
        assertEquals(PersonalDataKind.PHONE, f.get("(415) 555-0132"), f.toString());
        assertEquals(PersonalDataKind.PHONE, f.get("+44 20 7946 0958"), f.toString());
        assertEquals(PersonalDataKind.PHONE, f.get("020 7946 0958"), f.toString());
        assertEquals(3, f.size(), f.toString());
    }

    @Test
    void streetAddresses_andPostcodes() {
        String t = "I'm at 221B Baker Street, flat near SW1A 1AA, moving to 12 Oak Tree Lane next month.";
        Map<String, PersonalDataKind> f = found(t);
        assertEquals(PersonalDataKind.ADDRESS, f.get("221B Baker Street"), f.toString());
        assertEquals(PersonalDataKind.ADDRESS, f.get("SW1A 1AA"), f.toString());
        assertEquals(PersonalDataKind.ADDRESS, f.get("12 Oak Tree Lane"), f.toString());
    }

    @Test
    void names_insideSentences_asVocatives_andInRuns() {
        String t = "Priya, thank you. I talked to Tomasz Nowak's sister and my friend Eun-ji yesterday.";
        Map<String, PersonalDataKind> f = found(t);
        assertEquals(PersonalDataKind.NAME, f.get("Priya"), f.toString());
        assertEquals(PersonalDataKind.NAME, f.get("Tomasz Nowak"), f.toString());
        assertEquals(PersonalDataKind.NAME, f.get("Eun-ji"), f.toString());
        assertEquals(3, f.size(), f.toString());
    }

    @Test
    void ordinaryCapitals_areNotNames() {
        String t = "Honestly, I can't. Yesterday I went out. On Monday I saw my GP in Ward 7 with Mom. Same, "
                + "thanks everyone. OK I'll try.\nSometimes I wonder. 😞 Then it passes.";
        assertEquals(List.of(), finder.find(t), () -> found(t).toString());
        assertEquals(List.of(), finder.find("Another Bad Night With No Sleep"), "a title in Title Case");
    }

    @Test
    void redactor_replacesEverySpan() {
        String t = "Ask Priya at priya@example.com.";
        assertEquals("Ask [name] at [email].", Redactor.redact(t));
        assertEquals("", Redactor.redact(""));
    }

    @Test
    void spans_liveInTheOriginalText_withEmojiAndCrlf() {
        String t = "😀😀\r\nI met Ana 👋 at ana@ex.io\r\n";
        for (Found f : finder.find(t)) {
            assertTrue(f.span().end() <= t.length());
            assertTrue(!Character.isLowSurrogate(t.charAt(f.span().begin())));
        }
        assertEquals("Ana", finder.find(t).get(0).span().of(t));
    }
}
