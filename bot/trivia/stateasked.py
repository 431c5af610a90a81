"""Whether an imported row asks of a state season 2 may change ("Is Cheong-san alive?", "Where is Nam-ra?", "Is Nam-ra a
halfbie?", "Is Cheong-san dead?"): such a row is never placed at the season-1 scene the lexicon reads in it
(bot/trivia/tagging.py), as season 2 may answer it otherwise (wild37, wild41, imports52)."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

#: Words asking of a state season 2 may change or of the time after the school ("Is Cheong-san alive?", "… meet again at
#: university?", "살아 있어?"): season 2 answers them (wild37, wild41: read as season 1's E11, E12, they spoil S2E1, S2E2).
_STATE_ASKED = compile_later(r"(?<!\w)(?:alive|surviv\w*|still|again|anymore|back|return\w*|universit\w*|college|grown|years?|"
                             r"months?|now|vivos?|vivas?|sobreviv\w*|ainda|todav[ií]a|de nuevo|otra vez|de novo|buhay|hidup|"
                             r"còn sống|con vida|nabuhay|nakaligtas|selamat|sigue|siguen|pa rin|masih|vẫn|"
                             # where one is, whom one is with: season 2 may move them ("Where is Nam-ra?", "¿Dónde está?")
                             r"where(?:\s+(?:is|are)|'s)|d[oó]nde\s+est[aá]n?|onde\s+est[aá]o?|nasaan|ở đâu|together|"
                             r"couple|dating|girlfriend|boyfriend|juntos|novi[oa]s?|namorad[oa]s?|magkasama|pacaran|"
                             # whom one loves or chooses to be with (imports52: "Who does Nam-ra love?" read as the kiss, S1E7;
                             # "Who does Nam-ra choose to stay with? - the halfbies" as her bite, S1E6: her choice is S1E12's)
                             r"lov(?:es?|ed|ing)|in love|crush|likes?|choos\w*|chose|stay(?:s|ed)?\s+with|sides?\s+with|"
                             r"enamorad[oa]s?|mahal|cinta|suka)(?!\w)"
                             r"|살아|살았|생존|다시|대학|아직|여전히|어디\s*(?:에\s*)?있|사귀|사랑|좋아|함께|같이\s*있|生きて|生き残|生存|再会|大学|まだ|どこにいる|"
                             r"付き合|好き|活着|还活|幸存|再次|重逢|在哪|在一起|爱|喜欢", re.IGNORECASE)

#: What one is, asked yes or no ("Is Nam-ra a halfbie?", "¿Nam-ra es una medio zombi?", "남라는 하프비야?", "南罗是半丧尸吗？"):
#: a state season 2 may change, as one's fate (imports52: read as her bite, S1E6, in a season-2 list)
_CONDITION = compile_later(r"(?<!\w)(?:half-?bies?|hambies?|half[\s-]?zombies?|zombi(?:e|es|s)?|infected|infectad[oa]|"
                           r"terinfeksi|nahawa)(?!\w)|하프비|좀비|감염|丧尸|喪屍|ゾンビ|ハーフビー|感染", re.IGNORECASE)

#: Whether one is dead, asked yes or no ("Is Cheong-san dead?", "¿Murió Cheong-san?", "청산이 죽었어?", "清山死了没？"):
#: season 2 may answer it otherwise, as "Is Cheong-san alive?" (wild37: his fate is season 1's open question). Read
#: where no question word asks who or what ("Who dies saving On-jo?" tells a scene); Korean 죽이다 is to kill.
_DEATH = compile_later(r"(?<!\w)(?:dead|die[sd]?|dying|death|muert[oa]s?|muere|muri[oó]|morr\w*|mort[oa]|patay|namatay|"
                       r"mati|meninggal|chết)(?!\w)|죽(?![이인여였])|死", re.IGNORECASE)
_ASKS_WHO_OR_WHAT = compile_later(
    r"(?<!\w)(?:who|whom|whose|what|which|where|when|how|why|qui[eé]n(?:es)?|qué|cu[aá]l(?:es)?|c[oó]mo|d[oó]nde|cu[aá]ndo|"
    r"quem|qual|quais|quando|onde|sino|ano|alin|saan|kailan|paano|bakit|siapa|apa|mana|kapan|bagaimana|kenapa|ai|gì|nào)"
    r"(?!\w)|누구|누가|뭐|무엇|무슨|어디|언제|어떻게|몇|왜|사람[은이]|誰|だれ|何|どこ|いつ|どう|なぜ|のは|谁|什么|哪|怎么|几|为什么",
    re.IGNORECASE)


def fate_asked(text: str) -> bool:
    """Whether `text` asks yes or no whether someone is dead or what one has become ("Is Cheong-san dead?", "Patay na ba
    si Cheong-san?", "Is Nam-ra a halfbie?")."""
    return (_DEATH.search(text) is not None or _CONDITION.search(text) is not None) and _ASKS_WHO_OR_WHAT.search(text) is None


#: "still" within a scene an anchor names ("Who is still on the roof when the helicopter comes?": E7's, no state season 2
#: changes), not "Is Nam-ra still with them?" nor a scene that is the show's end ("Is Nam-ra still a hambie when the show
#: ends?", "… until the end?": what season 2 may change; review71d)
_STILL = compile_later(r"(?<!\w)still(?!\w)", re.IGNORECASE)
_ANCHORED = compile_later(r"(?<!\w)(?:when|while|by the time|as soon as|until|till)(?!\w)"
                          r"(?!\s+(?:the\s+)?(?:end|show|series|season|story|finale|last)(?!\w))", re.IGNORECASE)


#: Whom one loves: under a title naming season 1 alone, the season-1 state the lexicon reads ("Who does Nam-ra love? -
#: Su-hyeok" under "AOUAD season 1 quiz": the kiss, 7), not one season 2 may change
_LOVE = compile_later(r"(?<!\w)(?:lov(?:es?|ed|ing)|in love|enamorad[oa]s?|mahal|cinta)(?!\w)|사랑|好き|爱", re.IGNORECASE)


def state_asked(text: str, *, season_one_titled: bool = False) -> bool:
    """Whether `text` asks of a state season 2 may change (`_STATE_ASKED`), "still" anchored in a scene left out, and
    love under a title naming season 1 alone (`season_one_titled`)."""
    still = _STILL.search(text)
    if still is not None and _ANCHORED.search(text, still.end()) is not None:
        text = _STILL.sub(" ", text)
    return _STATE_ASKED.search(_LOVE.sub(" ", text) if season_one_titled else text) is not None


#: What is no state asked though it holds a state word: a claim a character tells in a scene ("Who tells the helicopter
#: crew that nobody else is alive?": Cheol-su's, E8; imports53: "alive" held it to the last episode out)
_TOLD = compile_later(
    r"(?<!\w)(?:tells?|told|telling|says?|said|saying|claims?|claimed|lies?|lied|lying|insists?|insisted)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:nobody|no\s+one|no-one|none)(?:\s+else)?\s+(?:is|was|are|were)\s+(?:left\s+)?alive(?!\w)",
    re.IGNORECASE)
#: ...and a time skip counted ("How many months later is the epilogue set?": four, E12; "¿Cuántos meses después …?"),
#: where the list is no later season's (its epilogue may be that season's)
_COUNTED = compile_later(r"(?<!\w)(?:how\s+many\s+months\s+(?:later|after(?:wards?)?|pass(?:es|ed)?)|"
                         r"cu[aá]ntos\s+meses\s+(?:despu[eé]s|m[aá]s\s+tarde))(?!\w)", re.IGNORECASE)


def scene_words(text: str, *, counted: bool = True) -> str:
    """`text` with a claim told in a scene (`_TOLD`) and, where `counted`, a time skip counted (`_COUNTED`) left out:
    what is left is read for state words and for what comes after."""
    text = _TOLD.sub(" ", text)
    return _COUNTED.sub(" ", text) if counted else text


#: Someone learning what another is ("Who finds out Nam-ra is a halfbie?"): when one learns it is no scene the lexicon
#: places, only what is learned (her bite, E6; the answer's name read it as Gwi-nam's turn, E5: asked before her bite)
_LEARNED = compile_later(r"(?<!\w)(?:finds?\s+out|found\s+out|learns?|learned|learnt|discovers?|discovered|realiz(?:es?|ed)|"
                         r"realis(?:es?|ed)|notices?|noticed|descubre|descubri[oó]|descobre|descobriu|nalaman|natuklasan)(?!\w)"
                         r"|알게|알아차|알아챈|気づ|気付|知った|发现|發現|知道", re.IGNORECASE)


def learning_asked(text: str) -> bool:
    """Whether `text` asks who learns or finds out something ("Who finds out Nam-ra is a halfbie?")."""
    return _LEARNED.search(text) is not None
