package org.attune.core.safety;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;

import org.attune.core.text.GatedPattern;

/**
 * How many days ago a sentence says something happened, when it says so in numbers: "six weeks ago", "it's been about
 * five months since my attempt", "two months clean", "haven't done it in years", "when I was nineteen". The triage
 * windows of docs/triage.md are counted in days (self-injury: 7; ideation: a month; behaviour: three months), and
 * "recent" or "past" alone cannot tell six weeks from six years.
 *
 * <p>A streak ("40 days clean") dates the last act, unless it is the streak that just ended ("relapsed after 40 days
 * clean"). Minutes and hours count in whole days (so "an hour ago" is 0). Where a sentence holds several, the most recent one counts.
 */
public final class ElapsedTime {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("a few", 3), Map.entry("few", 3), Map.entry("a couple", 2), Map.entry("a couple of", 2),
            Map.entry("couple", 2), Map.entry("couple of", 2), Map.entry("several", 4), Map.entry("many", 6));
    private static final String QUANTITY = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|fifteen|eighteen|twenty|thirty|a few|few|a couple(?: of)?|couple(?: of)?|several|many)";
    private static final String ABOUT = "(?:(?:about|around|almost|nearly|over|more than|less than|under|like|"
            + "roughly|just over|just under|maybe|only|barely|exactly) )?";
    private static final String UNIT = "(minute|min|hour|hr|day|night|week|wk|month|mo|year|yr)s?";
    private static final String AMOUNT = ABOUT + QUANTITY + "[ -]" + UNIT;

    /** "six weeks ago", "a few days back". */
    private static final GatedPattern AGO = GatedPattern.compile("\\b" + AMOUNT + " (?:ago|back)\\b");
    /** "five months since my attempt", "been two weeks since I last cut". */
    private static final GatedPattern SINCE = GatedPattern.compile(
            "\\b" + AMOUNT + " since (?:my|ma|the|i|it|then|that|last)\\b");
    /** A streak: "40 days clean", "eight months without cutting", "clean for three weeks"; not "after 40 days clean". */
    private static final GatedPattern STREAK = GatedPattern.compile("(?<!after )(?<!after about )\\b" + AMOUNT
            + " (?:clean|free|sober|self.harm.free|sh.free|without (?:cutting|hurting|harming|burning|self.harm|sh|"
            + "an? (?:attempt|relapse)))\\b|\\b(?:clean|sober|free) for " + AMOUNT + "\\b");
    /**
     * An act or a thought stopped: "haven't done it in years", "haven't cut for three months", "haven't felt that way
     * in a while". Only a stopped act dates anything: "I haven't wanted to be alive for weeks" is a state that lasts.
     */
    private static final GatedPattern NOT_IN = GatedPattern.compile("\\b(?:haven'?t|have not|hasn'?t) (?:\\S+ )?"
            + "(?:cut|done (?:it|that|anything)|self.harmed|harmed myself|hurt myself|burned myself|relapsed|tried|"
            + "attempted|had (?:\\S+ )?(?:urges?|thoughts?|the urge)|felt (?:that way|like that)|been there)"
            + "(?: \\S+)?? (?:in|for) (?:" + AMOUNT + "|(years|ages|months|weeks|a while|a long time))\\b");
    /** An age or a stage of life: at least a year back. */
    private static final GatedPattern LIFE_STAGE = GatedPattern.compile(
            "\\b(?:when i was (?:\\d{1,2}|a (?:kid|child|teen|"
            + "teenager)|younger|little|(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\\b)"
            + "|at (?:age )?1\\d\\b|aged 1\\d\\b|as a (?:kid|child|teen|teenager)|in my (?:teens|twenties)"
            // an age no clock reads, told as when something happened ("At 31, after my third operation, I ...")
            // (opening the sentence before a comma, or after a life event; not a speed or a clock: "driving at 70 and")
            + "|at (?:age|the age of) \\d{1,2}\\b|aged \\d{2}\\b|^\\s*at (?:2[5-9]|[3-9]\\d),|(?:diagnosed|married|"
            + "divorced|widowed|retired|pregnant|started|stopped|quit) (?:\\S+ ){0,2}?at (?:2[5-9]|[3-9]\\d)\\b)");
    /** An update's own date at its start: "update, 6 weeks later:", "Four months on". */
    private static final GatedPattern LATER = GatedPattern.compile("^\\W*(?:(?:update|edit|ps)\\b\\W*)?" + AMOUNT
            + " (?:later\\b|on(?=\\s*[:,.\u2013\u2014-]))");
    private static final GatedPattern NAMED = GatedPattern.compile(
            "\\b(yesterday|last night|last week|last month|last year)\\b");

    private ElapsedTime() {
    }

    /** Days since what the (lower-case) sentence dates, when it states that in numbers or named days. */
    public static OptionalInt days(String s) {
        int best = Integer.MAX_VALUE;
        for (GatedPattern p : new GatedPattern[] {AGO, SINCE, STREAK}) {
            best = Math.min(best, amounts(p.matcher(s)));
        }
        best = Math.min(best, stopped(s));
        if (LIFE_STAGE.matcher(s).find()) {
            best = Math.min(best, 365);
        }
        Matcher m = NAMED.matcher(s);
        while (m.find()) {
            best = Math.min(best, switch (m.group(1)) {
                case "yesterday", "last night" -> 1;
                case "last week" -> 7;
                case "last month" -> 30;
                default -> 365;
            });
        }
        return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /**
     * Days since the last act or thought, where the sentence counts them from it: a streak ("two months clean"), a
     * count since ("five months since my attempt") or a stop ("haven't had those thoughts for about a month"); or an
     * update's date at its start ("update, 4 months later:"). What an earlier post of the same author told happened at
     * least that long ago. Empty where the sentence counts nothing so.
     */
    public static OptionalInt sinceLast(String s) {
        int best = Math.min(Math.min(amounts(SINCE.matcher(s)), amounts(STREAK.matcher(s))),
                Math.min(amounts(LATER.matcher(s)), stopped(s)));
        return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Days since an act or a thought stopped ("haven't cut for three months"), or the largest int. */
    private static int stopped(String s) {
        int best = Integer.MAX_VALUE;
        Matcher m = NOT_IN.matcher(s);
        while (m.find()) {
            best = Math.min(best, m.group(3) != null ? switch (m.group(3)) {
                case "weeks" -> 14;
                case "months", "a while" -> 60;
                default -> 365;
            } : days(m.group(1), m.group(2)));
        }
        return best;
    }

    /** The smallest amount a matcher finds, in days; groups 1 and 2 (or 3 and 4) are quantity and unit. */
    private static int amounts(Matcher m) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 3;
            best = Math.min(best, days(m.group(g), m.group(g + 1)));
        }
        return best;
    }

    private static int days(String quantity, String unit) {
        int n = Character.isDigit(quantity.charAt(0)) ? Integer.parseInt(quantity) : NUMBERS.get(quantity);
        return switch (unit) {
            case "minute", "min" -> 0;
            case "hour", "hr" -> n / 24;
            case "day", "night" -> n;
            case "week", "wk" -> 7 * n;
            case "month", "mo" -> 30 * n;
            default -> 365 * n;
        };
    }
}
