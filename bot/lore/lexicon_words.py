"""The spoiler lexicon's words (bot/lore/lexicon.py reads texts with them).

Written the way fans and outside texts write events, not only the way the pack does: slang for dying
("unalives", "kicks the bucket", "rip", "💀", "doesn't make it", "gets eaten"), turning ("becomes one of
them", "zombie Cheong-san"), halfbies ("half human"), Korean (청산 죽어, 남라 반좀비, 온조 아빠) and romanised
Korean ("jugeo", "banjombi"), and what a role stands after (the roles are lexicon_slang.ROLES); a death denied
or a return ("doesn't die", "is back"), a sacrifice told without its word ("went out like a hero", "stays
behind"); where a headline's clauses part (":", " - ", "|"); episode references and reactions ("ep 11",
"😭"); words whose event happens to the one named after them ("lost her brother", "finally gets X").

The patterns compile on first use (bot/lazy_re.py): a start or a `hyosan` command that reads no text
skips a tenth of a CPU-second. BARE_OWNER, OTHER_SEASON and EPISODE_REF stay `re.compile`: the
season-2 walk (bench/walk.py) is their first use, and would count bot/lazy_re.py as one more file.
"""

from __future__ import annotations

import re

from bot.lazy_re import Pattern, compile_later
from bot.lore.chat_people import (
    FAMILY,
    FAMILY_HANGUL,
    FRIENDS,
    PARENTS_ROMANISED,
    PARTNERS,
    SIBLINGS_HANGUL_BY_SEX,
    SIBLINGS_PLURAL,
    alternation,
)

#: A word's start and end that treat hyphenated words as one ("half-zombie"), for every lexicon module.
WORD_START = r"(?<![\w-])"
WORD_END = r"(?![\w-])"
_B, _E = WORD_START, WORD_END
# a number that is an age, never a time or a count ("turns 18", "turned 18"; not "turns 5 mins later", "turned 2 eps in")
_AGE = r"\d+(?!\s*(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|eps?|episodes?)\b)"
WORD_START, WORD_END = _B, _E  # the lexicon's own, stricter words use the same boundaries
#: Korean words carry particles and endings ("죽어", "죽음", "죽었다", "죽더라"; not "죽더라도", even if, nor "죽던지 말던지",
#: whether or not): a stem ends nowhere in particular.
#: A goodbye to fans or before enlistment ("says goodbye to fans before enlistment"): an actor's own life, no death.
_NOT_TO_FANS = (r"(?!\s+(?:to\s+)?(?:(?:his|her|their|the|all|korean|global)\s+)*(?:fans|fandom|viewers|the military"
                r"|civilian life)\b|\s+(?:before|ahead of)\s+(?:(?:his|her|their|the)\s+)?(?:enlist|military|service|army|hiatus))")
_K = (r"(?:죽(?:어|음|었|는|다|네|임|고|게|엇|을|은|던(?!지|가\s?말)|더(?!라도))\w*|죽음|사망\w*|희생\w*|돌아가\w*"
      # a farewell fans cannot bear: "청산 보내기 싫어", "못 보내", "보내주기 싫다" (letting one go is losing them)
      r"|(?<![\uac00-\ud7a3])보내(?:기|주기|드리기)\s?(?:싫|아까|힘들)\w*|(?<![\uac00-\ud7a3])못\s?보내\w*"
      r"|자살(?!\s?(?:시도|하려|할\s?뻔|미수))\w*"  # "자살함": a suicide, not "자살 시도" (an attempt)
      # euphemisms: eaten, gone to heaven, rest in peace (명복), passed (숨짐), put down (안락사)
      r"|(?:잡아|뜯어)먹(?:힘|혔|힌|히)\w*|좀비(?:들)?(?:한테|에게)\s?먹(?:힘|혔|힌)\w*|하늘(?:나라)?(?:로|에)?\s?(?:감|갔|가버)\w*"
      r"|불\s?(?:길\s?)?속으로(?:\s?(?:사라|들어|뛰어)\w*)?|불구덩이(?:로|에|속)\w*"  # into the fire ("귀남이랑 같이 불속으로", "불구덩이로")
      r"|자결\w*|퇴장\w*|좀비\s?밥(?:이\s?)?\s?(?:됨|됐|되|된|돼)\w*"  # took one's own life; became zombie food
      r"|(?<=구하고|살리고|지키고)\s?(?:감|갔\w*|가버\w*)(?![\uac00-\ud7a3])"  # "나연이 구하고 감": saved her and went
      r"|명복\w*|편히\s?쉬(?:어|세요|렴|길)\w*|숨(?:짐|졌|진|져)\w*|안락사\w*|(?<![\uac00-\ud7a3])(?:주금|쥬금|듀금)\w*"  # 주금: 죽음 typed cute
      # one's end (최후: "귀남이 최후"), not the last survivor or stand (최후의 생존자, 최후의 결전)
      # one's last scene (마지막: "청산이의 마지막 장면"), as "Cheong-san's last scene": an owner's, or a scene's
      r"|(?:(?<=의)|(?<=의 ))마지막\w*|마지막\s?(?:장면|모습|순간|씬)\w*|마지막으로\s?(?:보|본|봤|안|웃|인사)\w*"
      r"|최후(?!\s?(?:의\s?)?(?:생존|1인|일인|승자|결전|만찬|보루|수단|심판|전투|통첩|날|회|화))\w*"
      # losing someone (잃은, 잃는: "동생 우진 잃는 장면"), not an eye, one's mind or one's way (눈을 잃은, 정신 잃고, 길 잃음)
      r"|" + "".join(f"(?<!{w})(?<!{w} )(?<!{w}을 )(?<!{w}를 )(?<!{w}을)(?<!{w}를)" for w in (
          "눈", "정신", "길", "기억", "이성", "희망", "의식", "균형", "중심", "자신감", "힘", "기운", "입맛", "말", "인간성",
          "자아", "시력", "팔", "다리", "손", "목소리", "돈", "폰", "지갑", "표정", "웃음", "흥미", "재미", "감", "점수")) +
      r"잃(?:은|는|었|어|고|음|다|을|게)\w*"
      # 초성: ㅈㅇ (죽음), ㅅㅁ (사망), ㅎㅅ (희생); not "스포 ㅈㅇ" (스포 주의: a spoiler warning) nor a longer run
      r"|(?<![ㄱ-ㅎ])(?<!스포)(?<!스포 )(?<!ㅅㅍ )(?:ㅈㅇ|ㅅㅁ|ㅎㅅ)(?![ㄱ-ㅎㅏ-ㅣ]))")
#: Killing, a verb with an object ("우진이를 죽였어"; not "죽인다", "awesome", with no one to kill: lexicon_korean).
_KILL_KO = r"(?<![\uac00-\ud7a3])(?:죽(?:였|여|이|인|일)|보(?:내(?:줌|줬|주었|준|버림|버렸|버린)|냄|냈|낸)|끝(?:냄|냈|낸))\w*"  # "보내줌": let go; "끝냄": ended
#: A camp of another kind ("at summer camp", "boot camp", "band camp"): never the show's quarantine camp.
OTHER_CAMP = "".join(f"(?<!{kind} )" for kind in (
    "summer", "winter", "spring", "training", "boot", "band", "day", "sports", "music", "bible", "church", "ski", "soccer",
    "football", "basketball", "baseball", "tennis", "swim", "science", "space", "math", "coding", "art", "drama", "dance",
    "theater", "theatre", "scout", "youth", "sleepaway", "language", "english", "idol", "fat", "study", "robot", "tech",
    "chess", "debate", "cheer", "leadership", "film", "writing", "computer", "golf", "hockey", "nature", "hiking", "fishing",
    "adventure", "survival", "fitness", "yoga", "horse", "family", "holiday", "vacation", "kids", "base", "prison", "drum",
    "volleyball", "korean", "kpop", "k-pop", "karate", "judo", "taekwondo", "gaming", "wilderness"))
# any kind named by a word of those endings: "robotics camp", "athletics camp", "cheerleading camp", "netball camp"
OTHER_CAMP += "(?<!ics )(?<!ing )(?<!ball )"
#: The same in Korean ("영어캠프", "과학 캠프", "교회 수련회"): a camp the writer goes to, not the show's quarantine camp.
OTHER_CAMP_KO = "".join(f"(?<!{kind})(?<!{kind}\\s)" for kind in (
    "여름", "겨울", "영어", "과학", "코딩", "로봇", "스키", "축구", "농구", "야구", "교회", "수학", "캠핑", "리더십", "독서", "진로",
    "해병대", "아이돌", "댄스", "음악", "미술", "체험", "가족"))
#: The end of a sentence or clause: what "makes it" and "killed" stand before when nothing follows.
_END = r"(?=\s*(?:$|[^\w\s'’-]))"
_OWNED_LIVES = r"|(?<!their )(?<!his )(?<!her )(?<!our )(?<!your )(?<!my )(?<!['’]s )"  # "risk their lives and": the noun
#: Grief that needs no death word when only a name (or whose relative) follows it, then the line ends ("still not over
#: so-ju 😭", "can't move on from onjo's dad"): their death; not "still not over the finale", "still not over how good it was".
STILL_NOT_OVER = (r"(?:(?:still|i['’]?m|im|never) not over|never (?:getting|gonna get) over|(?:can['’]?t|cant|cannot|never)"
                  r" (?:move|moving) on from)(?=\s+[\w-]+(?:['’]s\s+[\w-]+)?" + _END + ")")
_NT = "".join(rf"(?<!\b{w}nt )" for w in ("do", "did", "wo", "does", "ca", "is", "was", "ai", "would", "could", "should", "are", "were",
                                          "have", "has", "had", "must", "might", "need"))  # "dont", not "president", "parent"
#: A return told on with a state kept or the writer's reaction ("namra's back and she's still half zombie", "came back y
#: nadie me avisó", "est de retour et elle est toujours..."): still the story's return, unlike "is back and he's faster
#: now" (his comeback as a halfbie, in season 1).
TOLD_ON = (r"\s+(?:and|y|e|et|at|dan)(?:\s+(?:she|he|they|ella|él|ele|ela|elle|il|siya|dia))?(?:['’]s|['’]re|\s+(?:is|are|est|é"
           r"|está|tá))?\s+(?:still|sigue|continua|ainda|toujours|pa rin|masih|i|i['’]m|im|we|nadie|ningu[ée]m|personne"
           r"|nobody|no one|yo|eu|je|j['’]|agora|ahora|maintenant|now)(?![\w-])")

#: An attempt is no death ("Ji-min tries to end her life and is talked out of it"): it is an attempt (ATTEMPTED).
_TRIED = compile_later(r"(?:(?:tries|tried|trying|try|attempts?|attempted|wants?|wanted) to|almost|nearly)\s+$", re.I)


def attempted(sentence: str, start: int) -> bool:
    """Whether the words at `start` are only tried ("tries to end her life", "almost dies")."""
    return _TRIED.search(sentence, max(0, start - 16), start) is not None


#: "left the kids to die": a death the one who leaves does not die, nor surely those left.
_LEFT_TO = compile_later(r"(?:left|leaves?|leaving|abandon(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){1,3}to\s+$", re.I)


def left_to(sentence: str, start: int) -> bool:
    """Whether the words at `start` are what someone was left to ("left the kids to die")."""
    return _LEFT_TO.search(sentence, max(0, start - 40), start) is not None


#: An attempt on one's own life, as the pack writes it (lexicon_terms.GROUPS) and fans do.
ATTEMPTED = (r"(?:(?:tries|tried|trying|try|attempts?|attempted|wants?|wanted) to (?:end (?:her|his|their) (?:own )?life"
             r"|kill (?:her|him|them)sel(?:f|ves))|suicide attempt)")

#: Making the virus, as the pack writes it (lexicon_terms.GROUPS) and fans do.
CREATED = (r"(?:(?:made|makes|making|make|created?|creates|creating|built|builds|building|engineered|invented"
           r"|develop(?:ed|s|ing)?|cooked up) (?:the |this |a |his |that )?(?:(?:jonas|zombie) )?virus(?! (?:jokes?|puns?|memes?|references?))"
           r"|virus['’]?s? (?:creator|maker|inventor)|(?:creator|maker|inventor) of the (?:(?:jonas|zombie) )?virus)")

#: A farewell ("bye bye X") in a sentence with fans in it: said to an actor it is fans seeing them off (their own life),
#: said to a character it is a death, however the fandom takes it ("the whole fandom is crying").
FAREWELL = compile_later(r"bye[ -]?bye|bai[ -]?bai|good[ -]?bye|farewell|bye+", re.I)
FANS_SEE_OFF = compile_later(r"(?<![\w-])(?:fans|fandom)(?![\w-])", re.I)

#: Kinds of event that happen to a character, each with its words as texts to be judged write them (the
#: pack's own texts are anchored with the stricter words of lexicon.py, so slang never moves an anchor earlier).
GROUPS: dict[str, Pattern] = {
    "death": compile_later(
        _B + r"(?<!phone )(?<!laptop )(?<!battery )(?<!wifi )(?<!internet )(?<!computer )(?<!tv )(?<!pc )(?<!charger )(?<!screen )"
        r"(?<!router )(?<!headphones )(?<!airpods )(?<!controller )(?<!remote )(?<!car )(?<!bus )(?<!engine )(?<!plant )"
        r"(?!(?:die[sd]*|dying) (?:laughing|of (?:laughter|embarrassment|cringe|boredom|cuteness)|(?:at|over) (?:how|the way)\b|(?:at|over) (?:this|that|these|those)(?=\s*(?:$|[^\w\s'’-]|lol\b|lmao\b|omg\b))))(?:di(?:e|es|ed)(?! hard)(?<!\bdie(?= (?:serie|staffel|folge|erste|zweite|dritte|letzte|neue|schule|klasse|geschichte|hauptfigur\w*|figur\w*|schüler\w*|zuschauer\w*)\b))|dying(?! (?:his|her|their|my) hair)(?! (?:to|for) (?!save|protect|her|him|them)\w)"
        # "cheongsan dying for onjo": a death for someone, not a craving ("i'm dying for season 2", "she is dying for chicken")
        r"|(?<![’']m )(?<!\bim )(?<!\bam )(?<![’']re )(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )(?<![’']s )dying for(?= [\w-])"
        r"|(?<=['’]s )end(?:ing)?(?=\s*(?:$|[^\w\s'’-]|(?:still |really )?(?:was|is|in|at|scene|tho|though|hurts?|broke|wrecked)\b))"
        r"|die+[sd]+|d ?i ?e ?s|dyin(?!g)\w*|ded|(?<!from the )dead(?! (?:tired|serious|set|on|wrong|right|end|silent|last|ringer|cent(?:er|re)|gorgeous|cute|funny|heat|weight|ass)" + _E + r")|death(?! star)|deaths|killed by|murdered"
        r"|sacrific\w*|sacr[ai]fi[sz]\w*|sacrafic\w*|deid|dided|died{2,}|perish\w*|unaliv\w*|pass(?:es|ed|ing)? away|(?:kicks?|kicked|kicking) the bucket"
        r"|(?:bites?|bit|biting) the dust|r\.? ?i\.? ?p\.?|rest(?:s|ed)? in peace|no more|goner|(?:is|was|are|were) toast"
        r"|(?:gives?|giving|gave|lays? down) (?:up )?(?:her|his|their|your|my) li(?:fe|ves)|(?:gives?|giving|gave|offers?|offering|offered|feeds?|fed|feeding|throws?|threw|throwing) (?:herself|himself|themselves) (?:up|(?:to|at) the (?:zombies|horde|undead)|at them(?=\s*(?:$|[^\w\s'’-]|so\b)))"
        r"|(?:hold(?:s|ing)?|held) (?:the door|them off|the (?:zombies|horde) (?:off|back)) so (?:they|the others|everyone|the (?:kids|rest))"  # a stand
        r"|(?:ends?|ended|ending) it(?: all)?(?=\s*(?:$|[^\w\s'’-]|(?:and|then|after|before|lol|tho)\b))"  # "then ending it 😶"
        r"|(?:takes?|took|taking) (?:her|his|their) own life|(?:ends?|ended|ending) (?:her|his|their|[\w-]+['’]s) (?:own )?life"
        r"|one last time|goes down|went down|(?:go|goes|going|gone) down (?:in|with) (?:the )?(?:fire|flames|blaze|explosion)|does ?n[o']?t survive|did ?n[o']?t survive|never makes? it|never made it"
        r"|(?:does|do|did) ?n[o']?t make it|last seen|presumed dead|(?:his|her) body|body|corpse|funeral|grave"
        r"|(?<=[\w-] )goodbye(?=\s*(?:$|[^\w\s'’-]))|ghost|(?:last|final|dying) (?:scene|moments?|words|appearance)|(?<=['’]s )(?:last|final) ep(?:isode)?|death scene|(?:is|was|gets?|got|getting|been|being)"
        r" (?:killed|murdered|eaten|devoured|munched|blown up)|eaten(?: alive| by)?|killed off"
        r"|(?:kill(?:s|ed|ing)?|off(?:s|ed|ing)?|shoots?|shot|shooting|ends?|ended|ending) (?:him|her|them)sel(?:f|ves)|killed" + _END
        # "got put down by Nam-ra", "was taken out": a death told of the one it happens to; a sacrifice quoted
        + r"|(?:is|was|gets?|got|getting|been|being) (?:put down|taken out|finished off)|(?:take|eat|bite) me instead"
        # a death told as where they are now, their last breath, or what the horde did
        + r"|(?:is|'s|are) (?:now )?(?:in a better place|with the angels|in heaven|up there|resting now)|last breaths?"
        r"|breathes? (?:his|her|their) last|(?:bled|bleeds|bleeding) out|(?:went|goes|go|going|gone) up in (?:flames|smoke)"
        r"|(?:gets?|got|getting|was|were|is|been|being) (?:swarmed|overrun|overwhelmed|mobbed|torn apart|ripped apart"
        r"|(?:torn|ripped) to (?:pieces|shreds|bits)|dragged (?:away|off|under|down)|pulled (?:into|under|down)|swallowed by"
        r"|consumed by|engulfed)|(?:disappear|vanish)(?:s|ed|ing)? into the (?:horde|zombies|fire|flames|crowd)"
        r"|(?:gets?|got|getting) what (?:was|is) coming|o7|(?<![\w-])f for(?= [\w-])"
        + r"|(?:would|could|(?<=['’])d)(?: still)? (?:have |'ve )?(?:be(?:en)? alive|lived?|survived?|made it)(?! if)"
        + r"|(?:is |was )?gone(?: forever| for good)?(?=\s*(?:$|[^\w\s]))|gone (?:forever|for good)|(?:we|i|they) lost|losing(?! (?:his|her|their|an?|the|my) (?:(?:little|lil|younger|older|big) )?(?:eye|eyes|mind|arm|leg|hand|phone|temper|cool|way|grip|family|" + alternation(*FAMILY) + r")\b)"
        r"|(?:gone|taken|left us|went|leaving us) (?:way |much |far )?too (?:soon|early|young)"
        r"|pour(?:s|ed|ing)? (?:one|a (?:drink|glass|cup)) (?:out )?for|in heaven now|watching over (?:us|them|her|him|everyone)|(?:left|leaves) us|blown up|blew up|explod\w*|burn(?:s|ed|t)? (?:to death|alive)|burned|burnt"
        r"|(?:falls?|fell|falling|go|goes|went|going|gone) (?:down )?(?:the|a|into the) (?:burning |flaming )?shaft|victims?|(?:gets?|got|getting) what (?:she|he|they) deserve[sd]?"
        r"|(?:gets?|got|getting) (?:her|his|their) karma|(?<!(?<![\w-])she )(?<!(?<![\w-])he )(?<!they )(?<!(?<![\w-])i )(?<!(?<![\w-])u )(?<!you )(?<!(?<![\w-])we )(?:deserved?|deserves) (?:so much )?(?:better|worse)(?=\s*(?:$|[^\w\s'’-]|than\b|tbh\b|ngl\b|fr\b))|(?:six|6) (?:feet|ft) under|worm food"
        r"|(?:a )?taste of (?:her|his|their) own medicine|(?:finally )?(?:gets?|got) (?:his|hers)(?=\s*(?:$|[^\w\s'’-]))|(?<=['’]s )karma(?! (?:points?|system|meter))|(?<=[,=] )karma(?=\s*(?:$|[^\w\s]))"
        r"|jug(?:eo\w*|eum|eot\w*|neun|da)|juk(?:eo\w*|eum|eot\w*|da)|(?:says?|said|saying|bids?|bade|bidding) (?:a )?(?:final |last |tearful )?(?:goodbye|farewell)" + _NOT_TO_FANS +
        r"|(?<=['’]s )(?:final|last|tearful) (?:goodbye|farewell)" + _NOT_TO_FANS +
        # a farewell said to someone ("bye bye cheongsan 👋🔥"), not to fans nor to the writer's own ("bye bye my sleep")
        r"|(?<![\w-])(?:bye[ -]?bye|bai[ -]?bai|good[ -]?bye|farewell|bye+(?=\s+[\w-]+(?:\s+[\w-]+)?\s*[🔥👋🫡🕊😭💔]))(?=\s+(?!(?:to\s+)?(?:my|our|your|the|all|fans|kiss|scene|hug|letter|present|gift|party)\b)[\w-])"
        # (fans seeing an actor off, "bye bye yoon chan-young, fans will wait": lexicon.py, FANS_SEE_OFF, as it knows who is named)
        r"(?!.*(?<![\w-])(?:army|military|enlist\w*|(?:military|mandatory|national|army)\s+service|hiatus|discharge\w*|break|vacation|holiday)(?![\w-]))" +
        # "X really said bye", "X walked into the horde": a joke or a walk that is a death
        r"|(?<=[\w-] )(?:really |just |literally )?(?:says?|said|saying) (?:bye(?:[ -]?bye)?(?![ -]?bye)|sayonara|adios|peace out)(?! to (?:my|our|your|the|fans|fandom|viewers)\b)"
        r"|(?:walks?|walked|walking|goes|went|going|runs?|ran|running|charges?|charged|charging|marche[sd]|marching"
        r"|jump(?:s|ed|ing)?|leap(?:s|ed|t|ing)?|(?:throws?|threw|throwing) (?:him|her|them)sel(?:f|ves))"
        r" (?:straight |right |back |calmly )?into (?:the|that|those) (?:zombies|horde|undead|crowd of zombies|fire|flames|blaze)"
        # fans' ways of telling a death without its word: a hero's end, a sacrifice, a body nobody finds
        r"|(?:goes|go|went|going|gone) out (?:like an? (?:hero|legend|king|queen|champ|boss|real one)|an? hero|swinging"
        r"|fighting|in (?:a blaze(?: of glory)?|flames|fire)|with a bang)|last stand|(?:takes?|took|taking) one for the team|(?:takes?|took|taking|take) the (?:fall|bullet|hit)(?= for )"
        r"|why (?:did|does|do) (?:he|she|they|[\w-]+) (?:have|need) to (?:go|leave(?: us)?|die)(?=\s*(?:$|[^\w\s'’-]))"  # grief
        r"|(?<=(?:he|He|HE) )(?:ends?|ended) it(?: all)?(?=\s*(?:$|[^\w\s]))|(?<=(?:she|She|SHE) )(?:ends?|ended) it(?: all)?(?=\s*(?:$|[^\w\s]))"
        r"|(?:final|last) (?:fight|battle|showdown|face-?off|stand-?off)|(?<=['’]s )goodbye"
        r"|(?:stays?|stayed|staying) behind|(?:lures?|lured|luring|draws?|drew|drawing|leads?|led|leading)"
        r" (?:the )?(?:zombies|horde|them all) away"
        # "ran off to lure them 😭": a lure with nothing after it is a stand ("lure them into the music room" is a trap)
        r"|(?:lures?|lured|luring) (?:the )?(?:zombies|horde|them(?: all)?)(?: off)?" + _END +
        # "let the zombies take her so ...": given up to the horde; "justice for X" mourns as "X deserved better"
        r"|(?:lets?|letting) (?:the )?(?:zombies|horde|undead|them) (?:take|get|have|eat|grab) (?:her|him|them)"
        r"|justice for(?= [\w-])|" + STILL_NOT_OVER + r"|(?<=['’]s )(?:last|final) (?:arrow|shot|breath|sacrifice)(?![\w-])|zombie (?:food|chow|snack|bait|lunch|dinner)"
        r"|never (?:came|comes|come|coming) (?:back|out(?=\s*(?:$|[^\w\s'’-]|alive|again|of\b)))|(?:does|did) ?n[o']?t (?:come|make it) back"
        r"|(?:went|goes|go|going) (?:out )?like (?:that|this)|(?:went|goes) out(?=\s*(?:$|[^\w\s'’-]))"
        r"|(?:meets?|met|meeting) (?:his|her|their) (?:end|maker|demise)|demise|press f(?: for)?|f in (?:the )?chat(?: for)?"
        r"|(?:stays?|stayed|staying) back|(?:(?:is|was|are|were) ?n[o']?t|(?:is|was|are|were) not|no longer) alive|no longer with us"
        r"|(?:(?:does|do|did|wo|will|could|can|would) ?n[o']?t|(?:does|do|did|will|could|can|would) not) (?:make it|survive|live)"
        r"(?! (?:to|for|at|on|in time|today|tonight|tomorrow|without|with)(?![\w-])))" + _E
        # a wave into the fire ("cheongsan 👋🔥"), not an actor's enlistment (a salute 🫡 is also fans' approval of a deed)
        + r"|(?:👋\s?🔥|🔥\s?👋)(?!.*(?<![\w-])(?:army|military|enlist\w*|(?:military|mandatory|national|army)\s+service|discharge\w*|fans)(?![\w-]))"
        + r"|💀|☠️?|⚰️?|🪦|🕊️?|😇|👼|:(?:skull|coffin|headstone|funeral[ _]urn|dove(?:[ _]of[ _]peace)?)(?:[ _](?:and[ _])?crossbones)?:|" + _K,
        re.I,
    ),
    "kill": compile_later(
        _B + r"(?:kill(?:s|ing|ers)?|kill?d|kiled|(?<!is )(?<!was )(?<!gets )(?<!got )(?<!get )(?<!been )(?<!being )(?:killed|murdered)|killer(?! (?:looks?|vibes?|outfits?|smiles?|style|visuals?|fits?|performances?"
        r"|acting|voice|vocals|moves|lines?|scenes?|songs?|ost)" + _E + r")|murder(?:s|ing|er)?"
        # "Nam-ra offed Woo-jin": with someone after it
        r"|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bu )(?<!\bi['’]ll )(?:had|have|has|having) to do (?:it|that|this)(?=\s*(?:$|[^\w\s'’-]|to (?:him|her)\b))|finish(?:es|ed|ing)? off(?= (?!(?:the|a|an|it|that|this|my|our|your|his|her|their|season|s\d)\b)[\w-])|(?:off(?:s|ed|ing))(?= (?!(?:the|a|an|up|in|on|at|with|it|that|this|so|too|like|my|our"
        r"|your|lunch|dinner|breakfast|food|well|badly|soon|there|here)\b)[\w-]))(?! (?:by|it)" + _E + r")" + _E + "|" + _KILL_KO,
        re.I,
    ),
    "turn": compile_later(
        _B + r"(?:(?:turns?|turned|turning)(?! in (?!the |ep|episode|e\d|s\d\d?\s*e|season \d\d? ep|[2-9]x\d))(?! (?:on|off|up|down|out|around|away|back|to"
        r"|against|the(?! (?:very )?(?:second|moment|minute|instant|day|night)\b(?! (?:page|half|floor|round|card|key|knob|handle|wheel|corner|chapter|(?:[\w'’-]+ )?(?:around|into))\b)"
        r"|(?:first|second|third|next|last) time\b)"  # "turns the page", not "turns the second she's alone"
        r"|him|her|as|of|at|for|over|a|an|his|their|red|pink|pale|my|(?:every(?:thing)?|it|this|that)(?: [\w'’-]+)? into"  # "turns red", "turns it into"
        r"|" + _AGE + r"|into (?:an? )?(?:simp|comedy|meme|joke|mess"
        r"|(?:cry)?baby|tomato|puddle|fan|fangirl|villain|menace|clown|different person|banger|bop|masterpiece|anthem|earworm))"
        + _E  # "turns 18", "turns into a simp", "the ost turns into a banger in 2x05"
        + r")|eyes (?:went|go|goes|going|turned|turning|turn) (?:all )?(?:white|cloudy|milky)|(?:starts?|started|starting|begins?|began)"
        r" (?:twitching|convulsing|changing|to change|spasming)|(?:was|were) still (?:human|a human|normal)|turnd|turnn?ed(?! " + _AGE + r"| (?:around|away)\b)|zombified|zombifie[sd]|zombiefie[sd]|zomibe|zombe|zonbie|undead|(?:(?:becomes?|became|becoming|turns? into|turned into|turning into|is now|now) )?one of them|(?:into|becomes?|became|now|as|is|was|still|turns? into"
        r"|turned into|turning into|becoming) (?:an? )?(?:ordinary |full |a full )?zombie|zombie (?:form|side|mode|version)"
        r"|jombi|(?:becomes?|became|into|turns? into|turned into) (?:(?:such|quite|what) )?an? (?:monster|zombie)|(?<!you )(?<!\bu )(?<!what a )(?<!such a )monster(?! energy| drink| munch| hunter| truck| jam)|what an? monster (?:[\w-]+ ){1,2}(?:became|becomes|turned into|turns into)|the first (?:zombie|infected|one infected|to turn|one to turn|case)"
        r"|(?:goes|go|went|going|gone) (?:full )?zombie|join(?:s|ed|ing)? the (?:horde|undead|zombies|zombie (?:army|horde)))" + _E + r"|🧟|(?<!반)(?<!반 )좀비(?:(?:가|로|됨|되|화|야|임)\w*|\s?(?:되|됐|된|돼|됨|변|엔딩)\w*)",  # not a halfbie (반좀비)
        re.I,
    ),
    "attempt": compile_later(_B + ATTEMPTED + r"|suicide|(?:tries|tried|trying|attempts?|attempted|wants? to|wanted to|almost|nearly)"
                          r" (?:to )?(?:jump\w*|unaliv\w*)|(?:about|going|ready|gonna|threaten\w*) to jump|(?:on|off) the (?:ledge|edge of the roof)|(?:talks?|talked|talking) (?:her|him|them) (?:down|out of it)"
                          + _E + r"|자살\s?(?:시도|하려|할\s?뻔|미수)\w*|죽으려\w*|뛰어내리려\w*"
                          + _E, re.I),
    "bite": compile_later(_B + r"(?:bit|bites?|biting|bitten|biten|bitted|bitn|scratch(?:ed|es)?|chomp(?:ed|ing)|nibbled|munched on|(?:snack|munch|chomp|nom|feast)(?:s|es|ed|ing|ming|med)? on|(?:gets?|got|getting) got|mull(?:yeo|yeot|yeoss|yeos|im|in)\w*)" + _E + r"|물(?:렸|려|림|린)\w*|물리는(?=\s?(?:거|걸|게|장면|씬|신)(?!\w))"
                         r"|좀비(?:들)?(?:한테|에게)\s?(?:당(?:함|했|한|하)|뜯)\w*"  # "좀비한테 당함": done in by the zombies
                         r"|(?<![\uac00-\ud7a3])(?:물(?:었|어(?!\s?보|봐|봤)|고(?!기)|은|는|잖)|무는)\w*"  # ("청산이 물잖아": bites, you know)
                         # 물다 before a noun: "남라를 문 사람" (who bit Nam-ra), "청산이를 깨문"; after whom, not a door (문)
                         r"|(?<=[을를]\s)깨?문(?![\uac00-\ud7a3])", re.I),
    "infect": compile_later(_B + r"(?:infect(?:s|ed|ing|ion)?|infcted|infeted|infectd|gamyeom"
                         r"|(?:it|everything|the (?:whole )?(?:outbreak|infection|thing)) (?:all )?(?:started|starts|began|begins) with"
                         r"|(?:has|had|have|having|caught|catch(?:es|ing)?|got|gets|getting|contract(?:s|ed|ing)?) (?:the )?(?:jonas |zombie )?virus)" + _E + r"|감염\w*", re.I),
    "halfbie": compile_later(
        _B + r"(?:half-?bies?|hambies?|(?:half|part)[- ]?zombies?|hybrids?|keeps? (?:her|his|their) mind|half[- ]?human|(?:c[ao]mes?|coming|crawl(?:s|ed|ing)?) back (?:from (?:the )?(?:horde|zombies)|stronger than ever|changed)"
        r"|hungry for|hunger for|zombie (?:powers?|strength|hunger|instincts?)|crav(?:es?|ed|ing) (?:human )?(?:blood|flesh|meat)|sniff(?:s|ed|ing)? (?:[\w-]+['’]s )?blood|thirst(?:y|s|ing)? for blood"
        r"|blood ?thirsty|red[- ]eyed?|red eyes|eyes (?:(?:turn(?:s|ed|ing)?|went|go|goes|going|glow(?:s|ed|ing)?) (?:all )?|(?:(?:are|were|is) )?(?:now |all )?(?:glowing )?)red|(?<=['’]s )hunger|(?:goes|go|going|gone|went) feral|immortal|unkillable|invincible|superhuman|super ?strength|regenerat\w*|(?:is ?n[o']?t|not) (?:fully |really |even )?human(?: anymore)?|no longer human|banjombi|ban-jombi)" + _E
        + r"|빨간\s?눈\w*|눈(?:이|깔이?)?\s?빨(?:개|간|갛)\w*|반 ?좀비\w*|반인반좀\w*|(?<![ㄱ-ㅎ])ㅂㅈㅂ(?![ㄱ-ㅎㅏ-ㅣ])"  # ㅂㅈㅂ: 반좀비 in 초성
        + r"|하프\s?(?:빗|비|좀비)\w*|햄비\w*",  # "halfbie"/"hambie" in hangul (하프 alone is a harp)
        re.I,
    ),
    "survival": compile_later(
        _B + r"(?<!not )(?<!n't )" + _NT + r"(?<!never )(?<!else )(?<!nobody )(?<!no one )(?<!else is )(?<!else was )"
        r"(?<!no one is )(?<!no one was )(?<!nobody is )(?<!nobody was )(?<!nobody['’]s )(?<!no one['’]s )(?<!else['’]s )(?:surviv\w*|alive|fate"
        r"|lives through|live[sd]?(?: (?:in|at) the end| on)?" + _END + _OWNED_LIVES + r"live[sd](?= (?:and|but|while|tho|though|lol|omg)\b(?! (?:breathe[sd]?|work(?:s|ed)?|stud(?:ies|y|ied)|goes|went|eats|ate|sleeps|slept)\b))"  # "suhyuk lives and i'm relieved"
        r"|(?:gets?|got|getting) out(?: alive)?" + _END + r"|makes? it out|made it out|(?:makes?|making) it(?: through| to the end| alive)?"
        + _END + r"|made it(?: through| to the end| alive)?" + _END + r"|escapes? (?:from )?hyosan"
        r"|reach(?:es|ed)? (?:the )?(?:quarantine )?camp|(?:makes?|made|making) it (?:out )?to (?:the )?(?:quarantine )?camp"
        r"|(?:ends?|ended|ending) up (?:at|in) (?:the )?(?:quarantine )?camp|(?:gets?|got|arrives?|arrived) (?:to|at) (?:the )?(?:quarantine )?camp"
        r"|four months later|epilogue|saranam\w*|(?:walks?|walked|walking|comes?|came|coming|gets?|got|crawls?|crawled) out of (?:the|that) (?:fire|flames|blaze|shaft)"
        # a death denied is a fate told: "Cheong-san doesn't die", "On-jo never dies", "isn't dead"
        r"|(?:does|do|did|will|would|wo) ?n[o']?t (?:really |actually |even )?die|never (?:dies|died|die)"
        r"|(?:is|was|are|were) ?n[o']?t (?:really |actually |even )?(?:dead|killed)|not (?:really |actually )?dead"
        r"|(?:does|did) ?n[o']?t get killed"
        # a return is a survival ("the return of Cheong-san", "Nam-ra's back", "comes back to life", "is back and ...")
        r"|return of|(?<=['’]s )return|(?:wo|will|is|are|does|do|was) ?n[o']?t (?:be )?(?:back|return\w*|coming back|come back)"
        # not a return from one scene ("came back from the dead after the library", "thrown off the roof and STILL came back")
        r"|(?:(?:is|are) )?back from the dead(?! after)|(?:is|are|(?<=\w['’])s) back(?=\s*(?:$|[^\w\s'’-]|[ㄱ-ㅎㅏ-ㅣ])|" + TOLD_ON + ")|lives on"
        r"|(?<!never )(?<!n't )" + _NT + r"(?<!still )(?:returns?|returning|comes? back|came back|coming back)"
        r"(?=\s*(?:$|[^\w\s'’-]|[ㄱ-ㅎㅏ-ㅣ]|to life|from the dead(?! after)|in (?:season|s2|part)|for (?:season|s2|part))|" + TOLD_ON + ")"
        r"|(?:returns?|returning|comes? back|came back)(?= as (?!(?:a|an|the|something|someone)\b))"
        r"|resurrect\w*|revived?|(?<=['’]s )goodbye"
        # leaving the group (as Nam-ra does at the end)
        r"|(?:leaves?|left|leaving) (?:[\w-]+ and )?(?:the group|them all|her friends|his friends|everyone|the others)|(?:slips?|slipped|slipping|walks?"
        r"|walked) away|(?:runs?|ran|running|walks?|walked|walking|wanders?|wandered|sneaks?|snuck) (?:off|away) from"
        r" (?:[\w-]+ and )?(?:the group|(?:her|his|their) friends|everyone|the others)|(?:leaves|left)(?=\s*(?:$|[^\w\s'’-])))" + _E
        + r"|살아\s?남\w*|살아\s?있\w*|살아\s?가\w*|살아\s?돌아\w*|생존\w*|떠나\w*|떠났\w*|떠남|살았\w*|살아(?=\s*(?:$|[?!.~ㅠㅜㅋㅎ]))",
        re.I,
    ),
    "family": compile_later(
        _B + "(?:" + alternation(*FAMILY, *SIBLINGS_PLURAL, *PARENTS_ROMANISED) + ")" + _E + "|" + alternation(*FAMILY_HANGUL),
        re.I,
    ),
    "romance": compile_later(
        _B + r"(?:kiss\w*|ppo ?ppo|bbo ?bbo|(?<!\bi )(?<!\bwe )(?<!\bi really )(?<!\bi just )(?<!\bi so )(?<!\bwe all )loves?|in love|crush\w*|falls? for|fell for|feelings for|how (?:he|she) feels"
        r"|confess\w* (?:his|her|their) (?:feelings|love)|confess\w* to (?!the )\w+|endgame|canon(?! event)|otp"
        r"|end(?:s|ed)? up together|(?:gets?|got) together|(?:are|were|is) dating|(?:asks?|asked|asking) (?:her|him|[\w-]+) out"
        r"|(?:has|had|have|having|got) (?:a )?(?:thing|crush|soft spot) for|(?:catch(?:es|ing)?|caught) feelings(?! for)|(?:likes?|liked) (?:her|him) back"
        r"|simp(?:s|ing|ed)? (?:for|over)|(?:are|were|is) (?:a )?(?:couple|thing|item)"
        r"|(?:says?|said|saying|admits?|admitted|admitting) (?:that )?(?:he|she) (?:likes|liked|loves|loved) (?:her|him))" + _E + r"|💋|키스\w*|뽀뽀\w*|고백\w*|좋아한다고\w*|사귀\w*",
        re.I,
    ),
    "create": compile_later(
        _B + r"(?:" + CREATED + r"|(?:his|her|the teacher['’]s) virus|(?:behind|responsible for|started|caused) the"
        r" (?:whole |entire )?(?:(?:jonas |zombie )?virus|outbreak)|(?:is|was|'s) (?:the )?(?:real |true |actual |main |og )?"
        r"(?:villain|bad guy|culprit|mastermind|one behind (?:it|this|everything|it all))|behind it all|started it all)" + _E
        + r"|(?<![\w-])(?:jonas |zombie |the |this |that )?virus (?:was|is|got|gets) (?:made|created|engineered|invented|developed|cooked up)"
        r" by(?![\w-])|(?:바이러스|좀비\s?바이러스)(?:를|을)?\s?(?:만(?:든|들었|들어|듦|들고|들다)|개발\w*)\w*|범인\w*|흑막\w*|원흉\w*", re.I),  # "바이러스 만든 범인"
    # Kinds the pack's event index has (events.yaml `kind`), read only through its events' participants.
    "kiss": compile_later(_B + r"(?:kiss\w*|smooch\w*|making out|made out|ppo ?ppo|bbo ?bbo)" + _E + r"|💋|키스\w*|뽀뽀\w*", re.I),
    "confession": compile_later(
        _B + r"(?:confess\w*|(?:tells?|told|telling) (?:her|him|\w+) how (?:he|she) feels|how (?:he|she) feels"
        r"|(?:tells?|told|telling) (?:her|him|[\w-]+) (?:that )?(?:he|she) (?:likes|liked|loves|loved|ha[sd] feelings for|ha[sd] a crush on|ha[sd] a thing for)"
        r"|says? i love you|said i love you|(?:says?|said|saying|admits?|admitted|admitting) (?:that )?(?:he|she) (?:likes|liked|loves|loved) (?:her|him))" + _E + r"|고백\w*",
        re.I,
    ),
    "birth": compile_later(_B + r"(?:(?:gives?|gave|giving) birth|birth|baby|newborn|infant|labou?r)" + _E
                        + r"|(?<![\uac00-\ud7a3])낳(?:음|았|아|은|는|고)\w*|출산\w*", re.I),  # "희수 아기 낳음"
    "rescue": compile_later(
        # not a viewing put off ("saving s02e04 for tomorrow")
        _B + r"(?:sav(?:es?|ed|ing)(?! (?:\S+ ){1,2}for (?:later|tomorrow|tmrw|tonight|the weekend)\b)|rescu(?:es|ed|ing|er)|rescue (?=him|her|them|of)|(?:comes?|came|coming) to (?:his|her|their) rescue|carr(?:y|ies|ied|ying)(?! (?:his|her|its|their|the|a) (?:name|title))|hauls?|hauled|pulls? (?:him|her) (?:up|in|back)"
        r"|protect\w*|shield\w*|escort\w*|(?:comes?|came|coming|went|goes|going|runs?|ran|running) back for(?= (?!(?:s2|season|more|part|a|the|it)\b))|(?:push(?:es|ed|ing)?|drives?|drove|driving|beats?|fights?|fought|fighting) (?:[\w'’-]+ ){1,2}(?:back|off)|abandon(?:s|ed|ing)?(?! (?:his|her|their|the|an?) (?:post|job|duty|plan|car|ship|base|station|mission|search))|left behind|(?:leaves?|left|leaving) (?:[\w'’-]+ ){1,2}(?:behind|alone|to die|for dead)|(?:leaves?|left|leaving|feeds?|fed|feeding|throws?|threw|thrown) (?:[\w'’-]+ ){1,2}to the (?:zombies|horde)|ditch(?:es|ed|ing)?|betray(?:s|ed|ing|al)?|(?:holds?|held|holding) (?:[\w'’-]+ ){0,2}off)" + _E
        # Korean, done: saved, protected, abandoned ("효령이 버리고 감", "우진이가 하리 지켰어", "두고 도망감")
        + r"|(?<![\uac00-\ud7a3])(?:구(?:했|함|해(?:줬|냈|냄))|지(?:켰|킴|켜(?:줬|냈|냄))|버(?:리고|렸|림|려(?:두|놓)고)|두고\s?(?:가|감|갔|도망|떠))\w*"
        # trying to save someone ("나연이 살리려고", "구하려다"): a rescue told by its aim
        r"|(?<![\uac00-\ud7a3])(?:살리(?:려|러|고)|살려(?:줬|주려|내)|구하(?:려|러))\w*"
        # saving someone as it happened ("온조 구하다가 죽었어", "구하고 죽음")
        r"|(?<![\uac00-\ud7a3])(?:구하|살리|지키)(?:다가?|면서|고)(?![\uac00-\ud7a3])",
        re.I,
    ),
    "attack": compile_later(
        _B + r"(?:attack\w*|maul\w*|stab\w*|eye (?:stabbed|gouged)|gouge\w*|thr(?:ow|ows|own|ew|owing) (?:[\w-]+ )?off"
        r"|(?:thr(?:ow|ows|own|ew|owing)|toss(?:es|ed|ing)?|chuck(?:s|ed|ing)?|flung|flings?) (?:[\w-]+ )?(?:from|off of|out of) the"
        r"|(?:toss(?:es|ed|ing)?|chuck(?:s|ed|ing)?|flung|flings?) (?:[\w-]+ )?off"
        r"|yeet\w*|hurl(?:s|ed|ing)?|(?:throws?|threw|thrown|throwing|drops?|dropped|dropping|toss(?:es|ed|ing)?|feeds?|fed"
        r"|feeding|push(?:es|ed|ing)?|shoves?|shoved) (?:[\w'’-]+ ){0,2}(?:to|among|into|at) the (?:zombies|horde))" + _E
        + r"|(?<![\uac00-\ud7a3])(?:찔(?:러|렀|림|린|려|리)|던(?:져|졌|짐|지)|밀어\s?(?:떨어|던)|떨어(?:뜨|짐|졌|져))\w*", re.I),  # "눈 찔림", "옥상에서 던짐"
}

#: How what the pack's "reveal" events tell comes out (lexicon_terms.RetoldEvents): owned up to, or its reason.
#: Read only for those events (no character has an event of these kinds).
HOW_REVEALED: dict[str, Pattern] = {
    "admission": compile_later(
        _B + r"(?:admit\w*|confess\w*|own(?:s|ed|ing)? up|c[ao]mes? clean|coming clean|reveal\w*|expos\w*"
        r"|turns? out|turned out|(?:tells?|told|telling) (?:the )?(?:police|cops|detectives?)|to the (?:police|cops))" + _E,
        re.I),
    "motive": compile_later(
        _B + r"(?:motive\w*|reasons?|why|because|hoping|(?:in order )?to (?:make|help|give) (?:his|her) (?:bullied )?son"
        r"|for (?:his|her) (?:bullied )?son|so (?:that )?(?:his|her) (?:bullied )?son|(?:bc|cuz|cause|coz|since) (?:his|her) (?:son|kid|boy)"
        # the virus given to the son, the motive's deed: "given the virus by his own father", "tested it on his son"
        r"|(?:by|from) (?:his|her) (?:own )?(?:father|dad)|(?:on|to|into) (?:his|her) (?:own )?(?:bullied )?son)" + _E
        # Korean: the reason, or for the son ("이쌤 동기가 아들 때문이었다니")
        + r"|(?<![\uac00-\ud7a3])(?:동기|이유)(?:가|는|이|를|도)?(?![\uac00-\ud7a3])|아들\s?(?:때문|땜|위해|위한)\w*", re.I),
}

#: What happens to someone, of any kind, said of an event's people ("what Na-yeon did to him", "what happens to
#: Cheong-san's mother at the school", the one who did it "of all people"): with two of them named, or a word of
#: the event, it retells it.
DONE_TO = compile_later(_B + r"(?:(?:did|does|do|done|doing) (?:that |this |it )?to|did (?:him|her|them) dirty"
                     r"|happen(?:s|ed|ing)? to|of all people"
                     r"|(?:vs\.?|versus) (?:the )?zombi(?:e|fied)(?= [\w-])"  # "cheongsan's mom vs zombie gyeongsu": their attack  # "X's mom 💔 Gyeong-su of all people": who did it
                     # "woojin 😭😭 namra had no choice": the one who had to do it (not "had no choice but to hide")
                     r"|(?:(?:had|has|have|having) no (?:other )?(?:choice|option)|(?:had|has) to do (?:it|that|this)(?: (?:herself|himself|themselves|alone))?)(?=\s*(?:$|[^\w\s'’-])))"
                     + _E
                     # Korean: suffered at someone's hands ("청산맘 경수한테 당함"; alone, "선생님한테 당함", no event's people)
                     + r"|(?<=한테|에게)\s?당(?:함|했|한|해)\w*|(?<=한테 |에게 )당(?:함|했|한|해)\w*", re.I)
#: Harm borne for someone ("who dies protecting Ha-ri", "is bitten saving Su-hyeok"), with a rescue word.
HARM = compile_later(_B + r"(?:di(?:e|es|ed)|dying|dead|death|killed|bit|bitten|bites?|turn(?:s|ed)?|infected|sacrific\w*)" + _E
                  # Korean: died, bitten, infected ("온조 구하다 죽음", "하리 지키다 물림")
                  + r"|" + _K + r"|(?<![\uac00-\ud7a3])(?:물(?:렸|림|린|려서)|감염(?:됨|됐|된|돼))\w*", re.I)

#: How a character comes or goes (lexicon_terms.RetoldEvents): the pack's events whose own text moves someone
#: ("rides to the school", "leaves school", "arrives at the gym") are retold with these words and the place
#: ("chungsan's mum comes to the school", "hee-soo walks out of school", "soju gets to the gym").
MOVES: dict[str, Pattern] = {
    "arrival": compile_later(
        _B + r"(?:(?:comes?|came|coming)(?! face)|rides?|rode|riding|(?:drives?|drove|driving) to|arriv(?:es?|ed|ing)|reach(?:es|ed|ing)?"
        r"|(?:gets?|got|getting) to|(?:shows?|showed|showing|turns?|turned) up|heads? (?:to|for)|headed (?:to|for)"
        r"|(?:makes?|made|making) (?:it|(?:her|his|their) way)(?: up| back)? to|(?:swims?|swam|swimming) back"
        r"|(?:runs?|ran|running|rush(?:es|ed|ing)?|hurr(?:y|ies|ied|ying)|races?|raced|racing) (?:back )?to"
        r"|(?:climbs?|climbed|climbing|crawls?|crawled|crawling) (?:all the way )?(?:up )?(?:to|onto|into))" + _E, re.I),
    "leaving": compile_later(
        _B + r"(?:leaves?|left|leaving|flees?|fled|fleeing|escap(?:es?|ed|ing)|(?:runs?|ran|running) (?:off|away|out)"
        r"|(?:walks?|walked|walking) (?:out|off|away)|(?:gets?|got|getting) out|(?:slips?|slipped|slipping) away|abandon(?:s|ed|ing)?|ditch(?:es|ed|ing)?"
        r"|(?:sneaks?|snuck) out|(?:leads?|led|leading|gets?|got|getting) (?:[\w'’-]+ ){1,2}out"
        r"|(?:fl(?:y|ies|ew|ying|own)|takes? off|took off) (?:off|away|without))" + _E + r"|도망\w*|떠나\w*|떠났\w*", re.I),
}

#: "zombie Cheong-san", "cheongsan zombie", "Nam-ra is zombie now": the bare word next to a name is a turn
#: (not "zombie show" nor "zombies", which are what the show is about).
# (its match holds 2 words at most, "zombie was": searched through lexicon_reach)
ZOMBIE_BEFORE = compile_later(r"(?:^|[^\w-])(?:zombie|zombified|undead|좀비)\s+(?:(?:is|was)\s+)?$", re.I)
ZOMBIE_AFTER = compile_later(
    r"^(?:['’]s)?\s*(?:(?:is|was|as|=|becomes?|became|now|still|lowkey|basically|literally|kinda|technically|really"
    r"|actually|practically)\s+){0,2}(?:an?\s+)?(?:zombie|zombified|좀비)"
    r"(?![\w-])(?!\s+(?:show|series|drama|apocalypse|movie|film|genre|outbreak|virus|attack|horde|fans?|fandom|kdrama"
    r"|" + alternation(*FAMILY) + r")(?![\w-]))"
    r"(?!\s?(?:가\s?)?(?:된|돼버린|되어버린|화된)\s?(?:" + alternation(*FAMILY_HANGUL, *SIBLINGS_HANGUL_BY_SEX) + "))",  # "좀비 된 엄마": hers
    re.I,
)

#: Words only the show uses, or its zombies: a text holding one is about the show (lexicon_scenes.OTHER_STORIES).
SHOW_WORDS = compile_later(
    r"(?<![\w-])(?:zombi(?:e|es|fied)|undead|half-?bies?|hambies?|half[- ]?zombies?|hyosan|jonas virus|aou?ad"
    r"|all of us are dead|k-?drama|kdrama|yangdong)(?![\w-])|좀비|지금 우리 학교는|효산", re.I)

#: What a one-word role stands after to be one ("the teacher", "which politician", "the first teacher"), or before
#: ("commander guy", "that teacher dude": a fan's way of naming one): not "a teacher".
ROLE_AFTER = r"(?:(?<=the )|(?<=which )|(?<=the first )|(?<=the only )|(?<!\ba )(?<!\ban )(?<!some )(?<!my )(?=[\w-]+ (?:guy|dude|lady)(?![\w-])))"

#: Relatives written after a name (with or without "'s": "On-jo's father", "onjo dad", "온조 아빠").
RELATIVE = compile_later(
    r"\s*(?:(?:little|lil|big|younger|older|baby|kid|own|best|poor)\s+)?(?:(?:zombified|zombie|undead|dead|infected|turned)\s+|좀비\s?(?:가\s?)?(?:된|돼버린|되어버린|화된|돼서)\s?)?(" + alternation(*FRIENDS, *PARTNERS, *FAMILY, "child", "sibling", *PARENTS_ROMANISED)
    + "|" + alternation(*FAMILY_HANGUL, *SIBLINGS_HANGUL_BY_SEX) + r"|맘(?!에|대로|껏|먹|마)|형|베프|절친|단짝|친구)"
    r"(?:(?<=베프|절친|단짝|친구)[\uac00-\ud7a3]*)?"  # "온조 베프였는데": a friend word with its ending, as a relative's
    r"(?:(?<=[\uac00-\ud7a3])(?:이가|이는|이를|이|가|은|는|을|를|도|의|한테|에게))?(?![\w-])",  # "온조 아빠가": its particle
    re.I,
)
RELATIVE_TYPES = {
    "father": "child_of", "dad": "child_of", "mother": "child_of", "mum": "child_of", "mom": "child_of",
    "parent": "child_of", "parents": "child_of", "son": "parent_of", "daughter": "parent_of", "child": "parent_of",
    "brother": "sibling", "sister": "sibling", "sibling": "sibling", "bro": "sibling", "sis": "sibling",
    "friend": "best_friend_of", "bff": "best_friend_of", "bestie": "best_friend_of",
    "gf": "partner", "bf": "partner", "girlfriend": "partner", "boyfriend": "partner", "bae": "partner",
    "appa": "child_of", "eomma": "child_of", "umma": "child_of",
    "아빠": "child_of", "아버지": "child_of", "엄마": "child_of", "맘": "child_of", "어머니": "child_of", "동생": "sibling", "남동생": "sibling",
    "여동생": "sibling", "오빠": "sibling", "누나": "sibling", "언니": "sibling", "형": "sibling",
    # a Korean friend word makes the name before it an owner only: which friend it is the pack cannot say (I-sak, Cheong-san)
    "베프": "friend_of", "절친": "friend_of", "단짝": "friend_of", "친구": "friend_of",
}
#: A relative written after "his", "her", "their" ("her little brother", "his zombified mother").
PRONOUN_RELATIVE = compile_later(
    r"\b(?:his|her|their|whose)\s+(?:own\s+|little\s+|lil\s+|younger\s+|older\s+|big\s+|poor\s+)?"
    r"(?:(?:zombified|zombie|undead|dead|infected|turned)\s+)?"
    r"(father|dad|mother|mum|mom|son|daughter|brother|sister|bro|sis|gf|bf|girlfriend|boyfriend)\b",
    re.I,
)
#: A relative typed onto a Korean name ("온조아빠", "청산맘"; not "맘에 들어": liking).
GLUED_RELATIVE = compile_later(r"(?<=[\uac00-\ud7a3])(?:" + alternation(*FAMILY_HANGUL, *SIBLINGS_HANGUL_BY_SEX) + "|맘(?!에|대로|껏|먹))")
#: "Yoon Chan-young's character dies": an actor's character is not an owner.
#: What makes "X's" no owner: "Yoon Chan-young's character dies" (the character), and "'s" that is "is" or "has"
#: ("woojin's gonna get bit", "namra's a halfbie", "so-ju's about to die", "gwinam's been bitten"): a word a
#: noun never follows an owner with.
CHARACTER_OF = compile_later(
    r"\s*(?:character|role|(?:final|last) (?:ep(?:isode)?|scene|appearance))\b|\s+(?:gonna|going|gotta|about\s+to|been|being|getting|becoming|coming|staying|turning"
    r"|dying|not|never|still|already|finally|totally|definitely|really|literally|actually|just|so|a|an|the|alive"
    r"|gone|bitten|infected|done|toast|next)\b", re.I)
#: An owner counts for the word written right after it ("Cheong-san's death", "Nam-ra's zombie side").
OWNED_GAP = compile_later(
    r"^(?:['’]s?)?\s*(?:(?:last|final|heroic|tragic|sad|own|untimely|big|apparent|supposed|alleged|shocking|heartbreaking|brutal"
    r"|emotional|sudden|real|fake|noble|brave|painful|cruel|possible|eventual|off-?screen|on-?screen)\s+){0,2}"
    r"(?:(?:fate|ending|end|karma|arc|storyline|story|moment|scene)\s*[:=-]?\s*)?$",
    re.I,
)
#: "onjos dad": an owner written without its apostrophe, before a relative.
BARE_OWNER = re.compile(r"(?<=[a-z])s(?=\s+(?:" + alternation(*FAMILY) + r")\b)", re.I)
#: An event word followed by a relative ("his zombified mother") happens to the relative.
OF_A_RELATIVE = compile_later(r"\s*(?:(?:" + alternation(*FAMILY) + r")\b"
                           "|" + alternation(*FAMILY_HANGUL, *SIBLINGS_HANGUL_BY_SEX) + ")", re.I)  # "좀비 된 엄마": the mother's turn
#: A bite word that tells being bitten ("is bitten", "got bit", "hides a bite", "물렸어"), not biting.
BITTEN = compile_later(r"bitten|(?:gets?|got|getting) got|mull(?:yeo|yeot|yeoss|yeos|im|in)|물(?:렸|려|림|린)", re.I)
# (its match holds 1 word: searched through lexicon_reach)
BITTEN_BEFORE = compile_later(
    r"(?:(?<![\w-])(?:is|was|are|were|gets?|got|getting|been|being|be|finally|also|almost|nearly)\s+"
    r"|(?<![\w-])(?:an?|her|his|their|the)\s+)$", re.I)
#: A turn into a halfbie ("turned into a hambie") is a halfbie's, not a zombie's turn.
INTO_HALFBIE = compile_later(r"\s+into\s+(?:an?\s+)?(?:half|hamb|hybrid|banjombi)", re.I)
#: "X is bitten by Y": the one before the word is the one it happens to.
BY = compile_later(r"\s+by\b", re.I)
#: When the pack anchors no event of a kind for a character, the kinds that imply it ("Nam-ra is
#: infected": her bite; "Cheong-san becomes a zombie": his bite). The earliest of them counts.
#: Death words that mourn rather than tell how ("rip", 🪦, "justice for"): said of one the pack never has die (Nam-ra,
#: a halfbie; "F for namra") they mourn her turn; a told death ("burned", "died") of her is read as before, not at all.
MOURNING = compile_later(r"r\.? ?i\.? ?p\.?|rest(?:s|ed)? in peace|🪦|😇|👼|🕊️?|⚰️?|justice for|press f(?: for)?|f (?:for|por|para|pour|untuk|buat)|f in (?:the )?chat(?: for)?"
                      r"|o7|in heaven now|(?:gone|taken|left us|went|leaving us) (?:way |much |far )?too (?:soon|early|young)"
                      r"|(?:deserved?|deserves) (?:so much )?better|" + STILL_NOT_OVER, re.I)
IMPLIED_BY: dict[str, tuple[str, ...]] = {
    "bitten": ("halfbie", "turn", "infect"),
    "infect": ("bite", "halfbie", "turn"),
    "turn": ("halfbie", "bite", "infect"),
    "halfbie": ("turn", "bite", "infect"),
    "romance": ("kiss", "confession"),
    # "rip class president": a death word said of one the pack never has die mourns what she lost, her turn
    "death": ("halfbie", "turn"),
}

#: Where a sentence's clauses part: a colon, a dash between spaces (or an en or em dash), "|", "•" and "/"
#: between spaces, as headlines and fans write them ("Gyeong-su turns into a zombie: Na-yeon ..."). Not a
#: hyphen inside a word, a time ("9:30"), a link ("https://") nor an emoji code (":skull:", masked first). Spaces
#: are tried from the first of a run only: 4,000 of them before a dash were read once per space (0.2 s).
CLAUSE_BREAK = compile_later(r"(?<!\d):(?!\d|//)|(?<!\s)(?:\s+-+\s+|\s*[–—|•]\s*|\s+/\s+)")
#: Discord's emoji codes (":skull:", ":broken_heart:"), whose colons part nothing.
SHORTCODE = compile_later(r":[a-z0-9_+ -]{2,40}:", re.I)

#: An episode of season 1 named in the text ("ep 11", "episode 5", "e11", "s1e11", "the finale", "at the end": the
#: season's last, as the pack has it; not "in the end", which is "eventually"): with an event word, a character or a reaction it gives that episode away
#: ("cant believe ep 11 did that to him"); "at the end" (group 3, an idiom too) only with an event word or a character.
#: Not an episode of season 2 ("s2 ep 3", "season 2 episode 1").
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
NUMBER_WORDS = {word: n for n, word in enumerate(_NUMBER_WORDS, 1)}
# The show itself named as where a character is, not the writer's life ("en la serie", "na série", "in the show",
# "드라마에선"): the guard reads a fate said there as the character's (bot.lore.guard_openings, lexicon_episodes' pets)
SHOW_PLACE = (r"en la serie|na s[ée]rie|in the (?:show|series)|dans la s[ée]rie|nella serie|en el show|no show|sa (?:show|series?)"
              r"|(?:드라마|본편|작품)(?:에선|에서는|에서)")
#: A season other than the first named in a sentence: its episodes are not season 1's ("Season 7 finale").
OTHER_SEASON = re.compile(r"(?<![\w-])(?:(?:season|s)\s*(?:[2-9]|\d\d|two|three|four|five)|p2\s*e\s*\d{1,2}"
                          r"|(?:of|in) (?:the )?(?:part|pt\.?)\s*2)(?![\w-])|시즌\s?[2-9](?!\d)", re.I)  # "ep 3 of pt 2": no season 1's
EPISODE_REF = re.compile(
    r"(?<!season )(?<!season two )(?<!season 2 )(?<!s2 )(?<!s2)(?<![\w-])"
    r"(?:(?:s(?:eason )?(?:1|one)\s*,?\s*)?(?:ep(?:isode)?s?\.?\s*#?|e)(\d{1,2})|episode (" + "|".join(_NUMBER_WORDS) + r")"
    r"|(?<!['’]s )(?<!his )(?<!her )(?:the )?(?:finale|(?:final|last) ep(?:isode)?)(?! of (?!(?:the )?(?:show|series|season(?: (?:1|one))?|s1)\b))|(?<!\d )(?:the )?ending(?= (?:with|where|when)\b)|(?<=in )the ending"
    r"|((?:at|by) the (?:very )?end(?! of(?! (?:the )?(?:show|series|season(?: (?:1|one))?|s1)(?![\w-]))))"
    # Korean: "11화", "11화에서", "막화" / "마지막 화" / "최종화" (the last), with a particle
    r"|(\d{1,2})\s?화(?:에서|에|는|은|도|의|까지|부터|가|이|를|을)?|(?:막|마지막\s?|최종)화(?:에서|에|는|은|도|의|가|를|을)?"
    # "at the end of 8": a bare number after "the end of" (not "the end of 5 minutes")
    r"|(?<=the end of )(\d{1,2})(?!\s*(?:min\w*|secs?|seconds?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|%|/|:|\.\d))"
    r")(?![\w-])",
    re.I,
)
#: Grief and tribute (crying, a broken heart, "can't get over", "the real hero"): said of someone at the place of their
#: death, it tells the death ("so-ju in the gym 😭": lexicon_terms.RetoldEvents, where it counts as a word of a death,
#: a sacrifice or a turn).
GRIEF = compile_later(r"(?<![\w-])(?:(?:can'?t|cant|cannot|never) get over|crying|cried|sobb\w*|tears|heartbr\w*"
                   r"|(?:the |a |an )?(?:real|true|absolute|actual) (?:hero|mvp|legend))(?![\w-])"
                   r"|😭|💔|😢|🥲|😿|🥀|[ㅠㅜ]{2,}|오열|울었|눈물", re.I)
#: Reactions that say something happened in the episode named with them.
REACTION = compile_later(
    r"(?<![\w-])(?:did (?:that|this) to|what (?:they|he|she|it|that) did to|how could (?:they|he|she)|ruined me|broke me"
    r"|destroyed me|wrecked me|not o?k(?:ay)?|crying|cried|(?:made|makes) me (?:cry|sob|scream)|scenes?|szenen?|(?<!i['’]m )(?<!im )(?<!i am )(?<!only )(?<!still )(?<!just )in (?:ep(?:isode)?|folge)\s?\d{1,2} [^.!?\n]{0,40}?(?:scary|terrifying|creepy|horrifying|gruselig)|sobb\w*|tears|heartbr\w*|traumati[sz]ed|can'?t believe"
    r"|cant believe|still (?:gets|hurts|haunts|hits)|gets me every time|haunts me|r\.? ?i\.? ?p"
    r"|(?<!eyes )(?<!eye )(?<!head )(?<!back )(?<!neck )(?<!hands )(?<!ears )hurts?"  # "ep 11 hurt", not the writer's eyes
    r"|(?:ep(?:isode)?|folge|cap(?:[ií]tulo)?)\s?\d{1,2} (?:\w+ )?(?:scared|terrified|spooked|scares|terrifies) (?:me|the)"  # "ep 5 scared me"
    r"|me qued[ée] (?:muert[oa]|en shock|helad[oa]|sin palabras)"  # "me quedé muerta con ese final de ep 12"
    r"|(?:todav[ií]a|a[úu]n|ainda|sigue) me (?:destroza|destr[óo]i|duele|d[óo]i|mata|rompe|quebra|parte)"  # "el cap 11 todavía me destroza"
    r")(?![\w-])|😭|💔|😢|🥲|🥺|😿|[ㅠㅜ]{2,}|오열|울었|울컥|눈물|哭",
    re.I,
)

#: Words whose event happens to the one named right after them (each with what must follow that name, and
#: words one of which the sentence must hold for its pattern to be run) ("Ha-ri lost her brother": he dies; "Gwi-nam
#: finally gets Cheong-san": Cheong-san is bitten), a "his"/"her" allowed between. A catch needs the clause to
#: end after its name ("gets Cheong-san to help" is no bite).
OBJECT_EVENTS: tuple[tuple[str, Pattern, Pattern | None, tuple[str, ...]], ...] = (
    ("death", compile_later(_B + r"(?:loses?|lost|losing)" + _E, re.I), None, ()),
    # "Ha-ri came out of Yangdong without her brother": he did not
    ("death", compile_later(_B + r"(?:(?:came|comes|coming|got|gets|getting|made it|makes it|escaped|escapes|walked|walks) (?:out|back|away) (?:(?:of|from) (?:the )?[\w-]+ )?|(?:escaped|escapes|left|leaves|survived|survives) (?:(?:the )?[\w-]+ )?)without" + _E, re.I), None, ("without",)),
    ("turn", compile_later(_B + r"(?:sees?|saw|seeing|seen|spots?|spotted|spotting|finds?|found|finding|recogni[sz]e[sd]?|meets?"
                        r"|met)" + _E, re.I),  # "sees his mother among the zombies": she has turned
     compile_later(r"\s+(?:among|amongst|amid|with|in|as one of) (?:the )?(?:zombies|horde|undead)\b", re.I),
     ("zombies", "horde", "undead")),
    ("death", compile_later(_B + r"(?:puts?|putting) (?=(?:(?:his|her) )?[\w'’-]+ down\b)", re.I),  # "put Woo-jin down"
     compile_later(r"\s+down\b", re.I), ()),
    ("death", compile_later(_B + r"(?:ends?|ended|ending)" + _E, re.I),  # "had to end Woo-jin", "ended Woo-jin's suffering"
     compile_later(r"\s*(?:$|[^\w\s'’-]|(?:['’]s )?(?:suffering|misery|life)\b)", re.I), ()),
    ("death", compile_later(_B + r"(?:finish(?:es|ed|ing)?|takes?|took|taking|puts?|putting)" + _E, re.I),  # "took Woo-jin out"
     compile_later(r"\s+(?:off|out(?! (?:for|to|on)\b))(?![\w-])", re.I), ("off", "out")),
    ("bite",
     compile_later(_B + r"(?:(?:finally|eventually) )?(?:gets|got|catches|caught|grabs|grabbed|chomps(?: on)?"
                r"|sinks? (?:his|her|its|their) teeth into|takes a bite (?:out )?of)" + _E, re.I),
     compile_later(r"\s*(?:$|[^\w\s'’-]|(?:in the end|at last|finally|eventually|in ep\w*|during|at the)\b)", re.I), ()),
)
#: What may stand between a kill word and its victim ("killed the pregnant girl", "killed onjo's dad").
VICTIM_GAP = compile_later(r"\s*(?:(?:off|the|his|her|their|poor|little|lil|[\w-]+['’]s?)\s+)*$", re.I)
#: What may stand between an object word and the name it takes.
OBJECT_GAP = compile_later(r"^\s*(?:(?:his|her|their|my|our|poor|little|lil)\s+)*$", re.I)

#: Names the pack gives events (events.yaml `names`) that say nothing of what happens: never read as
#: giving the event away ("All of Us Are Dead ending explained" is no spoiler). Questions ("who survives")
#: are never read either.
GENERIC_EVENT_NAMES = frozenset({"the ending", "the end", "ending"})
#: A survival of one scene ("survive the fall off the roof", "survive after getting bitten"): that scene's, not a fate (but a return denied before a scene is: "isn't coming back after the gym").
SURVIVED_SCENE = compile_later(r"(?<!back)(?<!return)(?<!returning)\s+(?:the|a|an|that|this|his|her|their|after|being|getting|despite)(?![\w'’-])(?!\s+(?:ending|finale|end(?! of))\b)", re.I)
#: An actor's shoot or a day of the writer's got through ("he survived filming in the cold", "survives every pe class"): no event.
GOT_THROUGH = compile_later(r"\s+(?:(?:the|a|our|my|his|her|their|every|each)\s+)?(?:(?:[\w-]+\s+)?(?:filming|shoot|shooting|photoshoot"
                            r"|press ?con\w*|interviews?|fan ?meetings?|promos?)|(?:every|each)\s+(?:[\w-]+\s+)?(?:class|exam|test"
                            r"|shift|monday|school day)(?:es|s)?)(?![\w-])", re.I)
#: A scene survived that is where the story leaves someone for dead ("how Cheong-san survived the fire"): their fate.
FATAL_SCENE = compile_later(r"\s+(?:the|that|this)\s+(?:fire|flames|blaze|bombing|bombs|missiles?|explosion|shaft)(?![\w'’-])", re.I)
#: A bite by something other than the show's ("bitten by a mosquito"), or of the writer ("my cat bit me during s2e3"),
#: which is no event of the show.
OTHER_BITE = compile_later(r"(?<![\w-])(?:bit|bitten|bites?|got bit)\s+by\s+(?:(?:a|an|my|his|her|the|some|our|this|like|about|so|many"
                        r"|lots|of|few|bunch|several|these|those|\d+)\s+)++"
                        r"(?!(?:zombie|halfbie|hambie|infected|undead)\w*)[\w-]+|(?<![\w-])(?:bit|bites)\s+me(?![\w'’-])", re.I)
#: What may follow a survival word for it to tell the character's fate ("Su-hyeok survives", "survives in
#: the end", "is back and ...", "every ep", "ep 5 to 12", "ep 9, the whole show"), not one scene's ("Eun-ji is alive despite her bites").
UNQUALIFIED = compile_later(
    r"\s*(?:$|[^\w\s'’-]|(?<=back)" + TOLD_ON + r"|(?:(?:in|at|till|until|to) the end|(?:(?:in|at|al|en|till|until|to) )?the (?:ending|finale)|the end(?! of)|after all|the (?:show|season"
    r"|series|outbreak|apocalypse|whole (?:show|season|thing))|season (?:1|one)|s1|everything|it all|lol|tho|though"
    r"|or(?: not| nah| what)?|right|btw|ngl|fr|too|rn|pls|please|omg|lmao|lmfao|ok|okay|yay|thank god|thankfully|(?:i'?m|im) so"
    r"|(?:every|all(?: \d{1,2}| twelve| the)?) ep(?:isode)?s?|ep(?:isode)?s?\s*\d{1,2}\s*(?:[-–~&+,]|to|through|thru|till|until|and)?\s*"
    r"(?:(?:ep(?:isode)?\s*)?\d{1,2}|onwards?|beyond|the rest|everything after|(?:the )?whole|(?:the )?finale|(?:to |till )?the end))(?![\w-])"
    # a new clause, the writer's or another's fate: "suhyuk lives and i'm relieved", "hari lives but woojin doesn't"
    r"|(?:and|but|while|so) (?:i|i['’]m|im|i['’]ve|ive|that['’]?s|thats|we|this|it['’]?s|[\w-]+ (?:too|also|doesn['’]?t|does ?not|dies|died|turns|turned|leaves|left))"
    r"(?![\w-])|[ㄱ-ㅎㅏ-ㅣ]{2,})",  # "살아남음 ㅎㅎ", "survives ㅠㅠ": a laugh or a cry ends it
    re.I,
)

#: Leaving ("and left", "떠남"): someone goes at that point, which says nothing of how the story ends for them.
_LEFT = compile_later(r"(?:leaves?|left|leaving)|떠\w*", re.I)


def tells_fate(sentence: str, match: re.Match[str], after: int | None = None) -> bool:
    """Whether a survival word tells the character's fate: said of the whole story ("Su-hyeok survives", "makes it
    out in the end": UNQUALIFIED, from `after`, the end of a name put after the word: "¿sobrevive suhyeok?"), and not a
    leaving ("cheolsu said nobody else is alive and left": his flight)."""
    at = match.end() if after is None else after
    return UNQUALIFIED.match(sentence, at) is not None and _LEFT.fullmatch(match.group(0)) is None

