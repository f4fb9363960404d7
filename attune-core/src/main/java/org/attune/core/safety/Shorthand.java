package org.attune.core.safety;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.attune.core.text.GatedPattern;

/**
 * The plain spelling of the shorthand and common misspellings that people in crisis type ("gona do it tmrw", "cuted
 * my arm agian tonite"), so that the safety patterns, written in plain English, read them too. Only for matching: the
 * encoder reads the text as written, and evidence spans come from the original sentence. Words that are also ordinary
 * English are left out ("sh", "u", "cos"); slang with a risk meaning of its own ("kms", "ctb", "unalive") is left for
 * the patterns.
 */
public final class Shorthand {
    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("tonite", "tonight"), Map.entry("2nite", "tonight"), Map.entry("2night", "tonight"),
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("tmrow", "tomorrow"),
            Map.entry("tomoro", "tomorrow"), Map.entry("tomorow", "tomorrow"), Map.entry("2moro", "tomorrow"),
            Map.entry("2morrow", "tomorrow"), Map.entry("2day", "today"), Map.entry("rn", "right now"),
            Map.entry("agian", "again"), Map.entry("agin", "again"), Map.entry("gona", "gonna"),
            Map.entry("gunna", "gonna"), Map.entry("finna", "going to"), Map.entry("tryna", "trying to"),
            Map.entry("cuted", "cut"), Map.entry("cuttin", "cutting"), Map.entry("bleding", "bleeding"),
            Map.entry("bleedin", "bleeding"), Map.entry("bledding", "bleeding"), Map.entry("alot", "a lot"),
            Map.entry("nobdy", "nobody"), Map.entry("noone", "no one"), Map.entry("wud", "would"),
            Map.entry("cud", "could"), Map.entry("shud", "should"), Map.entry("abt", "about"),
            Map.entry("enuf", "enough"), Map.entry("enuff", "enough"),
            Map.entry("freind", "friend"), Map.entry("frend", "friend"), Map.entry("myslef", "myself"),
            Map.entry("mysef", "myself"), Map.entry("pils", "pills"), Map.entry("sucide", "suicide"),
            Map.entry("suicde", "suicide"), Map.entry("sucidal", "suicidal"), Map.entry("suicdal", "suicidal"),
            Map.entry("kil", "kill"), Map.entry("killin", "killing"), Map.entry("dyin", "dying"),
            Map.entry("hurtin", "hurting"), Map.entry("evrything", "everything"),
            Map.entry("everythig", "everything"), Map.entry("everythin", "everything"), Map.entry("bc", "because"),
            Map.entry("cuz", "because"), Map.entry("coz", "because"), Map.entry("ppl", "people"),
            Map.entry("smth", "something"), Map.entry("idk", "i don't know"), Map.entry("ngl", "not gonna lie"),
            Map.entry("b4", "before"), Map.entry("rly", "really"), Map.entry("pls", "please"),
            Map.entry("plz", "please"), Map.entry("nite", "night"), Map.entry("sewerslide", "suicide"),
            Map.entry("sewerslided", "suicided"), Map.entry("ded", "dead"),
            Map.entry("tooked", "took"), Map.entry("feeel", "feel"), Map.entry("dizy", "dizzy"),
            Map.entry("evryone", "everyone"), Map.entry("thinkin", "thinking"), Map.entry("lookin", "looking"),
            Map.entry("hw", "how"), Map.entry("tak", "take"), Map.entry("tablts", "tablets"),
            Map.entry("wuld", "would"),
            Map.entry("askin", "asking"), Map.entry("thots", "thoughts"), Map.entry("dnt", "don't"),
            Map.entry("kno", "know"), Map.entry("myslf", "myself"), Map.entry("aftr", "after"),
            Map.entry("ths", "this"), Map.entry("tmrrw", "tomorrow"), Map.entry("anymor", "anymore"),
            Map.entry("evry1", "everyone"), Map.entry("every1", "everyone"), Map.entry("beter", "better"),
            Map.entry("infront", "in front"),
            // Scots negatives ("if I just didnae wake up", "cannae get it tae stop")
            Map.entry("didnae", "didn't"), Map.entry("dinnae", "don't"), Map.entry("cannae", "can't"),
            Map.entry("wouldnae", "wouldn't"), Map.entry("couldnae", "couldn't"), Map.entry("isnae", "isn't"),
            Map.entry("wasnae", "wasn't"), Map.entry("havenae", "haven't"), Map.entry("hasnae", "hasn't"),
            Map.entry("willnae", "won't"), Map.entry("shouldnae", "shouldn't"), Map.entry("disnae", "doesn't"),
            // Caribbean and West African English ("yuh thinking bout killing yuhself?", "dis weekend")
            Map.entry("yuhself", "yourself"), Map.entry("yuself", "yourself"), Map.entry("yaself", "yourself"),
            Map.entry("miself", "myself"), Map.entry("mehself", "myself"), Map.entry("yuh", "you"),
            Map.entry("bout", "about"), Map.entry("dis", "this"), Map.entry("cyaan", "can't"),
            Map.entry("caan", "can't"));
    private static final GatedPattern WORD = GatedPattern.compile("[\\p{L}\\p{N}]+");
    /** "kill my self": the reflexive written as two words, not "my self-esteem". */
    private static final GatedPattern MY_SELF = GatedPattern.compile("\\bmy self\\b(?![-\\w])");
    /** "top myself": British slang for killing oneself, read as the words it stands for. */
    private static final GatedPattern TOP_MYSELF = GatedPattern.compile("\\btop(ped|ping)? (?:myself|meself|mesel)\\b");
    /** Voice-to-text slips of the reflexive and of the morning ("killing my shelf", "in the mourning"). */
    private static final GatedPattern MY_SHELF = GatedPattern.compile(
            "\\b((?:kill|hurt|harm|cut|burn)\\w*) my shelf\\b");
    private static final GatedPattern MOURNING = GatedPattern.compile("\\bin the mourning\\b");
    /**
     * Hinglish (Hindi in Latin letters, mixed with English) for ending one's life, read as the English it says: "khud
     * ko khatam kar dunga" (I will finish myself), "mann karta hai khatam ho jaun" (I feel like being finished), "jeene
     * ka mann nahi" (no wish to live).
     */
    private static final GatedPattern HINGLISH_WILL_KILL = GatedPattern.compile("\\b(?:main |mai |mein )?khud ko "
            + "(?:khatam|maar|mar) (?:kar|kr|de) ?(?:dunga|dungi|doonga|doongi|lunga|lungi|loonga|loongi)\\b");
    private static final GatedPattern HINGLISH_KILL = GatedPattern.compile("\\bkhud ko (?:khatam|maar|mar) "
            + "(?:karna|krna|karne|dena|lena|kar|kr)\\b");
    private static final GatedPattern HINGLISH_DIE = GatedPattern.compile("\\b(?:(?:mann|man|dil) karta hai (?:ki )?"
            + "(?:bas )?)?(?:khatam ho|mar) (?:jaun|jaaun|jau|jaoon|jaoo|jaana chahta|jaana chahti|jana chahta|"
            + "jana chahti)(?: hoon| hu| hun)?\\b|\\bmarna chaht[ai] (?:hoon|hu|hun)\\b");
    private static final GatedPattern HINGLISH_NO_LIFE = GatedPattern.compile("\\bjeene ka (?:mann|man|dil) nahi"
            + "(?: karta| hai)?\\b|\\bjeena nahi chaht[ai](?: hoon| hu| hun)?\\b");
    /** "w/o": without. */
    private static final GatedPattern WITHOUT = GatedPattern.compile("\\bw/o\\b");
    /** Words of risk censored with a mark for a letter ("k*ll myself", "su!cide"), as some forums ask. */
    private static final GatedPattern CENSORED_KILL = GatedPattern.compile("\\bk(?:[*!1#.]|\\*\\*)ll");
    private static final GatedPattern CENSORED_SUICIDE = GatedPattern.compile(
            "\\b(?=[a-z]*[*!1#])s[u*!1#][i*!1#]c[i*!1#]d");

    private Shorthand() {
    }

    /** The text lower-cased, with each shorthand word replaced by its plain spelling. */
    public static String plain(String text) {
        String lower = MY_SELF.matcher(CENSORED_SUICIDE.matcher(CENSORED_KILL.matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll("kill")).replaceAll("suicid")).replaceAll("myself");
        lower = WITHOUT.matcher(lower).replaceAll("without");
        lower = TOP_MYSELF.matcher(lower).replaceAll(m -> m.group(1) == null ? "kill myself"
                : m.group(1).equals("ped") ? "killed myself" : "killing myself");
        lower = MOURNING.matcher(MY_SHELF.matcher(lower).replaceAll("$1 myself")).replaceAll("in the morning");
        lower = HINGLISH_WILL_KILL.matcher(lower).replaceAll("i'm going to kill myself");
        lower = HINGLISH_KILL.matcher(lower).replaceAll("kill myself");
        lower = HINGLISH_DIE.matcher(lower).replaceAll("i want to die");
        lower = HINGLISH_NO_LIFE.matcher(lower).replaceAll("i don't want to live");
        Matcher m = WORD.matcher(lower);
        StringBuilder out = new StringBuilder(lower.length() + 16);
        while (m.find()) {
            String plain = PLAIN.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(plain == null ? m.group() : plain));
        }
        m.appendTail(out);
        return out.toString();
    }
}
