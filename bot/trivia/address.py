"""Words of address and kin as fans put them around a name or to another player: Korean "unnie", "oppa", "noona",
"hyung", "sunbae" after a name ("onjo sunbae", "woojin noona"), Tagalog "ate"/"kuya", Vietnamese "chị"/"anh"/"em",
Indonesian "kak"/"mbak"/"bang"/"om" before it ("ate namra", "kak onjo").

A name with a word of address is the one the lore gives that name in that relation ("onjo sunbae": On-jo's senior,
Ma-ru; "woojin noona": Ha-ri), else the one so called ("ate namra": Nam-ra; "hari oppa" is Ha-ri, never her younger
brother); a call to another player before a guess guesses it ("kuya its cheongsan"); one's own elder ("my oppa looks
like cheongsan", "kuya ko ...") is the player's life, no guess (`of_own_elder`). The kin said by the Korean words in
letters ("woojin's noona": his sister) are read as descriptions (`bot.trivia.descriptions`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.trivia.chatabroad import DISGUST, praises_them, said_apart
from bot.trivia.deeds import SUBJECT_PRONOUNS
from bot.trivia.units import PEOPLE, unit_of

__all__ = ["CALLS", "ELDER_WORDS", "SIBLINGS", "addressed", "named_then_told", "of_own_elder"]

SIBLINGS = ("sister", "brother")
#: The Korean words for an older sibling or a senior, as fans type them, and English "sis"/"bro": one's sister, brother
#: or senior ("woojin's noona"; "On-jo's sunbae" is "onjo's senior")
ELDER_WORDS = {
    "bro": "brother", "sis": "sister",
    "noona": "sister", "nuna": "sister", "unnie": "sister", "eonni": "sister", "hyung": "brother", "oppa": "brother",
    "sunbae": "senior", "seonbae": "senior",
}

# A word of address after a name, as Korean puts it ("onjo sunbae", "woojin noona"), or before it, as Tagalog and
# Vietnamese do ("ate namra", "kuya cheongsan", "anh suhyeok", "chị hari")
_ADDRESS_BEFORE = {"ate": "sister", "kuya": "brother", "anh": "brother", "chi": "sister",
                   # Indonesian ("kak namra", "bang cheongsan", "mbak namra", "om soju", "pak soju") and Vietnamese "em" (to a younger
                   # one): no relation the lore gives ("em hari" is Ha-ri, never her younger brother)
                   "kak": "sister", "mbak": "sister", "bang": "brother", "abang": "brother", "om": "uncle", "pak": "uncle", "em": "junior"}
_ADDRESS_AFTER = frozenset(ELDER_WORDS)
#: Every word of address, in letters and in hangul: called alone ("unnie", "sunbae!!", "언니!!", "bang") it names no one
CALLS = _ADDRESS_AFTER | frozenset(_ADDRESS_BEFORE) | frozenset("언니 오빠 누나 형 형님 선배 선배님".split())
# ...and one to another player before what is said to them ("kuya its cheongsan", "unnie help"; "ate" only before
# Tagalog's "si", "ate si namra yan", never "ate": I ate), not
# one's own or another's ("kuya ko": my brother; "sunbae ni onjo": On-jo's senior)
_CALLING = _ADDRESS_AFTER | {"kuya", "kak", "mbak", "bang", "abang"}  # (Indonesian "kak, itu namra", "bang jawabannya ...")
_WHOSE_AFTER = frozenset({"ko", "ni", "ng", "nya", "aku", "ku", "de", "do", "da", "of"})
# One's own ("my oppa", "mi sunbae", Tagalog "kuya ko", Indonesian "senior aku", Vietnamese "chị gái tôi"): the player's
# life, no guess, unless one is framed after ("my unnie says hari but its namra")
_MINE_BEFORE = frozenset({"my", "mi", "meu", "minha"})
_MINE_AFTER = frozenset({"ko", "aku", "ku", "toi", "minh"})
_ELDERS = _CALLING | frozenset(_ADDRESS_BEFORE) | {"senior", "kakak"}
_GUESS_FRAMED = frozenset({"its", "but", "pero", "i", "answer"})


def of_own_elder(tokens: Sequence[str]) -> bool:
    """Whether a message opens with the player's own elder or senior and says more ("my oppa looks like cheongsan lol",
    "kuya ko nanood din nito", "chị gái tôi giống hari"): talk of their own life."""
    said = 2 if tokens[:1] and tokens[0] in _MINE_BEFORE and tokens[1:2] and tokens[1] in _ELDERS else 0
    if tokens[:1] and tokens[0] in _ELDERS:
        sex = int(len(tokens) > 1 and tokens[1] in ("gai", "trai"))  # (Vietnamese "chị gái": one's elder sister)
        said = said or (sex + 2 if tokens[1 + sex : 2 + sex] and tokens[1 + sex] in _MINE_AFTER else 0)
    return 0 < said < len(tokens) and _GUESS_FRAMED.isdisjoint(tokens[said:])


def addressed(tokens: Sequence[str], core: Sequence[str], told: Callable[[str], bool], named: Callable[[str], bool]) -> str | None:
    """A message with a word of address, said as what it names: the one the lore gives a name in that relation ("onjo
    sunbae": "onjo's senior", Ma-ru; "ate woojin": Ha-ri), else the one so called ("ate namra": "namra"; "onjo unnie
    deserves better": "onjo deserves better"); what is said after a call to another player ("kuya its cheongsan": "its
    cheongsan"); `told` says whether a kin phrase names someone, `named` whether a name does; None when there is no such word (or a name and the word after it alone: read as typed)."""
    core = core[:-1] if len(core) == 3 and core[-1] == "po" else core  # (Tagalog courtesy: "ate namra po")
    before = len(core) >= 2 and core[0] in _ADDRESS_BEFORE
    if before or (len(core) >= 2 and core[-1] in _ADDRESS_AFTER):
        name = " ".join(core[1:] if before else core[:-1])
        if len(core) <= 3 and named(name):
            word = _ADDRESS_BEFORE[core[0]] if before else ELDER_WORDS[core[-1]]
            kin = f"{name}'s {'older ' if word in SIBLINGS else ''}{word}"  # (one's elder: "hari oppa" is no Woo-jin)
            return kin if told(kin) else name if before else None
    if len(tokens) > 2 and (tokens[0] in _CALLING or tuple(tokens[:2]) == ("ate", "si")) and not named(tokens[0]) and tokens[1] not in _WHOSE_AFTER:
        return " ".join(tokens[1:])
    after = next((i for i in range(1, len(tokens) - 1) if tokens[i] in _ADDRESS_AFTER and (
        named(tokens[i - 1]) or named(" ".join(tokens[max(0, i - 2):i]))  # ("cheong-san oppa": two words read)
    )), None)
    if after is None or any(told(f"{' '.join(tokens[k:after])}'s {ELDER_WORDS[tokens[after]]}") for k in (
        after - 1, max(0, after - 2)
    )):
        return None
    return " ".join([*tokens[:after], *tokens[after + 1:]])


_OWN_TALK = frozenset("i we me my our us im were".split())


def named_then_told(tokens: Sequence[str], text: str) -> tuple[str, ...]:
    """The name a message opens with when a stop and a remark on him or her follow ("hari, she's the best", "gwinam, he
    is the worst"): the name guessed, then praised, right or wrong alike (as "namra, she's the best" is where she
    answers); a count and its unit or persons before a stop likewise ("6 months, the rest were boring": 6 months guessed;
    "5 kids, the rest died": 5 guessed, never one's own: "3 friends, we watched it"); () when it is none of that."""
    if 2 <= len(tokens) <= 4 and tokens[-1] in DISGUST and "?" not in text and said_apart(tokens, len(tokens) - 2, text):
        return tuple(tokens[:-1])  # "hari, ew", "ms park, ew": the name guessed, then disgust (as "nayeon, ew" where she answers)
    said = next((at for at in range(min(2, len(tokens) - 2)) if said_apart(tokens, at, text)), None)
    if said is not None and "?" not in text and (praises_them(tokens[said + 1 :]) or (said == 1 and tokens[0].isdigit() and (
            (unit_of(tokens[1]) is not None and tokens[1] not in PEOPLE)
            or (tokens[1] in PEOPLE and tokens[2] not in _OWN_TALK)))):  # ("3 friends, we ...", "4 people, we ...": one's own)
        return tuple(tokens[: said + 1])  # "namra, cute nila ni suhyeok": the name guessed, then the pair praised
    if said is None or "?" in text or not (  # (never asked: "who bit onjo?? she never got bitten lol")
        tokens[said + 1] in SUBJECT_PRONOUNS or (tokens[said + 1][-1:] == "s" and tokens[said + 1][:-1] in SUBJECT_PRONOUNS)
    ):  # ("she's": "shes")
        return ()
    return tuple(tokens[: said + 1])
