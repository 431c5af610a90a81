"""The people the lore knows named in a message beside its answer, after the answer and options were found in it.

A person named beside the answer is another candidate ("namra suhyeok": two people, several answers), unless the
name is set aside ("not bts jimin"), is the question's own ("who is onjo's dad": On-jo), or stands inside the
answer ("onjo's" in "poor onjo's dad"). The answer's own person may be named in a way that makes another one:
another surname ("kim ji-hu" for Park Ji-hu), another given name ("yoon seo-ah" for Roh Yoon-seo) or their kin
("suhyeok's dad"); by any of their names, with what fans call them beside it, they are one person ("banjang
namra", "pink vest hyoryeong"). Read by `bot.trivia.matching` once a message holds more than one word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from bot.trivia.descriptions import described
from bot.trivia.hangul import another_korean_given_name, another_surname
from bot.trivia.hits import Hit, Prepared, inside_answer, set_aside
from bot.trivia.normal import read

__all__ = ["KIN_OF", "people_named"]

# Another's parent or sibling alone, the whole message: a person guessed ("onjo's mom?"), no talk of On-jo
KIN_OF = re.compile(r"^\s*(?:(?:its|it's|i think|maybe)\s+)*(?:the\s+)?[\w-]+?['’]?s\s+(?:mom|mum|mother|dad|father|brother"
                     r"|bro|sister|sis|son|daughter)(?:\s+(?:lol|lmao|right|ryt|tbh|ngl|maybe|i think))*\s*[?!.]*\s*$", re.I)
_POSSESSIVE_END = re.compile(r"['’]s$")  # ("on-jo's" names On-jo)

#: A mention: its words as typed, and the one person it names (None: several may be meant).
Mention = tuple[str, tuple[str, str] | None]


def people_named(
    mentions: Sequence[Mention],
    name: Callable[[str], tuple[str, str] | None],
    roles: Mapping[tuple[str, ...], str],
    p: Prepared,
    said: tuple[tuple[str, ...], tuple[str, ...], str],
    hits: Sequence[Hit],
    rivals: dict[str, str],
    right: str | None,
) -> tuple[bool, str | None]:
    """Whether the people `mentions` name make the answer another one (see module docstring), and the answer they
    name (`right` kept if already found). Other people become `rivals` ("e:" keys); `said` is the message's tokens,
    its core and its text; `name` resolves words to one person, `roles` a character by what they are."""
    tokens, core, text = said
    another = False
    same: set[str] = set()  # the words of the answer's own person, by any of their names
    for typed, key in mentions:
        if key is None or set_aside(tokens, read(typed).tokens):
            continue  # (one of several; "not bts jimin": no guess of Jimin)
        if key in p.entities and (
            another_surname(core, p.entities[key]) or another_korean_given_name(read(typed).tokens, p.entities[key], typed)
        ):
            another = True  # "kim ji-hu" for Park Ji-hu, "yoon seo-ah" for Roh Yoon-seo
        elif key in p.entities and KIN_OF.match(text):
            another = True  # "suhyeok's dad": his father guessed, not Su-hyeok
        elif key in p.entities and name(_POSSESSIVE_END.sub("", typed)) == key:
            right = right or p.entities[key]  # (a name only like it is another: "song jae-min")
            same.update(read(typed).tokens)
        elif key not in p.echoed_entities and not inside_answer(tokens, read(typed).tokens, hits):
            for found in [k for k, v in rivals.items() if k.startswith("p:") and name(v) == key]:
                del rivals[found]  # (one person, found as a name of the lists and by the lore: "namra talaga" names her once)
            rivals.setdefault("e:" + key[1], key[1])  # (not "onjo's" in "poor onjo's dad": that answer's own word)
    called = [t for t in core if t not in same]  # (what a fan calls them, the pack's description: "mad scientist byeongchan")
    if same and ((rivals.keys() == {"bare"} and not called) or (called and rivals and all(
        k == "bare" or k.startswith("p:") for k in rivals
    ) and ("character", described(called, roles)) in p.entities)):
        rivals.clear()  # "banjang namra", "pink vest hyoryeong": one person by her name and her nickname, no list of two
    return another, right
