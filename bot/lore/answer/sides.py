"""The sides of "who died first, the science teacher or ms park", "who got bitten first, the class
president or the bully": a side said as a description is read as the one character it plainly
names (a new slot), so the order of the two is compared as it is between two names.

Without it the description was no subject: the comparison saw one name and answered about it
alone ("I don't know that about Park Sun-hwa"), or some record that merely said "first" ("the first
person infected is Hyeon-ju", for the class president and the bully). Only a description that
names one character and spoils nothing (`AnswerEngine.identify`) is read; anything else is left.
The same reading serves a question the shapes for names did not read as typed (`described_one`: "how did the bully
lose his eye").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Slot
from bot.lore.answer.words import STOP
from bot.lore.names import Entity, Mention

# A comparison ("first", "earlier", "sooner", "last", "later", "before") with two sides joined by "or".
_ORDER = compile_later(r"\b(?:first|1st|earlier|sooner|last|later|before|longer)\b")
_SIDE = r"(ent\d+|the (?:[a-z]+ ){0,2}[a-z]+)"
_PAIR = compile_later(rf"\b{_SIDE}\s+or\s+{_SIDE}\W*$")


def described_sides(clause: str, slots: dict[str, Slot],
                    identify: Callable[[str, Sequence[str]], Entity | None]) -> str:
    """`clause` with each described side of its "X or Y" read as the character it names."""
    if " or " not in clause or "the " not in clause or not _ORDER.search(clause):
        return clause
    pair = _PAIR.search(" ".join(clause.split()))
    if pair is None:
        return clause
    text = " ".join(clause.split())
    for side in (pair.group(1), pair.group(2)):
        if not side.startswith("the "):
            continue
        entity = identify(side, ("character",))
        if entity is None:
            return clause  # one side not plainly someone: the question is left as asked
        word = f"ent{80 + len(slots)}"
        slots[word] = Slot(word, Mention(0, 0, entity.name, (entity,)))
        text = re.sub(rf"\b{re.escape(side)}\b", word, text, count=1)
    return text


_KIN = r"(?:son|daughter|dad|father|mom|mum|mother|brother|sister|bro|sis|sibling|kid|child|wife|husband)"
# "is jinsu the science teacher's son", "is jinsu the son of the science teacher": the described one as a name,
# so the relation is checked ("Yes. Jin-su — Byeong-chan's son."), never the asked one's profile alone
_DESCRIBED_KIN = compile_later(rf"^(?P<lead>(?:is|was|isn't|wasn't|are) ent\d+ )(?:(?P<d1>the (?:[a-z]+ ){{0,2}}[a-z]+?)(?: ?'s|’s|s) "
                            rf"(?P<k1>{_KIN})|the (?P<k2>{_KIN}) of (?P<d2>the (?:[a-z]+ ){{0,2}}[a-z]+?))"
                            r"(?P<tail>\s*(?:right|too|or not|lol|then|again)?\W*)$")


def described_kin(clause: str, slots: dict[str, Slot],
                  identify: Callable[[str, Sequence[str]], Entity | None]) -> str:
    """`clause` with the described one of "is X the Y's son" read as the character it names."""
    if "ent" not in clause or "the " not in clause:
        return clause
    text = " ".join(clause.split())
    asked = _DESCRIBED_KIN.match(text)
    if asked is None:
        return clause
    described, kin = asked.group("d1") or asked.group("d2"), asked.group("k1") or asked.group("k2")
    entity = identify(described, ("character",))
    if entity is None:
        return clause  # not plainly someone (or saying who would spoil): left as asked
    word = f"ent{80 + len(slots)}"
    slots[word] = Slot(word, Mention(0, 0, entity.name, (entity,)))
    return f"{asked.group('lead')}{word} 's {kin}{asked.group('tail')}"


_THE_PHRASE = compile_later(r"\bthe(?: [a-z]+){1,3}\b")
# What may follow a description read as someone: a function word, a possessive or a verb a question says of a person
# ("the bully lose his eye", "the science teacher do"); any other word makes it part of a longer noun ("the class
# president vote" is no person, "the politician guy" no politician the sources have)
_AFTER_SOMEONE = (STOP - {"guy", "dude", "man", "one", "show", "thing"}) | frozenset("""
    s 's lose lost look looks looked die dies died get gets got go goes went become becomes became turn turns turned end ends
    ended feel felt say says said have has had like likes liked want wants wanted wear wears wore mean meant know knew live
    lives lived come comes came make makes made kill kills killed bite bites bit save saves saved leave leaves left hate
    hates hated love loves loved tell tells told think thinks thought do does did survive survives survived
""".split())


def described_one(clause: str, slots: dict[str, Slot], identify: Callable[[str, Sequence[str]], Entity | None],
                   known: frozenset[str]) -> str | None:
    """`clause` with the first description in it that plainly names one character ("how did the bully lose his eye",
    "what was the deal with the science teacher") read as that character (a new slot), for a question that got "I don't
    know" as typed (the shapes that read a name, "how did ent0 lose his eye", never read a description); None when no
    description there names anyone, or saying who would spoil. One word after "the" counts only as a description the pack
    lists (`known`: "the bully"), never "the army" or "the main" of "the main guy"."""
    if "the " not in clause:
        return None
    text = " ".join(clause.split())
    for found in _THE_PHRASE.finditer(text):
        words = found.group().split()
        for end in range(2, len(words) + 1):  # the shortest that names someone: "the bully" of "the bully lose his eye"
            phrase = " ".join(words[:end])
            if end == 2 and phrase not in known:
                continue  # "the army", "the main" (of "the main guy"): one word, no description the pack lists
            entity = identify(phrase, ("character",))
            if entity is None:
                continue
            rest = text[found.start() + len(phrase):].split()
            if rest and rest[0].strip("?!.,") not in _AFTER_SOMEONE:
                break  # "the class president vote": a thing of theirs, not them
            word = f"ent{80 + len(slots)}"
            slots[word] = Slot(word, Mention(0, 0, entity.name, (entity,)))
            return text[:found.start()] + text[found.start():].replace(phrase, word, 1)
    return None
