package org.attune.core.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;

import org.attune.core.pipeline.Analysis;
import org.attune.core.pipeline.Analyzer;
import org.attune.core.pipeline.Layer;
import org.attune.core.pipeline.Layers;
import org.attune.core.text.GatedPattern;
import org.attune.core.text.Sentence;
import org.attune.core.text.SentenceAnalyzer;

/**
 * Extracts each sentence's {@link SentenceFrame} (subject, time, modality) with patterns over the normalised text.
 * These are structural cues, not risk judgements: the trained head decides what is risky, the frame decides whether it
 * is the writer's own, current and meant. Works on all-lower-case text without punctuation.
 */
public final class FrameAnalyzer implements Analyzer {
    public static final Layer<List<SentenceFrame>> FRAMES = Layer.named("sentence-frames");

    /** Words in quotation marks: opened after a space, closed before one (an apostrophe in "don't" is neither). */
    public static final GatedPattern QUOTED = GatedPattern.compile(
            "(?:^|(?<=\\s))(?:['\u2018](?:[^'\u2018\u2019]|(?<=\\p{L})"
            + "['\u2019](?=\\p{L}))*?\\S['\u2019]|[\"\u201c][^\"\u201d]*?\\S[\"\u201d])(?=\\s|[.,!?;:)]|$)");
    /**
     * A double quotation mark opened and not closed in the sentence, after someone else's words are announced ("texted
     * me this: "i can't do this anymore."): the quoted words go on into the next sentences.
     */
    private static final GatedPattern QUOTE_LEFT_OPEN = GatedPattern.compile(
            "[:,]\\s*(?:\"[^\"]*|\u201c[^\u201d]*)$");
    /** A closing quotation mark in a sentence that goes on with quoted words. */
    private static final GatedPattern QUOTE_CLOSES = GatedPattern.compile("[\"\u201d]");
    /** "Asking for me": the author's questions in that post are about themself. */
    private static final GatedPattern ASKING_FOR_ME = GatedPattern.compile("\\b(?:asking (?:for|about) (?:me|myself)|"
            + "(?:it'?s|this is) (?:about|for) me)\\b");
    private static final GatedPattern SELF = GatedPattern.compile(
            "\\b(i|me|my|myself|mine|im|i'm|ive|i've|ill|i'll|id|i'd|imma|kms|kys myself)\\b");
    private static final GatedPattern OTHER_START = GatedPattern.compile(
            "^(?:and |but |so )?(he|she|they|his|her|their|(?:one of )?my (?:(?:best|little|big|older|younger|elder|"
                    + "baby|twin|old|new|closest|oldest|youngest|eldest|online) )?(?:friend|sister|brother|mom|mum|dad|"
                    + "mother|father|partner|boyfriend|girlfriend|husband|wife|son|daughter|cousin|aunt|uncle|"
                    + "roommate|colleague|coworker|classmate|teacher|student|pupil|client|patient|grandma|grandpa|"
                    + "rough sleeper|service user|tenant|resident|viewer|subscriber|regular|"
                    + "grandmother|grandfather|niece|nephew|bf|gf|ex|flatmate|housemate|boss|neighbou?r|kid|child|"
                    + "stepdad|stepmum|stepmom|mate|year \\d+|mentee|follower|dog|cat|puppy|kitten|pet|plant|"
                    + "houseplant|apprentice|trainee|commis|teammate|team mate|crewmate|crew mate|workmate|co-?worker|"
                    + "supervisor|manager)s?|(?:our|the) (?:dog|cat|puppy|kitten|pet)|an? \\S+ of (?:mine|ours)|"
                    + "a (?:friend|guy|girl|man|woman|kid|student|lad|lass|bloke|mate|teen|teenager|boy|person|user|"
                    + "member)|someone|somebody|"
                    + "(?:a |the )?(?:local|young|\\d+-year-old) (?:man|woman|boy|girl|teen|teenager|student|mother|"
                    + "father)|(?:the )?(?:council|government|police|school|university|hospital|company)|"
                    + "people|this (?:guy|girl|character)|the (?:character|narrator|protagonist)|"
                    // a parent or grandparent named without "my", doing or saying something ("Dad posted ...")
                    // someone in the writer's care, named by role or bed ("Patient tonight had taken ...", "Bed 12 is
                    // on 1:1 obs")
                    + "(?:(?:a|the|our|my) )?(?:patient|resident|caller|casualty|service user|bed \\d+|room \\d+)"
                    + "(?= (?:\\S+ ){0,2}?(?:had|has|was|is|took|tried|attempted|said|says|keeps|kept|wants|wanted|"
                    + "came|called|rang)\\b)|"
                    // someone in a group the writer belongs to ("A rider in our WhatsApp group just posted ..."), and
                    // a family the writer sat with after a death ("Sat with a family tonight whose son took his own
                    // life")
                    + "(?:a|one|another) \\S+ (?:in|from|on) (?:our|my|the) (?:\\S+ )?(?:group|chat|team|crew|server|"
                    + "class|squad|unit|station|ward|forum|sub|discord|whatsapp|depot)\\b|"
                    + "(?:sat|sitting|spoke|speaking|talked|talking|met|meeting) with (?:a|the) (?:\\S+ )?(?:family|"
                    + "parents?|mum|mother|father|dad|widow(?:er)?|wife|husband|partner)(?: \\S+)? (?:whose|of "
                    + "(?:a|the))\\b|"
                    + "(?:mum|mom|dad|nan|nana|gran|granny|grandad|grandma|grandpa|mam|da|papa|mama|mate|bestie|"
                    + "hubby)(?= (?:posted|said|"
                    + "says|texted|messaged|told|wrote|sent|keeps|kept|has|had|is|was|just|tried|took|attempted|wants|"
                    + "wanted|called|rang)\\b))\\b");
    /** A subordinate clause a sentence may open with before its subject ("since mum died my dad keeps saying"). */
    private static final GatedPattern LEADING_CLAUSE = GatedPattern.compile(
            "^(?:ever since|since|after|when|now that|before) ");
    /**
     * After a subject that is someone else, what makes the whole sentence theirs even when "my" or "I" appears in it
     * ("my friend says she wants to die, what do I do?"): their words reported with a third-person clause, an act of
     * theirs, or harm aimed at themselves. "My sister says I should see someone" stays the writer's.
     */
    private static final GatedPattern OTHER_CLAUSE = GatedPattern.compile(
            "\\b((?:says?|said|keeps? saying|kept saying|told (?:me|us|the \\S+|her \\S+|his \\S+|my \\S+)"
                    + "(?: (?!i\\b)\\S+){0,3}?|tells? me|"
                    + "texted(?: me)?|messaged(?: me)?|wrote|posted|admitted|confessed|mentioned|threatened|"
                    + "thinks?|feels?) (?:that )?(?:she|he|they)\\b|"
                    // their words quoted ("texted me 'goodbye'"), or their silence since
                    + "(?:says?|said|texted|messaged|wrote|posted|sent|forwarded)(?: me| us)?(?: (?:this|that|these "
                    + "words)(?: (?:message|text|note))?)?:? ['\u2018\"\u201c]|"
                    // a reply quoted ("replied to my post about my wages with 'just kill yourself'")
                    + "(?:replied|responded|commented)(?: (?:to|on|under) (?:my|me|the) (?:\\S+ ){0,8}?)? with "
                    + "['\u2018\"\u201c]|"
                    + "(?:isn'?t|is not|hasn'?t been|has not been|stopped|not) (?:picking up|answering|replying)|"
                    + "(?:won'?t|will not) (?:answer|pick up|reply)|"
                    + "(?:attempted|tried to (?:kill|end|overdose|take)|overdosed|killed (?:herself|himself|"
                    + "themselves|themself)|took (?:her|his|their) own life|(?:stockpil\\w*|hoard\\w*|hiding) (?:his|"
                    + "her|their)\\b|"
                    + "died by suicide|committed suicide)|(?:kill|hurt|harm|cut|end) (?:herself|himself|themselves|"
                    + "themself)\\b)");
    /** The writer's own harm in the same sentence keeps it theirs ("... and honestly so do I"). */
    private static final GatedPattern OWN_TOO = GatedPattern.compile(
            "\\b(myself|so do i|so am i|so have i|me too|me as well|same here|same for me|(?:i )?feel the same|"
                    + "i (?:also|too) (?:want|feel|think)|(?:i )?want to (?:follow|join) (?:him|her|them))\\b");
    /**
     * A lead-in before a colon that names no harm ("Posting for my sister who can't post here: she took ..."): the
     * subject is read after it.
     */
    private static final GatedPattern LEAD_IN = GatedPattern.compile(
            "^([^:]{0,60}\\b(?:for|about|on behalf of|re|regarding) "
            + "(?:my|a|an|our) [^:]{1,60}): ");
    /**
     * The writer's own thoughts set down in quotation marks (a thought record, a diary card, therapy homework): the
     * quoted words are the writer's, not someone else's.
     */
    public static final GatedPattern OWN_THOUGHTS = GatedPattern.compile(
            "\\b(?:(?:automatic|negative|intrusive|hot) thoughts?|"
            + "thought record|(?:write|wrote|writing) down (?:the |my )?thoughts|thoughts (?:i|you) noticed|"
            + "diary card|(?:i (?:thought|told myself|said to myself)|my (?:brain|head) (?:says|said|"
            + "keeps saying)|my (?:\\S+ )?(?:first |only |honest )?thought (?:was|is))[,:]? ['\u2018\"\u201c])");
    /** A comparison, not a denial: "I have never wanted to hurt myself more than I do right now". */
    private static final GatedPattern MORE_THAN_NOW = GatedPattern.compile(
            "\\b(?:more|worse) than (?:i do|i did|(?:right )?now|"
            + "ever|today|tonight)\\b");
    /**
     * "Not gonna lie", "won't lie": a promise of candour, which negates nothing that follows it; nor does "a reason
     * not to" ("I have a plan and I just need a reason not to do it").
     */
    private static final GatedPattern CANDOUR = GatedPattern.compile(
            "\\b(?:not (?:gonna|going to|gon) lie|(?:i )?(?:won'?t|will not|can'?t|cannot) lie|not to lie|"
            + "reasons? (?:not to|to not))\\b");
    /** A negation that governs a harm predicate within three words: "I would never hurt myself". */
    private static final GatedPattern NEGATION = GatedPattern.compile(
            "\\b((?:never|didn'?t|did not) (?:said|say|meant|mean) (?:that )?i|never|not|don't|dont|do not|won't|wont|"
                    + "ain'?t|"
                    + "wouldn't|wouldnt|will not|would not|no intention (?:of|to)|"
                    + "no plans? to|not going to|not gonna|no desire to|no thoughts? of|no urge to)\\s+"
                    + "(?:\\S+\\s+){0,3}?(hurt|harm|kill|end (?:it|my life|things)|cut|"
                    + "(?:hurting|harming|cutting) myself|suicide|"
                    + "suicidal|die|do(?:ing)? (?:it|that|anything)(?! yet\\b)|act on|try (?:it|again|anything)|"
                    + "(?:thinking|thought) (?:about|of) (?:dying|"
                    + "death|suicide))\\b|\\b(?:haven'?t|have not|not) (?:chosen|picked|got|made|set) "
                    + "(?:a |any )?(?:plan|method|date)\\b|\\b(?:don'?t|do not) have (?:a |any )?(?:plan|method|"
                    + "date)\\b"
                    + "|\\bno (?:thoughts?|plans?|intention) (?:of|to) (?:ending|end) (?:it|my life|things)\\b"
                    + "|\\bno (?:plans?|method|date)(?: yet)?(?=[,.;]|$| and\\b)|\\bnot (?:a|any) (?:plan|method|"
                    + "date)\\b|\\bnot planning (?:anything|on (?:it|anything)|to)\\b");
    /**
     * A negation's scope ends at "but": "I'm not going to kill myself tonight, but I've been thinking about how I
     * would" asserts the clause after it, when that clause names harm of its own and negates nothing.
     */
    private static final GatedPattern BUT = GatedPattern.compile("\\bbut\\b|, (?:i'?m |i )?just\\b");
    private static final GatedPattern HARM = GatedPattern.compile("\\b(hurt|harm|kill|end (?:it|my life|things)|cut|"
            + "suicid\\w*|die|dying|dead|how i(?:'d| would)|do it|did it|done it|not (?:be )?here|disappear|exist\\w*|"
            + "alive|"
            + "wake up|be gone|fatal|lethal|overdose|pills|blade|razor|unaliv\\w*|kms|ctb|finish(?:es|ed)? (?:me off|the "
            + "job)|"
            + "want to (?:be here|live|exist|be alive|go on))\\b");
    /**
     * Harm named in a clause before a negation, which the negation then does not reach ("been having thoughts of
     * ending it most nights, but i'm not going to act on them"); after a "but" the narrower {@link #HARM} decides ("not
     * a plan, just the thought of ending my life" denies the plan).
     */
    private static final GatedPattern HARM_BEFORE = GatedPattern.compile("\\b(?:ending (?:it|my life|things)|"
            + "killing myself|thoughts? of (?:suicide|dying|death))\\b|" + HARM.regex());
    /** Where one clause ends and another begins. */
    private static final GatedPattern CLAUSE_BREAK = GatedPattern.compile(
            "[,;:\n\\p{So}]|\\b(?:but|and|though|although)\\b");
    private static final GatedPattern HYPOTHETICAL = GatedPattern.compile(
            "\\b(if i ever|if i were|if i was|what if|imagine|hypothetically|suppose|supposing|in theory|"
                    + "would anyone|if someone|if you)\\b");
    /** Whoever will read a note ("if you find this"): the writer's own words to them, not a supposition. */
    private static final GatedPattern NOTE_READER = GatedPattern.compile(
            "\\b(?:if|when) (?:you|anyone|someone) (?:ever )?"
            + "(?:finds?|reads?|are reading|'re reading|is reading) this\\b");
    private static final GatedPattern REPORTED = GatedPattern.compile(
            "\\b(lyrics?|song|sings?|sang|chorus|verse|quote|quoted|quoting|once said|wrote that|"
                    + "the line(?! (?:behind|by|near|past|outside|through|at|down|out|from (?:\\S+ )?to))|"
                    + "poem|novel|(?<!long )story(?! short)|chapter|character|protagonist|narrator|fiction|writing a|"
                    // a line quoted from the post replied to, as forums mark it ("> wondering if the beam would hold")
                    + "(?<=^)>|"
                    + "my (?:\\S+ )?(?:draft|manuscript|wip|fanfic|screenplay|script)|beta readers?|"
                    + "screenplay|"
                    + "film|movie|(?<!mixed |manic |depressive |psychotic |dissociative |hypomanic |panic )episode|"
                    + "show|series|article|news|reported|headline|study|studies|statistics|"
                    + "survey|per cent|percent|rate of|according to|rates? (?:among|in|for)|(?:new|latest|official|"
                    + "national|government) "
                    + "(?:\\S+ )?figures|suicide rates?|(?:paper|newspaper|bbc|news site) (?:says|said|reports?|"
                    + "reported|ran a (?:piece|story|article)|named|covered|mentioned|described|printed|published)|"
                    + "coroner|inquest|found dead|what (?:proportion|percentage|fraction|share) of|how many people|"
                    + "(?:pharmacology|biology|chemistry|psychology|medical|nursing|first aid) (?:revision|lecture|"
                    + "exam|module|class|notes|course)|"
                    + "people who (?:attempt|die|self.harm|have attempted|survive)|(?:for|writing|doing) (?:my|a|an|"
                    + "the) (?:\\S+ ){0,2}?(?:essay|assignment|dissertation|thesis|coursework|lecture|seminar|msc|phd|"
                    + "masters|lit(?:erature)? review|module|presentation|talk|lesson|project)|(?:media|press|news|"
                    + "journalists?|reporters?) (?:\\S+ ){0,4}?report\\w*|"
                    + "reporting (?:on |of )?suicides?|(?:suicide|world) prevention day|awareness (?:day|week|month)|"
                    + "peer.reviewed|(?:dies|died) by suicide "
                    + "(?:every|each)|(?:the )?(?:who|cdc|ons|nhs) (?:says|said|reports?|figures|data|puts|"
                    + "estimates))\\b|^[\"'].*[\"']$"
            // a line quoted from the post replied to, as forums mark it ("> wondering if the beam would hold me")
            + "|^>");
    private static final GatedPattern FIGURATIVE = GatedPattern.compile(
            "\\b((?:is|are|was|were|'s|s) (?:literally |actually |honestly |slowly |lowkey )?killing me|killing it|"
            + "shoot(?:ing|s)? (?:myself|yourself|ourselves) in the foot|"
            + "killed it|dying to|dying for|die of (?:laughter|"
                    + "embarrassment|shame|happiness|joy|cringe)|(?:is|are|was|'s) to die for|"
                    + "could (?:literally |honestly |actually )?kill (?:my|him|her|them|you)\\b|died laughing|(?:could|"
                    + "can|would) (?:now |literally |actually |honestly |just )?die (?:happy|a happy)|"
                    + "dead tired|dead on my feet|bored to death|scared to death|"
                    + "to death of|my (?:\\S+ )?(?:phone|laptop|battery|car|computer|plant|plants|food|freezer|fridge|"
                    + "tv|router|wifi|torch|boiler|engine) (?:\\S+ )?(?:died|is dead|are dead|dying|was dead)|"
                    + "battery (?:died|is dead)|cutting (?:onions?|vegetables|veggies|the cake|my hair|hair|"
                    + "costs?|back|corners|class|it close)|cut (?:my hair|the cake|class|costs|corners|it out)|"
                    + "cutting it fine|"
                    + "(?:overdos\\w*|od'?d?) on (?:(?:my |\\S+ )?(?:mince pies|chocolate|sweets|candy|sugar|"
                    + "cake|pies|cheese|pizza|"
                    + "caffeine|coffee|carbs|food|turkey|crisps|biscuits|cookies|memes|netflix|christmas|sunshine|"
                    + "flat whites?|"
                    + "lattes?|espressos?|energy drinks?|red ?bulls?|tea|junk food|tv|youtube|tiktok|the news|"
                    // a feast's dishes ("overdosed on jollof at my cousin's wedding")
                    + "jollof|rice|pasta|ice ?cream|fries|chips|dumplings|ramen|noodles|curry|tacos|wings|popcorn|"
                    + "doughnuts|donuts|cupcakes|pancakes|brownies|chicken|bbq|barbecue|suya|biryani|dessert|"
                    + "desserts|cheesecake|kdramas?|k-dramas?|anime|reality tv|nostalgia|cuteness)\\b)|"
                    // hyperbole with its own marker ("the driest lips known to man, im literally dying fr")
                    + "(?:i'?m|im) (?:literally |lowkey |actually |so |deadass )?dying (?:fr|frfr|lol|lmao|lmfao|"
                    + "haha\\w*)\\b|(?:i'?m|im) (?:literally |lowkey |actually |so )?dying\\W*(?:\\x{1F62D}|"
                    + "\\x{1F480}|\\x{1F602})|"
                    // a conditional threat the writer laughs off ("if i fail chem im gonna kms lol")
                    + "^if (?:i|\\S+) (?:\\S+ ){1,10}?(?:i'?ll|ill|(?:im|i'?m) (?:literally |actually |genuinely |"
                    + "honestly )?(?:gonna|going to)|gonna|i swear (?:i'?m|im)) (?:literally |actually |genuinely |"
                    + "honestly )?(?:kms|kill myself|die|unalive myself|ending myself|(?:throw|chuck|fling|hurl) myself "
                    + "(?:off|out of|under|in front of)|jump (?:off|out of|in front of))\\b.*(?:\\b(?:lol|lmao|jk|"
                    + "haha\\w*)\\b|\\x{1F602}|\\x{1F480})|"
                    // a test or a match that will "make me kms", laughed or wailed at
                    + "(?:gonna|going to|will|'ll) make me (?:kms|kill myself|want to die)\\b.*(?:\\b(?:lol|lmao)\\b|"
                    + "\\x{1F602}|\\x{1F480}|\\x{1F62D})|"
                    + "bleeding money|could murder|murder (?:a|some) |killed the (?:\\S+ )?(?:boss|level|game)|"
                    + "slaughtered|shoot me now|kill for a|i'm dead 😂|im dead|i'm dead lol|lmao|lmfao|"
                    + "(?:a|the) killer (?:workout|song|deal)|drop dead gorgeous|(?:be|is|was|'s|will be|"
                    + "gonna be) the death of me|"
                    + "(?:will|'ll|gonna|going to|would|is going to|'s going to|wants? to|trying to) (?:literally |"
                    + "actually |definitely |"
                    + "totally )?(?:kill|murder|end) (?:me|her|him|them)\\b(?! (?:quickest|fastest|painless\\w*|"
                    + "instantly|outright|for (?:sure|good)|properly))|wants? me dead|murder (?:this|that|the|"
                    + "my) |"
                    + "lethal (?:for|to|on) my|(?:run|running|ran|do|doing|did) suicides|(?:social|career|political|"
                    + "slow) suicide|"
                    + "(?:legs|feet|arms|calves|thighs) (?:are|were|feel|have|'ve) (?:completely |totally |"
                    + "just )?(?:dead|gone|jelly)|(?:i'?m |im )?dead (?:\\S+ )?\\x{1F480}|murder(?:s|ed)? me\\b|"
                    + "^(?:i'?m |im )?(?:actually |literally |so )?dead[.!]*$|suicide (?:drills?|sprints?|runs?|"
                    + "squeeze|doors?|squad)|"
                    + "kill (?:-9|a process|the process|the task|the app|the lights|the mood|the vibe)|"
                    + "(?:floor|ground|earth) (?:to )?(?:open up and )?swallow me|kill off (?:this|that|the|my) |"
                    + "die on the (?:sofa|couch|settee)|"
                    // doing very well ("I'm going to kill it at the audition tomorrow")
                    + "\\bkill(?:ed|ing)? it (?:at|in|on|today|tonight|tomorrow|this|out there)\\b|"
                    // a fall from furniture, a leap into the sun, and "I'm DEAD" wept with laughter
                    + "(?:jump\\w*|throw\\w*|fling\\w*) (?:myself )?(?:off|out of) (?:my|the|a) (?:sofa|couch|"
                    + "settee|bed|chair|desk|beanbag)\\b|into the sun\\b|"
                    + "(?:i'?m|im) (?:so |actually |literally |deadass )?dead\\b"
                    + "[^.?!]{0,40}?(?:\\x{1F602}|\\x{1F923}|\\b(?:lol|lmao|lmfao|haha\\w*)\\b)|"
                    // embarrassment and laughter ("i could literally die. tripped in front of my crush", "im deceased")
                    + "^i could (?:literally |honestly |actually |just )?die[.!]*$|"
                    + "(?:i'?m|im) (?:literally |actually )?"
                    + "deceased|digging my own grave|killed the (?:stupid |damn |bloody )?(?:thing|bug|spider|wasp)|"
                    // hyperbole laughed off ("that letter made me want to jump out the window lol")
                    + "dying in (?:this|the) (?:heat|heatwave|humidity|cold)|(?:heat|heatwave|humidity) is killing me|"
                    // a quiet shift, a drink too many, a game's fall ("ward's absolutely dead tonight", "caffeine
                    // overdose", "bury me under the pub", "jumped off the tower in the new zelda")
                    + "(?:ward|shift|shop|pub|place|town|office|bar|restaurant|a&e|site|gym|club)(?:'s| is| was) "
                    + "(?:absolutely |completely |so |totally |dead )?dead\\b|(?:caffeine|sugar|coffee|chocolate|carb|"
                    + "netflix) overdose|bury me (?:under|in|at|with) the|in (?:the )?(?:new )?(?:zelda|minecraft|"
                    + "fortnite|elden ring|skyrim|gta|roblox|dark souls|the game)\\b|"
                    + "killed (?:him|her|it|them) in (?:\\d+|one|two|three|four|five) (?:tries|goes|attempts|shots)|"
                    + "made me want to (?:jump|throw myself) out (?:of )?(?:the|a) window\\b.*(?:\\b(?:lol|lmao|"
                    + "haha\\w*)\\b|\\x{1F602}|\\x{1F480})|"
                    // a character in a game or a story the writer plays ("my paladin sacrificed himself")
                    + "\\b(?:my|our) (?:\\S+ ){0,2}?(?:warlock|paladin|wizard|rogue|cleric|bard|ranger|druid|sorcerer|"
                    + "barbarian|fighter|monk|npc|toon|avatar|sim)\\b|"
                    // exasperation: "if I have to sit through one more of these meetings I'll kill myself"
                    + "^(?:honestly |seriously |swear )?if i (?:have to|hear|see|get|read|sit through) (?:\\S+ ){0,5}?"
                    + "(?:one more|another)\\b|"
                    + "(?:died|deaths?|dying|killed) (?:\\S+ ){0,4}?(?:boss|raid|respawn|checkpoint)|"
                    // deaths counted, one's own grenade, the last circle: a game
                    + "died (?:like |about |over |literally |maybe )?(?:\\d+|a (?:hundred|thousand|million)|so many|"
                    + "loads of|hundreds of) times|killed myself with my own (?:grenade|rocket|bomb|tnt|c4|spell|trap|"
                    + "molotov)|(?:final|last) circle|"
                    + "(?:boss|raid|respawn|checkpoint) (?:\\S+ ){0,4}?(?:died|deaths?|dying|killed)|"
                    + "(?:exam|test|workout|class|session|shift|week|day) (?:\\S+ ){0,2}?destroyed me|"
                    + "my (?:sourdough )?(?:starter|plants?|tamagotchi|fish|goldfish) (?:just )?died|"
                    + "overdosed? on (?:\\S+ )?(?:coffee|caffeine|"
                    + "sugar|netflix|chocolate|snacks|sweets|candy|pizza|cake))");
    private static final GatedPattern RECOVERY = GatedPattern.compile(
            "\\b(clean for|clean since|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|"
            + "few|several|many) (?:days?|weeks?|months?|years?) (?:clean|free|sober)|in recovery|recovered|"
                    + "recovering|in treatment|doing (?:so much |a lot )?better|getting better|proud of (?:myself|me)|"
                    + "haven't (?:cut|self.harmed|hurt myself)|haven'?t (?:since|in (?:\\S+ )?(?:months|years))|"
                    + "(?:without|free (?:of|from)) (?:self.harm\\w*|cutting|hurting myself)|stopped (?:cutting|"
                    + "self.harming)|relapse.free|"
                    + "therapy'?s? (?:is |has been )?helping|(?:medication|meds|therapy|treatment|counsell?ing|"
                    + "counsell?or)(?: and "
                    + "(?:\\S+ ){0,2}?(?:medication|meds|therapy|treatment|counsell?ing|counsell?or))? (?:has |have )?"
                    + "(?:changed|helped|fixed|saved)|(?:self.harm|cutting|sh)[- ]free|safety plan|(?:odd|occasional) "
                    + "(?:passing )?(?:thought|urge)s?|passing thoughts?|nothing i can'?t handle|recovery (?:meeting|"
                    + "group|journey|talk|story)|(?:been|i'?m|feeling) well (?:for|since)|since (?:the |"
                    + "my )?(?:new )?(?:meds|medication|treatment|therapy)\\b|urges are rare|seeing (?:the|"
                    + "my) (?:crisis|mental health) team|"
                    + "(?:starting|beginning) to feel like (?:a person|myself|me|a human) again|"
                    + "feel(?:ing)? (?:a lot |much |a bit )?steadier|"
                    + "scars (?:have |are |had )?(?:faded|fading|healed|gone white|gone silver)|"
                    + "streak|therapy (?:has )?help|day program(?:me)?|seeing my (?:psychiatrist|therapist|"
                    + "counsell?or)|(?:slowly )?getting there|"
                    + "taking my meds|(?:weekly |regular )?therapy since|(?:meds|medication|treatment) (?:that )?"
                    + "(?:seems? to be |is |are )?working|(?:thoughts|urges?) (?:haven'?t|have not|never) come back|"
                    + "(?:been|was|i'?m) stable|stable (?:since|now|for)|(?:but|and) (?:it|they) pass(?:es)?\\b|"
                    + "(?:those |the |my )?(?:suicidal )?(?:thoughts|urges?) (?:are|have|have been) (?:gone|stopped|"
                    + "quiet)\\b|"
                    + "for me it did|"
                    + "it (?:does|did) (?:get better|shift|ease)|(?:has |have )?gone quiet|(?:days?|weeks?|months?|"
                    + "years?) without (?:cutting|hurting|harming|burning|self.harm)|"
                    // "anymore" dates a stopped act, not a wish: "I don't cut anymore" is recovery, "I don't want to
                    // be here anymore" is now
                    + "(?:don'?t|do not|no longer) (?:cut|self.harm|hurt myself|harm myself|burn myself)\\w*"
                    + "(?: \\S+){0,2}? (?:anymore|any more)|no longer (?:cut|self.harm|hurt myself|harm myself))");
    /** A streak that ended: "relapsed after 40 days clean" is not recovery talk. */
    private static final GatedPattern RELAPSE = GatedPattern.compile(
            "\\b(relaps(?:ed|ing)|relapse\\b(?![- ]free)|slipped up)");
    /** "Two months clean today": the day dates the streak, not an act. */
    private static final GatedPattern STREAK_DAY = GatedPattern.compile(
            "\\b((?:clean|free|sober)(?: from \\S+)?) today\\b");
    private static final GatedPattern CURRENT = GatedPattern.compile(
            "\\b(?<!not )(right now|tonight|at the moment|currently|today|this morning|this evening|this afternoon|"
                    + "just (?:did|cut|took|swallowed|made|now|burned|burnt|punched|scratched)|as i type|as i write|"
                    + "i'm (?:bleeding|cutting|sitting)|still (?:sitting|lying|standing) (?:on|in)|"
                    + "im (?:bleeding|cutting|sitting)|an hour ago|minutes ago|few hours ago|"
                    + "\\d+ ?(?:min|mins|minutes) ago|^(?:sitting|lying|standing) (?:on|in)|"
                    // a habit of these days, whatever else the sentence dates ("switched my meds two weeks ago and
                    // every night now I stand at the window")
                    + "every (?:single )?(?:night|day|morning|evening) now|now every (?:single )?(?:night|day|"
                    + "morning|evening))\\b");
    /** "Does anyone else get thoughts about suicide?" asks whether others share the writer's own experience. */
    private static final GatedPattern ANYONE_ELSE = GatedPattern.compile("\\b(?:does|do|is|has) anyone else\\b|"
            + "^is it (?:normal|weird|bad|okay|ok|common|just me) (?:to|that i|if i|for me)\\b");
    private static final GatedPattern OF_MINE = GatedPattern.compile("\\bof mine\\b");
    /**
     * Where someone else belongs, said right after them ("someone in my Discord", "a girl from my class", "a guy on
     * our ward"): the "my" names whose group it is, not an act of the writer's. A voice "in my head" stays the
     * writer's own experience.
     */
    private static final GatedPattern WHERE_MINE = GatedPattern.compile("^ ?(?:in|from|at|on) (?:my|our) "
            + "(?!head\\b|mind\\b|dreams?\\b)\\S+(?: (?:chat|server|group|class|team|ward|unit|building|street|"
            + "block|course))?\\b");
    private static final GatedPattern ADVICE = GatedPattern.compile(
            "^(?:as an? \\S+,? )?(?:so |and |but |please )?(?:what (?:do|"
            + "should|can) i (?:do|"
            + "say)|how (?:do|can|should) i (?:help|support|respond|talk to)|(?:is there )?anything else i (?:should|"
            + "can) do|any advice|what would you do)\\b[^.!]*\\?*$");
    /** The writer taking quoted or fictional words as their own ("this lyric is literally me"). */
    public static final GatedPattern ADOPTION = GatedPattern.compile(
            "\\b(literally me|that'?s (?:so |literally |basically )?me|"
            + "(?:is|was) (?:literally |basically |so )?me|felt that|same as me|so does mine|so will i|relatable|"
            + "this is me|describes me|(?:basically|really|just) (?:a|my) diary|(?:not|isn'?t|"
            + "is not) really (?:a )?(?:story|fiction)|"
            + "that'?s (?:exactly )?what i want(?: to do)?|(?:has|with) my name|(?:not|isn'?t|is not) really a poem|"
            + "(?:it|this) (?:isn'?t|is not) really\\b|"
            + "doing the (?:exact )?same (?:searches|research|thing)|"
            + "\\(my name\\)|(?:her|his|their|the character'?s?) name is my name|exactly how i feel|"
            + "(?:that'?s|thats|this is|it'?s|its) (?:exactly |literally |just )?how i (?:feel|am)(?: right now|"
            + " too)?|(?:that'?s|thats|this is|it'?s|its) (?:exactly |literally |just )?where my (?:head|mind) "
            + "(?:is|'s been|has been|goes))|"
            + OWN_THOUGHTS.regex());
    /** "Now" alone is weak: "two months ago now", "I'm two years clean now" date something else. */
    private static final GatedPattern NOW = GatedPattern.compile("\\bnow\\b");
    /** An age now ("I'm 34 now") contrasts with the time of what is told, it does not date it. */
    private static final GatedPattern AGE_NOW = GatedPattern.compile("\\b(?:(?:i'?m|im|i am) (?:\\d+|in my \\S+)|it'?s "
            + "(?:early |mid |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|"
            + "november|december|spring|summer|autumn|winter)) now\\b");
    /**
     * A wish or a thought the writer has now, which a date elsewhere in the sentence does not move to the past ("my
     * mum died two years ago and I want to be with her").
     */
    private static final GatedPattern PRESENT_WISH = GatedPattern.compile(
            "\\b(?:(?:i|i'm|im|i am|i've been|ive been) (?:(?!was |"
            + "were |used )\\S+ ){0,2}"
            + "(?:want|wanna|wish|feel like|think about|thinking about|think of|thinking of|can'?t stop|"
            + "don'?t want to|do not want to)|(?:i've|ive|i have) (?:\\S+ )?(?:wanted|wished|felt like|"
            + "thought about|wanting|wishing|thinking about))\\b");
    private static final GatedPattern RECENT = GatedPattern.compile(
            "\\b(last night|yesterday|this week|last week|the other day|(?:a |two |three |few |"
            + "couple (?:of )?)days? ago|"
                    // not the day an anniversary falls ("ten years on Saturday since I tried")
                    + "(?<!years? )(?:on|last|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                    + "over the weekend|"
                    + "this weekend|last weekend|the weekend|recently|again|until (?:last night|yesterday|(?:monday|"
                    + "tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?))\\b");
    /**
     * "Again" under a negation ("I won't do it again", "never again") promises the future; it does not tell that
     * something happened once more, so it keeps nothing recent.
     */
    private static final GatedPattern AGAIN_DENIED = GatedPattern.compile(
            "(\\b(?:never|won'?t|wont|will not|wouldn'?t|would not|not going to|not gonna)\\b(?:\\s+\\S+){0,4}?\\s+)"
            + "again\\b");
    private static final GatedPattern PAST = GatedPattern.compile(
            "\\b(years? ago|months ago|used to|when i was (?:a |younger|in|\\d|(?:his|her|their|your) age)|"
                    // "That first year I tried to end it" (six years after a diagnosis)
                    + "that first (?:year|summer|winter|spring|autumn|month)|as a (?:kid|teen|teenager|child|"
                    + "young (?:woman|man|girl|lad|mum|mother)|girl|boy|student)|in the (?:19|20)?\\d0'?s|"
                    + "(?:summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|"
                    + "october|november|december|since|until|of) (?:19|20)\\d\\d|"
                    + "in (?:high school|middle school|secondary school|primary school|sixth form|junior high|college|"
                    + "uni)|"
                    // "back in spring", not a thing come back ("the thought has moved back in like it had a key")
                    + "back in\\b(?!\\s*(?:[.,;!?]|$)| (?:like|with|again|touch|bed|action|town|business|stock|fashion|"
                    + "style|shape|line|order|place|there|here|it|full force|force|the (?:house|flat|room|game|box|"
                    + "drawer|car|office|building|driving seat|saddle))\\b)|back then|back when|in the past|"
                    + "last (?:year|spring|summer|autumn|fall|winter)|"
                    + "along the way|long time ago|a while ago|in 20\\d\\d|in 19\\d\\d|"
                    // a school year ("attempted in year 8", not "I'm in year 9") and an anniversary ("ten years on
                    // Saturday since I tried")
                    + "(?<!(?:i'?m|im|i am|now|currently|still|she'?s|he'?s) )in (?:year|grade) (?:\\d{1,2}|seven|eight|"
                    + "nine|ten|eleven)\\b|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                    + "twenty|a few|several|many) years (?:(?:on|this|next) \\S+ )?since\\b|"
                    + "(?:that|this|it) (?:was|were|happened) (?:in |back in |around )?(?:19|20)\\d\\d\\b|"
                    + "(?:during|before) (?:the )?(?:first |second )?(?:lockdown|pandemic|covid)|"
                    + "(?:summer|winter|spring|autumn|year|christmas) before last|(?:all )?through(?:out)? "
                    + "(?:19|20)\\d\\d|(?:for )?(?:most|all|much) of my (?:teens|twenties|childhood|school years)|"
                    + "(?<!first time )(?:for|in) years|in a long time|(?:i )?spent (?:months|years)|the (?:year|"
                    + "summer|winter|spring|autumn) i was|(?:to|back in|around) (?:19|20)\\d\\d|"
                    // an act in the simple past over a finished stretch: "I burned myself for about a year"
                    + "(?<!have |'ve |ve )(?:cut|burned|burnt|hurt|harmed|self.harmed|scratched|starved) (?:myself |"
                    + "me )?"
                    + "for (?:about |around |almost |nearly |over |more than )?(?:a|one|two|three|four|five|six|\\d+|"
                    + "a few|several|many) (?:months?|years?))\\b");
    private static final GatedPattern SECOND_PERSON = GatedPattern.compile(
            "\\b(you|your|you're|youre|you'd|you'll|yours|"
            + "yourself|u|ur)\\b");
    /** A question by its word order, however it is punctuated ("is 20 of my sertraline enough."). */
    private static final GatedPattern INVERTED = GatedPattern.compile(
            "(?:is|are|does|can|could|would|will|should) (?:it|i|you|"
            + "there|this|that|\\d+)\\b|how (?:many|much|long|high|far)\\b");
    /** A question tag at the end of a statement: "does it?", "isn't it?", "am i?", "right?". */
    private static final GatedPattern TAG = GatedPattern.compile(",?\\s*\\b(?:(?:does|did|is|was|do|would|will|can|"
            + "could|has|have|are|were|should|am)(?:n'?t)? (?:it|i|that|he|she|they|we|this|there)|right|innit|eh|"
            + "yeah|ok|okay|no)\\s*\\?+\\s*$");
    private static final Set<String> QUESTION_STARTS = Set.of("how", "what", "which", "where", "is", "does", "do",
            "can", "could", "would", "should", "will", "anyone", "has", "have", "why");

    @Override
    public String id() {
        return "safety.frames.v1";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceAnalyzer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FRAMES);
    }

    @Override
    public Layers analyze(Analysis in) {
        List<Sentence> sentences = in.get(SentenceAnalyzer.SENTENCES);
        List<SentenceFrame> out = new ArrayList<>();
        Set<String> adopting = new HashSet<>();
        Set<String> askingForMe = new HashSet<>();
        String quotingPost = null; // the post whose someone else's quoted words run on past a sentence's end
        for (Sentence s : sentences) {
            String plain = Shorthand.plain(s.normalized());
            SentenceFrame frame = frameOfPlain(plain);
            if (s.postId().equals(quotingPost)) {
                // inside the words quoted in the sentence before, until the quote closes
                frame = frame.quotedOther();
                quotingPost = QUOTE_CLOSES.matcher(plain).find() ? null : quotingPost;
            } else {
                quotingPost = frame.otherSubject() && QUOTE_LEFT_OPEN.matcher(plain).find() ? s.postId() : null;
            }
            out.add(frame);
            if (ADOPTION.matcher(plain).find()) {
                adopting.add(s.postId());
            }
            if (ASKING_FOR_ME.matcher(plain).find()) {
                askingForMe.add(s.postId());
            }
        }
        // the writer takes the quoted words as their own ("this lyric is literally me", "a story with my name that
        // ends on Friday, same as me"): in that post they are the writer's (docs/triage.md, quotes and fiction)
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).reported() && adopting.contains(sentences.get(i).postId())) {
                out.set(i, out.get(i).adopted());
            }
            SentenceFrame f = out.get(i);
            if (f.question() && !f.otherSubject() && askingForMe.contains(sentences.get(i).postId())) {
                // "Is it normal to think about suicide every day? Asking for me."
                out.set(i, f.askedForSelf());
            }
        }
        return Layers.of(FRAMES, List.copyOf(out));
    }

    /**
     * Where the negation that governs a sentence begins, in its plain form ({@link Shorthand#plain}), or -1 where it
     * has none: a negation governs what follows it, not what the sentence tells before it.
     */
    public static int negationAt(String plain) {
        Matcher negation = NEGATION.matcher(withoutCandour(plain));
        return negation.find() ? negation.start() : -1;
    }

    /** The frame of one sentence. */
    public static SentenceFrame frame(String sentence) {
        return frameOfPlain(Shorthand.plain(sentence));
    }

    /** The frame of one sentence already lower-cased with its shorthand spelt out ({@link Shorthand#plain}). */
    private static SentenceFrame frameOfPlain(String plain) {
        String s = plain.strip();
        // "a student of mine" is someone else; a request for advice ("what do I do?") asserts nothing of the writer's
        String subject = s;
        Matcher start = OTHER_START.matcher(subject);
        boolean otherStart = start.find();
        Matcher leading = LEADING_CLAUSE.matcher(s);
        if (!otherStart && leading.lookingAt()) {
            // "since mum died my dad keeps saying ...": the subject after a short opening clause
            String tail = s.substring(leading.end());
            int offset = 0;
            for (int word = 0; word <= 4 && offset < tail.length() && !otherStart; word++) {
                Matcher m = OTHER_START.matcher(tail.substring(offset));
                if (m.find()) {
                    subject = tail.substring(offset);
                    start = m;
                    otherStart = true;
                }
                int space = tail.indexOf(' ', offset);
                offset = space < 0 ? tail.length() : space + 1;
            }
        }
        Matcher leadIn = LEAD_IN.matcher(s);
        if (!otherStart && leadIn.find() && !HARM.matcher(leadIn.group(1)).find()) {
            // "Posting for my sister who can't post here: she took an overdose last month": read after the colon
            subject = s.substring(leadIn.end());
            start = OTHER_START.matcher(subject);
            otherStart = start.find();
        }
        // the "my" of "my roommate has been giving away her stuff" names whose roommate, not who it is about
        // nor do the words someone else is quoted as saying ("my friend texted 'I'm going to...'")
        String rest = otherStart ? WHERE_MINE.matcher(QUOTED.matcher(subject.substring(start.end())).replaceAll(" "))
                .replaceFirst("") : s;
        boolean self = (SELF.matcher(OF_MINE.matcher(rest).replaceAll("")).find() || ANYONE_ELSE.matcher(s).find())
                && !ADVICE.matcher(s).find();
        boolean other = otherStart && (!self || OTHER_CLAUSE.matcher(subject).find()
                && !OWN_TOO.matcher(QUOTED.matcher(subject).replaceAll(" ")).find());
        boolean question = s.endsWith("?") && !tagged(s) || QUESTION_STARTS.contains(firstWord(s)) && !s.endsWith(".")
                || INVERTED.matcher(s).lookingAt();
        OptionalInt days = ElapsedTime.days(s);
        SentenceFrame.Time time = time(s, days);
        self &= !other;
        // words to whoever will read a note ("if you find this") are the writer's own, not a supposition
        boolean hypothetical = HYPOTHETICAL.matcher(NOTE_READER.matcher(s).replaceAll(" ")).find();
        return new SentenceFrame(self, other, !self && SECOND_PERSON.matcher(s).find(), negated(s), hypothetical,
                question, REPORTED.matcher(s).find(), figurative(s),
                RECOVERY.matcher(s).find() && !RELAPSE.matcher(s).find(), time, days);
    }

    /**
     * A figure of speech governs the sentence, unless a clause after it names harm in earnest ("this job is killing
     * me, literally some nights: I've sat with the pills in my hand").
     */
    private static boolean figurative(String s) {
        Matcher figure = FIGURATIVE.matcher(s);
        if (!figure.find()) {
            return false;
        }
        String after = s.substring(figure.end());
        Matcher clause = CLAUSE_BREAK.matcher(after);
        return !(clause.find() && HARM.matcher(after.substring(clause.end())).find()
                && !FIGURATIVE.matcher(after).find());
    }

    /**
     * A run-on without punctuation ("hoping this is the end i'll update you guys if i'm still alive tomorrow i'm pretty
     * sure i will not die"): harm named five words or more before the negation is a clause of its own.
     */
    private static boolean harmWordsBefore(String before) {
        Matcher harm = HARM.matcher(before);
        int last = -1;
        while (harm.find()) {
            last = harm.end();
        }
        return last >= 0 && before.substring(last).strip().split("\\s+").length >= 5;
    }

    /** The sentence with its promises of candour blanked out, so that positions in it stay those of the sentence. */
    private static String withoutCandour(String s) {
        return CANDOUR.matcher(s).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /**
     * A negation governs the sentence, unless a clause before it names harm ("been having unalive thoughts, not gonna
     * do anything") or a clause after its last "but" names harm and negates nothing.
     */
    private static boolean negated(String s) {
        Matcher negation = NEGATION.matcher(withoutCandour(s));
        if (!negation.find()) {
            return false;
        }
        String before = s.substring(0, negation.start());
        if (HARM_BEFORE.matcher(before).find() && (CLAUSE_BREAK.matcher(before).find() || harmWordsBefore(before))
                || MORE_THAN_NOW.matcher(s.substring(negation.end())).find()) {
            return false;
        }
        Matcher but = BUT.matcher(s);
        int last = -1;
        while (but.find()) {
            last = but.end();
        }
        if (last < 0) {
            return true;
        }
        String after = s.substring(last);
        return !HARM.matcher(after).find() || NEGATION.matcher(after).find();
    }

    /**
     * When a sentence places what it says: a marker of this sitting first ("tonight", "minutes ago"), then a stated
     * number of days (7 or fewer is recent, unless "again" or a weekday keeps a longer count recent), then the words.
     * The past never covers a wish the writer has now.
     */
    private static SentenceFrame.Time time(String told, OptionalInt days) {
        String s = AGAIN_DENIED.matcher(told).replaceAll("$1");
        SentenceFrame.Time time;
        // "five months since my attempt today": a count of days dates it, "today" is the anniversary
        String forNow = days.isPresent() && days.getAsInt() > 0 ? s.replaceAll("\\btoday\\b", " ") : s;
        if (CURRENT.matcher(STREAK_DAY.matcher(forNow).replaceAll("$1")).find()) {
            time = SentenceFrame.Time.CURRENT;
        } else if (days.isPresent()) {
            time = days.getAsInt() == 0 ? SentenceFrame.Time.CURRENT
                    : days.getAsInt() <= SentenceFrame.RECENT_DAYS || RECENT.matcher(s).find()
                            ? SentenceFrame.Time.RECENT
                    : SentenceFrame.Time.PAST;
        } else {
            // a past marker beside "now" dates what is told, and "now" only contrasts it ("I tried when I was 19,
            // I'm 34 now"), unless the sentence states a wish the writer has now
            boolean past = PAST.matcher(s).find();
            boolean now = NOW.matcher(AGE_NOW.matcher(s).replaceAll(" ")).find()
                    && (!past || PRESENT_WISH.matcher(s).find());
            time = now ? SentenceFrame.Time.CURRENT
                    : RECENT.matcher(s).find() ? SentenceFrame.Time.RECENT
                    : past ? SentenceFrame.Time.PAST
                    : SentenceFrame.Time.UNMARKED;
        }
        return time == SentenceFrame.Time.PAST && PRESENT_WISH.matcher(s).find() ? SentenceFrame.Time.UNMARKED : time;
    }

    /**
     * A statement with a question tag ("so it doesn't really count, does it?", "that's normal, right?"): it asserts
     * what comes before the tag, unless that asks too ("is it bad, is it?").
     */
    private static boolean tagged(String s) {
        Matcher tag = TAG.matcher(s);
        if (!tag.find()) {
            return false;
        }
        String said = s.substring(0, tag.start()).strip();
        return !said.isEmpty() && said.indexOf('?') < 0 && !QUESTION_STARTS.contains(firstWord(said))
                && !INVERTED.matcher(said).lookingAt();
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }
}
