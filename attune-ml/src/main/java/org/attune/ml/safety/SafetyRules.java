package org.attune.ml.safety;

import org.attune.core.safety.FrameAnalyzer;
import org.attune.core.text.GatedPattern;

/**
 * The structured signals that the C-SSRS head is not trained for, because no shared dataset labels them: acts of
 * self-injury and their severity, farewells, method seeking, and the kinds of harmful reply that Samaritans' guidance
 * names. Each is a pattern over one normalised, lower-cased sentence; whether it counts is decided with the sentence's
 * frame (the writer's own, asserted, not figurative), never by the pattern alone.
 */
final class SafetyRules {
    private SafetyRules() {
    }

    /** Not going to, in its everyday spellings: "won't", "wont", "might not", "not gonna". */
    private static final String WILL_NOT = "(?:won'?t|wont|will not|might not|may not|not going to|not gonna)";
    /** The days of the week, as dates and near times name them. */
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    /**
     * After "relapsed": a relapse on drink, drugs or gambling, which is no self-injury ("Relapsed on the drink after 8
     * months").
     */
    private static final String NOT_SUBSTANCE = "(?! (?:on|with|into) (?:the |my )?(?:drink|drinking|booze|alcohol|"
            + "beer|wine|vodka|weed|drugs|coke|cocaine|heroin|gambling|smoking|cigarettes|fags|vaping|porn)\\b)";
    /** A DBT diary card's self-harm column ticked beside the day's urges ("Tue urges 5/5, SH Y"): an act. */
    private static final String DIARY_CARD_SH = "urges?:? ?\\d+(?:/\\d+)?,? sh:? ?(?:y|yes)\\b";
    /** An urge acted on, as a diary card records it ("Acted on urge: yes"): an act, though the word urge is there. */
    private static final String ACTED_ON_WORDS = "\\bacted on (?:the |my |an |that )?urges?\\W*(?:yes|y)\\b|"
            + "\\b(?<!(?:haven'?t|hasn'?t|hadn'?t|didn'?t|not|never) )(?:i )?acted on (?:it|the urge|"
            + "my urges?)\\b(?! to)|\\b(?<!(?:haven'?t|hasn'?t|hadn'?t|didn'?t|not|never|nearly|almost) )"
            + "(?:i )?gave in(?: to (?:it|them|(?:the|my) urges?))?\\b(?! to\\b)|"
            // a diary card's box ticked ("'acted on' ticked for Tuesday")
            + "\\bacted on\\W{0,3} (?:ticked|checked|circled|marked)\\b|\\b" + DIARY_CARD_SH;
    static final GatedPattern ACTED_ON = GatedPattern.compile(ACTED_ON_WORDS);
    /** Where the writer is right after an act: "sitting here after", "lying in bed having". */
    static final String JUST_AFTER = "(?:just )?(?:sitting|sat|lying|laying|curled up) (?:here |in \\S+ )?"
            + "(?:after|having)";
    /** A promise not to act, which shows the thought is live (docs/triage.md, negation). */
    private static final String PROMISED_NOT_RE = "\\bpromised (?:\\S+ ){0,6}?(?:(?:that )?i (?:won'?t|wouldn'?t|"
            + "will not|would not)|not to) (?:\\S+ ){0,3}?(?:do anything|hurt|harm|kill|cut|act|try|do it)";
    /** An act of self-injury by the writer: a reflexive object, or a first-person subject before the verb. */
    static final GatedPattern SELF_INJURY = GatedPattern.compile(
            "\\b((?:cut|cutting|cuts|sliced|slicing|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|carv(?:ed|ing)|hit|hitting|"
                    + "punch(?:ed|ing)?|bit|biting|hurt|hurting|harm(?:ed|ing)?|stab(?:bed|bing)?|beat(?:en|ing)?|"
                    + "whipp(?:ed|ing)|slapp(?:ed|ing)|bruis(?:ed|ing)) (?:myself|my (?:own )?(?:arm|arms|wrist|wrists|"
                    + "thigh|thighs|leg|legs|skin|stomach|hip|hips|hand|hands|"
                    + "head|chest|ankle|ankles|body|forearms?|upper arms?|shins?|knuckles|fingers|palms?))|"
                    + "(?:make|made|making) myself bleed|"
                    + DIARY_CARD_SH + "|"
                    // a DBT diary card's self-harm column marked yes ("Wed: SH Y (cut x2, thigh)")
                    + "(?:^|: |, )(?:sh|self[- ]?harm(?:ed)?)\\s*:?\\s*(?:y|yes)\\b(?! (?:to|and|but|or|i|it)\\b)|"
                    // the act just over, told by where the writer is after it ("sitting here after cutting")
                    + "^" + JUST_AFTER + " (?:just )?"
                    + "(?:cutting|cut|burn(?:ing|t|ed)|self[- ]?harm(?:ing|ed)?|hurt(?:ing)? myself)(?=\\s*(?:[.,!;]|$)| "
                    + "(?:again|tonight|today|myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))\\b)|"
                    // a point pressed into the skin as it is told ("pressing the point of the compass into my wrist")
                    + "(?:pressing|pushing|digging|dragging|scraping|jabbing) (?:\\S+ ){0,10}?into my (?:wrists?|arms?|"
                    + "forearms?|skin|thighs?|legs?|hands?|stomach)\\b|"
                    + "(?:what|the things?) i did to my (?:arms?|wrists?|legs?|thighs?|skin|body|stomach)|"
                    // the subject left out, as people write it ("lowkey cut on thursday after getting flamed")
                    + "^(?:(?:lowkey|kinda|sort of|so|anyway|welp|ugh|yeah),? )?(?:cut|burned|burnt|sh'?d) (?:again|"
                    + "on (?:mon|tues|wednes|thurs|fri|satur|sun)day|last night|yesterday|today|tonight|"
                    + "this (?:morning|evening|afternoon))\\b|"
                    + "(?:bruises|marks|cuts|burns) (?:on my \\S+ )?(?:are|were) from me|"
                    + "(?:i|i've|ive|i'm|im|i have|i had|i just|i've been|ive been|i was|i am|i keep|i kept) "
                    + "(?:\\S+ )?(?:cut|cutting|self[- ]?harm(?:ed|ing)?|sh'?d|sh|relapsed" + NOT_SUBSTANCE + "|relapse"
                    + NOT_SUBSTANCE + "|bled|burned|burnt|"
                    + "scratched|carved)\\b"
                    // someone cut off, costs cut back, a fringe cut: no skin ("i never cut her off from everyone")
                    + "(?! (?:(?:him|her|them|it|me|us|you|people|everyone|my \\w+|\\w+) )?(?:off|out)\\b| (?:ties|"
                    + "contact|back|down|class|classes|school|corners|costs|in|across|through|a deal|the (?:cake|"
                    + "grass|lawn|hedge|wire|cord|power|line|queue|rope)|(?:my|his|her|their|your) (?:hair|fringe|"
                    + "nails|fingernails|toenails|beard|bangs|losses|hours|spending|budget))\\b)|"
                    + "(?:razor|blade|scissors|lighter) (?:to|on|into) my|"
                    + "opened (?:up )?my (?:arm|wrist|skin|stomach|leg|thigh)|(?:pressed|held|put) (?:the |a |"
                    + "my )?(?:iron|lighter|cigarette|hot \\w+|"
                    + "knife|blade|razor) (?:to|on|into|against) my|^(?:only |just |so i |and )?(?:cutting|cut|burning|"
                    + "burned|burnt|scratching|scratched)"
                    // worn out is no burn ("just burnt out")
                    + "\\b(?! (?:the|out|a(?! (?:bit|little|few|couple|lot)\\b)|"
                    + "my (?:own )?(?:hair|fringe|bangs|nails|toenails|finger|thumb)|class|costs?|onions?)\\b)(?!-out)|"
                    + "^(?:just )?(?:relapsed" + NOT_SUBSTANCE + "|self[- ]?harmed|sh'?e?d)\\b|"
                    // an injury told as deliberate
                    + "injur(?:ed|ing) myself (?:deliberately|on purpose|intentionally)|(?:deliberately|"
                    + "intentionally|on purpose) (?:injur|hurt|harm|cut|burn)\\w* myself|"
                    + "^(?:just )?sh (?:again|tonight|last night|today|earlier|this (?:morning|evening))\\b|"
                    + "(?:started|starting) (?:cutting|burning|scratching|self[- ]?harming) again|"
                    + "(?:cutting|burning|scratching) (?:myself )?(?:right now|as we speak)|"
                    + "(?:did|done) (?:a (?:bit|little) of |some )(?:cutting|burning)\\b|"
                    + "already done (?:a few|some|it|a couple)|(?:the|my) (?:cuts|burns|wounds?) (?:\\S+ ){0,3}?(?:are|"
                    + "were|look|looks|from) (?:\\S+ )?(?:deep|gaping|bleeding|infected|fresh|raw|stinging|the)|"
                    // a tool named with the act ("scratched a bit with my compass", "digging at it with the compass")
                    + "(?:cut|cutting|scratch\\w*|carv\\w*|burn\\w*|dug|digging|dig|pick\\w*|goug\\w*|opened) (?:at )?"
                    + "(?:\\S+ ){0,5}?(?:with|using) (?:a |my |the )?(?:compass|razor|blade|knife|scissors|sharpener|"
                    + "lighter|pin|needle|glass|box cutter|stanley knife|craft knife|scalpel)\\b|"
                    + "(?:until|till) (?:it|they) (?:bled|bleed|breaks? the skin|broke the skin)|"
                    + "(?:a few|a couple(?: of)?|some|two|three) (?:shallow|small|little|deep|fresh) ones\\b|"
                    + "punch\\w* (?:the|a) (?:\\S+ )?(?:wall|door|mirror)|"
                    + "(?:hit|nicked|cut|caught) (?:a|an|the) (?:vein|artery)|can'?t get (?:it|the cut|the wound) to "
                    + "(?:close|stop)|(?:it'?s|its) (?:really |so |too )?deep this time|"
                    + "bang\\w* my head|scratch\\w* (?:and pinch\\w* )?(?:at )?my (?:arms?|skin|legs?|face)|"
                    + "knuckles (?:split|are bleeding|bleeding)|made (?:a few |some |more )?(?:cuts|lines)|"
                    + "(?:did|done) (?:a few |some |a couple (?:of )?|more )?(?:cuts|scratches|burns)|"
                    + "(?:did|done) (?:a (?:bit|little) of |some )?(?:sh|self[- ]?harm)\\b|"
                    + "went (?:too |a bit |way |a little )?deep(?:er)? than (?:i )?(?:meant|intended|planned|usual|"
                    + "normal)|"
                    + "(?:cutting|burning|scratching) (?:myself )?(?:while|as) i (?:type|write|post)|went too deep|"
                    + "slipped (?:up )?(?:and|&) (?:cut|burned|burnt|sh'?d|hurt myself|scratched)|"
                    + "carv\\w* (?:\\S+ ){0,3}into my|(?:my )?(?:arms?|wrists?|legs?|thighs?|cuts) (?:are|"
                    + "is) still healing|"
                    + "(?:my |the )?(?:cuts|marks|burns|scratches|wounds) "
                    + "(?:on my (?:\\S+ )?(?:arms?|wrists?|legs?|thighs?|stomach|hips?|skin|body|chest) )?"
                    + "from (?:(?:the|last) weekend|what i did (?:at|on|over) the weekend|last night|yesterday|"
                    + WEEKDAYS + ")|"
                    + "(?:the|my) (?:self[- ]?harm|sh|cutting|burning) (?:on|last|at the) "
                    + "(?:weekend|night|" + WEEKDAYS + ")\\b)|"
                    + ACTED_ON_WORDS);
    /** A streak broken ("back to square one with the blade"): an act where self-injury is named beside it. */
    static final GatedPattern RELAPSE_ACT = GatedPattern.compile(
            "\\b(broke (?:my|the) (?:\\S+ )?streak|(?:mid|in the middle of a) relapse|"
                    + "back to (?:square one|day (?:one|1|zero|0))|slipped up|had (?:one|a|another|a (?:little|small)) "
                    + "slip\\b|"
                    + "(?<!(?:haven'?t|hasn'?t|hadn'?t|didn'?t|not|never|nearly|almost) )gave in(?: to (?:it|them|"
                    + "(?:the|my) urges?))?\\b(?! to\\b)|"
                    + "(?:had|then|one) (?:a |one )?(?:small |little |bad |tiny |quick )?slip(?:-?up)?)\\b");
    /** An act named only as "it" ("did it again tonight"), which the wound words around it make self-injury. */
    static final GatedPattern VAGUE_ACT = GatedPattern.compile("\\b(?:did|done|doing) it(?: again)?\\b|"
            + "\\bafter what i did\\b|^it (?:did|happened)(?: again)?\\b|"
            + "\\b(?:just |only )?(?:a|one) (?:small|little|tiny|quick|shallow|wee) one\\b|"
            + "\\bdone (?:a few|some|a couple(?: of)?|more) (?:already|tonight|today)\\b");
    static final GatedPattern WOUND = GatedPattern.compile(
            // and what hides one ("long sleeves at work", "on my thighs so nobody sees")
            "\\b(long sleeves|(?:where|so) (?:nobody|no one|no-one) (?:can |will |would )?(?:sees?|notices?)|stitches|bleed\\w*|bled|blood\\w*|deeper than|gaping|cuts?|wounds?|scratch(?:es|ed)|steri.?strip\\w*|"
            + "soaked (?:through|in blood)|"
            + "blade|razor|scalpel|"
            + "butterfly strips?|bandage\\w*|plasters?|band.?aids?|dressings?)\\b");
    /** Self-injury named as the writer's own history: scars, time clean, "haven't ... since". */
    static final GatedPattern HISTORY = GatedPattern.compile(
            "\\b((?:clean|free) (?:from|of) (?:self[- ]?harm\\w*|cutting|sh)|(?:self[- ]?harm|my|old|the) scars|"
                    + "haven'?t (?:self[- ]?harmed|cut|hurt myself|burned myself|relapsed)|without (?:hurting|cutting|"
                    + "harming|burning) myself|slip-?ups?|self[- ]?harm wise|i (?:used to|would) (?:cut|self[- ]?harm|"
                    + "burn|scratch|sh\\b)|^used to (?:cut|self[- ]?harm|burn|scratch)|i self[- ]?harmed|"
                    + "my last (?:cut|burn|relapse|self[- ]?harm\\w*|sh\\b)|(?:days?|weeks?|months?|"
                    + "years?) without "
                    + "(?:scratching|cutting|burning|self[- ]?harm\\w*)|(?:\\d+|one|two|three|four|five|six|"
                    + "a) (?:days?|weeks?|"
                    + "months?|years?) (?:no|without|free of|clean from) (?:sh|self[- ]?harm\\w*|cutting)\\b|"
                    + "(?:stuff|issues|problems|history|struggles?|"
                    + "(?:a )?bad patch|phase|spell) with (?:cutting|self[- ]?harm\\w*|sh|burning))\\b");
    /**
     * Self-injury history named only vaguely ("haven't done it in a year", "haven't touched anything in 8 months"): it
     * counts where the sentence or the one before speaks of self-injury.
     */
    static final GatedPattern VAGUE_HISTORY = GatedPattern.compile(
            "\\b(?:haven'?t (?:done (?:it|that)|touched (?:anything|it|one|a blade|a razor|them))\\b(?! yet)|"
                    + "(?:day|week) \\d+ (?:clean|free)|(?:\\d+|one|two|three|four|five|six|a few) (?:days?|weeks?|"
                    + "months?|years?) (?:clean|free)\\b|(?:clean|free) (?:for )?(?:\\d+|one|two|three|four|five|six|"
                    + "a few) (?:days?|weeks?|months?|years?)\\b)");
    /**
     * Scars: healed injuries, so history whatever else the sentence dates ("a tattoo over my old scars", "last week a
     * student asked about my scars").
     */
    static final GatedPattern SCARS = GatedPattern.compile("\\b(?<!new |fresh )(scars?|scarring|scarred)\\b");
    /** A wish or urge to injure oneself, not an act: the act pattern then does not count as one. */
    static final GatedPattern URGE = GatedPattern.compile(
            "\\b(wants?(?: is)? to|wanted to|wanting to|wanna|urges?|tempted to|craving|itching to|itch to|need to|"
            + "feel like|so close to|desperate to|"
                    + "feeling (?:\\S+ ){0,3}?to|(?:pull|temptation|compulsion) to|(?:saying|telling me|screaming|"
                    + "whispering|begging me)(?: to)?|"
                    + "trying not to|instead of|wish(?:es)? to|desire to|think(?:ing)? (?:about|of)) "
                    + "(?:\\S+ ){0,3}?"
                    + "(cut|cutting|hurt|harm|burn|burning|scratch|bleed|sh\\b|hit|punch|bang|bite|stab|stabbing|"
                    + "use it on myself|relapse|(?:grab|get|use|pick up|find) (?:a |the |my )?(?:razor|blade|knife|"
                    + "lighter))|\\burges?\\b|\\bwant to so (?:badly|bad|much)\\b|want(?:ed)? to \\S+ (?:\\S+ )?"
                    + "(?:down|across|into|along) my (?:arms?|wrists?|skin|legs?|thighs?)|(?:the )?pull (?:came|is|"
                    + "has come) back|crav\\w* the (?:sting|pain|blade|razor)|"
                    + "(?:clean|free)\\b.*\\bcravings?\\b|\\bcravings?\\b.*\\b(?:clean|free)\\b");
    /** An urge told as mild or passing ("I still get the odd urge but it passes"): low, not a strong current urge. */
    static final GatedPattern URGE_PASSING = GatedPattern.compile(
            "\\b((?:but|and) (?:it|they) (?:pass(?:es|ed)?|go(?:es)? away|went away|faded)|mild|odd (?:little )?urge|"
            + "little urge|manageable|fleeting|then (?:it'?s|it is|they'?re) gone|(?:urges|they) (?:are|'re) rare)\\b");
    /** Urges denied ("no urges, just tired"): no urge at all. */
    static final GatedPattern URGE_DENIED = GatedPattern.compile("\\b(?:haven'?t|have not|no) (?:had )?(?:real |any |"
            + "many )?urges\\b");
    /** Thoughts of suicide as the subject of a sentence ("the sewerslide thoughts r back"): the writer's own. */
    static final GatedPattern THOUGHTS_AS_SUBJECT = GatedPattern.compile(
            "^(?:(?:and|but|so|ugh|honestly|lately) )*(?:the |"
            + "these |"
            + "those |my )?(?:suicid\\w*|unaliv\\w*|dark|intrusive) thoughts (?:are|r|have|keep|came|come|won'?t|is|"
            + "been|again|got|getting|back|loud)\\b|"
            // the voice the writer hears, wherever the sentence starts ("then driving home that voice was back,
            // going just kill yourself")
            + "\\b(?:that|the|this|a|my) voices? (?:\\S+ ){0,4}?(?:going|saying|telling me|says|tells me|keeps? (?:saying|"
            + "telling me)|whispering)(?: to)? (?:just )?(?:kill (?:yourself|myself)|kys|end it|die|jump|do it)\\b");
    /** What an everyday plan is to do: a journey, a move, a job, a purchase ("the plan is to hop on a coach"). */
    static final String ERRAND = "(?:hop on|get on|catch|take (?:a|the) (?:bus|train|coach|greyhound|flight|plane|"
            + "ferry)|fly|drive to|move|stay (?:at|with)|apply|save up|find (?:a|work|somewhere)|rent|sell|buy|start|"
            + "finish|study|visit|go back to (?:school|college|uni|work))\\b";
    /** After "end it" or "end things": the person a relationship is ended with ("I've decided to end it with him"). */
    static final String WITH_SOMEONE = "(?:with|between) (?:him|her|them|us|my (?:bf|gf|boyfriend|girlfriend|partner|"
            + "husband|wife|fianc\\w*|ex|man|lad|girl))\\b";
    /** Not a relationship ended. */
    static final String NOT_WITH_SOMEONE = "(?! " + WITH_SOMEONE + ")";
    /** Words of suicide, as against self-injury: an urge to cut with none of them is not suicidal ideation. */
    static final GatedPattern SUICIDAL = GatedPattern.compile(
            "\\b(kill(?:ing)? myself|suicid\\w*|die|dying|dead|death|end(?:ing)? (?:it|it all|my life|things|"
            + "everything)" + NOT_WITH_SOMEONE + "|not (?:be )?(?:here|alive|around)|unaliv\\w*|kms|ctb|"
            + "take my (?:own )?life|not wake up|"
                    // "thinking to finish myself" (South Asian English), "finish myself off"
                    + "finish(?:ing)? myself\\b(?! (?:up|a|an|some|the|with|before|after)\\b)|"
                    + "finish(?:ing)? my life(?=\\s*(?:[.,;!?]|$| (?:only|now|today|tonight|soon)\\b))|"
                    + "disappear|be gone|no way out|overdos\\w*|"
                    + "(?<!bungee |base |ski |long |high |star |parachute |show |triple |box |sky )jump|hang|"
                    // a gunshot, a wound or an injection that kills, not self-injury
                    + "shoot(?:ing)? myself(?! in the foot)|(?:stab|slit|slash|cut)\\w* (?:myself )?(?:in )?(?:the |"
                    + "my )?(?:throat|"
                    + "neck|heart|jugular|"
                    + "carotid)|inject\\w* myself with (?:\\S+ )?(?:bleach|cleaner|air|insulin))\\b");
    /**
     * Suicidal ideation stated in so many words (C-SSRS 1–2), slang included: what the head must not be left alone to
     * read, because a frozen encoder has never seen "kms" or "ctb" used in earnest. Counts only in an asserted sentence
     * of the writer's own. Group 1 is active ideation (killing oneself named), group 2 a wish to be dead.
     */
    static final GatedPattern IDEATION = GatedPattern.compile(
            "\\b(kill(?:ing)? myself|kms|ctb|unaliv\\w* (?:myself|thoughts|thing)|tak(?:e|ing) myself out|"
                    + "finish(?:ing)? myself\\b(?! (?:up|a|an|some|the|with|before|after)\\b)|"
                    + "can'?t (?:honestly |really )?say (?:that )?the (?:idea|"
                    + "thought)(?: of (?:\\S+ ){0,2}?\\S+)? (?:never|doesn'?t|does not|"
                    + "don'?t) cross(?:es)? my mind|suicid\\w* thoughts|thoughts (?:of|about) "
                    + "(?:suicide|dying|being dead|not being here|not existing)|(?:instead of|trying not to|so i don'?t) "
                    + "do(?:ing)? something (?:stupid|drastic)|(?:think\\w*|thought) (?:about|of) ending it\\b"
                    + "(?! (?:with|between|off|for)\\b)|"
                    // suicide "on my mind"
                    + "(?:suicide|killing myself|ending (?:it|my life)|unaliving myself) (?:has|have|'s|is|keeps?|"
                    + "kept)? ?(?:been |coming )?(?:back )?(?:on|in|into) my (?:mind|head)|"
                    + "end(?:ing)? (?:my (?:own )?life|it all|myself|"
                    + "things(?! (?:with|between|off|on)\\b))|"
                    + "take my (?:own )?life|suicidal|(?:about|of|considering|contemplating|commit|"
                    + "committing) suicide)\\b|"
                    + "\\b((?:want|wanted|wanting|wanna|ready|deserve) to die\\b(?! for)|wish(?:ing)? (?:i (?:was|were|"
                    + "could be) )?(?:dead|never born|never been born)|(?:don'?t|do not|no longer|didn'?t) (?:really )?"
                    + "want to (?:live|be alive|exist|be here|wake up|go on|be around)|stop (?:existing|being alive)|"
                    + "(?:rather|just|want to|wanna|wish i (?:could|did)) not exist|"
                    + "(?:want|wanted|wanna|wish|wished) (?:to )?(?:just )?(?:be gone|cease to exist|"
                    + "disappear forever)|"
                    + "(?:lose|lost|losing) (?:my|the) (?:battle|fight) (?:to|with) (?:depression|\\S+ illness|"
                    + "my mind)|"
                    + "hoping (?:this|it|tonight) (?:is|will be) the end|(?:don'?t|do not) wanna (?:live|"
                    + "be alive|exist|be here|wake up|go on|be around)|not existing anymore|"
                    + "(?:want\\w*|wish\\w*|hop\\w*|pray\\w*|rather|like) (?:\\S+ ){0,5}?(?:to )?(?:never|not|don'?t|"
                    + "do not|wouldn'?t|won'?t|hadn'?t|had not|didn'?t) (?:to )?(?:wak(?:e|ing)|wok(?:e|"
                    + "en))\\b(?! (?:up )?(?:late|"
                    + "early|the|him|her|them|everyone|anyone|my|in time|before|until|till|on time|feeling)\\b)|"
                    + "rather (?:sleep|be asleep) than wake|"
                    // not waking put as a relief or a mercy to others ("if I didn't wake up tomorrow that would be
                    // fine by me"), a medical mishap hoped for, an accident that would spare others
                    + "if i (?:just |simply )?(?:didn'?t|did not|never|don'?t|do not) wake(?: up)?+\\b(?! (?:in time|"
                    + "on time|early|for|until|till|before(?! then)|at)\\b)[^.?!]{0,80}?\\b(?:fine|okay|ok|alright|"
                    + "mind|better|"
                    + "relief|relieved|step in|bother|saved?|notice|peace|mercy|blessing)\\b|(?:wouldn'?t|would not|"
                    + "won'?t|will not) "
                    + "mind if i (?:just |simply )?(?:didn'?t|did not|never) wake|"
                    + "(?:i'?d|id|i would) (?:honestly |genuinely )?be (?:fine|okay|ok|alright|relieved|glad|"
                    + "happy) if i "
                    + "(?:just |simply )?(?:didn'?t|did not|never) wake(?: up)?+\\b(?! (?:in time|on time|early|for|"
                    + "until|till|before(?! then)|at)\\b)|"
                    + "(?:hop|wish|pray)\\w* (?:that )?(?:the|my|this) (?:\\S+ )?(?:anaesthetic|anesthetic|surgery|"
                    + "operation|procedure|chemo|transplant|resection|bypass)\\b[^.?!]{0,40}?\\b(?:goes|go|going|"
                    + "will go) wrong|"
                    + "if (?:a|the|some) \\S+ (?:\\S+ ){0,5}?(?:hit|clipped|ran over|run over|knocked|took) me\\b"
                    + "[^?!]*\\b(?:(?:nobody|no one) would (?:have to|need to)|insurance would)\\b|"
                    + "(?:finally )?stop being (?:a |the |everyone'?s )?(?:problem|burden)|"
                    + "(?:want|wanna|going|gonna) to (?:just )?blow (?:my|me) (?:\\S+ )?(?:head|brains?) (?:off|out)|"
                    + "(?:wasn'?t|was not|not) (?:totally |really |fully |completely |entirely |even )?joking (?:about|"
                    + "abt) (?:the )?(?:unaliv\\w*|kms|ctb|suicide|dying|killing myself|wanting to die)|"
                    + "(?:think\\w*|thought) (?:about|of) not (?:being|existing)(?: (?:here|alive|around))?\\b|"
                    // leaving for good, in a chat's words ("i wanna log off permanently", "if i dipped forever")
                    + "(?:want|wanna|wish|ready|if i|when i) (?:to )?(?:just )?(?:log(?:ged)? off|dip(?:ped)?(?: out)?|"
                    + "leave|left|exit(?:ed)?) (?:permanently|forever|for good)\\b(?! (?:from|on|this|that|the)\\b)|"
                    + "(?:thoughts?|thinking|thought) (?:about|of) (?:not|never) waking(?: up)?\\b|"
                    + "(?:ask\\w*|beg\\w*|pray\\w*) (?:every night |each night |most nights |every day )?(?:that )?"
                    + "(?:god|him|allah|the lord|jesus) (?:to |would |will |"
                    + "might )?(?:just )?(?:come and )?take me\\b"
                    + "(?! (?:to|back|home to|through|with|in(?! my sleep))\\b)|(?:wouldn'?t|would not|won'?t|"
                    + "don'?t) mind if "
                    + "(?:a|the|some|that) (?:\\S+ ){0,6}?(?:came down on|fell on|falls on|hit|hits|took|takes|killed|"
                    + "kills|ran over|runs over) me\\b|(?:would|'d) be (?:fine|okay|ok|alright|a relief|no bad thing) "
                    + "if (?:a|the|some) (?:\\S+ ){0,3}?(?:hit|hits|took|takes|killed|kills|ran over|runs over) me\\b|"
                    + "go to sleep and (?:never|not) wake|better off (?:dead|without me)|(?:better|easier|"
                    + "fine) (?:for (?:\\S+ )"
                    + "{1,2})?(?:without me|if i (?:was|were|wasn'?t|weren'?t) (?:the one )?(?:here|around|alive|born|"
                    + "gone|out of the picture))|"
                    // an accident at work hoped for ("hoping the roof comes down on me"), a flight that would be
                    // fine not to land, going too beside a relative in hospital, a family better off without a
                    // parent like the writer
                    + "(?:hop|wish|pray)\\w* (?:that )?(?:the|a|some) (?:\\S+ )?(?:roof|ceiling|building|wall|tree|"
                    + "floor|beam|crane|load|mast|boom|rig|scaffold(?:ing)?|shelving|stack) (?:\\S+ )?(?:comes?|came|"
                    + "falls?|fell|caves?|collapses?) (?:down |in )?"
                    + "(?:on|onto) me\\b|"
                    + "(?:fine|okay|ok|alright|a relief|better) if (?:we|i|the plane|it) (?:just )?(?:didn'?t|did not|"
                    + "never) (?:land|make it|come down)\\b|"
                    + "(?:easier|better) if i (?:just )?(?:went|go|died|was gone|were gone) (?:too|as well|with (?:her|"
                    + "him|them))\\b|"
                    + "better off without (?:a|their|her|his|my) (?:dad|mum|mom|father|mother|husband|wife|partner|son|"
                    + "daughter|brother|sister|friend) (?:like me|who)\\b|"
                    // not caring if a crash ends it, asking whether it would be so bad, kinder to a carer if the
                    // writer went first, a failing heart hoped to stop ("kind of hoping it just stops tbh")
                    // a death wished at another's hands or with the dead ("I wish he'd just finished it that time";
                    // "I should've come home in a box with Jonno"); others better off, the writer gone
                    + "wish (?:he|she|they)(?:'d| had| would have) (?:just )?(?:finished (?:it|me)(?: off)?|killed me)|"
                    + "(?:should'?ve|should have) (?:come home in a box|died (?:with (?:them|him|her)|too|instead)|"
                    + "been "
                    + "the one (?:who|that) died)|better off\\b[^.?!]{0,30}\\bwithout me(?: around)?\\b|"
                    + "(?:don'?t|do not) (?:really )?care (?:if|whether) i (?:go over|go off|crash|die|don'?t make it|"
                    + "hit something|go into)\\b|would it be (?:so|that) bad if i (?:just )?(?:went|drove|didn'?t|died|"
                    + "crashed|was gone)\\b|(?:kinder|better|easier) (?:to|for) (?:her|him|them|everyone|my \\w+) if i "
                    + "(?:went|died|was gone|were gone|wasn'?t here)\\b|hoping (?:it|my heart) (?:just )?stops\\b|"
                    + "sleep forever|no reason to (?:live|stay alive|keep going)|tired of (?:waking up|living|"
                    + "being alive|"
                    + "existing)|"
                    + "rather be dead|won'?t be (?:anyone'?s|a) (?:problem|burden)(?: for anyone| to anyone)?|"
                    // a wish that something else would end it, and a wish to join someone who has died
                    + "(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?) (?:that )?(?:a|the|some|it|"
                    + "this) (?:\\S+ ){0,6}?(?:hits?|"
                    + "kills?|takes?|finishes) me(?: out| quickly| soon| first| in my sleep)?\\b(?! (?:a|an|\\d+|two|"
                    + "three|ages|long|forever|hours|days|weeks|time|back|home|to|for|through|with|out (?:to|for))\\b)|"
                    // taken by the ground or the wind, and no fight put up ("if the ground just opened up and took me I
                    // wouldn't put up a fight"; "half-wishing the wind would take me with it")
                    + "if (?:the|a|some) (?:\\S+ ){1,6}?(?:took|swallowed|carried) me\\b[^.?!]{0,40}?\\b"
                    + "(?:wouldn'?t|would not|won'?t) (?:put up a fight|fight (?:it|back)|struggle|resist)|"
                    + "(?:hop|wish|pray)\\w* (?:that )?"
                    + "(?:the|a|some) (?:wind|sea|waves?|current|river|ground|earth|cold|snow) (?:would|will|might|'d) "
                    + "(?:just )?(?:take|carry|swallow|sweep) me\\b(?! (?:to|back|home|away to|somewhere|abroad|on|"
                    + "along|up|out|off|there|places)\\b)|"
                    // others' lives simpler without the writer ("their lives would get a lot simpler if I just wasn't
                    // in the picture any more")
                    + "(?:lives?|things|everything|it|life) would (?:get |be )?(?:\\S+ ){0,2}?(?:simpler|easier|better|"
                    + "lighter) (?:for (?:\\S+ ){1,2})?if i (?:just |simply )?(?:wasn'?t|weren'?t|was not|were not) "
                    + "(?:in the picture|around|here|alive)\\b|"
                    // the consequence wished for: "hoping the ute would roll and that'd be that"
                    + "(?:hop\\w*|wish\\w*|pray\\w*) (?:\\S+ ){0,8}?(?:and )?(?:that'?d|that would|it'?d|it would) "
                    + "(?:be (?:that|it|the end)|sort (?:everything|it all|it) out|end it)\\b|"
                    + "if (?:a|the|some) \\S+ (?:\\S+ ){0,5}?(?:me|crash\\w*|rolled|rolls?|mounted|came over|hit|"
                    + "skidded|"
                    + "swerved|tipped|flipped|overturned|went over|came off)\\b.*\\b(?:that'?d|that would|it'?d|"
                    + "it would|"
                    + "i'?d|id|i would) (?:be |honestly |just )?(?:\\S+ )?(?:fine|okay|ok|alright|a relief|relieved|"
                    + "glad|sort everything|sort it all|not mind|no bad thing|save (?:everyone|everybody|us all|them|"
                    + "the family) (?:a lot of )?(?:bother|trouble|money|hassle))\\b|"
                    + "(?:crash|rollover|roll over|accident|heart attack|stroke|bus|lorry|truck|car|train|plane|cancer|"
                    + "illness|tumou?r)\\b.*\\b(?:wouldn'?t|would not) be (?:the worst thing|so bad|a bad thing)|"
                    + "(?:hop\\w*|wish\\w*|pray\\w*) (?:\\S+ ){0,10}?(?:my|the|this) (?:old |tired |stupid )?heart "
                    + "(?:\\S+ ){0,2}?(?:stops|quits|gives (?:out|up)|would stop|packs in)|"
                    + "(?:sleep|lie down|go to bed|close my eyes|drift off)(?: \\S+){0,6}? and (?:simply |"
                    + "just )?(?:never|not) (?:wake|get (?:back )?up\\b(?! (?:for|until|till|before|on|at|in|early|"
                    + "tomorrow|today)\\b))|"
                    + "close my eyes and (?:that'?s it|that'?s that|it'?s (?:over|done)|never open them)\\b|"
                    // an accident the writer would not mind ("if the chopper went down I wouldn't be that bothered")
                    + "if (?:a|the|my|some|our) \\S+ (?:\\S+ ){0,5}?(?:went down|goes down|crashed|crashes|sank|sinks|came "
                    + "down|rolled|flipped|hit me|hits me)\\b.*\\bi (?:wouldn'?t|would not|wouldnt) (?:be )?(?:that |too |"
                    + "all that |very |even )?(?:bothered|upset|fussed|sad|mind|care)\\b|"
                    // a voice that tells the writer to die ("that voice going just kill yourself")
                    + "voices? (?:\\S+ ){0,3}?(?:going|saying|telling me|says|tells me|keeps? (?:saying|telling me)|"
                    + "whispering)(?: to)? (?:just )?(?:kill yourself|kys|end it|die|jump|do it)\\b|(?:better|easier|lighter|happier|fine|manage better|"
                    + "cope better)(?: off)?(?: for (?:\\S+ ){1,2})? "
                    + "if i (?:just )?(?:(?:wasn'?t|weren'?t|was not|were not) (?:\\S+ )?(?:here|there|around|alive|"
                    + "in the picture|born)|(?:was|were) (?:\\S+ )?(?:gone|dead|out of the picture))|"
                    + "if (?:i was|i were|i'?m|god|the lord) (?:\\S+ )?(?:called|taken)(?: home)?\\b.*\\b(?:glad|"
                    + "willingly|"
                    + "ready|happy|grateful)|(?:(?:like|want|wanna|wish) to|rather) (?:just |simply )?not be (?:here|"
                    + "alive|around)\\b|"
                    + "if (?:a|the|some) \\S+ (?:\\S+ )?(?:took|takes|hit|hits|killed|kills|into|ran over|"
                    + "run over) me(?: out)?\\b.*"
                    + "\\b(?:(?:i'?d|id|i would) (?:be )?(?:\\S+ )?(?:relieved|glad|grateful|happy|okay|fine|not mind)|"
                    + "(?:wouldn'?t|don'?t think i'?d) mind)|hop\\w* (?:\\S+ ){0,2}?(?:they|my eyes) stay shut|"
                    // relief at the thought of something taking the writer; death weighed as the better state
                    + "(?:i'?d|id|i would) (?:be )?(?:\\S+ )?(?:relieved|glad|grateful|happy|okay|fine|not mind) if "
                    + "(?:a|the|some|god) (?:\\S+ ){0,3}?(?:just |simply )?(?:took|takes|hit|hits|killed|kills) me\\b"
                    + "(?! (?:on|in(?! (?:my|his|her|our|their) sleep)|home|back|to|for|with|through|along|aside|"
                    + "under|out|seriously|up|away)\\b)|"
                    + "(?:being dead|death|dying|not existing|not being here) (?:sounds|seems|feels|looks) (?:\\S+ )?"
                    + "(?:better|nicer|easier|like a relief|peaceful)|(?:hop\\w*|wish\\w*|pray\\w*) (?:\\S+ ){0,8}?"
                    + "finish(?:es)? (?:me off|the job)|(?:annoyed|disappointed|gutted|upset|angry) (?:that )?(?:i'?m|im|you'?re) "
                    + "still (?:here|alive|breathing)|"
                    + "(?:glad|happy|relieved|ready) for (?:it all|everything|it) to be over|"
                    + "(?:want|wish|long|longing) to be (?:wherever|with (?:him|her|them) wherever) (?:he|she|"
                    + "they) (?:is|are)|"
                    + "(?:killed (?:himself|herself|themselves)|died|passed)\\b.*\\b(?:want|wanna) to (?:follow|join|"
                    + "be with) (?:him|her|them)|(?:suicide|death|dying) (?:is|looks|is looking|sounds|"
                    + "seems) (?:\\S+ )?(?:attractive|appealing|tempting|good|nice|peaceful|like an option)|"
                    + "if i (?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive|in it|in (?:the|his|her|their) "
                    + "(?:picture|way|lives?))\\b|if i (?:was|were) gone|"
                    + "(?:better|calmer|richer|easier|happier|lighter|quieter) (?:\\S+ ){0,8}?with me (?:out of the "
                    + "(?:picture|way)|gone)\\b|"
                    + "(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?) (?:that )?my heart (?:\\S+ )?"
                    + "(?:stops|quits|gives out|would stop)|if i (?:got|get) (?:hit|run over|killed|(?:\\S+ )?(?:sick|"
                    + "ill) and died)\\b.*\\b(?:i'?d|id|i would) (?:be )?"
                    + "(?:relieved|glad|grateful|okay with (?:it|that)|not mind|welcome it)|wherever (?:she|he|they)"
                    + "(?: is|'s| are|'re) now|(?:be|join) (?:with )?(?:her|him|them) (?:again )?(?:in heaven|"
                    + "up there)|"
                    + "(?:nobody|no one) (?:would|will|'d) (?:even )?(?:miss me|notice (?:if i (?:was|were) )?gone|"
                    + "care if i (?:died|was gone|disappeared)))");
    /** Words in quotation marks: opened after a space, closed before one (an apostrophe in "don't" is neither). */
    static final GatedPattern QUOTED = FrameAnalyzer.QUOTED;
    /**
     * A laugh, a joke or a game marked beside it: "forgot my lunch kms 💀", "kms every time I get sniped" are the
     * common hyperbole docs/triage.md reads as none–low. The head still reads the sentence; only the stated-ideation
     * floor stands back.
     */
    static final GatedPattern JOKING = GatedPattern.compile(
            "(\\b(?:lol|lmao|lmfao|haha\\w*|jk|just kidding|xd|rofl|bruh|sniped|"
            + "respawn\\w*|(?:in|this|the) game|ja(?:ja)+j?)\\b|\\x{1F480}|\\x{1F602}|\\x{1F923})");
    /**
     * Ideation told by reference to suicide named just before ("an article on gambling-related suicides. I'm one of
     * them, I've thought about it every night"; "RIP to the lad who took his own life ... the thoughts are back").
     */
    static final GatedPattern IDEATION_REFERRED = GatedPattern.compile("\\b(?:(?:i'?ve|ive|i have|i'?ve been|been) "
            + "(?:\\S+ )?(?:thought|thinking) about (?:it|that|doing (?:it|that))\\b(?! (?:for|with)\\b)|the thoughts "
            + "(?:are|have been|came|have come) back|the thoughts (?:are|have been|were|get|got) (?:so |really |very )?"
            + "(?:loud|bad|strong|constant|relentless|everywhere)|(?:i'?m|im|i am) one of them\\b|"
            + "(?:it was|it'?s|they were) "
            + "(?:describing|talking about|about) me\\b|(?:i'?ve|ive|i have) been where "
            + "(?:he|she|they) (?:was|were|are|is)\\b)");
    /** Suicide named, as a referent of {@link #IDEATION_REFERRED}. */
    static final GatedPattern SUICIDE_NAMED = GatedPattern.compile("\\b(?:suicid\\w*|took (?:his|her|their) own "
            + "lives?|took (?:his|her|their) own life|kill(?:ed|ing)? (?:himself|herself|themselves|myself))\\b|"
            // a promise not to act names the act the thoughts are of ("I promised my wife I won't do anything ... But
            // the thoughts are loud this week")
            + PROMISED_NOT_RE);
    /** A passive wish that a laugh beside it does not make a joke of: not waking, others better off. */
    static final GatedPattern PASSIVE_WISH = GatedPattern.compile("\\b(?:(?:didn'?t|did not|never|not) wake(?: up)?+\\b"
            + "(?! (?:in time|on time|early|for|until|till|before(?! then)|at)\\b)|better off (?:dead|without me)|"
            + "take me in my sleep)");
    /**
     * A want or a dwelling thought said ("wanna kms ... lol", "said it like a meme ... been on my mind all week"): a
     * laugh beside it does not make a joke of it, as it does an exclamation ("forgot my keys again kms lol").
     */
    static final GatedPattern WANT_OR_THOUGHT = GatedPattern.compile("\\b(?:wanna|wants? to|wanted to|part of me|"
            + "wish(?:es)? (?:i|to)|on my mind|(?:thinking|thought) (?:about|of))\\b");
    /** A joke said to be one, which a laugh alone is not. */
    static final GatedPattern JOKE_SAID = GatedPattern.compile("\\b(?:jk|j/k|just kidding|kidding|joking)\\b");
    /** A joke withdrawn ("lol jk... wasn't totally joking"): the laugh beside it does not make it one. */
    static final GatedPattern NOT_JOKING = GatedPattern.compile(
            "\\b(?:wasn'?t|was not|not|am not|i'?m not) (?:totally |really |fully |completely |entirely |"
            + "even )?joking\\b|\\b(?:kinda|kind of|sort of|lowkey|but|tho) not (?:jk|joking|kidding)\\b|"
            + "^not gonna lie\\b");
    /**
     * A sentence that starts without a subject, as posts often do ("been thinking about ctb", "wanna kms"): the writer
     * speaks of themself without saying "I".
     */
    static final GatedPattern SUBJECTLESS = GatedPattern.compile(
            "^(?:(?:honestly|lowkey|highkey|tbh|not gonna lie|really|so|"
            + "just|"
            + "and|but|still|lately|sometimes|often|kinda|kind of|always|genuinely|seriously|lol|jk|ok|okay|haha\\w*|"
            + "(?:won'?t|not gonna|not going to|can'?t) (?:pretend|lie)(?: otherwise)?|truth is|"
            + "if i'?m honest)[.,!:]* )*(?:wasn'?t|was not|been|wanna|want|"
            + "wanted|wish|wishing|thinking|thought|tired|ready|feeling|feel|considering|contemplating|can'?t|don'?t|"
            + "do not|no longer|need|gonna|kms|ctb|kill|killing|end|ending|rather|deserve|better off|suicidal|"
            + "hoping|praying|being dead|death|dying|suicide|"
            // "still get those thoughts", "keep having them", not "get a taxi" or "have to go"
            + "(?:get|getting|have|having|keep|keeping)\\b(?! (?:to|a|an|the|some|it|on|up|back|home|ready|done|"
            + "going)\\b))\\b");
    /**
     * Words of death, of ending or of harming oneself, narrower than {@link #RISK_TOPIC}, which also holds distress
     * ("why bother", "I don't feel safe", "I don't want to be a burden"): what the fine-tuned reader needs the writer
     * to say before it reads ideation into their words.
     */
    static final GatedPattern DEATH_OR_HARM = GatedPattern.compile(
            "\\b(?:kill\\w*|kms|ctb|suicid\\w*|unaliv\\w*|die|dies|dying|dead|death|alive|live|living|exist\\w*|gone|"
            + "disappear\\w*|vanish\\w*|wake|waking|asleep|forever|better off|without me|hurt\\w* myself|harm\\w*|"
            + "cut\\w*|bleed\\w*|blood|overdos\\w*|pills?|rope|bridge|jump\\w*|(?:end|ending) (?:it|this|my)|"
            + "goodbye)\\b");
    /**
     * The words a claim of ideation can rest on: death, absence, harm, ending, means. Broad on purpose: a word too many
     * only keeps the head's reading.
     */
    static final GatedPattern RISK_TOPIC = GatedPattern.compile(
            "\\b(kill\\w*|kms|ctb|suicid\\w*|unaliv\\w*|die|died|dies|dying|dead|death|deaths|end|ending|ended|over|"
                    + "life|live|living|alive|exist\\w*|born|gone|disappear\\w*|vanish\\w*|leave|leaving|away|wake|"
                    + "sleep|asleep|forever|anymore|any more|point|pointless|burden|better off|without me|escape|"
                    + "give up|giving up|go on|keep going|can'?t (?:do|take|cope|handle)|done|tired|exhausted|hurt\\w*|"
                    + "harm\\w*|"
                    + "pain|cut\\w*|blood|bleed\\w*|scars?|pills?|tablets?|overdos\\w*|od|rope|bridge|jump\\w*|gun|"
                    + "knife|blade|razor|plan(?:s|ned|ning)?|goodbye|bye|sorry|note|letter|miss me|grave|funeral|"
                    + "heaven|peace|"
                    + "numb|empty|hopeless|worthless|hate myself|nobody|no one|alone|lonely|crying|scared|do it|"
                    + "permanent\\w*|rest|meds|medications?|prescriptions?|worst|the same|not (?:before|until|yet)|"
                    + "think\\w* about (?:it|that)|about it again|curious|wondering|urges?|diary|pass out|"
                    + "do (?:anything|something)|"
                    + "safe|safety|struggl\\w*|hard|hop(?:e|es|ed|ing)|wish\\w*(?! me luck)|pray\\w*|quit\\w*|heart|"
                    + "enough|this time|pharmacy|sh|self.?harm\\w*|poison\\w*|(?:did|done|do|doing) it)\\b");
    /** Means named in plain words: heights, drugs, tools. The two lists below add to it what each needs. */
    private static final String MEANS_CORE = "roofs?|rooftop|building|bridge|floor|storey|story|balcony|cliffs?|height|"
            + "falls?(?! asleep| apart| behind| ill| in love| for| over| out| off (?:the wagon|a bike|my bike))|"
            + "jump\\w*|viaduct|pills?|painkillers?|antidepressants?|co-?codamol|codeine|tramadol|tablets?|"
            + "capsules|meds|medications?|prescriptions?|dose|paracetamol|rope|noose|"
            + "gun|knife|blade|razor|vein|wrists?|train|tracks|gas|charcoal|weedkiller|paraquat|pesticides?|"
            + "insecticides?|rat poison|poison|cyanide|arteries|artery|anti ?depressants?|sodium nitrite|nitrite|"
            + "captive bolt|stories|storeys|floors";
    /** Drugs by name or by the ending of a class's names: a dose or a count of them is a means. */
    private static final String DRUGS = "acetaminophen|tylenol|paracet\\w*|co-?codamol|painkillers?|antidepressants?|"
            + "ibuprofen|aspirin|laxatives?|sertr?aline|fluoxetine|citalopram|codeine|tramadol|morphine|opioids?|"
            + "opiates?|"
            + "naproxen|diphenhydramine|benadryl|nyquil|xanax|valium|klonopin|ambien|zolpidem|gabapentin|pregabalin|"
            + "trazodone|bupropion|seroquel|prozac|zoloft|lexapro|"
            + "escitalopram|venlafaxine|effexor|benzos?|melatonin|advil|nurofen|aleve|motrin|\\w+(?:zepam|azepam|"
            + "pine|xetine|triptyline|codone|morphone|"
            + "barbital|zolam|olol)|phenobarb\\w*|insulin|lithium|warfarin|digoxin|methadone|fentanyl|heroin|"
            + "zopiclone|zimovane|mirtazapine|quetiapine|amitriptyline|propranolol|methotrexate|diazepam|"
            + "promethazine|"
            + "sleeping (?:pills|tablets)|(?:bp|blood pressure) (?:pills|tablets|meds)";
    /**
     * A means or a way named: what lifts ideation to method thinking (C-SSRS 3). The head sometimes reads a method into
     * bare ideation ("want to die"); without one of these, or a near time, in the author's sentences, its level 3 is
     * read as 2. Broad on purpose (a car, a bus, "the way"): a word too many only keeps the head's reading.
     */
    static final GatedPattern METHOD_WORDS = GatedPattern.compile(
            "\\b(" + MEANS_CORE + "|overdos\\w*|od|sleeping|ledge|window|"
            + "hang\\w*|belt|shoot|cut\\w*|traffic|car|lorry|truck|(?<!\\bon (?:the|a|my) (?:\\S{1,12} )?)bus|"
            + "drown\\w*(?! (?:our|my|your|their|his|her) sorrows)|carbon|poison\\w*|bleed\\w*|method|"
            + "methods|how i'?d|how to|way to|ways to|do it|(?<!\\bno )"
            // a plan of care is no plan to die ("write a safety plan after my bad week")
            + "(?<!\\bsafety |\\bcrisis |\\bcare |\\btreatment )plan(?:s|ned|ning)?|lethal|quarry|bottles?|"
            + "stockpil\\w*|"
            + "sav(?:e|ed|ing) up|hoard\\w*|driv(?:e|ing) (?:into|off|over|at)|crash\\w*|"
            // a road travelled is no way to die ("on the way back", "by the way")
            + "(?<!\\b(?:on|by|along|all) )the way(?! (?:back|home|there|here)\\b)|a way)\\b");
    /** Preparation (C-SSRS 6): means gathered, notes written, affairs put in order. */
    static final GatedPattern PREPARATION = GatedPattern.compile(
            "\\b((?:written|wrote|writing|left) (?:the |my |a |some )?(?:notes?|letters? (?:to|for))|"
                    + "(?:wrote|written|writing|left) (?:all )?(?:of )?my passwords|"
                    + "(?:got|bought|have|fitted|taped) (?:the |a )?hose(?:pipe)?(?: and (?:the |"
                    + "some )?(?:duct )?tape)?(?: (?:out|to|on|onto)\\b)|"
                    + "(?:brought|packed|have|got) (?:\\S+ ){0,4}?all (?:of )?my (?:pills|tablets|meds|medication)|"
                    + "stopped taking (?:my |the )?(?:\\S+ )?(?:meds|medication|tablets|pills)\\b.{0,40}\\b(?:keep|"
                    + "keeping|kept|sav\\w+|"
                    + "stor\\w+|stash\\w*|hid\\w*|jar|drawer)|(?:holding|keeping|putting|setting|kept|held|put|set) "
                    + "(?:back|aside) (?:(?:some|a few|a couple|one|two|three|half) of )?(?:my |the )?(?:prescriptions?|"
                    + "meds|medication|"
                    + "pills|tablets|morphine|oxycodone|oramorph|methadone|insulin)|stopped taking my (?:meds|medication|tablets|pills) (?:so|to) (?:i can )?(?:save|"
                    + "keep|store)|"
                    + "(?:pills|tablets|meds) (?:\\S+ ){0,3}?(?:been )?(?:saving|saved|stockpiling|hoarding|"
                    + "collecting|putting by|put by|squirrell?ing away|squirrell?ed away)|"
                    + "(?:got|have|'ve got) (?:my|the|a) stash (?:ready|sorted|together)|"
                    // kept for the day ("keeping my sleeping pills for when i finally do it")
                    + "(?:keeping|kept|saving|saved|hiding|hid|stashing|stashed|holding onto) (?:\\S+ ){0,3}?(?:pills|"
                    + "tablets|meds|medication) (?:for when|for the day|for the right time|until i'?m ready)\\b|"
                    + "(?:stockpil\\w*|hoard\\w*|stash\\w*) (?:\\S+ ){0,2}?(?:pills|tablets|meds|medication|"
                    + "prescriptions?|sleeping pills|zopiclone|zolpidem|\\w+(?:pam|pine|done|clone))|"
                    + "(?:updated|made|wrote|written|changed|redone|redid) my will|will'?s (?:been )?(?:updated|done|"
                    + "sorted|written)|(?:got|have|put) everything (?:together|ready)|(?:rope|noose|pills|tablets|gun|"
                    + "hose(?:pipe)?)(?:'s| is| are) "
                    + "in (?:the|my) (?:boot|car|bag|pocket|coat)|(?:rope|noose) (?:is )?(?:tied|ready|up)|tied the "
                    + "(?:rope|noose)|saves? up (?:her |his |my )?(?:pills|tablets)|put (?:the house|my affairs|"
                    + "everything|things) in order|(?:notes?|letters?) (?:is|are|'s) (?:written|done|finished|ready)|"
                    // a note kept for later ("i wrote a note a few weeks ago ... it's just there in case")
                    + "(?:it'?s|its|the note'?s|the note is) (?:just )?(?:there|in (?:my|"
                    + "the) \\S+) (?:just )?in case\\b|"
                    // medicine kept back, not collected: "saving my night meds", "stockpiling my prescriptions"
                    + "(?:saving|saved|stockpil\\w*|hoard\\w*) (?:up )?(?:my |all my |the )?(?:\\S+ )?(?:meds|"
                    + "medication|" + DRUGS + ")|(?:stockpil\\w*|hoard\\w*) (?:up )?(?:my |all my |the )?"
                    + "prescriptions?|"
                    // set aside again and again ("putting a few tablets aside every week", "kept back half my
                    // prescription each month since the summer"), not put away once
                    + "(?:(?:put|putting|set|setting|kept|keeping|keep|laid|laying) (?:\\S+ ){0,4}?(?:pills|tablets|"
                    + "meds|medication|prescription|doses?|" + DRUGS + ")(?: \\S+){0,2}? aside|(?:kept|keeping|keep|"
                    + "held|holding|put|putting|set|setting) (?:back|aside) (?:\\S+ ){0,4}?(?:pills|tablets|meds|"
                    + "medication|prescription|doses?|" + DRUGS + "))(?=.*\\b(?:every|each|since|for (?:weeks|"
                    + "months)|a (?:few|couple) at a time))|"
                    + "(?:counted|counting|saved|saving|stockpil\\w*|hoarded|hoarding) "
                    + "(?:out )?(?:\\S+ ){0,2}?(?:pills|tablets|rope|blades?|a gun|the gun|charcoal)|"
                    // bought or fetched: pills and tablets are everyday errands ("collected my tablets from the
                    // chemist"); only in bulk or all at once are they means gathered (ACQUIRING, "all my pills")
                    + "(?:collected|bought|buying|got) (?:out )?(?:\\S+ ){0,2}?(?:rope|blades?|a gun|the gun|"
                    + "charcoal)|(?:got|have|bought) (?:the |all the |enough |my )?(?:pills|tablets|meds) (?:\\S+ )?"
                    + "(?:lined up|sorted|ready|counted|together|laid out)|"
                    + "(?:pills|tablets|meds) (?:are )?(?:counted|in my (?!(?:\\S+ )?(?:cupboard|cabinet|drawer|"
                    + "kitchen|bathroom))|on my)|(?:wrote|written|writing|left) (?:a |the |my )?"
                    + "(?:note|letter) explaining (?:everything|why|it all)|(?:sorted|sorting) (?:out )?my (?:will|"
                    + "affairs)|paid off my debts|found a (?:new )?home for|giving (?:my \\S+ )?away|gave away my|"
                    + "booked a (?:hotel|room)|everything(?: is|'s)? (?:sorted|in order|ready)|"
                    + "i'?ve got everything i need|"
                    // the means ready, however vaguely named: "everything I need is on my desk", "got what I need"
                    + "everything i need (?:is|'s)|(?:have|got|bought) (?:everything|all|what) i need|"
                    + "(?:taking|take|swallow) everything in)\\b");
    /** Means bought or kept for an everyday use: "a new rope for climbing" is no preparation. */
    static final GatedPattern ORDINARY_USE = GatedPattern.compile(
            "\\b(climb\\w*|boulder\\w*|camping|sailing|boat|tent|swing|hammock|washing line|tow(?:ing|ed|rope)?|gym|"
                    + "deadlift\\w*|squats?|brace|lifting belt|"
                    + "high board|diving board|springboard|trampolin\\w*|(?:at|in|into) the (?:swimming )?pool|"
                    + "garden\\w*|shaving|crafts?|prescribed|for my (?:dog|cat|pet)|bungee|skydiv\\w*|abseil\\w*|"
                    + "base jump\\w*|"
                    + "cliff div\\w*|paraglid\\w*|zip ?lin\\w*|julienne|knife skills|cookery|cooking class|chopping|"
                    + "dicing|rope ladders?|tree ?house|skipping rope|jump rope|"
                    // a run to the dump ("Rope's in the boot. Tip run.")
                    + "(?:tip|dump) run|(?:to|at) the (?:tip|dump)|recycling (?:centre|center)|"
                    + "slic\\w* (?:\\S+ ){0,2}?"
                    + "(?:tomato\\w*|bread|onions?|veg\\w*|meat|cheese|fruit|carrots?|potato\\w*))\\b");
    /**
     * Absent, or late, for the start of something in the diary ("if the train's late I won't be here for the start of
     * the meeting"), not from a season or a year: explains a post only where it is all the post says of risk.
     */
    static final GatedPattern ORDINARY_ABSENCE = GatedPattern.compile("\\b" + WILL_NOT
            + " (?:be (?:here|there|in|back)|make it) (?:for|at|by|in time for) (?:the )?(?:start|"
            + "beginning|first (?:bit|half|hour|part)) of (?:the |my |our |this |today'?s |tomorrow'?s |tonight'?s )?"
            + "(?:meeting|class|lecture|seminar|shift|practice|training|rehearsal|match|game|briefing|call|session|"
            + "appointment|film|movie|show|gig|lesson|tutorial|workshop|presentation)\\b");
    /** A train, a bus or a flight late ("train's delayed outside Leeds"): transport, not a means. */
    static final GatedPattern TRANSPORT_LATE = GatedPattern.compile("\\b(?:train|bus|tube|flight|plane|ferry|tram)"
            + "(?:'s| is| was| has been| got)? (?:\\S+ )?(?:late|delayed|cancelled|stuck|held up)\\b");
    /** Not being somewhere ("won't be here after friday", "might not make it"), for whatever reason. */
    static final GatedPattern ABSENCE = GatedPattern.compile("\\b" + WILL_NOT
            + " (?:be (?:here|there|around|in|back|on here|on(?= (?:after|again|anymore|any more)))|make it)\\b");
    /**
     * An everyday reason to be away beside an absence ("won't be here tomorrow, day off"; "moving back to my
     * parents'"), not time off from life; it explains the absence only, never ideation said without it.
     */
    static final GatedPattern ABSENCE_REASON = GatedPattern.compile("\\b(?:(?:a |the )?(?:days?|weeks?|fortnight|"
            + "time|night) off\\b(?! (?:from |of )?(?:life|everything|it all|this world|existence|earth|being alive))|"
            + "annual leave|on leave|(?:night|day|early|late|double) shifts?|moving (?:back|home|out|in)|(?:home|away) "
            + "for (?:christmas|easter|eid|diwali|the (?:holidays|weekend|summer|week))|half term|on holiday|"
            // work out of range ("heading up to a station for mustering season, no reception till June")
            + "no (?:reception|signal|phone signal|coverage|wifi|internet)|mustering|harvest|deployment|"
            + "rotation|offshore)\\b");
    /** The writer moving on to another topic at the start of a sentence ("Anyway, ...", "In other news"). */
    static final GatedPattern MOVING_ON = GatedPattern.compile("^(?:anyway|anyways|anyhow|in other news|on "
            + "(?:another|a (?:different|lighter|happier|brighter)) note|unrelated(?: but)?|changing the subject|"
            + "totally different topic|but enough about (?:me|that))\\b");
    /** Something in the diary ("raid night", "labs on Wednesday", "the match"): a day beside it is its day. */
    static final GatedPattern DIARY = GatedPattern.compile("\\b(?:(?:raid|quiz|game|games|movie|film|date|pub|poker|"
            + "band|karaoke) night|book club|labs?|class(?:es)?|lectures?|seminars?|practice|training|rehearsal|match|"
            + "meeting|shift|party|dinner|lunch|brunch|exams?|appointment)\\b");
    /** Leaving for an ordinary reason: a goodbye with it is not a farewell. */
    static final GatedPattern ORDINARY_LEAVING = GatedPattern.compile(
            "\\b(mov(?:ing|ed) (?:over )?(?:to|abroad|house|away)|quit(?:ting)? (?:the|this) (?:server|group|forum|sub|"
                    + "discord|chat)|new (?:discord|server|group|sub|forum|chat)|new job|"
                    + "leaving (?:this|the) (?:group|sub|server|forum)|"
                    + "deleting (?:my|this) account|focus on (?:uni|school|work|exams|my studies)|"
                    + "(?:will|i'?ll) (?:be back|pop back|check in)|see (?:you|ya)(?: all)? (?:in|next|soon|later|"
                    + "after|when)|"
                    + "taking a break|exams?|deleting (?:the|this|my) (?:app|account)|digital detox|social media break|"
                    + "handed in my notice|upgrad\\w*|(?:fly|flying|moving|emigrating|relocating) (?:out )?to|"
                    + "stepping down|"
                    + "take a break from|"
                    + "step(?:ping)? back from|(?:i'?ll|i will) still be (?:around|here)|handing over|"
                    + "going on holiday|going travelling|back in (?:a|the|two|few)|new landlord|landlord\\b(?:'s)? "
                    + "(?:\\S+ ){0,3}?(?:pets|cats|dogs|allow\\w*|selling|sold|evict\\w*|notice)|allerg\\w*|no pets|"
                    + "(?:doesn'?t|don'?t|won'?t) allow (?:pets|cats|dogs)|new baby|retir\\w*|last (?:shift|day) (?:at|"
                    + "of|on)|starting at (?:the |a )?\\S+ (?:\\S+ )?(?:on|next|from|in)\\b|"
                    + "trek|no signal|off ?line for|travel\\w*|grad job|(?:start|starting) (?:my |a )?(?:new |grad |"
                    + "graduate |first )?(?:job|course|degree|placement|apprenticeship)|"
                    + "won'?t have (?:much )?time for|"
                    // an operation ahead ("getting my affairs in order before my op")
                    + "(?:before|ahead of) (?:my|the) (?:op|operation|surgery|procedure)|while i'?m in (?:hospital|"
                    + "surgery)|"
                    // going in for treatment ("Im going to the mental hospital. Please wish me farewell")
                    + "(?:i'?m|im|i am) (?:\\S+ )?(?:going|being admitted|checking (?:myself )?in)(?: in)? ?(?:in)?to "
                    + "(?:the |a )?(?:mental |psych\\w* )?(?:hospital|ward|rehab|clinic|unit|detox))\\b");
    /**
     * A cut or burn told as an accident of an everyday task ("sliced my thumb open chopping veg", "burnt my hand on
     * the oven"), or of something broken ("dropped a glass washing up and cut my finger"): an injury, not
     * self-injury.
     */
    static final GatedPattern ACCIDENT = GatedPattern.compile(
            "\\b(?:sliced|cut|nicked|chopped|burn(?:ed|t)|scald(?:ed)?|"
            + "caught) (?:the (?:tip|end) of )?my (?:thumb|finger|fingers|hand|palm|knuckle|arm|leg|foot)\\b"
            + "[^.?!]{0,40}?\\b(?:chopping|cutting|slicing|peeling|grating|cooking|opening|making|gardening|shaving|"
            + "on (?:the|a) (?:mandoline|grater|knife|tin|can|oven|pan|tray|iron|stove|hob|kettle))\\b|"
            + "\\b(?:dropped|smashed|broke|knocked over) (?:a|the|my|an old) (?:glass|plate|mug|bowl|bottle|jar|vase|"
            + "cup|mirror)\\b[^.?!]{0,60}?\\b(?:cut|sliced|nicked) my (?:thumb|finger|fingers|hand|palm|foot|toe)\\b");
    /** A streak counted from a day of the last week ("clean since Sunday"): the last act was days ago. */
    static final GatedPattern STREAK_SINCE_DAYS = GatedPattern.compile(
            "\\bsince (?:last )?(?:monday|tuesday|wednesday|thursday|"
            + "friday|saturday|sunday|yesterday|last night|the weekend)\\b");
    /** Severity denied ("not deep", "wasn't that bad"): left out before {@link #SEVERITY} is read. */
    static final GatedPattern NOT_SEVERE = GatedPattern.compile(
            "\\b(?:not|isn'?t|wasn'?t|aren'?t|weren'?t|never|no) (?:too |that |very |so |really )?(?:deep|bad|"
            + "much blood)\\b|\\bnothing (?:that )?(?:needs?|would need|needing) (?:stitches|a&e|hospital|a doctor)\\b|"
            + "\\b(?:doesn'?t|don'?t|won'?t|didn'?t) need (?:any )?(?:stitches|a&e|hospital)\\b|"
            // what was too much is the urge or the day, not the wound ("urges were too much, gave in")
            + "\\b(?:urges?|it all|everything|things|this|life|work|feelings?|emotions?) (?:was|were|is|are|got|get|"
            + "became) (?:just |all )?too much\\b");
    /** Tools of cutting: dwelling on one is an urge to self-harm unless the author's words are of suicide. */
    static final GatedPattern CUTTING_TOOL = GatedPattern.compile(
            "\\b(knife|knives|blades?|razors?|scissors|sharpener)\\b");
    static final GatedPattern SEVERITY = GatedPattern.compile(
            "\\b(too (?:much|deep|far)|way too|deeper|gaping|can see (?:\\S+ ){0,2}?(?:stuff|fat|bone|tissue|something|"
                    + "inside|white|yellow\\w*|the)|spinning|"
                    + "feel (?:sick|faint|weak)|won'?t stop(?! (?:crying|talking|texting|asking|calling|checking))|"
                    + "can'?t stop (?:the )?bleeding|lots? of blood|"
                    + "so much blood|blood everywhere|bleeding (?:a lot|loads|heavily|badly)|soaked|stitches|"
                    + "needs? stitches|hospital|a&e|er\\b|deep|"
                    + "pass(?:ed|ing)? out|dizzy|lightheaded|light headed|fainted|spurting|soaking|pouring|"
                    + "gushing)\\b");
    static final GatedPattern FAREWELL = GatedPattern.compile(
            // not a goodbye to a thing sold, nor one a reader hears in someone's post ("this sounds like a goodbye")
            "\\b((?<!sounds like a |looks like a |reads like a |is this a |like a )(?:goodbye|good bye|farewell)"
                    + "(?! (?:post|message|party|card|gift|hug|drinks|lunch|dinner|do)\\b)(?! to (?:it|her|him)\\b(?! "
                    + "all)| to (?:the|my|our) (?:old )?(?:car|van|ute|truck|house|flat|bike|mondeo|\\w+ car)\\b)|"
                    // "today will be my last day", not a last day at work or of term
                    + "(?:today|tonight|tomorrow) (?:will be|'ll be|is going to be) (?:my|the) (?:very )?last "
                    + "(?:day|night)\\b(?! (?:of|at|in|before|off|on|for|with|as|here)\\b)|"
                    + "my (?:very )?last (?:day|night) on (?:this )?(?:earth|planet)|"
                    + "whoever reads this|see (?:ya|you|u) on the other side|(?:update|tell|"
                    + "let) (?:\\S+ ){0,3}?if i'?m "
                    + "still (?:alive|here|around) (?:tomorrow|in the morning|by morning)|(?:be|is) the one (?:to|"
                    + "who) finds? me|(?:don'?t|"
                    + "do not) let (?:\\S+ ){1,3}?find me|"
                    + "finds? my body|^sorry,? (?:mum|mom|dad|mam|everyone|all)[.!]*$|"
                    + "(?:please )?don'?t be (?:too )?sad "
                    + "(?:for too long|about me|when)|(?:won'?t|will not) be (?:at|in|on) (?:\\S+ ){0,5}?(?:or any|"
                    + "ever again|or after|"
                    + "any ?more)|this is (?:my )?(?:the )?last (?:post|message|time)|final (?:post|message)|"
                    + "thank(?:s| you) for everything|(?:don'?t|do not) plan on being (?:here|around|alive)|"
                    + "(?:won'?t|not going to|not gonna) be (?:here|around) (?:anymore|much longer|"
                    + "for (?:much )?longer|for long|tomorrow)|"
                    // gone by a near time ("won't be here after tonight", "won't be around by friday")
                    + "(?:won'?t|wont|will not|not going to|not gonna) be (?:here|around|alive) (?:at all )?(?:after|"
                    + "past|by|beyond) (?:tonight|tomorrow|the morning|morning|the weekend|this weekend|"
                    + "(?:this |next )?(?:" + WEEKDAYS + "))\\b|"
                    + "by the time (?:you|anyone) read|"
                    + "(?:^|please |promise (?:me )?(?:you'?ll |to )|(?:you|u)(?:'ll| will) )"
                    + "(?:take care of|look after) my "
                    + "(?!(?:own|self)\\b)(?![^.?!]*\\b(?:this|next) (?:weekend|week)\\b)(?![^.?!]*\\b(?:when|while) "
                    + "i'?m (?:away|at|on|in)\\b)|giving away my|gave away my|"
                    + "(?:i'?m|i am) (?:so |really )?sorry (?:to (?:them|you all|everyone|all of you|you guys|"
                    + "my \\w+) )?"
                    + "for everything|tell (?:my|them) i love|see you on the other side|"
                    // "Tell the kids their dad loved them"; "You won't have to deal with me after this weekend"
                    + "tell (?:the kids|the boys|the girls|my (?:kids|boys|girls|family|wife|husband|mum|mom|dad)|"
                    + "them) "
                    + "(?:their (?:dad|mum|mom|father|mother) |that i |i )loved (?:them|you)|(?:won'?t|will not|"
                    + "never) (?:have to|need to) (?:deal with|put up with|worry about|see|hear from) me (?:again|"
                    + "anymore|any more|after)\\b|"
                    + "this is goodbye|not be here tomorrow|"
                    + "(?:wrote|written|left) (?:a |my |"
                    + "some )?(?:\\S+ )?(?:notes?|letters?) (?:for|to) "
                    + "(?:my|everyone|them|her|him)|(?:written|"
                    + "wrote) (?:letters? )?to (?:each of |both (?:of )?)?(?:my|the) (?:grandchildren|children|"
                    + "kids|family|sons?|daughters?|parents)|there'?s a (?:letter|note) (?:for you )?(?:on|in|"
                    + "under) my "
                    + "(?:bed|desk|pillow|table)|said (?:bye|goodbye) to everyone|if anyone wonders where i (?:went|am|"
                    + "'ve gone)|(?:just )?know it wasn'?t (?:your|anyone'?s) fault|(?:i'?m|i am) at peace now|"
                    + "(?:sorted|decided|worked) out who(?:'s| is) (?:having|getting|taking) \\S+|"
                    + "(?:sorted|decided|worked) out who (?:gets|takes|will have) (?:the|my) (?:dog|cat|pets?|kids|"
                    + "things)|"
                    + "(?:won'?t|will not) be able to (?:have|keep|care for) (?:him|her|them)|(?:all )?my (?:logins|"
                    + "passwords) (?:are )?in (?:the|an) envelope|logged out of everything|(?:you|you lot|you all|"
                    + "you guys) "
                    + "(?:were|are|have been) the best part of|none of it was (?:your|her|his|their|anyone'?s) fault|"
                    + "(?:it'?s|its) been real\\b|(?:won'?t|will not) need (?:them|it|these|any of it)(?: any ?more| "
                    + "anyway)?(?=\\s*(?:[.!]|$))|don'?t fancy seeing (?:monday|tomorrow|another|next)|"
                    + "legacy contact|last (?:chapter|post|thing|poem) i(?:'m| am)? (?:going to|gonna|will) (?:write|"
                    + "post)|paid (?:off )?(?:the |my |all (?:of )?(?:the |my )?)?last (?:of (?:the|my) )?bills|"
                    + "won'?t be needing (?:the |my )?(?:\\S+ )?(?:any ?more|again)|won'?t be needing (?:them|it|"
                    + "these)(?=\\s*(?:[.!]|$))|taking (?:the|my) (?:cat|dog|pet|"
                    + "puppy|kitten)|"
                    + "gave (?:away )?my (?:guitar|ps\\d|console|xbox|switch|bike|car|jewell?ery|rings?|watch|camera|"
                    + "laptop|records|collection|clothes) to|at peace with (?:it|my decision|this)|"
                    + "last post\\b(?!ed)|"
                    + "before i go\\b(?! (?:in|into|to|out|home|back|on|off|up|down|over|for|and|there|away|"
                    + "outside|inside|round|around|shopping|get|see|buy|visit|pick|grab|work|school|class|bed|sleep)"
                    + "\\b)|"
                    + "bye (?:guys|everyone|all)|if anyone finds this|"
                    + "(?:putting|put) up with me|(?:take care|look after) (?:of )?each other|(?:signing|logging) off "
                    + "(?:for good|now|forever)|don'?t look for me|sorry (?:to everyone|for everything|to anyone) "
                    + "(?:i (?:let down|hurt|put)|you)?|(?:if you'?re|if anyone) read(?:s|ing)? this|my passwords are|"
                    + "(?:be|is) (?:all )?quiet soon|(?:delet(?:ed|ing)) all my accounts|been a good run|"
                    // a life summed up in its years ("Forty years was a good run")
                    + "\\b(?:\\d+|\\w+ty(?:[- ]\\w+)?) years (?:was|were|has been|have been|'s been) a good (?:run|"
                    + "innings)|"
                    + "forgive me for everything(?=\\s*(?:[.!,]|$)| i (?:did|have done|'ve done) wrong\\b)|"
                    + "made my peace|affairs are in order|(?:shall|will) not be contacting|"
                    + "(?:won'?t|will not) be (?:anyone )?(?:here|around) to|need (?:her|him|them) rehomed|"
                    + "(?:won'?t|will not) be able to look after (?:her|him|them)|always going to be (?:his|hers|"
                    + "yours)|wasn'?t anyone'?s fault|"
                    + "(?:won'?t|will not) need (?:them|it|these|the rest|any of (?:it|this|them)) (?:anyway|anymore|"
                    + "any more|"
                    // not where the writer goes next, told at once ("where I'm going (the women's section at M&S)")
                    + "where i'?m (?:going|headed)(?!\\s*[(:\u2013\u2014-])|after (?:this|tonight|tomorrow|"
                    + "the weekend|"
                    + "(?:this |next )?(?:"
                    + WEEKDAYS + "))\\b)|where i'?m (?:going|"
                    + "headed),? i (?:won'?t|will not) need|"
                    // possessions given away and a pet rehomed (docs/triage.md, veiled farewells)
                    + "(?:giv(?:en|ing)|gave) (?:away )?(?:most of |all of |some of |half of )?my (?:things|stuff|"
                    + "belongings|possessions|clothes|books|games|plants)|(?:take|adopt|have|rehome) my (?:cats?|dogs?|"
                    + "pets?|puppy|kitten|rabbit|hamster|bird|birds|fish)\\b(?! (?:\\w+ )?(?:put to sleep|put down|"
                    + "euthani[sz]ed|neutered|spayed|(?:micro)?chipped|vaccinated|groomed|seen to|checked|looked at)"
                    + "\\b)|(?:new|good) home for my (?:cat|dog|pet|puppy|"
                    + "kitten|rabbit|hamster)|"
                    // a note for whoever finds it, absolving; an absence announced; affairs tied up
                    + "(?:if|when) (?:you|anyone|someone) finds? this|whoever finds (?:this|it|me)\\b|"
                    + "(?:been|it'?s been|was) (?:good|nice|great|a pleasure|an honou?r) knowing (?:you|yous|youse|ya|"
                    + "y'?all|you all|you lot|everyone)\\b|it (?:wasn'?t|was not|isn'?t|"
                    + "is not) (?:your|her|his|their|anyone'?s) fault(?=\\s*(?:[.,;!]|$))|"
                    + "(?:you|anyone) (?:will not|won'?t|wont) (?:hear from|see) me (?:any ?more|again)|"
                    + "(?:will not|won'?t|wont) be (?:online|on here|posting|around) (?:any ?more|more|again|after)|"
                    + "not be online (?:any ?)?more|tying (?:things|everything|loose ends|it all) up|"
                    + "tying up (?:loose ends|everything|my affairs)|(?:passwords?|logins?|pins?) (?:are|is) "
                    + "(?:on|in|under|written)|won'?t (?:be needing|need) (?:much of )?anything (?:any ?more|again|"
                    + "after))");
    /**
     * One act of settling affairs, each ordinary on its own: a debt paid off, a borrowed thing returned, a possession
     * or a pet handed on, thanks for the years, a goodbye put as care. Several in one post are a veiled farewell
     * (docs/triage.md), counted by {@code SafetyAnalyzer}.
     */
    private static final String PET_HANDED_ON_RE = "\\bsorted (?:out )?(?:the |my )?(?:dog|cat|pet|puppy|kitten|"
            + "rabbit|birds?|fish) with (?:my|his|her|a|the|our) \\S+";
    /** A pet handed on to someone ("sorted the dog with my sister"): an affair settled, not a pet's dose asked. */
    static final GatedPattern PET_HANDED_ON = GatedPattern.compile(PET_HANDED_ON_RE);
    static final GatedPattern SETTLING = GatedPattern.compile(
            "\\b(paid (?:off |up )?(?:the |my )?(?:last (?:of (?:the |my )?)?)?(?:\\S+ )?(?:credit card|bills?|debts?|"
                    + "rent|loan|tab|overdraft)|paid (?:the |my )?\\S+ (?:\\S+ )?up to date|"
                    + "(?:took|gave|brought|returned|sent) (?:the |my |his |her |their )?\\S+ (?:\\S+ )?back to|"
                    + "(?:gave|given|giving) (?:it|them|(?:the |my )(?:\\S+ )?\\S+) to|"
                    + "(?:left|dropped|taken|took) (?:off )?(?:the |"
                    + "my )?"
                    + "(?:dog|cat|pet|puppy|kitten)'?s? (?:\\S+ ){0,5}?(?:with|at|to)|should keep (?:her|him|them|it)|"
                    + "(?:left|with) (?:a |the )?note (?:about|for)|spare key(?:'s| is)? (?:under|with|to|in)|"
                    + "(?:the )?(?:fish|cats?|dogs?|plants?|rabbits?) needs? (?:feeding|watering|walking)|"
                    + "i love you all|(?:put|got|getting|sorted|sorting) (?:all )?(?:of )?my affairs (?:in order|"
                    + "sorted)|"
                    + "passwords? (?:are |is )?(?:in|on) (?:the|my|a) (?:\\S+ )?(?:notebook|drawer|envelope|folder|"
                    + "desk|note)\\b|vet (?:card|records|details)(?:'s| is| are)? (?:on|in) the\\b|"
                    + "tell \\S+ (?:\\S+ )?(?:he|she|they) tried (?:his|her|their) best|(?:the|my) \\S+ is for (?:my|"
                    + "her|him)\\b|(?:wrote|written|writing|left|put) (?:out |down )?(?:all )?(?:the |my )?"
                    + "(?:\\S+ ){0,3}?passwords|(?:the |my )?will(?:'s| is| has been) (?:updated|done|sorted|signed|"
                    + "written)|"
                    + "(?:papers|documents|bills|insurance|deeds|bank details|account details|policies|pension "
                    + "details)\\b(?: \\S+){0,5} in (?:one|a|the) (?:\\S+ )?(?:folder|envelope|box)|"
                    // the same acts as a to-do list writes them ("- write letters to J and mum", "- cancel gym",
                    // "- give Luna + her bowls to Priya"), and who is to have what ("sorted who gets my bike")
                    + "^(?:[-*\u2022] ?)?(?:write|post) (?:the |my )?(?:letters?|notes?) (?:to|for)\\b|"
                    + "(?:give|gave|giving) (?:\\S+ ){1,3}?(?:and|\\+|&) (?:her|his|their|the) (?:bowls?|lead|bed|cage|"
                    + "toys|food|basket|hutch|tank) to\\b|(?:sorted|decided|worked out|arranged) who (?:gets|"
                    + "takes|will have|is having|'s having|is getting) my \\S+|"
                    + "told (?:her|him|them) where (?:the )?(?:spare key|passwords?|will|papers|documents|insurance)|"
                    // a debt repaid, a will made, plants or pets asked after, rooms and books given back, thanks and
                    // love said: each one act of settling
                    + "paid \\S+ back|paid back \\S+|(?:updated|made|wrote|written|changed|sorted) (?:out )?(?:my|the) "
                    + "will\\b|"
                    // things handed on and accounts closed in everyday words ("told my brother he gets my guitar",
                    // "left all my tools to the apprentice", "sorted for next door to have the dog", "deleted
                    // instagram", "unfollowed everyone", "wrote my steam login down for kieran")
                    + "(?:he|she|they) (?:gets|get|can have|'ll get|will get|is having|'s having) my\\b|"
                    + "(?:left|give|gave|given|giving|leave) (?:my|all my|all of my) (?:\\S+ ){0,6}?to (?:my|the|a|his|"
                    + "her|"
                    + "(?!work|school|uni|college|the)[a-z]+\\b)|(?:he|she|they)(?:'ll| will) look after (?:her|him|"
                    + "them|it) "
                    + "(?:better than me|for me)|(?:pins?|pin numbers?|passwords?|logins?) (?:\\S+ ){0,6}?in (?:an|a|"
                    + "the) "
                    + "envelope|cancel(?:l?ed)? (?:the |my )?(?:gym|phone contract|contracts?|subscriptions?|"
                    + "direct debits?)\\b|spare key for\\b|"
                    // a pet's new home looked for or found, and a will, passwords and letters ticked off a list
                    + "(?:find|found|finding) (?:someone|somebody|a (?:new )?home) (?:to (?:take|have|adopt)|for) "
                    + "(?!(?:the|a|my) (?:kids?|children|shift|class|meeting|car|bins?|parcel)\\b)\\S+(?=[.,;!]|$)|"
                    + "\\S+'s new home\\s*[\u2713\u2714\u2611]|(?:^|[\\s:,])(?:(?:my |the )?will|letters?|"
                    + "passwords?(?: written down)?)\\s*[\u2713\u2714\u2611]|passwords? written down\\b|"
                    + "(?:sorted|arranged) (?:it )?(?:out )?(?:for )?(?:\\S+ ){1,3}?to (?:have|take|keep) (?:the|my) "
                    + "(?:dog|cat|pet|puppy|kitten|rabbit|birds?|fish)|"
                    + "(?:deleted|deactivated|closed) (?:my )?(?:instagram|facebook|tiktok|twitter|snapchat|socials|"
                    + "accounts?)\\b|unfollowed everyone|archived (?:all )?my (?:posts|photos)|"
                    + "(?:wrote|written|left|put) (?:down )?(?:my |the )?(?:\\S+ )?(?:logins?|pins?|"
                    + "passcodes?)(?: down)? "
                    + "(?:for|with)\\b|if anyone wants my \\S+|paid off (?:the |my )?(?:\\S+ )?accounts?\\b|"
                    + "(?:van|car|bike|truck|ute)(?:'s| is| has been) sold\\b|the \\S+ (?:are|is) yours\\b|"
                    + "asked \\S+ to (?:have|take|keep|look after|water|feed) (?:the |my )|"
                    + "(?:cat|dog|pet|puppy|kitten|rabbit)\\b[^.]{0,20}?(?:\\b(?:is|are|has)|'s) (?:going|gone) to "
                    + "(?:my|her|his|a|the|mrs|mr|ms|miss)\\b|"
                    + "won'?t (?:be )?need(?:ing)? any of (?:it|them|this|that)|had a good innings|"
                    + PET_HANDED_ON_RE + "|"
                    + "returned (?:all )?(?:the |my )?(?:\\S+ )?books|thank (?:her|him|them) for everything|"
                    + "say i love (?:her|him|them|you)\\b|"
                    + "thanks? (?:you )?(?:to )?"
                    + "(?:everyone|all of you) (?:here |on here )?who (?:tried|helped|listened)|one (?:more|last) time|"
                    + "thanks? (?:you )?for (?:all )?the (?:laughs|memories|good times|chats|years|raids|games)|"
                    + "over the years|"
                    + "(?:you|you lot|you all|you guys) (?:have been|were|are|'ve been) (?:always |really |honestly |"
                    + "truly )?(?:better|the best|good)|"
                    + "cancel(?:l?ed)? (?:the |my )?(?:gym|subscriptions?|phone contract|contracts?|spotify|netflix|"
                    + "room|"
                    + "lease|tenancy|accommodation|"
                    + "direct debits?|"
                    + "standing orders?|memberships?)|rehomed (?:the |my )?(?:\\S+ )?(?:cats?|dogs?|rabbits?|hamsters?|"
                    + "birds?|fish|pets?|puppy|kitten)|(?:wrote|written|left) (?:out |down )?(?:everything|"
                    + "all) (?:\\S+ ){0,3}?"
                    + "(?:needs?|need to know)|gave (?!it\\b|them\\b|up\\b|in\\b)\\S+ my |(?:you|he|she|"
                    + "they) can (?:have|keep) "
                    + "(?:my|the) |sorry for being (?:a |such a )?(?:rubbish|bad|terrible|crap|shit|awful|"
                    + "useless) (?:mate|"
                    + "friend|son|daughter|brother|sister|dad|mum|mom|partner|person)|(?:give|send) (?:\\S+ ){1,3}?"
                    + "(?:a (?:big )?(?:hug|squeeze|kiss|cuddle)|my love) from|(?:don'?t|do not) (?:ring|call|come|"
                    + "text)(?: \\S+)? (?:back |round |over )?tonight|"
                    + "been a good (?:friend|mate|pal)|that'?s (?:about )?it for me|(?:take care of|"
                    + "look after) yourselves|cleared (?:out )?(?:the |my )?(?:\\S+ )?(?:shed|loft|garage|flat|room|"
                    + "desk|locker)|"
                    + "sorted (?:out )?(?:the |my )?(?:shed|loft|garage|affairs|paperwork)(?: out)?|"
                    + "(?:moved|transferred|signed over|put) (?:all )?(?:of )?(?:my |the )?(?:savings|money|pension|"
                    + "isa|account) (?:over )?(?:to|into) (?:my|his|her|their|\\w+'s)\\b|"
                    + "(?:all|everything)(?:'s| is)? (?:tidy|in order|squared away|settled)(?: now)?(?=\\s*(?:[.!]|$)))");
    /**
     * An amount of medicine asked about: a count of pills or milligrams, a whole supply taken at once (whatever the
     * medicine is called), a limit on how many packs one may buy. Method seeking unless the author's post states a
     * benign purpose and says nothing of suicide or distress ("how many tablets of ibuprofen is safe for toothache?").
     */
    static final GatedPattern AMOUNT_ASKED = GatedPattern.compile(
            "\\b(?:how many (?:\\S+ ){0,3}(?:pills|tablets|mg|milligrams?|grams)\\b|"
                    + "if (?:you|u|i|someone|somebody|a person|one) (?:take|takes|took|swallow\\w*) (?:a |the )?"
                    + "(?:whole|entire|full) (?:month|week|fortnight|prescription|bottle|box|pack|packet)'?s?"
                    + "(?: (?:worth|supply))? of\\b[^.?!]*\\b(?:at once|in one go|all together)|"
                    + "limits? (?:on )?how many (?:packs|packets|boxes|tablets|pills) (?:you|u|i|one) can buy)");
    static final GatedPattern METHOD_SEEKING = GatedPattern.compile(
            "\\b(how (?:high|tall|far) (?:does|would|do|has|have) (?:\\S+ ){0,3}?(?:need to|have to|"
                    + "got to) be (?:\\S+ ){0,5}?(?:certain|sure|fatal|guaranteed|to work|enough)\\b|"
                    + "how (?:many|much) (?:\\S+ ){0,2}?(?:" + DRUGS + "|pills|tablets|meds) "
                    + "(?:\\S+ ){0,2}?(?:is|are|would be) (?:too much|too many|2 much)"
                    + "(?![^.?!]*\\bfor (?:a|my|the|his|her) (?:\\d+ ?(?:yo|year old|month old)|child|kid|toddler|"
                    + "baby|son|daughter|dog|cat|puppy))|"
                    // a fall asked about for its lethality, means bought without questions, the trains that do not stop
                    + "for a (?:fall|jump|drop) to be (?:\\S+ )?(?:fatal|lethal|deadly)|"
                    // "what height would a fall need to be from to be certain?"
                    + "what (?:height|drop) (?:would|does|do|should) (?:\\S+ ){0,4}?(?:need to|have to|got to) be "
                    + "(?:\\S+ ){0,3}?(?:certain|sure|fatal|lethal|guaranteed|to work|enough)\\b|"
                    + "(?:what|which) floor (?:\\S+ ){0,6}?(?:fatal|lethal|die|kill)|"
                    + "(?:sell|buy|get) (?:me )?(?:a |some )?(?:\\S+ )?(?:rope|helium|charcoal|pills) "
                    + "without (?:asking|questions|anyone asking|being asked)|"
                    + "(?:non-?stopping|fast|express) (?:\\S+ ){0,2}?(?:go|goes|come|comes|pass|passes) through|"
                    + "(?:dangerous|deadly|lethal|fatal|toxic) if "
                    + "(?:you|i|one|someone) (?:take|took|swallow\\w*) (?:too |so )?(?:many|a lot|lots|loads|a bunch)|"
                    // "od on" asked, not "she'll OD on them" (crisps)
                    + "lethal dose|fatal dose|(?:overdose|od) on\\b[^.!]*\\?|(?:can|could|would|will|do) (?:you|u|i|"
                    + "someone|one|people) (?:overdose|od) on|how (?:high|tall) (?:\\S+ ){0,4}(?:bridge|building|fall|"
                    + "jump|floor|storey|story)|"
                    + "painless(?:ly)?|(?:hurts?|painful) less|which (?:hurts|is) (?:less|least|quicker|quickest)|"
                    + "quickest way to|easiest way to (?:die|go|end)|does it hurt to (?:die|drown|hang)|"
                    + "is (?:drowning|hanging|bleeding out|suffocating|overdosing|an overdose) (?:\\S+ )?painful|"
                    + "how long (?:before|until) (?:the cold|the water|it|you) (?:gets?|got|would get|kills?|killed) "
                    + "(?:you|me|someone)|(?:what|which) height (?:\\S+ ){0,6}?(?:fatal|lethal|certain|sure|kill)|"
                    + "how long (?:does|would|will|did|do) (?:it|you|u|someone|a person|one) (?:actually |really |usually )?"
                    + "(?:take (?:to |for (?:you |someone |a person )?to )?)?(?:die|drown|bleed out|suffocate|pass out|"
                    + "lose consciousness|freeze to death)|where (?:can|could) i (?:buy|get) "
                    + "(?:a gun|rope|pills|a lot of)|where (?:to|can (?:i|you|u|one)|could i|do i) (?:buy|get|"
                    + "order) (?:\\S+ ){0,2}?(?:helium|a gun|rope|charcoal|pills)(?: \\S+)? (?:in bulk|without|that)|"
                    + "(?:searched|searching|googled|googling|looked up|researching) (?:for )?(?:suicide )?methods|"
                    + "(?:looking|looked|searching|searched|googling|googled) up (?:\\S+ )?(?:ways|how) (?:to|2) (?:die|"
                    + "kill myself|unalive myself|end (?:it|my life))|"
                    + "(?:roof|rooftop)(?: door)? (?:isn'?t|is not|wasn'?t|was not) locked|"
                    + "(?:looked up|researched|googled|searched(?: up| for)?|reading up on) (?:\\S+ ){0,5}?(?:the |a )?"
                    + "(?:viaduct|bridge|cliff|overpass|tallest|highest|quarry|rooftop|multistorey|train line|tracks|"
                    + "lethal|overdose)|(?:kill|die|end it) (?:without|with no) pain|"
                    + "deep (?:enough|do i need)|which (?:vein|artery)|(?:least|less) painful|roof access|"
                    // a method by name, a kit, the pain or the height asked about ("is 11 stories enough")
                    + "suicide (?:by|with|using) (?!the book|a thousand)\\w+|suicide kit|"
                    + "how painful (?:it )?(?:would|will|is|"
                    + "does) (?:it )?(?:be )?(?:to )?(?:die|\\w+ing)|(?:is|are|would|will) (?:\\d+|ten|twenty|thirty) "
                    + "(?:stories|storeys|floors|feet|ft|metres|meters|m) (?:high |up |tall )?enough\\b(?! (?:for|"
                    + "room|space|"
                    + "of|bedrooms?)\\b)|(?:exit|it) permanent(?:ly)?\\b.*\\?|(?:will|would|does|do|can|could) "
                    + "(?:\\d{3,}|\\d{1,3},\\d{3}) ?(?:mg |mgs |g |of |pills |"
                    + "tablets )(?:of )?(?:\\S+ )?(?:do anything|kill|be "
                    + "enough|work|do it|do the job)\\b(?![^.?!]*\\bfor (?:a|my|the|his|her)\\b)|"
                    + "(?:price|cost) of (?:\\S+ )?(?:cyanide|sodium nitrite|nitrite|nembutal|pentobarbital)|"
                    // a death staged as an accident for the insurance ("does the life policy still pay out if ... the
                    // coroner can't say for certain it was an accident?")
                    + "(?:life )?(?:policy|insurance|insurer|cover)\\b[^.?!]*\\b(?:pays? out|payout|pay out|"
                    + "cover)\\b[^.?!]*\\b(?:suicide|"
                    + "coroner|open verdict|(?:not|n'?t) (?:say|tell|prove|be sure|be certain)[^.?!]* (?:it was )?an "
                    + "accident|(?:looks?|looked) like (?:an? )?(?:\\S+ )?(?:accident|crash|rollover))|"
                    // "If it looked like a rollover ... would the insurer pay out"; "would a single-vehicle rollover
                    // ... get ruled an accident by the life insurer?"
                    + "if it (?:looked|look|looks) like (?:a|an) (?:rollover|crash|accident|fall|slip|drowning)\\b"
                    + "[^.?!]*\\b(?:insurer|insurance|policy|pay ?out|cover)\\b|(?:rollover|crash|accident|fall)\\b"
                    + "[^.?!]*\\b(?:ruled|classed|counted|deemed|"
                    + "recorded) (?:as )?an accident\\b[^.?!]*\\b(?:insur\\w*|"
                    + "policy|cover|pay ?out)|"
                    // the amount to kill a person of a weight, a level of the writer's own bloods that is fatal
                    + "how (?:much|many) (?:\\S+ ){0,6}?(?:would it take|does it take|is needed|"
                    + "would you need) to (?:drop|"
                    + "kill|finish|put down) (?:a|an|one) (?:\\S+ )?(?:fella|man|person|woman|bloke|guy|adult|human|"
                    + "lad)\\b|what (?:\\S+ ){0,3}?(?:level|dose|amount|reading|bmi) is (?:actually )?(?:fatal|lethal|"
                    + "deadly)\\b|"
                    + "(?:make|made|making) it look like an accident\\b[^.?!]*\\b"
                    + "(?:insurance|policy|pay ?out|family)|"
                    + "(?:cyanide|"
                    + "sodium nitrite|nitrite|nembutal|pentobarbital) (?:price|cost)|"
                    // "do not have the phone signs and the high fences": another safeguard may come first
                    + "(?:doesn'?t|don'?t|dont|do not|does not|without|no|lack) (?:have )?(?:the |"
                    + "any )?(?:(?:\\S+ ){1,3}(?:and|or) (?:the |any )?)?(?:new |anti.?climb |safety |"
                    + "suicide |tall |high |higher )?(?:fenc\\w*|barriers?|nets?|railings)|without a background check|"
                    + "order helium|what actually works|how long (?:does|would|will|"
                    + "do) (?:\\S+ ){0,3}?(?:carbon monoxide|"
                    + "exhaust|fumes|helium)(?: \\S+){0,4}? take|take like \\d+ of|"
                    // amounts and lethality, whatever the substance is called
                    + "how (?:many|much) (?:\\S+ ){0,3}?(?:would|does|will|could) (?:actually |really |definitely )?"
                    + "kill (?:someone|somebody|a person|a human|an adult|you|me)\\b|"
                    + "how many (?:\\S+ ){0,6}?(?:would|does|will|did) it take (?:to|2) (?:die|kill|overdose|end it|"
                    + "stop (?:your|my|a|the|someone'?s|their) heart|stop (?:your |my |someone'?s |their )?breathing|"
                    + "not wake up|never wake up|do (?:it|serious damage|damage))|do serious damage|"
                    + "(?:pills|tablets|meds|medication|capsules)\\b.*\\bif (?:you|i|someone) (?:take|took|"
                    + "swallow(?:ed)?) "
                    + "(?:a lot|too many|loads|all of (?:them|it)|them all|the whole)|if (?:you|i|someone) (?:take|"
                    + "took|"
                    + "swallow(?:ed)?) (?:a lot of|too many|loads of|all (?:of )?(?:my|the|your)|the whole (?:bottle|"
                    + "box|pack|packet) of) (?:\\S+ )?(?:pills|tablets|meds|medication|capsules))");
    /** Getting means quietly: with a means named in the sentence or the one before it, this is method seeking. */
    static final GatedPattern ACQUIRING = GatedPattern.compile(
            "\\b((?:buy|order|get|stock up on|pick up) (?:\\S+ ){0,7}?(?:without (?:a |any )?(?:prescription|"
            + "questions)|"
                    + "in bulk)|(?:don'?t|do not) want (?:a |the |any )?(?:pharmacists?|chemists?|doctors?) (?:asking|"
                    + "to ask|knowing)|without (?:anyone|the pharmacist|questions) asking|without questions|"
                    + "without (?:the \\S+ (?:\\S+ )?)?asking (?:loads of |lots of |any |too many )?questions)\\b|"
                    + "\\b(?:buy|get|find|order|get hold of)\\b.*\\b(?:banned|taken off (?:the )?shelves|withdrawn|"
                    + "discontinued|off the market|not sold any ?more)\\b|"
                    // a gun got round the checks ("do the pawn shops do background checks on handguns?", "a shotgun
                    // certificate without them writing to your GP")
                    + "\\bbackground checks? (?:on|for) (?:\\S+ )?(?:guns?|handguns?|firearms?|rifles?|shotguns?|"
                    + "pistols?)\\b|\\b(?:shotgun|firearms?|gun) (?:certificate|licen[cs]e)\\b.*\\bwithout (?:them |"
                    + "anyone |"
                    + "the police )?(?:writing to|contacting|telling|asking|checking with) (?:my|your|the) (?:gp|"
                    + "doctor)\\b");
    /**
     * Method seeking put as a plain question, in words no fixed phrase lists: a question that names a means (a height,
     * a drug, a tool) and asks about lethality or access ("is a fall from the fourth floor survivable?", "how many of
     * my sertraline would it take to not wake up"). The means may sit in the sentence before the question.
     */
    static final GatedPattern MEANS = GatedPattern.compile("\\b(" + MEANS_CORE + "|\\d*mgs?|" + DRUGS + "|"
            + "alcohol|knot|artery|carbon monoxide|exhaust|bleach|antifreeze|helium)\\b");
    /** What would kill a person, asked of a means: "to stop your breathing", "to kill someone", "to be fatal". */
    static final GatedPattern LETHAL_TO_A_PERSON = GatedPattern.compile("\\b(?:to|would|will|it'?d) (?:stop (?:your|"
            + "my|the|someone'?s|a person'?s|an adult'?s) (?:breathing|heart)|kill (?:you|me|myself|yourself|someone|a "
            + "person|an adult|a grown (?:man|woman|adult))|be (?:fatal|lethal|deadly)(?! (?:to|for) (?:a |my |the )?"
            + "(?:dogs?|cats?|pets?|puppy|kitten|rabbits?|birds?|horses?|fish)))\\b");
    static final GatedPattern LETHALITY = GatedPattern.compile(
            "\\b(surviv\\w*|fatal|lethal|deadly|dangerous|kill|die|death|painless|least painful|not wake up|pass out|"
                    + "paraly\\w*|brain damage|coma|do the job|be any good|"
                    + "fall asleep|go to sleep|peaceful|does it hurt|would i feel|(?:doesn'?t|does not|still) work|"
                    + "does it (?:still )?work|bleed out|lose (?:a lot of|enough|too much) blood|"
                    + "never wake up|(?:no|not|never) (?:go |gonna |going to |will )?wake (?:up )?again|enough (?:to|"
                    + "2)|"
                    + "make it permanent|tallest|highest|access|without anyone|"
                    + "would it take|does it take|"
                    + "take to|too many|too much|overdose|od|serious damage|instant|quick(?:est)?|(?:would|will|"
                    + "do) i need more|"
                    + "holds? (?:best|my weight|the weight)|strong enough|take (?:my|the) weight|don'?t ask why|"
                    + "permanent damage|(?:cause|do) (?:\\w+ )?damage|someone my size)\\b");
    /**
     * Firearms, asked about as a method only: not among {@link #MEANS}, where an everyday use named beside them (a
     * hunt, a farm, cleaning) would explain a reading away, and a firearm at hand is the most lethal means there is.
     */
    static final GatedPattern FIREARM = GatedPattern.compile(
            "\\b(?:rifle|shotgun|pistol|handgun|firearm|revolver|gun)s?\\b");
    /** A benign purpose stated: a question about a pet, a safe dose or a prescribed one. */
    static final GatedPattern BENIGN_PURPOSE = GatedPattern.compile(
            "\\b(safe(?:ly)?|within the limit|toothache|tooth|teething|dentist|toddler|temp of|temperature|headache|"
                    + "migraine|period pain|fever|sprain\\w*|(?:long |overnight )?flights?|"
                    + "(?:for|with) (?:my |a |the )?(?:bad |sore )?(?:back|knee|"
                    + "neck|shoulder|hip|joints?|muscles?|cramps?|cold|flu|hangover)\\b|"
                    + "(?:has|have|had|got|caught|down with|off with) (?:the |a |a bad |a nasty )?(?:flu|cold|covid|"
                    + "virus|bug|fever|chest infection)\\b|"
                    + "prescribed|everyone should (?:have|make|do|get) (?:one|a will|it)|"
                    + "after (?:the|my|our) (?:baby|babies|twins|kids?|son|daughter) (?:was|were) born|"
                    + "(?:i'?ve|i have) (?:just )?turned \\d+|"
                    + "(?:my|our|the) (?:dog|cat|puppy|kitten|pet)|vets?|children'?s|jet ?lag|time zones?|"
                    + "(?:toxic|dangerous|poisonous|safe|lethal) (?:to|for) (?:a |my |our |the )?(?:\\S+ )?(?:dogs?|"
                    + "cats?|collies?|horses?|ponies|pony|pupp(?:y|ies)|kittens?|pets?|animals?)|"
                    + "vitamins?|supplements?|pill organi[sz]er|my \\d+ ?(?:yo|year old|yr old)|"
                    + "my (?:son|daughter|baby|toddler)|first.?aid (?:box|kit)|(?:for|stocking) (?:the|our) (?:scouts?|"
                    + "troop|camp|school trip|club)|for a (?:story|novel|book|essay|"
                    + "project) (?:about|on) (?:safety|prevention)|for (?:the|my|our) (?:kids|children)|"
                    + "(?:the |our )?(?:usual|weekly|big|normal) (?:\\w+ )?(?:shop|food shop|supermarket run))\\b");
    /**
     * Means kept from others ("hid them in my wardrobe", "nobody needs to know what they're for"): a purpose stated
     * beside it explains nothing.
     */
    static final GatedPattern CONCEALED = GatedPattern.compile(
            "\\b(?:hid|hidden|hiding|stash\\w*|(?:nobody|no one|no-one) (?:needs to|has to|can|will|must) "
            + "(?:know|find out|see)|in secret|secretly|kept quiet)\\b");
    /** Thinking about a method (C-SSRS 3), named or not: "thinking about jumping again", "how I'd do it". */
    static final GatedPattern METHOD_THINKING = GatedPattern.compile(
            // a gun the writer can reach, and it all they think about ("I know where my service weapon is every
            // minute of the day and lately that's all I think about")
            // sums done for the writer's own body or a fall ("working out what volume I'd need for my own weight",
            // "working out whether you'd clear the scaffold if you went from the east side"), a death made to look
            // like a slip, and which gun and where
            "\\b(?:working|worked|figuring|figured|calculating|calculated) out (?:\\S+ ){0,3}?(?:what|how much|"
                    + "how "
            + "many) (?:\\S+ ){0,3}?(?:i'?d|i would) need for my (?:own )?(?:weight|size|body)\\b|"
            + "\\b(?:working|worked|figuring|figured|calculating) out (?:whether|if|where|how far|which side) "
            + "(?:\\S+ ){0,3}?(?:you'?d|i'?d|you would|i would) (?:clear|hit|land|fall|survive|make it)\\b|"
            + "\\b(?:it'?d|it would|it'?ll|it will) look like (?:i (?:slipped|fell|tripped)|an accident)\\b|"
            + "\\b(?:think\\w*|thought) about which one and where\\b|"
            // a weapon sat with, and using it on oneself thought of ("I sit with the pistol most nights now and think
            // about using it on myself")
            + "\\b(?:think\\w*|thought) (?:about |of )?using (?:it|them|the \\S+|my \\S+) on myself\\b|"
            + "\\bsit(?:ting)? with (?:the|my) (?:gun|pistol|rifle|shotgun|revolver|firearm)\\b|"
            + "\\b(?:my|the) (?:service )?(?:weapon|gun|pistol|rifle|shotgun|firearm|"
            + "sidearm)\\b[^.?!]*\\b(?:(?:that'?s|"
            + "it'?s) all i (?:can )?think about|can'?t stop thinking about (?:it|that)|(?:keep|kept) thinking about "
            + "(?:it|that))|"
            + "\\b(?:think|thinking|thought|thoughts|picture|picturing|imagine|imagining|(?:mind|brain|head) "
                    + "(?:\\S+ )?(?:goes|go|went|jumps|drifts) (?:straight |right )?to) (?:about |of )?(?:\\S+ ){0,3}?"
                    + "(jumping (?:off|from|in front|again)|hanging myself|overdosing|the bridge|the tracks|"
                    + "going over (?:the|a) (?:rail|railings?|edge|side|balcony|banister|parapet)|"
                    + "not (?:turning|moving|braking|stopping|steering|pulling) "
                    + "(?:the (?:wheel|car)|away|in|over|off)?|"
                    + "stepping in front of|driving (?:into|off)|crashing (?:my|the) car|how i'?d do it|how to do it|"
                    + "closing the (?:garage )?door|how (?:cold|quick|long) it would (?:be|take)|the railway|"
                    + "the trains|the motorway|"
                    + "the cliffs?|the rafters?|the beam|how i'?d (?:end it|go about it|do that)|saving (?:them|it|"
                    + "my \\S+|\\S+ \\S+) up|"
                    + "stockpiling|hoarding|(?:the |different |all the |other )?ways (?:to (?:do it|die|kill myself|"
                    + "end "
                    + "(?:it|things|my life))|i (?:could|would|'d|might) do it)|(?:the |different |"
                    + "all the )ways(?=[.!?]*$))"
                    + "\\b|(?:ending it|killing myself|ending my life|doing it|unaliving myself|"
                    + "kms|ctb) (?:this weekend|tonight|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
                    // a method held back only by fear ("too scared to slit my throat"), or wished for
                    + "\\b(?:scared|afraid|chicken|cowardly) to (?:\\S+ ){0,2}?(?:jump (?:off|from|in front)|"
                    + "hang myself|slit|overdose|pull the "
                    + "trigger|kill myself|go through with it)\\b|\\bwish i had a (?:loaded )?gun\\b|"
                    + "\\b(?:that|it|this) would hold me\\b|"
                    // a place to hang from looked at, with the thought it brings ("staring up at the rafters, and I
                    // know well what I'm thinking about")
                    + "\\b(?:staring|looking|gazing|stare|look) (?:up )?at (?:the )?(?:\\S+ )?(?:rafters|beams?|banisters?|"
                    + "loft hatch)\\b.*\\b(?:i know (?:well |full well |exactly )?what i'?m thinking|thinking (?:about|of) "
                    + "(?:it|that)|wonder(?:ing)? (?:if|whether) (?:it|they|one)(?:'d| would) hold)|"
                    + "\\b(?:which way|how) i'?d do it if i\\b|"
                    // the heights looked over ("the cliffs are high and i've already looked at which ones")
                    + "\\b(?:cliffs?|bridges?|roofs?|buildings?|multi-?storeys?|viaducts?)\\b.*\\b(?:looked at|checked|"
                    + "picked|chosen|worked out) which (?:ones?|one)\\b|"
                    + "\\bknow (?:exactly )?where (?:\\S+ ){0,3}?(?:key|keys|combination|code) (?:to|for) "
                    + "(?:\\S+ ){0,2}?(?:gun|rifle|shotgun|firearms?|weapons?|ammo)\\b|"
                    + "\\b(?:whether|if) (?:\\S+ ){0,3}?(?:floors?|storeys?|stories|metres|meters|feet|ft) "
                    + "(?:up |high )?(?:is|are|would be|will be) (?:sufficient|enough|high enough|tall enough|"
                    + "far enough)\\b|"
                    // a firearm at home, a family member's, dwelt on
                    + "\\bcan'?t stop thinking about (?:the |my |(?:my )?(?:dad|father|mum|mom|mother|brother|uncle|"
                    + "grandad|granddad|grandpa|husband|partner|step ?dad)'?s )(?:shotgun|rifle|gun|pistol|revolver)s?"
                    + "\\b");
    /** Means and places of suicide, as method thinking names them ("the beam in the garage", "the train line"). */
    static final GatedPattern MEANS_PLACE = GatedPattern.compile("\\b(" + MEANS_CORE + "|" + DRUGS + "|hose(?:pipe)?|"
            + "top (?:floor|level|deck)|roof level|beam|overpass|train line|platform|"
            + "ligature|"
            + "edge|ledge|balcony|cliff|river|sea|rifle|shotgun|firearm|insulin|lithium|drugs|engine running|"
            + "closed garage|garage|car running|exhaust|wheel|rafters?|loft hatch|banisters?|bannisters?|hook|"
            + "door frame|railway|"
            + "express|trains|yellow line|multi-storey|reservoir|dam|bathroom cabinet|medicine cabinet|"
            + "how much (?:of )?(?:everything |it |them )?it would take|how (?:he|she|they) did it|pharmacy|car park|"
            + "multistorey|quarry|helium|bleach|bottles|stash)\\b");
    /**
     * The writer dwelling on a means (C-SSRS 3) in words no fixed phrase lists: looking at it, weighing whether it
     * would work, knowing where it is kept. Counts with a means or place named in the sentence or the one before.
     */
    static final GatedPattern CONTEMPLATION = GatedPattern.compile(
            // a place gone back to and sat at ("driving to the bridge over the motorway at night and just sitting in
            // the car there for an hour")
            "\\b((?:driving|drive|drove|walking|walked|cycling) (?:out |up |down )?to the (?:\\S+ )?"
                    + "(?:bridge|cliffs?|viaduct|multi-?storey|quarry|tracks|railway|level crossing|car park)\\b"
                    + "[^.?!]*\\b(?:sit(?:ting)?|sat|stand(?:ing)?|stood|star(?:e|ing)|look(?:ing)?|watch(?:ing)?)\\b|"
                    + "(?:think(?:ing)?|thought) about (?:it|that|them|this|the|my|his|her|their|a)\\b|(?:had|have|"
                    + "having|"
                    + "'ve had) (?:the )?(?:very )?same thoughts\\b|(?:think(?:ing)?|"
                    + "thought) about pulling the (?:garage )?door|(?:legs|feet) (?:dangling )?over the edge|"
                    + "thinking (?:the|that|how|which)|wonder(?:ing)? (?:whether|if|how|which)|(?:will|"
                    + "would) be enough|"
                    + "picture|picturing|imagin(?:e|ing) (?:stepping|jumping|it|how)|staring at|keeps? (?:looking|"
                    + "staring|"
                    + "catching my eye)|catching my eye|doing the (?:\\S+ )?maths?|can'?t stop counting|(?:brain|mind) "
                    + "(?:goes|keeps going|went|keeps? going back) (?:there|back)|going back there|on my mind|"
                    + "more than i should|would (?:hold(?: my weight)?|be (?:quick|quicker|enough|easy|fast|painless|"
                    + "the way))|how (?:easy|quick|fast) it(?:'d| would) be|(?:high|strong) enough|enough high|"
                    + "which (?:way|of my \\w+|\\w+) i'?d (?:use|do it)|would do it|i'?d use|i know where the key|"
                    + "i know (?:where )?the key (?:is|to)|"
                    + "i know the code|know exactly which|like an option|think(?:ing)? about how (?:high|far|deep|easy|"
                    + "quick|long|fast)|"
                    + "(?:mind|brain|thoughts?) (?:\\S+ )?(?:keeps? |kept |always )?(?:going|goes|went|drifts?|"
                    + "drifting|wanders?|wandering|turns?|turning) (?:back )?to|worked out (?:which|how|where|what)|"
                    + "(?:would|'d) be the one|(?:always |keep )?look(?:ing)? (?:down )?at (?:the|that)|count(?:ed|"
                    + "ing)? what'?s|edg(?:e|ing) (?:closer )?(?:to|towards)|(?:sit|sitting|sat) (?:at|by|on|"
                    + "near) (?:the )?(?:top of the |very )?(?:\\S+ )?(?:edge|drop|ledge|railings?|sill|windowsill)|"
                    + "(?:whether|if) i'?d have the (?:nerve|"
                    + "guts|courage|bottle)|(?:stand|standing|stood) (?:at|by|on|near) "
                    + "(?:the )?(?:\\S+ )?(?:wall|edge|railings?|barrier|spot|yellow line)|look(?:ing|ed)? (?:over|"
                    + "down)\\b|"
                    + "(?:what|how) it (?:would )?fe(?:lt|els?) like (?:looking down|to fall|to jump|down there)|"
                    + "slow (?:right )?down and look|(?:thinking|wondering|wondered|"
                    + "thought) (?:about )?what would happen if i|doing the maths? for (?:me|myself)|"
                    + "(?:started|start|keep|kept|been) counting (?:them|the)|counting them|work(?:ed|"
                    + "ing)? out how (?:high|far|deep|long|many)|how many would be enough|which shelf|"
                    + "how fast (?:the )?\\S+ (?:go|goes|come|comes|are)|"
                    + "counted (?:them|my|the|out)|counting (?:my|out)|"
                    + "(?:stand|standing|stood|step|get|getting|go|going) (?:\\S+ ){0,3}?(?:close|closer|near|"
                    + "nearer) to "
                    + "(?:the )?(?:edge|tracks|line|platform|yellow line|drop)|(?:one|a) step (?:forward|off|out)|"
                    + "(?:keep |kept )?(?:watching|timing) (?:the )?(?:\\S+ ){0,3}?(?:trains?|train line|tracks|gaps)|"
                    + "(?:keep|kept) (?:taking|getting|picking) (?:\\S+ ){0,2}?out|holding (?:it|them))\\b");
    /** Intent (C-SSRS 4): the writer states they will act, not only that they think of it. */
    static final GatedPattern INTENT = GatedPattern.compile(
            // forgiveness asked for what the writer is about to do ("asked Allah to forgive me for what I am going
            // to do after Jummah today")
            "\\bforgive me for what (?:i'?m|im|i am) (?:about|going) to do\\b|"
            + "\\b(?:i'?m|im|i am) ending (?:my life|it all)\\b|"
            // spelt out, with what it intends named ("I AM GOING TO KILL MYSELF"; not "I am going to do it anyway")
            + "\\bi am (?:going to|gonna) (?:\\S+ ){0,2}?(?:kill myself|end (?:it all|my life)|take my (?:own )?life|"
            + "commit suicide)\\b|"
            + "\\b(i'?m going to|im going to|i'?m gonna|im gonna|i will|"
            + "i'll|ill|i've decided to|ive decided to|plans? to|"
                    + "i'?ve made up my mind to|i'?m planning to|im planning to|i plan to|i intend to|i'?m ready to|"
                    + "im ready to|(?:about|ab|abt|bout) to|"
                    + "^(?:(?:honestly|ok|okay|so|yeah|well|just) )?(?:gonna|going to|about to|planning to|"
                    + "ready to)|"
                    // the same without a subject after a run-on "can't do this anymore gonna ..."
                    + "(?<=\\b(?:anymore|any more|enough|done) )(?:(?:so|and) )?(?:gonna|going to|about to))"
                    + " (?:\\S+ ){0,2}?(kill myself|end (?:it|it all|my life|things)" + NOT_WITH_SOMEONE + "|"
                    + "take my (?:own )?life|"
                    + "commit suicide|do it|die|unalive myself|kms|ctb|not be here|take my (?:final|last) exit|"
                    // a whole supply, not one taken as prescribed ("I'll take all my meds on time from now on")
                    + "(?:(?:take|swallow) (?:all|the rest|every one) (?:of )?(?:my |the |them)(?:pills|tablets|meds)?|"
                    + "(?:take|swallow) (?:them|it) all)(?! (?:on time|as prescribed|properly|every|each|with|regularly|"
                    + "from now|in the morning|before|after|to|in|back|off|out|apart|on board|at once from)\\b)|"
                    // the whole supply, whatever it is taken with ("going to take the lot with the vodka")
                    + "(?:take|swallow|down) the lot\\b|"
            + "walk into the (?:sea|river|lake|"
                    + "water|ocean)|drown myself|hang myself|shoot myself|overdose|slit my (?:wrists?|throat)|"
                    + "jump (?:off|from|in front of)|(?:go|drive|walk|head) (?:down |up |out )?to "
                    + "the (?:bridge|quarry|cliffs?|tracks|river|station|roof|viaduct|overpass|edge)|(?:finish|"
                    + "end) (?:it|things|everything) myself|"
                    + "do something (?:stupid|drastic|bad|permanent)|do something(?= (?:tonight|today|soon|now|"
                    + "tomorrow)|[.!?]*$))|"
                    // a conditional on the means, affirmed as already decided: "if I had a gun I'd have done it"
                    + "\\bif (?:i (?:had|have|got|could get)|there (?:was|were|is|had been)) (?:access to )?"
                    + "(?:a |the |any )?(?:\\S+ )?(?:gun|rope|pills|means|firearm|rifle|shotgun|car|truck|ute|van|"
                    + "motorbike)s?\\b.*"
                    + "\\b(?:i'?d|i would) (?:have )?(?:done it|gone|ended it|killed myself|used it)");
    /**
     * Suicide put off, not given up ("I postponed my suicide because of my cat", "my suicide is on hold until the kids
     * finish school"): the intent stands, with a time or a condition for it.
     */
    static final GatedPattern DEFERRED = GatedPattern.compile("\\b(?:postpon\\w*|put(?:ting)? off|delay\\w*|"
            + "push(?:ed|ing)? back|hold(?:ing)? off(?: on)?|held off(?: on)?) (?:my |the )?(?:suicide|killing myself|"
            + "ending (?:it|my life|things)|(?:suicide )?attempt(?! (?:at|on|of|to (?!(?:kill|end|take)\\b)))|"
            + "plans? to (?:die|kill myself|end (?:it|my life)))\\b|"
            + "\\b(?:my )?(?:suicide|plans? to (?:die|kill myself|end (?:it|my life))) (?:is|'s|are|has been|have been) "
            + "(?:on hold|postponed|delayed|put off)\\b");
    /**
     * Dying foreseen or feared, not intended: a panic attack, a symptom looked up ("everything online telling me I'm
     * going to die", "I thought to myself, 'I'm going to die'").
     */
    static final GatedPattern FEARED_DEATH = GatedPattern.compile("\\b(?:thought|think|thinking|felt|feel|feeling|"
            + "sure|convinced|scared|afraid|terrified|worried|worry|panick\\w*|telling me|told me|tells me|said|says|"
            + "like)\\b[^.!?]{0,40}?\\b(?:i'?m|im|i am|i was) (?:going|gonna) to die\\b|"
            + "\\b(?:i'?m|im|i am) (?:going|gonna) to die\\b(?=[^.!?]{0,30}?\\b(?:i'?m so scared|i'?m terrified|panic "
            + "attack|heart attack|can'?t breathe)\\b)");
    /** A body in alarm, where a death foreseen is a symptom ("had a panic attack and thought I was going to die"). */
    static final GatedPattern BODY_ALARM = GatedPattern.compile("\\b(?:panic|anxiety) attacks?|heart attack|"
            + "chest pains?|(?:couldn'?t|can'?t|could not|cannot) breathe|hyperventilat\\w*|palpitations");
    /**
     * A decision or a plan with no object named ("this weekend is when I'm doing it", "I've picked the spot", "I know
     * how"): intent in a post that reads as suicide-related, and ordinary talk elsewhere, so it counts only where the
     * head reads some risk.
     */
    static final GatedPattern INTENT_VEILED = GatedPattern.compile(
            "\\b(i'?m doing it|im doing it|when i'?m doing it|"
                    + "(?:it'?ll|it will|this will|that'?ll) be my (?:last|final) "
                    + "(?:anniversary|birthday|christmas|summer|new year)(?! (?:in|at|here|with|as|of)\\b)|"
                    + "(?:gonna|going to|will) do it (?:tomorrow|tonight|soon|"
                    + "this|on|after|before)|(?:picked|chosen|found|set) (?:a |the |my )?(?:spot|date|day|place|time)|"
                    + "(?:picked|chosen) (?:a |the |my )?(?:way|method)\\b|"
                    + "(?:a|the|my) (?:spot|date|day|place|time) (?:picked|chosen)(?: out)?|"
                    // a plan held, for nothing named ("I have a plan and a date"; "I have a day a plan"), which the
                    // head's reading or stated ideation makes a plan to die
                    + "(?:\\bi |^)(?:have|'ve got|ve got|got) (?:a|the|my) plan\\b(?! (?:for|to|b|in place|of action|"
                    + "with)\\b)|i have a (?:day|date),? (?:and )?a plan|"
                    + "(?:made up my mind|my mind(?: is|'s|s) made up|made my mind up|(?:made|taken) my decision)"
                    + "(?!(?: to| about| on) (?!do it))|"
                    // "Tonight I finish."; "I will not be alive when they come"; a decision said on its own
                    + "^(?:tonight|today|tomorrow) i (?:finish|end|go)(?: (?:it|everything|all))?[.!]*$|"
                    + "(?:will not|won'?t) be alive (?:when|by|after|tomorrow|tonight|on)\\b|"
                    + "^(?:and )?(?:i'?ve|i have) (?:decided|made up my mind)(?: (?:this|it|that))?[.!]*$|"
                    // the act put at a moment of the night ("Doing it when my wife's asleep")
                    + "^doing it (?:tonight|tomorrow|when|after|once|at)\\b|"
                    // absent from the next of something the year brings ("won't be here for another lambing")
                    + "(?:won'?t|will not|wont) be (?:here|around) (?:for|to see|by) (?:another|the next|next)\\b|"
                    // a day settled on, and the calm of having it ("I've picked Thursday ... calm to have a date")
                    + "(?:picked|chosen|settled on|set) (?:a |the )?(?:" + WEEKDAYS + ")\\b(?! (?:for|to) )|"
                    + "(?:calm|calmer|peace|peaceful|relief|relieved|lighter),? (?:\\S+ ){0,5}?(?:having|to have|now "
                    + "(?:that )?i(?:'ve| have)(?: got)?) a date\\b|"
                    + "i know (?:exactly )?how(?:[.!]|$| i'?d| i would| i'?ll| i will| now)|"
                    // "I know when AND how"; "the tentative date for my leave is January 30th"
                    + "i know (?:exactly )?(?:when and how|how and when)\\b|(?:the )?(?:tentative |final )?date "
                    + "(?:for|of) my (?:exit|departure|end|death|passing|goodbye|final goodbye|leave\\b(?! (?:from|of|"
                    + "to|starts|begins)\\b))|"
                    // a plan with no object named, not a journey ("the plan is to hop on a Greyhound to Atlanta")
                    + "the plan is to(?! " + ERRAND + ")|"
                    // up to a height once more, for the last time ("want to go up there one last time once the result
                    // comes", after asking whether the roof is still open)
                    + "(?:go|going|get|head|climb)(?:ing)? (?:back )?up (?:there|to (?:the )?(?:roof|rooftop|terrace|"
                    + "top "
                    + "floor|top))\\b[^.?!]{0,30}\\bone (?:last|final) time\\b(?![^.?!]*\\b(?:before (?:we|i|they|the|"
                    + "it|my|our)|mov(?:e|ing)|leav(?:e|ing)|lease|graduat\\w*|demoli\\w*|clos(?:e|es|ing))\\b)|"
                    + "(?:way|how) i'?ve planned|(?:i'?ll|ill|i will|gonna|going to|might|may) "
                    + "(?:finally|actually|really) go through with it|(?:not|no) (?:planning on|plan(?:ning)? to|"
                    + "intending to) (?:be )?(?:coming|come) (?:back|home)|is it for me|work up the nerve|"
                    + "nobody knows where i am|"
                    // somewhere else than home ("not going home though, heading to the cliffs instead")
                    + "(?:not|never|won'?t be) (?:going|heading|coming|driving) (?:home|back)\\b.*\\bthe (?:cliffs?|bridge|"
                    + "quarry|viaduct|tracks|railway|roof|edge|headland|reservoir|pier|dam|sea|river)\\b|"
                    + "(?:won'?t|will not|not) (?:be )?(?:coming|come|driving|going|walking|getting) (?:back|home)"
                    + "(?: from (?:it|there|this|that))?(?=\\s*(?:[.!,;]|$))|"
                    // finality after a place or a time ("up to the reservoir Saturday and that's me"; "phone's on
                    // silent. Don't bother trying")
                    + "\\band that'?s me(?=\\s*(?:[.!]|$))|not (?:doing|going to do|gonna do) it yet\\b|"
                    + "not telling anyone (?:which|where)\\b|(?:i'?ve )?got a date in "
                    + "(?:my head|mind)\\b|(?:started|finished) (?:writing |on )?(?:the|my) (?:letters|"
                    + "goodbye notes)\\b|don'?t (?:bother|try) (?:trying|looking|calling|"
                    + "to (?:find|reach|call|stop) me)(?=\\s*(?:[.!]|$))|my (?:exact|whole|actual) plan|(?:make sure|"
                    + "so) it works this time|i'?ve decided[.!]?$|won'?t (?:be )?see(?:ing)? "
                    + "(?:out )?(?:this|the end of (?:this|the)|another|next) (?:year|christmas|birthday|summer|spring|"
                    + "month)|(?:i'?m|im|i'?ll|i will) (?:doing|do) what (?:she|he|they|the mc|my character) (?:does|"
                    + "did)|(?:suicide|ctb|kms|unaliv\\w*) (?:tonight|tomorrow|"
                    + "today|this weekend)|(?:a |the )?decision (?:i'?ve|i have) (?:already )?made|"
                    + "(?:tonight|today|tomorrow)(?:'s| is) the (?:night|day)|(?:i'?ll|i will|i'?m going to|"
                    + "^going to|gonna) (?:\\S+ ){0,8}?"
                    + "(?:and|to) (?:not|never) (?:come back|return)|work(?:ing)? up (?:the )?(?:nerve|courage)|"
                    + "and i mean (?:to|it)\\b|"
                    + "^not (?:before|until|till) |(?:don'?t think|doubt) i'?ll (?:still )?be (?:here|around|alive)|"
                    + "does it (?:on|this|tonight|tomorrow|the (?:night|day|morning) (?:after|before))|(?:going to|"
                    + "gonna|will|can) (?:finally )?(?:rest|sleep) (?:properly|forever|for good|in peace|at last)|"
                    + "(?:i'?ll|i will|i'?m going to|gonna|i'?m|im) (?:\\S+ ){0,4}?(?:to|up|down|"
                    + "out) (?:to )?the (?:old |local |big |usual )?(?:cliffs?|cliff road|bridge|quarry|viaduct|tracks|"
                    + "railway|roof|edge|sea|"
                    + "river|coast path|headland|reservoir|pier|multi-?storey|top floor|dam)\\b|so does mine|"
                    + "same as me|won'?t be (?:anyone'?s|a) (?:problem|burden)(?: for anyone| to anyone)?)");
    static final GatedPattern INTENT_NEAR = GatedPattern.compile(
            // "not today, but I've decided" puts the time off, not near
            "\\b(?<!not )(tonight|tomorrow|this weekend|this (?:evening|afternoon|morning)|^sitting (?:in|on|at|by)|"
                    + "is (?:" + WEEKDAYS + ")\\b|in (?:about |around )?(?:an|"
                    + "one|two|a few) hours?|in (?:about |around )?(?:\\d+|a few|five|ten|fifteen|twenty|thirty) "
                    + "(?:minutes|mins)|right now|today|soon|"
                    + "at midnight|^(?:ok |okay )?bye[.!]*$|(?:" + WEEKDAYS + ") night|"
                    // the writer already at the place: "I'm sitting in my car at the top of the quarry road"
                    + "(?:i'?m|im) (?:sitting|standing|parked|waiting) (?:up )?(?:in|on|at|by)|"
                    + "at \\d+ ?(?:am|pm)?|(?:on|this|for) (?:" + WEEKDAYS + ")|^(?:" + WEEKDAYS + ")\\b|"
                    + "that'?s when\\b|(?<!since |until |till |by |from |last |before |after |since last |until next |to |every |each |on a |of )(?:"
                    + WEEKDAYS + ")(?=\\s*(?:[.!,;]|$))|"
                    + "(?:" + WEEKDAYS + ")(?: night| morning)? is the day|"
                    + "after work|before work|after (?:everyone|they|"
                    + "my \\S+) (?:leaves?|goes? to (?:bed|sleep))|(?:everyone|they)(?: is|'s| are|'re) asleep|"
                    + "(?:when|after|once) (?:my \\S+|she|he|the kids?)(?: is|'s| are|'re)(?: all)? asleep)\\b");
    /** Something that ends at a near time ("term ends friday"), which "so do i" after it says of the writer. */
    static final GatedPattern ENDS_AT = GatedPattern.compile("\\b(?:ends?|finish(?:es)?|is over|closes?) (?:on )?"
            + "(?:" + WEEKDAYS + "|tonight|tomorrow|this weekend|next week)\\b");
    /** The writer's own ending said beside it ("so do i", "and so will i"). */
    static final GatedPattern ENDS_TOO = GatedPattern.compile("^(?:and )?so (?:do|will) i[.!]*$");
    /**
     * An attempt told only as "tried" with its date ("I tried last Tuesday", "Tried about ten days ago"): an attempt
     * where the author tells what followed one ({@link #ATTEMPT_AFTERMATH}).
     */
    static final GatedPattern TRIED_DATED = GatedPattern.compile(
            "(?:^|\\bi (?:\\S+ )?)tried(?: again)?(?: (?:about|around|over|on|last|at))? (?:the )?"
            + "(?:weekend|last night|yesterday|" + WEEKDAYS + "|last week|"
            + "(?:\\S+ ){1,2}ago)\\b(?! to\\b)|"
            // the date first ("three weeks ago I tried again.")
            + "\\b(?:\\S+ ){1,2}ago,? i (?:\\S+ )?tried(?: again)?(?=\\s*(?:[.;!]|$))");
    /** What follows an attempt: it failed, a ward, a drip, a psychiatric review, a crisis team. */
    static final GatedPattern ATTEMPT_AFTERMATH = GatedPattern.compile(
            "\\b(didn'?t work|did not work|(?:on|in|at) (?:the |a )?(?:ward|hospital|icu|a&e|er)\\b|on a drip|"
            + "(?:home|back|out) from (?:the )?(?:hospital|ward|icu|a&e)\\b(?! (?:shift|job|appointment|visit|"
            + "canteen|car park|run|meeting)\\b)|"
            + "stomach pumped|psych (?:lady|guy|nurse|doctor|team|ward|eval\\w*)|psychiatric|crisis team|woke up in|"
            + "survived|discharged|nights? (?:on|in) (?:the |a )?(?:ward|hospital)|outpatient|day programme|"
            + "day program|home treatment team)");
    /** A suicide attempt of the writer's own (C-SSRS 6, behaviour), in whatever tense: recency decides its weight. */
    static final GatedPattern ATTEMPT = GatedPattern.compile(
            // "I attempted" bare or with an act of suicide, not "attempted the exam" or "attempted to end what we had"
            "\\b((?:i|i've|ive|i have|i had|i just) (?:\\S+ )?(?:attempted(?! (?:to (?!(?:kill|end (?:it|my life|"
                    + "things|myself)" + NOT_WITH_SOMEONE + "|take (?:my|his|her) (?:own )?life|die|overdose|hang|"
                    + "drown|jump|od)\\b)|the|a|an|my|"
                    + "his|her|their|our|this|that)\\b)|tried to (?:kill myself|end (?:it|my life)|"
                    + "take my (?:own )?life|die))|my (?:suicide |last |recent |first |second )?(?:attempt\\b(?! (?:at|"
                    + "to|of)\\b)|overdose\\b)|"
                    + "^(?:attempted|tried to (?:kill myself|end it|end my life|die))\\b|i stood on the (?:ledge|edge)|"
                    + "(?:drove|crashed|steered|swerved) (?:\\S+ ){0,3}?(?:into|off) (?:\\S+ ){0,3}?on purpose|"
                    // from a height or into traffic, not off the high board at the pool or the bus at my stop
                    + "(?:^|\\bi )jumped (?:from|off|into|in front of) (?:the|a|my) (?:\\S+ ){0,3}?(?:bridge|building|"
                    + "roof(?:top)?|balcony|cliffs?|car ?park|multi-?store?y|window|floor|storey|tower|ledge|"
                    + "overpass|flyover|viaduct|tracks|train|motorway|river|quarry|dam|lorry|truck)\\b|"
                    + "(?:^|\\bi (?:\\S+ )?)(?:tried|"
                    + "attempted) to (?:drown|hang|poison|"
                    + "shoot|suffocate|strangle|gas|electrocute|starve|overdose) myself|(?:after|since|from) (?:my|"
                    + "the) (?:suicide )?"
                    + "(?:attempt|overdose))|(?:walked|went|waded|swam) (?:out )?into the (?:sea|river|lake|water|"
                    + "ocean) (?:\\S+ ){0,4}?"
                    + "(?:meaning|intending|planning|wanting) (?:to |not |to not |not to )?(?:come back|return|die|"
                    + "drown|come out)|"
                    + "(?:after|since|from) an attempt|"
                    + "^(?:my )?(?:recent|last|botched|suicide) attempt\\b(?! (?:at|to|of)\\b)|^attempt (?:was|"
                    + "happened)\\b|"
                    // an act done to die ("drank the eye drops because I wanted to die")
                    + "(?:took|drank|swallowed|ate|cut|jumped|stabbed|hanged|tied) .{0,60}?\\b(?:because|cause|cuz|"
                    + "so|hoping|trying) (?:i (?:wanted|was trying|tried) to die|(?:that )?i'?d die|(?:that )?i would "
                    + "die|to die)\\b|failed (?:suicide )?attempt\\b(?! (?:at|to|of)\\b)|"
                    + "i'?ve made (?:\\S+ )?\"?attempts\\b(?! (?:at|to|of)\\b)|"
                    + "(?:made|make) an attempt on my (?:own )?life|"
                    + "(?:walked|went|waded|swam) (?:out )?into the (?:sea|river|lake|water|ocean|canal) to (?:drown|"
                    + "kill|end)|\\bi (?:first |last )?tried (?=(?:when i was|at \\d+|aged \\d+|"
                    + "in (?:19|20)\\d\\d|back in)\\b)|"
                    + "(?:since|after) i (?:last )?tried(?=\\s*(?:[.,;!]|$))|tried to off myself\\b|"
                    + "i tried to commit(?=\\s*(?:[.,;!]|$| and\\b))|\\bago,? i try to (?:kill|hang|drown|"
                    + "poison|shoot|overdose|end) (?:myself|my life)|(?:after|since) "
                    + "(?:trying|attempting) to (?:overdose|kill myself|end (?:it|my life)|take my (?:own )?life)");
    /** An attempt spoken of as over: what the sentence dates is its aftermath, not the act. */
    static final GatedPattern AFTER_ACT = GatedPattern.compile(
            "\\b((?:after|since|from) (?:my|the|an?) (?:suicide )?(?:attempt|overdose)|discharged|out of (?:the )?"
                    + "hospital|woke up in)\\b");
    /** What makes a dose more than the dose: all of them, more, at once, with drink, on purpose. */
    private static final String MORE_THAN_A_DOSE = "[\\s.,;:!-]+(?:and |with |then |but |plus )?(?:all\\b|every\\w*|"
            + "the (?:whole|lot|rest)|at once|in one go|too many|extra|double|loads|lots|a lot|more\\b|on purpose|"
            + "(?:\\S+ ){0,6}?(?:vodka|alcohol|booze|whiske?y|gin|rum|tequila|spirits)\\b|"
            + "(?:\\S+ ){0,4}?(?:bottles?|cans|pints|litres?|lots|loads|a lot) of (?:\\S+ )?(?:wine|beer|cider|lager)\\b)";
    /** One's own medicine as the object of an everyday dose: "my meds", "my morning tablets", "my sertraline". */
    private static final String OWN_DOSE = "my (?:\\w+ )?(?:morning |evening |night |nightly |bedtime |daily |usual |"
            + "regular |normal |prescribed )?(?:meds|medication|medicine|pills|tablets|capsules|dose|" + DRUGS + ")\\b(?!"
            + MORE_THAN_A_DOSE + ")";
    /**
     * A dose of one's own medicine taken, or missed, as an everyday thing ("took my meds this morning", "haven't taken
     * my tablets today", "forgot to take my pills"): no overdose, and no mention of a means.
     */
    static final GatedPattern ROUTINE_DOSE = GatedPattern.compile("\\b(?:(?:took|taken|take|taking|takes|forgot|forget|"
            + "forgotten|missed|miss|missing) (?:to take )?" + OWN_DOSE + "|"
            // a dose of a remedy from the shop ("took a couple of ibuprofen and went to bed")
            + "(?:took|taken|take|taking|had|popped) (?:a|an|one|two|2|a couple of|couple of) (?:\\w+ )?(?:paracetamol|"
            + "ibuprofen|aspirin|panadol|nurofen|advil|tylenol|anadin|painkillers?|antihistamines?|piriton|lemsip|"
            + "rennie|gaviscon)s?\\b(?!" + MORE_THAN_A_DOSE + ")|"
            // a prescription fetched or renewed
            + "(?:picked up|pick up|picking up|collected|collect|collecting|renewed|refilled|ordered|order|ordering) "
            + "(?:my |the |a )?(?:repeat |new )?(?:prescription|meds|medication|tablets|pills|inhaler)s?\\b|"
            // a treatment begun or changed by a prescriber ("Starting meds through my GP on Monday")
            + "(?:start(?:ing|ed|s)?|begin(?:ning)?|began|going on|went on|switch(?:ing|ed)? to|chang(?:ing|ed)|"
            + "taper(?:ing|ed)?(?: off| down)?(?: from)?|coming off) "
            + "(?:on )?(?:my |the |some |new |an? )?(?:new )?(?:meds|medication|antidepressants?|tablets|pills|"
            + "treatment|" + DRUGS + ")\\b(?=[^.!?]{0,40}\\b(?:gp|doctor|psychiatrist|prescri\\w+|consultant|nurse|"
            + "clinic|dose|mg)\\b)|taper(?:ing|ed)? (?:off |down )?from \\d+ ?mg\\b|"
            // the week's tablets sorted into a pill organiser
            + "(?:tablets|pills|meds|medication)\\b[^.!?]{0,60}?\\b(?:into|in) (?:a|my|the) (?:weekly |daily |new )?"
            + "(?:pill ?box|(?:pill |weekly |daily )?organi[sz]er|dosette(?: box)?)\\b)");
    /**
     * An everyday occasion for what would otherwise read as a parting act: things given to a charity shop in a
     * clear-out, a letter for a birthday or a job, a goodbye to a car sold, a will updated after a wedding, everything
     * ready for a trip.
     */
    static final GatedPattern EVERYDAY_OCCASION = GatedPattern.compile("\\b(?:clear[- ]?out|clearing out|declutter\\w*|"
            + "sold (?:my|the|our) (?:old )?|"
            + "charity(?: shop)?|food ?bank|donat\\w*|outgrown|grown out of|(?:don'?t|doesn'?t|didn'?t) fit|too (?:small|"
            + "big|tight)|spring clean\\w*|car boot|jumble|vinted|ebay|make (?:room|space)|"
            + "(?:for|on) (?:her|his|their|my|our|your|the) (?:\\d+\\w* )?(?:birthday|anniversary|wedding|retirement|"
            + "graduation|christening)|birthday (?:cards?|presents?|letters?)|christmas (?:cards?|letters?|presents?)|"
            + "thank[- ]you|pen ?pals?|cover letter|complaint|council|landlord|application|references?|"
            + "sold (?:it|him|her)|selling (?:it|him|her)|trade[- ]in|scrapp\\w*|new (?:car|phone|laptop|one)|"
            + "after (?:the|our|my) (?:wedding|divorce|move|honeymoon|baby|mortgage)|got married|adulting|solicitor|"
            // affairs put in order because of someone's illness ("after Mum's diagnosis scared us all")
            + "power of attorney|after (?:\\S+ ){1,2}?diagnosis|"
            + "(?:for|before) (?:the|my|our) (?:trip|holiday|flight|journey|move|interview|exam|race|marathon|match|"
            + "first day|festival|party|camping trip)|(?:bags?|suitcases?) (?:are |is )?packed)\\b");
    /** The act such an occasion explains, which the sentence is then read without. */
    static final GatedPattern PARTING_ACT = GatedPattern.compile("\\b(?:(?:giv(?:e|en|ing)|gave|donat(?:e|ed|ing))"
            + "(?: away)?|(?:wrote|written|writing|write|left) (?:a |the |my |some |her |him )?(?:letters?|notes?|"
            + "cards?)(?: (?:to|for))?|(?:wrote|written|writing|write) (?:\\S+ ){1,3}?(?:their|his|her|my) (?:\\S+ )?"
            + "(?:letters?|cards?|notes?)|goodbye|good bye|farewell|(?:updated|made|wrote|written|changed|redone|redid|"
            + "sorted) my will|(?:got|have|put) everything (?:together|ready)|everything(?: is|'s)? (?:sorted|"
            + "ready))\\b");
    /**
     * Everyday idioms of the risk words: done with a thing, not with life ("I'm done with this game, uninstalling it
     * tonight"); ties or sugar cut, not skin; a plan for a journey.
     */
    static final GatedPattern EVERYDAY_IDIOM = GatedPattern.compile("\\bdone with (?:this|that|the|my|these|those) "
            + "(?!(?:life|world|shit|existence|body|pain|struggle|everything|fight|suffering|all|planet|earth|place|"
            + "people|family|hell|nightmare|misery|head)\\b)\\w+|\\bcut(?:ting)? (?:ties|contact|off contact|"
            + "(?:them|him|her|it) off|back on|down on|out (?:sugar|carbs|caffeine|coffee|alcohol|booze|meat|dairy|"
            + "gluten|junk))\\b|"
            + "\\bplan (?:is|was) to " + ERRAND);
    static final GatedPattern TOOK_OVERDOSE = GatedPattern.compile(
            // not what something else has taken ("Perimenopause has taken everything")
            "\\b((?<!\\bhas )(?<!\\bhas just )(?:took|swallowed|taken|downed) (?!" + OWN_DOSE
                    + ")(?:\\S+ ){0,6}(?:pills|tablets|capsules|meds|"
            + "medication|supply|the bottle|"
                    + "whole bottle|(?:whole|entire) (?:packet|pack|box|strip)|overdose|everything|all of (?:them|it|"
                    + "my)|"
                    + "them all|all (?:of )?my (?:antidepressants|painkillers|sleeping pills|insulin|prescriptions?))"
                    // taken somewhere, not swallowed: "took all my tablets out of the blister packs", "took everything
                    // to the tip"
                    + "(?! (?:out|back|into|in from|off (?:the|my)|home|upstairs|downstairs|away|to (?!(?:die|end|"
                    + "sleep|not wake|kill)\\b)))|"
                    + "(?:did|have) take(?:n)? (?!" + OWN_DOSE + ")(?:the|my|all) (?:\\S+ )?(?:pills|tablets|meds)|"
                    // what was set aside for it ("took the methotrexate I'd put aside plus the oxy")
                    + "(?:took|swallowed|taken) (?:the |all the |all of the |all )?(?:\\S+ ){0,2}?(?:i'?d|i had|i'?ve|"
                    + "i have) (?:been )?(?:put(?:ting)? aside|saved|saving|stockpiled|stockpiling|kept back|put by|"
                    + "hoarded)|"
                    + "(?:^|\\bi (?:\\S+ )?)overdosed|i od'?d|i'?ve od'?d|"
                    // "just took" an amount or an overdose, not "just took my meds" or "just took the dog out"
                    + "just took (?:(?:some|a bunch|a load|a lot|a handful|loads|lots|about|around|like|every|both|"
                    + "all|everything|too many|way too many|the (?:whole|entire|rest|lot)|them|it all|an? (?:\\S+ )?"
                    + "(?:overdose|b\\w?tt?\\w?le|packet|pack|box|strip))\\b|\\d)|"
                    // "OD'd last night", but not on sweets ("OD'd on pick n mix")
                    + "^od'd\\b(?! on (?!(?:my |the |all (?:of )?(?:my )?|his |her )?(?:pills|tablets|meds|medication|"
                    + DRUGS + ")\\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|the weekend\\b|purpose\\b))|"
                    + "(?:drank|drunk|swallowed|ingested) (?:the |some |a bottle of |a cup of )?(?:\\S+ )?(?:bleach|"
                    + "antifreeze|weedkiller|paraquat|pesticide|insecticide|rat poison|poison|sniper|\\w+cide)|"
                    + "(?:took|drank|drunk|swallowed|ingested) (?:some |the |a bottle of |a cup of )?(?:windshield |"
                    + "windscreen |washer |wiper )+fluid|(?:drank|drunk|swallowed|"
                    + "ingested) (?:\\S+ ){0,4}?(?:eye ?drops|"
                    + "methanol|drain cleaner)|"
                    + "(?:drank|drunk|necked|downed) (?:the |a )?(?:whole |entire |full )?bottle of (?:my |the |his |her |"
                    + "\\w+'?s )?(?:\\S+ )?(?:meds|medicine|medication|pills|tablets|syrup|methadone|" + DRUGS + ")|"
                    + "(?:had|necked) the whole (?:strip|packet|pack|box|blister|bottle) of (?:my |the )?(?:\\S+ )?(?:"
                    + DRUGS + ")|"
                    + "(?:took|swallowed|taken|downed) (?:the rest of|all (?:of )?|the whole(?: (?:strip|"
                    + "packet|pack|box|blister|bottle) of)?|a (?:load|lot|bunch|"
                    + "handful|heap|pile) of|(?:a|one|two|three|\\d+) (?:strips?|packets?|packs?|box(?:es)?|"
                    + "blisters?) of|"
                    + "(?:\\d+|twenty|thirty|forty|fifty) of) (?:my |the |his |her |"
                    + "\\w+'?s )?(?:\\S+ )?(?:" + DRUGS + ")|"
                    // a dose no one takes by prescription: a thousand milligrams and more, or tens of pills
                    + "(?:took|swallowed|taken|downed|ate) (?:\\S+ ){0,3}?(?:(?:\\d{1,3},\\d{3}|\\d{4,}) ?"
                    + "(?:mgs?|milligrams?)|(?:\\d{2,}|twenty|thirty|forty|fifty|a hundred) (?:\\S+ )?(?:pills|tablets|"
                    + "capsules)))\\b");

    /** Someone else taking on the writer's pet, said as settled ("My sister's taking the dog."): a veiled farewell. */
    static final GatedPattern PET_TAKEN = GatedPattern.compile(
            "(?:'s|\\bis|\\bwill be|\\bare|'ll be) (?:taking|having|keeping|"
            + "adopting|looking after) (?:the|my) (?:cat|dog|pet|puppy|kitten|rabbits?|hamster|birds?)(?=\\s*(?:[.!,;]|"
            + "$))");
    /** A promise not to act, which shows that the thought is live (docs/triage.md, negation): low at least. */
    static final GatedPattern PROMISED_NOT = GatedPattern.compile(PROMISED_NOT_RE);
    /** Distress or hopelessness said in so many words, without ideation: low at least (docs/triage.md). */
    static final GatedPattern DISTRESS_SAID = GatedPattern.compile(
            "\\b(?:(?:really|so|i'?m|im|been) struggling|can'?t cope|"
            + "(?:feel|feeling|i'?m|im|i am) (?:so |completely |totally )?(?:hopeless|worthless)|nothing (?:is |"
            + "will )?(?:ever )?"
            + "(?:going to |gonna |will )?(?:get|be) better|nothing left to give|at (?:the end of my tether|"
            + "my wits'? end|"
            + "breaking point)|falling apart|(?:a|such a|just a) (?:weight|millstone|burden|drain) (?:round|around|"
            + "on|to) (?:\\S+ ){0,2}?(?:neck|family|everyone|partner|husband|wife|kids)|don'?t know how much (?:more|longer) i can (?:take|do this|go on))\\b");
    /** Distress beside a question about a means, which no stated purpose then makes benign (docs/triage.md). */
    static final GatedPattern DISTRESS_NEAR = GatedPattern.compile(
            DISTRESS_SAID.regex() + "|\\b(?:rough (?:month|week|year|"
            + "time|patch|few \\w+)|grim|(?:been|feeling|felt) (?:so |really |very )?(?:low|down|rubbish|awful|"
            + "terrible))\\b");
    /** A question about what would harm a person, not the pet or the child the purpose names. */
    static final GatedPattern FOR_PERSON = GatedPattern.compile(
            "\\b(?:for|to|in) a (?:person|human|grown.?up|adult)\\b|"
            + "someone my size");
    /** Wanting to be with someone: passive ideation where the author says that person has died. */
    static final GatedPattern JOIN_THEM = GatedPattern.compile(
            "\\b(?:want|wanna|long|longing|wish)(?:ing)? to (?:come and |"
            + "go and )?"
            + "(?:be|go) (?:with (?:him|her|them)(?: again)?|where (?:she|he|they) (?:is|are|'s|'re)|to (?:him|her|"
            + "them))\\b|\\b(?:so|that) i (?:can|could) (?:go and |finally )?(?:be with|join) (?:him|her|them)\\b");
    static final GatedPattern DEATH_OF_OTHER = GatedPattern.compile("\\b(?:passed|died|dead|funeral|grave|buried|"
            + "since (?:\\S+ ){1,2}went\\b|(?:been|is|are) gone)\\b");
    /** The writer at a high place or a railway now ("sitting on the top floor of the multistorey"). */
    static final GatedPattern AT_PLACE = GatedPattern.compile(
            // "On the roof of my building. Been up here an hour."; a sentence's start, or a line's where the sentence
            // before is read with it
            "(?:^|(?<=\\n))(?:up )?on (?:the|a) (?:roof|rooftop|ledge|top floor|top level|parapet|railway bridge|"
            + "bridge)\\b|"
            + "(?:^|(?<=\\n)|\\b(?:i'?m|im|i am|i) )(?:sit|sitting|standing|parked|"
            + "waiting|stood|"
            + "sat|here) (?:\\S+ ){0,10}?(?:multi-?storey|multistorey|bridge|roof|rooftop|top floor|top level|"
            + "top deck|"
            + "cliff|edge|ledge|platform|tracks|railway|quarry|viaduct|car park|garage|shed)\\b");
    /** Means in hand named vaguely: "with the things I bought at the hardware shop". */
    static final GatedPattern MEANS_IN_HAND = GatedPattern.compile("\\bwith the engine running\\b|\\bwith (?:the |my |"
            + "\\S+'?s )?(?:\\S+ )?(?:pills|tablets|meds|"
            + "medication|rope|noose|knife|blade|razor|gun|charcoal|poison|bottle|hose|hosepipe|tubing)\\b|"
            + "\\bwith (?:the |my )?(?:things|"
            + "stuff|"
            + "everything|what) i (?:bought|got|need|brought|collected)\\b|\\b(?:pills|tablets|meds|rope|knife|blade|"
            + "razor|gun) (?:is |are )?(?:in|on) (?:my (?:pocket|coat|bag|lap|hand|passenger seat)|"
            + "the passenger seat)");
    /**
     * A means of suicide before the writer ("got the pills in front of me", "every tablet from the house in my lap"):
     * with a time of now, means in hand wherever the writer is (docs/triage.md, imminent). Not a blade: a blade held is
     * self-injury, which its act and recency grade.
     */
    static final GatedPattern MEANS_BEFORE_ME = GatedPattern.compile("\\b(?:pills|tablets?|meds|rope|noose|gun)\\b"
            + "(?: \\S+){0,4}? (?:in front of me|in my lap)\\b");
    /**
     * Someone else finding the writer's wounds ("my mum found the cuts from monday"): the wounds are the writer's,
     * though the sentence is about the finder.
     */
    static final GatedPattern FOUND_WOUNDS = GatedPattern.compile(
            "\\b(?:found|saw|seen|noticed|spotted|asked (?:me )?about|"
            + "discovered|walked in on)\\b (?:\\S+ ){0,3}?(?:my|the) (?:fresh |new )?(?:cuts|burns|scratches|wounds|"
            + "marks (?:on my|from)|plasters|bandages)\\b(?! (?:on|of) (?:his|her|their|my \\S+'s)\\b)");
    /**
     * Wounds tended, by the writer or by someone else ("the practice nurse dressed the ones from three days ago"): the
     * writer's own, whoever dressed them.
     */
    static final GatedPattern WOUNDS_TENDED = GatedPattern.compile("\\b(?:dressed|redressed|cleaned|stitched|glued|"
            + "bandaged|steri-?stripped)\\b (?:\\S+ ){0,3}?(?:my|the) (?:fresh |new )?(?:cuts|burns|wounds|"
            + "ones from)\\b"
            + "(?! (?:on|of) (?:his|her|their|my \\S+'s)\\b)|\\b(?:my|the) (?:fresh|new) (?:cuts|burns|wounds) from "
            + "(?:\\d+|two|three|four|five|six|a few|a couple of) days ago\\b(?! (?:on|of) (?:his|her|their|"
            + "my \\S+'s)\\b)");
    /**
     * A method named inside a supposition ("if i ever did it it'd be pills, i've thought that far"): the supposition is
     * the act, the method is thought about now.
     */
    static final GatedPattern METHOD_SUPPOSED = GatedPattern.compile("\\bif i (?:ever )?(?:did|do|went through with) "
            + "it\\b,? (?:it'?d|it would|i'?d|i would) (?:be|use|do it)(?: with| by)? (?:\\S+ ){0,2}?(?:pills|meds|"
            + "tablets|rope|gun|jump\\w*|car|train|bridge|hanging|overdose|insulin|paracetamol)\\b");
    /** Wounds dated by a day of the last week ("the cuts from Monday"): recent, whatever "now" the post says. */
    static final GatedPattern WOUNDS_FROM_DAY = GatedPattern.compile("\\b(?:cuts|burns|scratches|wounds|marks) from "
            + "(?:last |this past )?(?:" + WEEKDAYS + "|the weekend|last night|yesterday)\\b");
    /** "I'm ending it": intent, unless what ends is a relationship ({@link #RELATIONSHIP}). */
    static final GatedPattern ENDING_IT = GatedPattern.compile(
            "\\b(?:i'?m|im|i am) ending it(?: all)?(?=\\s*(?:[.!,;]|$))");
    /** "I'm ending it" with or without a time after it, not "ending it all". */
    static final GatedPattern ENDING_IT_SAID = GatedPattern.compile(
            "\\b(?:i'?m|im|i am|(?:think\\w*|thought) (?:about|of)) ending it\\b(?! all\\b)|^ending (?:it|things) with "
            + "(?!my life|myself|everything)\\w+|\\bend(?:ing|ed)? (?:it|things) " + WITH_SOMEONE);
    /**
     * A consequence the writer's own death or absence, on a condition ("if the bank takes the farm I'm going with it";
     * "if the results are bad I won't be here after that"): intent where the writer affirms it ({@link #AFFIRMED}).
     */
    static final GatedPattern IF_GONE = GatedPattern.compile(
            "^(?:and |but |honestly |seriously )?if\\b(?:.*\\b(?:takes?|took|loses?|lost|goes|sinks?|repossess\\w*|"
            + "sells?|sold|fails?|shuts?|forecloses?|closes?)\\b.*\\b(?:i'?m|im|i am) going (?:down )?with (?:it|her|him)\\b|"
            + ".*\\b(?:(?:i|i'?ll|ill) (?:won'?t|will not|wont) be (?:here|around|alive)|(?:i'?m|im|i am) not (?:going to|"
            + "gonna) be (?:here|around|alive))(?! (?:for|at|in|on|when|to|until|till|by|before|tomorrow|next|much|"
            + "long)\\b)|.*\\b(?:(?:i'?m|im|i am) (?:ending it|ending my life|killing myself|done for good|gone for good)|"
            + "(?:i'?ll|ill|i will) (?:end it|end my life|kill myself|take my (?:own )?life)|(?:that'?s me|i'?m|im) "
            + "done (?:with living|with life|with it all|for good))\\b)|"
            // the trigger named as the day ("the day he walks out for good is the day i end my life")
            + "^(?:and |but )?(?:the (?:day|minute|moment|second)|when) (?:\\S+ ){1,8}?(?:is (?:the day|when)|that'?s "
            + "(?:the day|when)) i (?:end (?:my life|it)|kill myself|take my (?:own )?life|go)\\b");
    /** The writer affirming what they said: "I mean it", "meant every word", "I'm serious". */
    static final GatedPattern AFFIRMED = GatedPattern.compile(
            "\\b(?:i mean(?:t)? (?:it|that|this|every word)|meant every word|(?:i'?m|im|i am) (?:dead |deadly |being )?"
            + "serious|dead(?:ly)? serious|not (?:joking|kidding|exaggerating)|no (?:joke|exaggeration)|not (?:saying|said|writing) "
            + "(?:it|that|this) for attention|"
            // held to against anyone's persuasion ("nobody is going to talk me out of it", "I just know I am")
            + "(?:nobody|no one|nothing)(?:'s| is)? (?:going to|gonna|can|will) (?:talk|stop) me|"
            + "i (?:just )?know i (?:am|will)(?=[.!\\s]*$))\\b");
    /** A relationship the author may be ending ("eleven years with Craig", "I'm telling him tonight"). */
    static final GatedPattern RELATIONSHIP = GatedPattern.compile(
            "\\b(?:(?:telling|tell) (?:him|her|them)|(?:leaving|left|"
            + "dumping|"
            + "divorcing) (?:him|her)|(?:our|the|my) (?:marriage|relationship|engagement) is over|years with \\w+|"
            + "break(?:ing)? up with|end(?:ing|ed)? (?:it|things) " + WITH_SOMEONE + ")\\b");
    /** A decision the author says they have made: a veiled intent beside it counts. */
    static final GatedPattern DECIDED = GatedPattern.compile(
            "\\b(?:made up my mind|my mind(?: is|'s|s) made up|made my mind up|made my decision|(?:taken|made) the "
            + "decision to (?:end|die|kill|take)|"
            + "(?:i'?ve|i have) decided)\\b");
    /** A question whether a high place is open or fenced ("has the multistorey got barriers on the top level?"). */
    static final GatedPattern HEIGHT_ACCESS = GatedPattern.compile(
            "(?:barriers|fenc\\w*|nets|railings|locked|just open|"
            + "still open)\\b.*\\b(?:top (?:level|floor|deck)|roof|bridge|multi-?storey|multistorey|viaduct|cliff)|"
            + "(?:top (?:level|"
            + "floor|deck)|roof|bridge|multi-?storey|multistorey|viaduct|cliff)\\b.*\\b(?:barriers|fenc\\w*|nets|"
            + "railings|locked|just open|still open)|(?:get|go|getting|going) (?:up )?(?:on ?)?to the roof|"
            + "(?:let|lets) (?:you|people|anyone) (?:get |go )?(?:up )?(?:on ?)?to the (?:roof|top)");
    /** A habit other than self-injury that a "slip" may break (drink, gambling, smoking, eating). */
    static final GatedPattern OTHER_HABIT = GatedPattern.compile(
            "\\b(?:drink\\w*|alcohol|sober\\w*|smok\\w*|cigarettes?|vap\\w*|"
            + "gambl\\w*|betting|porn|binge\\w*|purg\\w*|eating|diet|weed|cocaine|drugs?|roulette|casino|slots?|"
            + "poker|blackjack|bets?|bookies?|gamstop|scratchcards?)\\b");
    /** Last night or earlier today: an overdose then, untreated, is still acting. */
    static final GatedPattern WITHIN_A_DAY = GatedPattern.compile(
            "\\b(?:last night|earlier (?:today|tonight)|this morning|"
            + "(?:an? |few |couple of |\\d+ )hours? ago)\\b");
    /** Treatment told: an overdose last night that has been seen to is not still acting. */
    /** Treatment denied ("didn't go to A&E", "haven't called anyone"): no treatment told. */
    static final GatedPattern UNTREATED = GatedPattern.compile(
            "\\b(?:didn'?t|did not|haven'?t|have not|hasn'?t|not|never|won'?t|will not|refus\\w* to|without) (?:been |"
            + "gone |go |going |went |call(?:ed|ing)? |ring(?:ing)? |rang |get |got )?(?:to |an |the )?(?:a&e|hospital|er|"
            + "ambulance|paramedics?|doctors?|gp)\\b");
    static final GatedPattern TREATED = GatedPattern.compile(
            "\\b(?:a&e|hospital|er|ambulance|paramedics?|discharged|bloods|"
            + "treated|icu|ward|poison control|stomach pumped)\\b");
    /**
     * A reply that says the act is done ("already did", "too late", "it's done"), read after a stated intent or urge.
     */
    static final GatedPattern DONE = GatedPattern.compile("(?:i )?(?:already (?:did|done|have|took (?:them|it|"
            + "they)(?: all)?)|too late|it'?s (?:already )?done|done it(?: already)?|i did it)\\b(?! (?:for|with|"
            + "on)\\b)");
    /**
     * Treatment told, safety now, or the means given up, as a writer's follow-up tells them ("they cleaned and closed
     * it", "ripped them up", "my brother came over and he's staying").
     */
    static final GatedPattern REASSURED = GatedPattern.compile(
            "\\b(?:(?:i'?m|im|i am) (?:safe|ok|okay|alright|fine) now|(?:they|they'?ve|they have|the (?:doctors?|"
            + "nurses?|paramedics?))"
            + "(?: \\S+)? (?:treated|stitched|cleaned|closed|glued|pumped|checked) (?:me|it|them|my)|"
            + "(?:i'?m|im|i am|been|went|got) (?:at|in|to) (?:the )?(?:hospital|a&e|er|urgent care)|"
            + "(?:i'?m|im|i am) on (?:a|the) (?:ward|drip)|(?:it'?s|its|it has|it'?s finally) stopped bleeding|"
            // the means given up, help called, someone coming to stay
            + "(?:flushed|poured|tipped|dumped|got rid of) (?:them|it|the (?:pills|tablets|meds|blades?|razors?))|"
            + "(?:i )?(?:called|rang|phoned|texted) (?:them|samaritans|the (?:crisis )?(?:line|team)|the helpline|"
            + "999|911|112|000|116 123|988|lifeline)|(?:is|'s) coming (?:over |round )?to stay|"
            + "(?:ripped|tore|threw|binned) (?:them|it|the (?:notes?|letters?|pills|tablets))(?: up| away| out)?|"
            + "handed (?:them|it|the (?:pills|tablets|blades?)) in|(?:staying|stays|is staying|'s staying) with me|"
            + "came (?:over|round) and (?:he|she|they)(?:'s| is| are|'re) staying|(?:i'?m|im|i am) (?:fine|ok|okay|"
            + "alright) today|forget i said (?:it|that|anything)|(?:it was )?just a bad (?:night|day|moment)|"
            // the means taken away by someone else, a parent told ("my husband took the pills out of the house",
            // "she's locking them up", "I feel a bit safer")
            + "(?:took|taken|takes|taking|got|get|moved|removed) (?:them|it|the (?:pills|tablets|meds|blades?|razors?|"
            + "rope|gun|knives))(?: \\S+){0,2}? (?:out of the (?:house|flat|room)|away)|(?:locking|locked|locks|lock) "
            + "(?:them|it|the (?:pills|tablets|meds|blades?|razors?|gun|knives)) (?:up|away)|(?:i )?feel (?:a (?:bit|"
            + "little|lot) |much )?safer)\\b");
    /**
     * A writer's follow-up that says the post was misread ("sorry that came out wrong", "should have been clearer", "it
     * was about my team losing"); it corrects the reading only where the follow-up also gives the other meaning.
     */
    private static final String JOKE_TOLD = "(?:it|that) was (?:(?:just|only) )?(?:a joke|(?:a )?banter|"
            + "an exaggeration)|(?:i was|i'?m|im|was) (?:only |just )?(?:joking|kidding|exaggerating)\\b(?! (?:about|"
            + "when|but))";
    static final GatedPattern CORRECTION = GatedPattern.compile("\\b(?:(?:that|it) came out wrong|(?:should have|"
            + "should'?ve) been clearer|(?:i )?didn'?t explain|sorry for the (?:scare|confusion|panic|worry)|"
            + "(?:it|that) was about (?:my|the|our|this)\\b|i was talking about|i meant (?!it\\b|every|what)|"
            + "not like that|(?:terrible|bad|poor|awful|wrong) wording|badly worded|" + JOKE_TOLD + ")");
    /** The other meaning a correction may give: that it was a joke ("ya im fine it was a joke"). */
    static final GatedPattern JOKE_CORRECTION = GatedPattern.compile("\\b(?:" + JOKE_TOLD + ")");
    /** The other meaning a correction gives: a thing or a game spoken of ("it was about my team losing the final"). */
    static final GatedPattern ABOUT_ORDINARY = GatedPattern.compile("\\b(?:(?:it was|i was talking|i meant|was|that "
            + "was) about|i meant) (?:my|the|our|this) (?!life|death|dying|suicide|pills|tablets|cuts?|self.?harm|"
            + "attempt|wrists?|arms?|legs?|thighs?|skin|body)\\S+|\\bending (?:the|my) (?:\\S+ )?(?:streak|run|season|"
            + "lease|contract|subscription|chapter|tenancy)\\b");
    /**
     * Sympathy offered to the person answered ("I'm so sorry. Have you made a plan?"), which says nothing of the
     * replier; not an apology for oneself ("I'm sorry for everything").
     */
    static final GatedPattern SYMPATHY = GatedPattern.compile("\\b(?:i'?m|im|i am) (?:so |really |very |truly |sooo? )?"
            + "sorry\\b(?! (?:for (?:everything|being|all|what i|the trouble)|i\\b|to (?:everyone|you all)|but i\\b))"
            + "(?: (?:to hear (?:that|this|it)|you'?re (?:going through|feeling) (?:this|that)))?");
    /** A bare agreement with the post it answers ("same", "me too"): the replier says it of themself. */
    static final GatedPattern AGREEMENT = GatedPattern.compile("^(?:(?:yeah|yep|honestly|lol|literally|ugh) )?(?:same"
            + "(?: here| tbh| honestly| for me)?|me too|me as well|this|felt that|relatable|so do i|same same)"
            + "[.!\\s\\p{So}]*$");
    /**
     * A bare reversal of what the post answered denies ("same but i am", "i do tho", "i still am", "wish i could say
     * the same"): under "i'm not suicidal" or "you don't want to die", the replier says it of themself.
     */
    static final GatedPattern REVERSAL = GatedPattern.compile("^(?:(?:yeah|well|honestly|tbh|ngl|lol|sadly|"
            + "unfortunately|idk) )*(?:(?:same|me too|same here)[,.]? )?(?:(?:but|except|only|whereas|and)[,.]? )?"
            + "(?:(?:i(?: still| really)? (?:am|do|would|have|will)|i'?m|im|(?:i )?still (?:am|do))(?: (?:tho|"
            + "though|still|now|again|lately|tbh|honestly|sadly|unfortunately|lol|ngl))*|(?:i )?(?:wish i could|"
            + "can'?t|cannot) say (?:the same|that|same)(?: (?:thing|tbh|honestly|lol|ngl))?)[.!\\s\\p{So}]*$");
    /** A replier's own past told as support ("I've been there too, years ago"; "I felt exactly that way at 20"). */
    static final GatedPattern BEEN_THERE = GatedPattern.compile("\\b(?:i'?ve been there|been there(?: too| myself)?|"
            + "i felt (?:exactly )?(?:that|the same)(?: way)?|i was (?:exactly )?where you are|"
            // "i used to think like that after my divorce", "felt exactly like this last year"
            + "(?:^|\\bi )(?:used to )?(?:think|thought|feel|felt) (?:exactly |just )?(?:like (?:that|this|you)|the same"
            + "(?: way)?|that way)\\b(?=.*\\b(?:used to|last year|years? ago|months ago|back then|at (?:your|that) age|"
            + "when i was|after my)\\b)|i (?:said|wrote|posted) (?:stuff|things|the same|something) like that)\\b");
    /** A joke withdrawn with the risk it was made of in the same or the sentence before. */
    static final GatedPattern JOKE_RISK = GatedPattern.compile(
            "\\b(?:just )?kill me\\b|\\bshoot me\\b|\\bkms\\b|kill myself|"
            + "want to die|unaliv\\w*|suicid\\w*");
    /** A near time denied ("I'm not going to kill myself tonight"): no near time for a plan. */
    static final GatedPattern NEAR_DENIED = GatedPattern.compile("\\b(?:not|never|won'?t|wouldn'?t|"
            // "won't need any of it after this weekend" denies a need, not the time
            + "n't) (?!(?:be )?need)(?:\\S+ ){0,5}?(?:tonight|today|tomorrow|this weekend)\\b");
    /** Where a supposition begins ("if I ever", "what if"): ideation inside it is not stated. */
    static final GatedPattern SUPPOSITION = GatedPattern.compile(
            "\\b(?:if|what if|imagine|suppose|supposing|hypothetically)\\b");
    /** Suicide as what the writer thinks about: a near time then dates the thought, not an intent. */
    static final GatedPattern THINKING_OF = GatedPattern.compile(
            "\\b(?:think|thinking|thought|thoughts) (?:about|of) (?:\\S+ )?"
            + "(?:killing myself|suicide|dying|death|ending (?:it|my life))");
    /** Danger from a wound now, in the present tense: an undated act is then just done. */
    static final GatedPattern PRESENT_SEVERITY = GatedPattern.compile(
            "\\b(?:can see|won'?t stop|can'?t stop|still bleeding|"
            + "feel (?:\\S+ )?(?:sick|faint|weak|dizzy)|(?:i'?m|im) (?:\\S+ )?(?:dizzy|lightheaded)|needs? stitches|"
            // blood lost and its effect told as now ("so much blood this time and my head is spinning"; "been holding
            // a towel on it half an hour")
            + "(?:head|room)(?:'s| is) (?:spinning|swimming)|feeling (?:\\S+ )?(?:dizzy|faint|lightheaded|woozy)|"
            + "(?:so much|a lot of|lots of|loads of) blood|blood everywhere|(?:been )?(?:pressing|holding) (?:\\S+ ){0,3}?"
            + "(?:on it|a towel|pressure) (?:for )?(?:\\d+|half|an|ages|twenty|thirty|ten|fifteen)|"
            + "does it need|spurting|soaking|soaked through|pouring|gushing|running down|still going)\\b");

    static final GatedPattern REPLY_ENCOURAGEMENT = GatedPattern.compile(
            "\\b(just do it|do it then|go (?:ahead|for it) and (?:do it|end it|kill|jump|take|swallow|cut)|"
                    + "(?<!\\bwhy |\\bto |\\bmake you |\\bmakes you |\\bwould you |\\bshould you |\\bif you )"
                    + "kill (?:yourself|urself|ur ?self|yaself)|kys|"
                    + "nobody (?:would|will) miss you|"
                    + "no one (?:would|will) miss you|you should (?:just )?(?:die|end it|kill)|end it already|"
                    + "doing (?:everyone|us|the world|them|him|her|your \\S+) a favou?r|it'?d be peaceful|"
                    + "get it over with|"
                    // a dare to go on ("then do it, nobody's stopping you")
                    + "^(?:well |so )?then do it\\b|(?:nobody|no one|no ?body)(?:'s| is) stopping (?:you|u)|"
                    + "you'?re better off dead|world (?:would be|is) better without you|do it already|go on then|"
                    + "(?:nobody|no one|noone)(?:'?d| would) miss (?:you|u)|sounds like freedom|"
                    + "you'?ve earned the rest|"
                    + "^(?:honestly |tbh )?(?:yeah|yes|yep),? (?:they|you) (?:probably |prob )?(?:would|are|"
                    + "will)(?: be)?(?: better off)?(?=[.!]*$)|"
                    // approval, the peace promised, a dare ("honestly respect it. you'll finally be at peace", "do
                    // it, you won't")
                    + "(?:honestly |i )?respect (?:it|that)(?=\\s*(?:[.!]|$))|(?:you'?ll|youll|u'?ll) (?:finally )?be at "
                    + "peace|do it,? (?:you|u) won'?t|(?:bet|betcha) (?:you|u) (?:won'?t|wont|don'?t)|(?:you|u) (?:won'?t|"
                    + "wont|never) (?:actually )?do it|"
                    // a decision respected, a death wished well, a favour to others ("if that's what you've decided,
                    // it's your right. hope it's peaceful"; "do them the favour"; "hope it works out the way you want")
                    + "(?:if )?(?:that'?s|it'?s) what (?:you'?ve|you have|u'?ve) decided,? (?:it'?s|that'?s) your "
                    + "(?:right|choice|call)|hope it'?s (?:peaceful|painless|quick)|do (?:them|us|everyone|the world) "
                    + "(?:the|a) favou?r|hope it (?:works out|goes) (?:the way|how) (?:you|u) want|"
                    + "^(?:honestly |tbh )?respect,? (?:honestly|tbh)(?=[.!,]|\\s|$)|"
                    // "if you want out that's your call. You've earned your peace."
                    + "if (?:you|u) want out,? (?:that'?s|it'?s) (?:your|ur) (?:call|choice|right)|"
                    // "Just go through with it mate, nobody would blame you"
                    + "(?:^(?:so |then |well )?|\\bjust )go through with it|(?:nobody|no one|no ?body) (?:would|will|"
                    + "could) "
                    + "blame (?:you|u)|"
                    + "(?:you'?ve|you have) earned (?:your|the|some) peace)\\b");
    static final GatedPattern REPLY_MINIMISING = GatedPattern.compile(
            // said to the person answered, not told of the replier ("I tell myself to man up", "not being
            // dramatic"), reported ("he calls me an attention seeking snowflake") or turned round ("it doesn't matter
            // if others have it worse")
            "\\b(for attention|(?<!calls? me an? |called me an? )attention[- ]seek(?:ing|er)?|(?<!not |n't )being "
                    + "(?:so )?dramatic|"
                    + "drama queen|(?<!\\bto |\\bnever |\\band |\\bcan'?t |\\bcould |\\bwill |'ll )get over it"
                    + "\\b(?! myself)|"
                    + "(?<!\\bif it'?s |\\bif its )not that (?:deep|serious|bad)|just (?:some |a few )?"
                    + "scratch(?:es)?|stop whining|(?<!\\bmyself to |\\bme to )man up\\b(?! means)|"
                    + "toughen up|(?<!\\bmatter if |\\bmatter that |\\bnot that )others have it worse|"
                    + "it'?s (?:just )?a "
                    + "phase|you'?re (?:just )?faking|"
                    + "cry for attention|snowflake|everyone feels that way|you'?re overreacting|"
                    // "Headbanging is just a stim ... stop making a big deal of it"
                    + "stop making (?:such )?a (?:big )?deal (?:of|out of|about) (?:it|this|that)|(?:is|it'?s) just a "
                    + "stim\\b|(?:everyone|"
                    + "everybody) does (?:that|it) (?:in|at)\\b|you'?ll grow out of it|"
                    + "(?:just|only|clearly) (?:after|for|wants?|looking for|seeking) attention|"
                    // "you're only posting this for the sympathy", "people who really do it don't post about it"
                    + "(?:only|just) (?:posting|saying|doing|writing) (?:this|it|that) (?:for|to get) (?:the )?"
                    + "(?:sympathy|attention|likes|upvotes|clout)|(?:people|those) who (?:really|actually) (?:do it|"
                    + "mean it|cut|self[- ]?harm|want to die) (?:don'?t|do not|never) (?:post|talk|tell|say)|"
                    + "(?:people|everyone|"
                    + "they) (?:over ?react|make (?:too much|a fuss|a big deal))|(?:cutting|self[- ]?harm\\w*|"
                    + "scratch\\w*|it) (?:\\S+ ){0,2}?(?:isn'?t|is not|ain'?t) (?:a |that )?big deal\\b(?=[^.!?]*\\b(?:overreact|"
                    + "dramatic|attention|fuss)))\\b");
    /**
     * An amount in a reply: a method detail, unless the replier speaks of their own regimen ({@link
     * #REPLY_OWN_REGIMEN}: "I'm currently on 75mg", "started slow at 12.5mg").
     */
    static final GatedPattern REPLY_DOSE = GatedPattern.compile("\\b\\d+ ?(?:mg|milligrams?|pills|tablets|grams)\\b");
    static final GatedPattern REPLY_METHOD = GatedPattern.compile(
            // what works "for me" is a coping tip; "there is no painless way" denies one
            "\\b(lethal dose|enough to (?:kill|die|do it)|"
                    // "a full box of amitriptyline is what did it for my cousin"; "top deck's got no barrier on the
                    // river side, and the security guy leaves at 10"; a chart of levels by weight
                    + "(?:is|was) what did it for\\b|(?:got|has|have) no (?:barriers?|fenc\\w*|railings?|nets?) on\\b|"
                    + "security (?:guy |guard |man )?(?:leaves|goes home|finishes|clocks off) at\\b|nomogram|"
                    + "(?:works|worked) (?:best|better|fastest)(?! for me\\b)|"
                    + "(?<!\\bno |\\bmost )painless (?:way|method)|"
                    + "you'?d need (?:more|something "
                    + "stronger|at least)|dm me (?:the (?:name|details|link|info|method|dose|amount)|for (?:the|"
                    + "details|info|"
                    + "a link))|"
                    + "i can (?:tell|show) you how|there'?s a guide|"
                    + "what works(?! for me\\b)|(?:no ?one|nobody)'?s (?:around|about|there) (?:there |here )?"
                    + "(?:after|at|past|from)\\b|no ?one'?s (?:around|about|there) to "
                    + "(?:stop|see|find) "
                    + "(?:you|u)|there'?s a (?:guide|list|table|chart|site|website)(?: \\S+){0,3}? (?:lists|says|shows|"
                    + "tells)|(?:site|website|table|chart|list) (?:\\S+ ){0,4}?by (?:body ?)?weight|(?:i can|i'?ll|ill|"
                    + "i will|"
                    + "let me) tell (?:you|u) (?:which|what|how|when)\\b|(?:got|have|'ve got) a link (?:with|for|"
                    + "to) (?:all )?"
                    + "(?:that|it|this)|so no ?(?:one|body) (?:stops|can stop|will stop|finds) (?:you|u)|"
                    // the details offered in private, the hour when no one sees ("a site that has all the details on
                    // that, message me", "pm me the name and i'll work it out", "a time of night when nobody would be
                    // around")
                    + "(?:has|have|got) all the (?:details|info|information)|"
                    + "(?:pm|dm|message) me (?:the name|and i'?ll|and ill)|i'?ll work it out for (?:you|u)|"
                    + "(?:time|hour|part) of (?:the )?(?:day|night) when (?:nobody|no one|noone)|(?:nobody|no one) "
                    + "would be around to see|i can tell (?:you|u)(?=\\s*[.!]*$))\\b");
    static final GatedPattern REPLY_NEGATED = GatedPattern.compile(
            "\\b(don'?t|do not|never|please don'?t|not|no)\\s+(?:\\S+\\s+){0,4}?(?:do it|kill yourself|end it|"
                    + "give up|think|say|listen)");
    /** The replier's own medicine and dose ("I'm currently on 75mg", "my prescription is for 20mg"): no method. */
    static final GatedPattern REPLY_OWN_REGIMEN = GatedPattern.compile("\\b(?:i'?m|i am|i was|i'?ve been|been|"
            + "currently|started|starting|start|prescri\\w+|daily|a day|per day|bumped|increased|upped|lowered|"
            + "tapered|taper\\w*|dose of my|my dose|half a dose|first time (?:on|with)|settled on|titrat\\w*)\\b"
            + "(?![^.?!]*\\b(?:lethal|overdose|fatal|kill|die|enough to)\\b)");
}
