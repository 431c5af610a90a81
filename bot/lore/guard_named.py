"""Whom an answer to "who" names, for the spoiler guard (plain Python).

Under "who bites cheongsan?" a name or a role answers ("gwinam", "the bully", "my girl namra 😭"), words that name no one
do not ("yes", "ok thx", "lol"), nor a joke with someone of the chat's world ("my cat probably lol", "the landlord
lmao"); guard_answers asks these before it reads an answer to who with its question.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.chat_people import (
    FAMILY_HANGUL,
    FRIENDS,
    FRIENDS_HANGUL,
    PARENTS,
    PARTNERS,
    SIBLINGS,
    alternation,
)
from bot.lore.guard_refusals import retold

# laughter as fans type it in their languages (wkwk, jaja, kkkk, rsrs, 555), which answers nothing
CHATTER = compile_later(r"(?i)\b(?:lo+l|lmf?ao+|ha(?:ha)+h?|he(?:he)+|xd+|omg|bruh|same|fr|ikr|w?k?(?:wk){2,}w?|ja(?:ja)+j?"
                        r"|k{3,}|(?:rs){2,}|5{3,}|kek(?:ek)*|a?(?:ha){2,}h?|ptdr+|mdr+)\b|[ㅋㅎㅠㅜ]+")
# words that name no one and no episode: a yes or no, thanks, an interjection, a cry of "spoilers!" ("yes", "ok thx",
# "oh no", "hmm", "bro", "good question", "mods?", "헐"); a who / when question answered only with them is not answered
NAMES_NONE = compile_later(
    r"(?i)y+e+[sa]*h*|y+e+p+|y+u+p+|yea+h*|ya+s*|ye|n+o+|n+o+p+e*|na+h+|ok+|okay|oke|k+|kk|sure|true|thanks?|thank|you|u"
    r"|thx|ty|tysm|hm+|o+h+|a+h+|wait|stop|chill|nice|cool|bro|bruh|dude|girl|sis|pls|plz|please|spoilers?|spoiler|alert"
    r"|mods?|good|great|question|wow|damn|dang|rip|sad|sleepy|tired|late|its|it'?s|wtf|why|huh|ugh|oof|yikes|aw+|gosh"
    r"|god|yo|hey|ngl|tbh|srsly|legit|s[ií]|oo|iya|gak|hindi|hala|grabe|ay+|nossa|gracias|obrigad[oa]|makasih|salamat"
    r"|응+|네+|ㅇㅇ|ㄴㄴ|아니\w*|헐|대박|고마워\w*|감사\w*")
# a name or an episode opening a plain answer to who or when: "it was gwinam i think", "like ep 11 i think" (not "it
# was so scary", "in 10 min")
NAMES_OPEN = compile_later(r"(?i)^[\s*_]*(?:(?:prob(?:ably)?|like|in|around|i think)\s+)?(?:ep|episode|e)\s*\d"
                           r"|^[\s*_]*(?:it'?s|its|it was|it is)\s+[^\W\d][\w'-]*[\s,]*(?:i think|i believe|obviously|ofc|of course"
                           r"|lol|tho|though|right|sadly|actually)?[\s\W]*$")
# a who answered as a joke, with someone of the chat's world, not the story's: the writer's or the asker's own ("my cat
# probably lol", "your mom", "mi gato", "yung kapitbahay namin", "tetangga gue"; not "my girl namra", "meu deus, o
# gwinam"), or, laughing, a noun phrase of the chat's world (_CHATS_WORLD: "the landlord lmao", "the mailman 💀") or a
# stranger met elsewhere ("the guy at the store lol"; not "the bully guy lol", "the guy with one eye lmao")
# the writer's fondness before a name: "my poor cheongsan", "my sweet baby gwinam", "my bestie cheongsan"
_FOND = r"(?:poor|sweet|precious|dear|beloved|little|baby|bestie|bby|angel|sunshine|darling|sweetie|pobre|querid[oa])"
# fondness or surprise after "my" ("my girl", "my queen", "my god", "mi niña", "minha rainha", "meu deus"): each word
# whole (a \b follows it wherever it is used), so their order does not matter
_DEAR_WORDS = (r"girl|boy|baby|babe|bae|king|queen|man|son|love|fav\w*|bias|god|gosh|lord|ni[ñn][ao]|nen[ao]|beb[éeê]|rey"
               rf"|reina|menin[ao]|rainha|rei|deus|dios|amor|{_FOND}")
_CHATS_OWN = compile_later(
    r"(?i)^[\s*_]*(?:my|your|ur|yo|ya|mi|mis|tu|tus|minha|meu|minhas|meus|tua|teu|내|니|우리)\s+"
    rf"(?!(?:{_DEAR_WORDS}|daughter|husband|wife|diosito)\b)[^\W\d]")
# ... or, laughing, owned after it in Tagalog and Indonesian ("yung kapitbahay namin haha", "tetangga gue wkwk"); owned
# in tears or with "si" (a person's name follows it) it is someone of the story held dear ("cheongsan ko 😭", "si gwinam ko")
_OWNED = compile_later(r"(?i)^[\s*_]*(?:yung|ang)?\s*[^\W\d][\w'-]*\s+(?:ko|mo|namin|natin|nyo|gue|gw|gua|aku|ku|kamu)[\s\W]*$")
# fondness or surprise opening a name: "my girl", "my boy", "my prince", "my god", "mi niña", "minha rainha", "meu deus"
_DEAR = compile_later(
    rf"(?i)^[\s*_]*(?:(?:oh|omg|ay)[\s,!.]+)?(?:my|mi|minha|meu)\s+(?:{_FOND}\s+)?(?:{_DEAR_WORDS}|prince|princess)\b[\s,!.~]*")
# one word after "my girl" / "my god" that is no one's name ("my king forever", "my god again", "my fav sadly")
_NO_NAME = compile_later(r"(?i)[a-z]+ly|forever|always|again|too|also|tho|though|istg|help|ugh+|pls|plz|please|lmao|lol"
                         r"|deserved|deserves|omg|wtf|nah|bye|ever|mine|literally|fr|frfr|huhu|hmm+"
                         # the writer's own heart, soul or day ("my poor heart 😭", "my sweet summer child")
                         r"|heart|soul|brain|eyes|tears|life|child|self|feelings|mind|sanity")
# a noun phrase of the chat's world, not the story's ("the landlord lmao", "the writers lol", "the vibes 💀"): laughed at, a
# joke; any other laughed-at noun phrase may be a role of the story ("the hero lol", "the nerd lmao") and is read
_CHATS_WORLD = compile_later(
    r"(?i)^[\s*_]*(?:the|that|this|some|a|an|my|your|ur)\s+(?:[\w'-]+\s+){0,2}?(?:landlord|landlady|mailman|mail ?man|postman"
    r"|delivery (?:guy|man)|neighbou?rs?|cat|dog|hamster|goldfish|wifi|internet|algorithm|writers?|director|producers?|pd"
    r"|netflix|execs?|budget|plot|vibes?|fandom|fans|cast|actors?|script|editor|cameraman|crew|audience|viewers|mods?"
    r"|admins?|government|ceo|ex|boss|uber driver|pizza guy|ice cream man|ghost|aliens?|ufo)[\s\W]*$")
_STRANGER = compile_later(r"(?i)^[\s*_]*(?:the|that|this|some|a|an)\s+(?:guy|girl|dude|man|woman|lady|kid|boy|person)"
                          r"(?:\s+(?:at|in|on|near|outside)\s+(?!.*\b(?:class|school|gym|library|roof|science|archery|hyosan|camp"
                          r"|army|police)\b)[\w' -]+)?[\s\W]*$")
_LAUGHS = compile_later(r"[\U0001F480\u2620\U0001F602\U0001F923]")


def names_dear(said: str) -> bool:
    """Whether an answer to who names someone after the writer's fondness or surprise ("my girl namra 😭", "my god
    gwinam", "mi niño cheongsan", "my god it's gwinam"): one word after it that is no yes, no cry and no interjection;
    never "my girl deserved better", "my god i can't even", "my fav better survive"."""
    dear = _DEAR.match(said)
    if dear is None:
        return False
    rest = said[dear.end():].strip(" ,.!~*_")
    words = re.findall(r"\w+", rest)
    named = len(words) == 1 and words[0].isalpha() and not (NAMES_NONE.fullmatch(words[0]) or _NO_NAME.fullmatch(words[0]))
    return named or bool(NAMES_OPEN.match(rest))


def jokes(said: str) -> bool:
    """Whether an answer to who names someone of the chat's world as a joke, not anyone of the story's (_CHATS_OWN)."""
    laughed = CHATTER.search(said) is not None or _LAUGHS.search(said) is not None
    unlaughed = CHATTER.sub(" ", _LAUGHS.sub(" ", said)).strip()
    if _CHATS_OWN.match(unlaughed) or (laughed and _OWNED.match(unlaughed)):
        return True
    return laughed and bool(_CHATS_WORLD.match(unlaughed) or _STRANGER.match(unlaughed))


# a question asked of someone of the chat's own world named like a character: the asker's or the writer's relative, friend
# or classmate ("is your sister nam-ra ok?", "is jong-ah from your class ok after the accident?"), whose answer is their
# life's, not the story's; never the relative's word about the story ("my friend said nam-ra dies, is it true?": a verb
# or a small word after the relative, not a name)
_NOT_A_NAME = (r"(?!(?:said|says|say|told|tells|tell|thinks?|thought|heard|hears|spoil\w*|swears?|swore|claims?|claimed|knows?"
               r"|knew|reads?|watch\w*|saw|sees?|keeps?|insists?|believes?|bets?|guess\w*|wants?|is|was|were|are|and|or|who"
               r"|that|just|also|already|did|does|do|has|had|have|got|gets|will|would|can|could|from|in|on|at|of|with)\b)")
_OF_THE_CHAT = compile_later(
    r"(?i)(?<![\w-])(?:your|ur|my|our)\s+(?:(?:little|big|older|younger|best)\s+)?(?:"
    + alternation(*PARENTS, *SIBLINGS, *PARTNERS, *FRIENDS, "classmate", "roommate", "cousin", "coworker") + r")s?\s+"
    + _NOT_A_NAME + r"[^\W\d]"
    # (a word's start only: from each letter of a long word the search took time as the square of its length)
    r"|(?<![\w-])[^\W\d][\w-]*\s+(?:from|in)\s+(?:your|ur|my|our)\s+(?:class|school|grade|office|work|building|church)\b"
    # ... in fans' languages: Tagalog "kapatid mong si maru", Korean "너네 언니 남라", Spanish "tu hermana", Portuguese "sua
    # irmã", Indonesian "adikmu", Vietnamese "em gái bạn"
    r"|(?<![\w-])(?:kapatid|ate|kuya|pinsan|kaibigan|nanay|tatay|lola|lolo|kaklase)\s+(?:mo|mong|ko|kong|namin|naming)\s+(?:na\s+)?si\s"
    r"|(?:너네|너희|니네|네|니)\s?(?:" + alternation(*FAMILY_HANGUL, *FRIENDS_HANGUL, "형", "사촌", "할머니", "할아버지")
    + r")\s?[가-힣]"
    r"|(?<![\w-])(?:tu|su|mi|sua|seu|tua|teu|minha|meu)\s+(?:herman[oa]|prim[oa]|amig[oa]|abuel[oa]|irm[ãa]o?|av[óô]|pai|m[ãa]e"
    r"|mam[áa]|pap[áa])\s+[^\W\d]"
    r"|(?<![\w-])(?:adik|kakak|kakakmu|temen|teman|sepupu|abang|mbak)(?:mu|nya|ku)\s+[^\W\d]"
    r"|(?<![\w-])(?:(?:em gái|em trai|chị gái|anh trai|bạn thân)\s+(?:của\s+)?(?:bạn|mày|cậu|mình|tao)|(?:em|chị|anh)\s+(?:của\s+)?(?:bạn|mày|cậu))\s+[^\W\d]")


def asks_of_the_chat(asked: str) -> bool:
    """Whether a question asks of someone of the chat's own world named like a character ("is your sister nam-ra ok?");
    never one that repeats what someone said or heard of the story ("mi amigo dice que cheong-san muere, es verdad?")."""
    return _OF_THE_CHAT.search(asked) is not None and not retold(asked)
