"""What chat adds to a question that asks nothing, and what it leaves out that the last question said.

`without_asides`: "wait", "yall", "i forgot", "lol she was so good", "she deserved it", "who tf is", "or nah" read past,
so the question itself is what is matched. `asked_again`: "what about her brother" after "who plays
Ha-ri" is "who plays Ha-ri's brother".
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.parts_named import NUMBERED_PART, PART

# Asides in chat that ask nothing: "wait", "again i forgot", "i need to know", "the girl that
# everyone hates", "lol he was so funny". Read past, so the question itself is what is matched
# ("so ju" is So-ju, never "so" and a "ju").
_ASIDE_LEAD = compile_later(
    r"^\s*(?:(?:wait|hold on|hold up|um+|uh+|hm+|sorry|bro|bruh|dude|guys|lol|lmao|omg|ngl|yo|ok|okay|so(?![\s-]*ju\b)|"
    r"y'?all|ya'?ll|chat|fam|sis|bestie|ayo|aye|pls|plz|idk|yoo+|heyy*|hii*|"
    r"lowkey|highkey|tbh|deadass|istg|honestly|(?:i\s+)?(?:totally\s+|completely\s+)?(?:forgot|forget)|"
    r"daebak|omo|omona|aigoo|aigo|jinjja|heol|hul|ㅋ+|ㅎ+|ㅠ+|ㅜ+|"
    r"quick (?:q|question)|real quick|random (?:q|question)|"
    r"genuine (?:q|question)|serious (?:q|question)|dumb (?:q|question))\b(?![-'])[\s,.!:-]*)+",
    re.I,
)
# "in the part 2 of ep 11 where ...", "the second part of episode 12": which stretch of the episode, nothing more asked;
# "part two of my theory: is X alive": a fan's own numbering (never season 2's part 2)
_PART_ASIDE = compile_later(
    rf"\b(?:the )?{PART} of (?=(?:the )?(?:ep|episode|e) ?\d)"
    rf"|^\s*{NUMBERED_PART} of my (?:theory|rant|thread|questions?)\b[\s,.:;!-]*",
    re.I,
)
# "top 3 deaths", "name 3 characters who survive", "the 3 main characters": how many to name, never season 3 nor
# episode 3 ("3 episodes", a count asked of the show, is not one of these)
_HOW_MANY_NAMED = compile_later(
    r"\b(?:top )?(?:[2-9]|10|two|three|four|five)\s+(?=(?:main |new |best |saddest |worst |craziest |most \w+ )?"
    r"(?:characters|deaths|people|students|survivors|kids|villains|couples|scenes|moments)\b)",
    re.I,
)
# "who dies in s1 before s3 comes": when the asker wants it by, nothing asked of season 3
_BEFORE_NEXT = compile_later(r"\s*\b(?:before|b4|until|till) (?:s|season )(?:3|three)(?: (?:comes?|drops?|is)(?: out)?)?\b", re.I)
_ASIDE_MIDDLE = compile_later(
    r"\s*\b(?:again\s+)?i\s+(?:forgot|forget|for ?got|cant remember|can't remember|dont remember|don't remember|"
    r"keep forgetting)\b(?:\s+(?:again|lol|lmao|sorry))?"
    r"|\s*\bi\s+(?:really\s+)?(?:need|needa|wanna|want|have) to know\b(?:\s+(?:this|now|rn|asap|tonight|"
    r"before (?:i|tomorrow|tonight|bed)\b(?:\s+(?!(?:who|what|which|when|where|why|how|does|did|is)\b)\w+){0,3}))?"
    r"|\s*\b(?:remind me|pls help|please help|someone help|asking for a friend|no spoilers(?: pls| plz| please)?)\b"
    r"|\s*\b(?:that|who)\s+(?:everyone|everybody|every1|we all|the fandom|fans|people|ppl)\s+(?:hates?|loves?|likes?|"
    r"hated|loved|liked|stans?|can'?t stand)\b"
    # "the rich girl everyone hates (lmao)": the same said last without "that", after a noun (never "why does
    # everyone hate her", "is it true everyone hates nayeon")
    r"|(?<=[a-z])(?<!\bdoes)(?<!\bdo)(?<!\bdid)(?<!\bwhy)(?<!\bwould)(?<!\btrue)(?<!\bif)(?<!\bcuz)(?<!\bbecause)"
    r"\s+(?:everyone|everybody|every1|we all|the fandom|ppl)\s+(?:hates|loves|likes|hated|loved|liked|stans|can'?t stand)"
    r"\b(?=\W*(?:(?:lol|lmao+|lmfao|ngl|tbh|fr|😭|💀)\W*)*$)",
    re.I,
)
_ASIDE_MIDDLE_WORDS = ("forg", "rememb", "know", "remind", "help", "friend", "spoiler", "every", "we all", "fandom",
                       "fans", "people", "ppl")
_ASIDE_TAIL = compile_later(
    r"(?<=\w)\W*\s+(?:(?:lol|lmao|ngl|tbh|fr)\s+)?(?:(?:he|she|they)\s+(?:was|were|is|are)|he'?s|she'?s|they'?re|theyre)\s+"
    r"(?:so|really|lowkey|kinda|such|literally|soo+|rly|too)\s+"
    r"(?:good|funny|annoying|amazing|great|cute|hot|pretty|bad|cool|iconic|underrated|sweet|brave|[a-z]+(?:y|ing|ful|ed|ous|ic|ive))\b"
    r"[^?]*(?=\?*\s*$)",
    re.I,
)
# "does nayeon die lol she deserved it", "who killed gwinam he had it coming tbh": a verdict on someone
# said after the question (what they deserved) asks nothing; "does the bully get what he deserves" asks
_DESERVED_TAIL = compile_later(
    r"(?<=\w)(?<!what)(?<!how)\W*\s+(?:(?:lol|lmao|ngl|tbh|fr|honestly|bc|cuz|because|and|but)\s+)*"
    r"(?:(?:he|she|they|that|it|which)\s+(?:(?:so|really|totally|fully|lowkey|kinda|literally|didn'?t|did not|"
    r"doesn'?t|never)\s+)*"
    r"(?:deserved|deserves|deserve|had it coming|has it coming)|good riddance)\b[^?]*(?=\?*\s*$)",
    re.I,
)
# "does hyoryeong die lol she was annoying", "who plays daesu ngl he's funny": a remark about someone after a
# chat marker asks nothing, intensifier or not
_MARKED_TAIL = compile_later(
    r"(?<=\w)\W*\s+(?:lol|lmao|lmfao|ngl|tbh|fr|honestly)\s+(?:(?:he|she|they)\s+(?:was|were|is|are)|he'?s|she'?s|they'?re|"
    r"theyre)\s+(?!(?:alive|dead|a zombie|a halfbie|bitten|infected|in|back|still|gonna|going)\b)[^?]*(?=\?*\s*$)",
    re.I,
)
# "who tf is", "wtf happened to", "who the heck is": an oath inside the question asks nothing.
_OATH = compile_later(r"\b(?:(?<=who )|(?<=what )|(?<=where )|(?<=why )|(?<=how )|(?<=when ))(?:tf|tha fuck|the (?:fuck|heck|hell|frick))\b\s*"
                   r"|\bwtf\b|\bwth\b|\b(?:fucking|fuckin|freaking|freakin|frickin|effing)\s+", re.I)
_ASIDE_TAIL_WORDS = (" so ", " really ", " lowkey ", " kinda ", " such ", " literally ", " soo", " rly ", " too ")
# "ep 3 who died rip", "who plays hari pls ty", "whos the bully lmaooo": a word of chat said last asks nothing (a claim's
# own tag, "no cap" or "fr", is analysis.py's)
# (a hurry said last, "asap", "real quick", "rq", or thanks ahead of time, "tysm", "thx in advance": nothing asked)
_THANKED = r"(?:ty|thx|thanks|thank (?:you|u)|tysm|tyvm)(?: in advance)?"
# Thanks or praise ahead of the question, ended by "," or "!" ("shoutout to whoever made this bot, when's s2 tho", "ty for
# making this bot! who plays namra", "love this bot, ..."): read past, never the question taken as said to the bot
_THANKS_LEAD = compile_later(
    rf"^\s*(?:(?:big |huge |a )?(?:shout ?outs?|s/o|props|kudos|{_THANKED})\b|(?:i )?(?:love|luv) (?:this|the|u|you|ur|your)\b)"
    r"[^,!?.]{0,60}[,!.]+\s+(?=(?:who|whos|who's|what|whats|what's|when|whens|when's|where|which|why|how|does|do|did|is|are"
    r"|was|were|will|can)\b)", re.I)
# a laugh or a cry typed the way fans abroad type it ("huhu" in Tagalog and Indonesian, "wkwk", "jaja", "kkkk", "rsrs")
LAUGHS = r"(?:hu){2,}|(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|wk(?:wk)+w?k?|(?:ja){2,}|(?:rs){2,}|k{3,}"
_CHAT_TAIL = compile_later(r"(?<=\w)(?:[\s,.!?~]+(?:rip+|ripp+|smh|sadge|bruh+|lo+l+|lmao+|lmfao+|omg+|pl[sz]+|pleas+e+|"
                        rf"{_THANKED}|{LAUGHS}|asap|real quick|rq|xd+|😭+|😢+|💀+))+\W*$", re.I)
# ... and of those, the ones that can never be what is asked about ("who dies tbh": never "who says rip"): read past
# after a question of two words too
_CHAT_ONLY_TAIL = compile_later(r"(?<=\w)(?:[\s,.!?~]+(?:smh|bruh+|lo+l+|lmao+|lmfao+|omg+|tbh|ngl|tho|though|btw|rn|xd+"
                             rf"|{LAUGHS}|😭+|😢+|💀+))+\W*$", re.I)
# "did cheongsan die at the end or nah": the question, not an alternative to weigh.
_OR_NOT = compile_later(r",?\s+or (?:nah|naw|nope|no|not|what)\W*$", re.I)


# "ep 12, where is nam-ra" (what is left of "second part of ep 12, where is nam-ra"): where in that episode, as "where is
# nam-ra in ep 12" asks it (read as a "where" of any episode, it gave episode 9's roof)
_EPISODE_LED_WHERE = compile_later(r"^\s*(?:in\s+)?((?:ep|episode|e)\s?\d{1,2})\s*[,:;-]?\s+(where\b[^?!.]*?)(\W*)$", re.I)


def without_part_named(text: str) -> str:
    """The question without the stretch of an episode it names ("watched part 2 of ep 11, ..."), read before what is
    said of watching ("watched ep 11,") so that the lead is taken off whole."""
    folded = text.casefold()
    if "part" in folded or "pt" in folded or "half" in folded:
        text = _PART_ASIDE.sub("", text)
    if "where" in folded and (led := _EPISODE_LED_WHERE.match(text)) is not None:
        return f"{led.group(2)} in {led.group(1)}{led.group(3)}"
    return text


def without_asides(text: str) -> str:
    """The question without what in it asks nothing ("wait", "i forgot", "lol she was so good")."""
    bare = _THANKS_LEAD.sub("", _ASIDE_LEAD.sub("", text))
    folded = bare.casefold()
    if any(c in folded for c in "23456789") or any(w in folded for w in (" two ", " three ", " four ", " five ")):
        bare = _HOW_MANY_NAMED.sub("", bare)
        if _BEFORE_NEXT.search(bare) and _BEFORE_NEXT.sub("", bare).strip():
            bare = _BEFORE_NEXT.sub("", bare)
    if any(w in folded for w in _ASIDE_MIDDLE_WORDS):
        bare = _ASIDE_MIDDLE.sub(" ", bare)
    if any(w in folded for w in _ASIDE_TAIL_WORDS):
        bare = _ASIDE_TAIL.sub(" ", bare)
    if any(w in folded for w in (" lol ", " lmao ", " lmfao ", " ngl ", " tbh ", " fr ", " honestly ")):
        bare = _MARKED_TAIL.sub(" ", bare)
    if "deserv" in folded or "coming" in folded or "riddance" in folded:
        bare = _DESERVED_TAIL.sub(" ", bare)
    if " or " in folded:
        bare = _OR_NOT.sub("", bare)
    if _CHAT_TAIL.search(bare) and len((kept := _CHAT_TAIL.sub("", bare)).split()) >= 3:
        bare = kept  # (never "who says rip" read as "who says")
    elif _CHAT_ONLY_TAIL.search(bare) and len((kept := _CHAT_ONLY_TAIL.sub("", bare)).split()) >= 2:
        bare = kept
    if _OATH.search(bare):
        bare = _OATH.sub(lambda m: "what" if m.group(0).casefold() in ("wtf", "wth") else "", bare)
    return bare.strip() or text


# "who plays Ha-ri and what about her brother", "who plays onjo? and her dad?": the previous
# clause's question, of another.
_WHAT_ABOUT = compile_later(r"^\s*(?:(?:and\s+)?(?:what|how)\s+about|and|&|n|plus|also)\s+"
                         r"(?P<rest>(?:her|his|their)\s+\w+|ent\d+(?: 's \w+)?)[\s?!.]*$|"
                         r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(?P<any>.+?)[\s?!.]*$")
# "what about hari?", "and what about woojin" with nothing asked before: someone named, nothing asked of them
_ABOUT_NAMED_ALONE = compile_later(r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what|how)\s+about\s+(?P<who>ent\d+)"
                                r"(?:\s+(?:tho|though|then|too|lol))*[\s?!.]*$")
# "who plays ent0 and her dad", "does ent0 and her dad survive": the same question of each (never
# one answer for both)
_AND_KIN = compile_later(r"\b(?P<slot>ent\d+)\s+(?:and|&)\s+(?:her|his|their)\s+(?P<kin>(?:dad|father|mom|mum|mother|"
                      r"brother|bro|sister|sis|son|daughter|baby|parents|boyfriend|girlfriend|crush|bff|best friend)s?)\b")
_SLOT_WORD = compile_later(r"\bent\d+\b")
_POSSESSIVE_PRONOUN = compile_later(r"^(?:her|his|their)\s+")


# "is cheongsan in season 2 and is gwinam": the same auxiliary and a name, the rest left unsaid.
_BARE_AGAIN = compile_later(
    r"^\s*(?:and\s+|but\s+|or\s+)?(?P<aux>is|was|does|did|are|were|will|do)\s+(?P<rest>ent\d+|(?:her|his|their)\s+\w+)"
    r"(?:\s+(?:too|also|as well|either))?[\s?!.]*$"
)


# "what about him", "and her?" with no question before it: nobody to follow
# "what about him", "same for her?", "and for them too": the same question of someone unnamed
# "and the other guy?", "what about the other one": someone set beside a person named before, unsaid
_ABOUT_SOMEONE_UNNAMED = compile_later(r"^\W*(?:and |so |ok |but |well )?(?:(?:(?:what|how) about|same (?:for|with|goes for)|and for) "
                                    r"(?:him|her|them|he|she|they|(?:his|her|their) [a-z]+)|(?:(?:what|how) about |and )?the other "
                                    r"(?:guy|girl|one|dude|kid|boy|person|people|ones|two)"
                                    # "and her?", "n him", "her?", "and her dad?": the pronoun alone, "and" before it
                                    r"|(?:(?:and|n|&) )?(?:him|her|them|(?:his|her|their) [a-z]+))(?: too| as well| then)?\W*$")


# "ok but why", "who?", "which one", "and then?", "what ep was that": a bare follow-up to something said before,
# which the bot never saw (each question is read on its own)
_POINTS_BACK = compile_later(
    r"^\W*(?:(?:ok|okay|so|and|but|then|wait|hold on|hmm+|um+|wdym)\W+)*(?:but\s+)?(?:why|who|whom|which one|which|how|how come|"
    r"when|where|what|what ep(?:isode)?|which ep(?:isode)?|what ep(?:isode)? (?:was|is) (?:that|it|this)|"
    r"and then|then what|what (?:happens|happened) (?:next|after that|then)|why (?:though|tho)|who (?:is|was) (?:that|it)|"
    r"(?:why|how|when|where) (?:did|does|was|is) (?:that|it|this)(?: happen)?|what do you mean|what)"
    r"(?:\W+(?:tho|though|then|again|exactly|lol|lmao|now))*\W*$"  # "which ep tho", "who again?"
)


def points_back(clause: str) -> bool:
    """Whether `clause`, asked first, is a bare follow-up ("ok but why", "what ep was that"): what it means is unknown."""
    return _POINTS_BACK.match(clause) is not None


# "그럼 걔는?", "얘도?", "그 사람은": "and them?" in Korean
_ABOUT_SOMEONE_UNNAMED_KO = compile_later(r"^\W*(?:그럼|근데|그리고|그럼\s*이제)?\s*(?:걔|얘|쟤|그\s*사람|그\s*애|그\s*분)(?:는|도|은|이는)?\W*$")
# "same question for namra", "same for hari": the question is one asked before, which the bot never saw
_SAME_FOR_NAMED = compile_later(r"^\W*(?:and |so |ok |but )?(?:same (?:question |q |thing )?(?:for|with|goes for)|ditto for) "
                             r"ent\d+\W*$")


def follows_nothing(clause: str) -> bool:
    """Whether `clause`, asked first, only points back ("what about him", "what about her dad", "그럼 걔는?"): whom
    it means is unknown."""
    return _ABOUT_SOMEONE_UNNAMED.match(clause) is not None or _ABOUT_SOMEONE_UNNAMED_KO.match(clause) is not None


def same_asked_of(clause: str) -> bool:
    """Whether `clause`, asked first, asks "the same" of someone named ("same question for namra"): what is unknown."""
    return _SAME_FOR_NAMED.match(" ".join(clause.split())) is not None


def asked_again(clause: str, previous: str) -> str:
    """"what about her brother" after "who plays ent0": "who plays ent0 's brother"; "what about
    ent1" after it: "who plays ent1"; "is ent1" after "is ent0 in season 2": "is ent1 in season 2".
    A clause that is not such a follow-up is left as it is."""
    bare = _BARE_AGAIN.match(clause)
    if bare is not None and re.match(rf"\s*{bare.group('aux')}\s+ent\d+\s+\S", previous):
        named = set(_SLOT_WORD.findall(previous))
        if len(named) == 1:
            slot = named.pop()
            rest = _POSSESSIVE_PRONOUN.sub(f"{slot} 's ", bare.group("rest"))
            return _SLOT_WORD.sub(rest, previous)
    match = _WHAT_ABOUT.match(clause)
    if not previous and (alone := _ABOUT_NAMED_ALONE.match(clause)) is not None:
        return f"who is {alone.group('who')}"  # "what about hari?" asked first: who she is, as "how about namra" is
    named = set(_SLOT_WORD.findall(previous))
    if match is None or len(named) != 1 or _WHAT_ABOUT.match(previous):
        return clause
    slot = named.pop()
    rest = _POSSESSIVE_PRONOUN.sub(f"{slot} 's ", match.group("rest") or match.group("any"))
    return _SLOT_WORD.sub(rest, previous)


def kin_asked_too(clauses: list[str]) -> list[str]:
    """"who plays ent0 and her dad": "who plays ent0", then "who plays ent0 's dad"; every other
    clause as it is."""
    out: list[str] = []
    for clause in clauses:
        both = _AND_KIN.search(clause)
        if both is None:
            out.append(clause)
            continue
        head, tail, slot = clause[:both.start()], clause[both.end():], both.group("slot")
        out += [f"{head}{slot}{tail}", f"{head}{slot} 's {both.group('kin')}{tail}"]
    return out


# Talk that asks nothing of the show ("hi", "thanks bot", "good bot"): answered in kind, with what
# can be asked, never "I don't know that".
_GREETING = compile_later(
    r"^\W*(?:hi+|hey+|hello+|helo|yo+|sup|wassup|what'?s up|howdy|annyeong(?:haseyo)?|안녕(?:하세요)?|good (?:morning|"
    r"evening|afternoon|night))(?: (?:there|bot|hyosan|everyone|guys|all))?\W*$",
    re.I,
)
_THANKS = compile_later(
    r"^\W*(?:(?:ok(?:ay)?|oh|ah|cool|nice|great|awesome|perfect)[,!.]?\s+)?(?:thanks+|thank (?:you|u)|thx|ty|tysm|"
    r"tyvm|thank you so much|thanks a lot|gomawo|kamsahamnida|감사합니다|고마워)(?: (?:so much|a lot|bot|hyosan|again))*"
    r"\W*$|^\W*good bot\W*$",
    re.I,
)
_HELLO = "Hi! Ask me anything about All of Us Are Dead, for example: who plays On-jo?"
_WELCOME = "You're welcome! Ask me anything else about All of Us Are Dead."


def small_talk(text: str) -> str | None:
    """The reply to a greeting or a thank-you, or None when `text` is not one."""
    if len(text) > 40:
        return None
    if _GREETING.match(text):
        return _HELLO
    if _THANKS.match(text):
        return _WELCOME
    return None
