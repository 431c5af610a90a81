"""Someone described by what they do to a named character: "the teacher who dies for Na-yeon, who
plays her", "who plays the guy who filmed Gwi-nam".

The name inside the relative clause ("who dies for Na-yeon") is not whom the question is about:
the one it describes is. The event index says who that is: an event of the clause's verb (any event,
when it has none the index knows) that the named character is part of, with one other character in
it whom the noun fits ("the teacher": Ms. Park). The clause is then read as that character's own
slot, and a "her" or "him" after it as them too. Nothing is rewritten unless exactly one fits.
"""

from __future__ import annotations

import re

from bot.lore.answer.analysis import Slot
from bot.lore.answer.events import verbs_in
from bot.lore.answer.subjects import Subject, SubjectFinder, asked_gender
from bot.lore.answer.words import stem
from bot.lore.content import ContentPack
from bot.lore.names import Mention, NameResolver
from bot.show import NOTHING

_RELATIVE = re.compile(
    r"\bthe ((?:[a-z]+ )?[a-z]+) (?:who|that|whom) ((?:(?!\bwho\b)[^,?.!])*?\b(ent\d+)\b(?: 's)?(?: [a-z]+)?)\s*(?=,|$|who\b)"
)
# Nouns that fit anyone: the event alone decides.
_ANYONE = frozenset("one person guy girl boy kid student man woman dude lady character".split())
_PRONOUN = re.compile(r"\b(?:her|him|she|he|them|they)\b")
_NOT_A_PART = frozenset({"present"})


class RelativeClauses:
    def __init__(self, pack: ContentPack, finder: SubjectFinder, resolver: NameResolver) -> None:
        self._finder = finder
        self._resolver = resolver
        self._events = list(pack.events.values())

    def rewrite(self, clause: str, slots: dict[str, Slot]) -> str:
        """`clause` with "the teacher who dies for ent0" read as the one it describes (a new slot)."""
        if " who" not in clause and " that" not in clause:
            return clause
        m = _RELATIVE.search(clause)
        if m is None:
            return clause
        slot = slots.get(m.group(3))
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return clause
        anchor = slot.candidates[0].id
        noun = m.group(1).split()[-1]
        fits = self._fitting(noun, m.group(1))
        if fits is not None and not fits:
            return clause
        verbs = verbs_in(m.group(2))
        if not verbs:
            return clause  # a verb the index does not know ("bullied"): nothing to read it by
        kinds, agents = verbs[0][0], verbs[0][1]
        doers: set[str] = set()  # who does it to them ("the guy who bit Nam-ra": the biter)
        others: set[str] = set()  # anyone else in it ("the teacher who dies for Na-yeon")
        spoils = NOTHING
        for event in self._events:
            if event.kind not in kinds or not any(p.character == anchor for p in event.participants):
                continue
            them = [p for p in event.participants if p.character != anchor and p.role not in _NOT_A_PART
                    and (fits is None or p.character in fits) and self._gender_fits(noun, p.character)]
            if them:
                doers |= {p.character for p in them if p.role in agents}
                others |= {p.character for p in them}
                spoils = max(spoils, event.spoils)
        found = doers or others
        if len(found) != 1:
            return clause
        entity = self._resolver.get("character", next(iter(found)))
        if entity is None:
            return clause
        word = f"ent{90 + len(slots)}"
        # who they are is what the event tells: hidden as it is
        slots[word] = Slot(word, Mention(0, 0, entity.name, (entity,)), spoils)
        after = _PRONOUN.sub(word, clause[m.end():], count=1)
        return f"{clause[:m.start()]}{word} {after}".strip()

    def _gender_fits(self, noun: str, character: str) -> bool:
        """"the guy that kills Woo-jin" is no girl, whatever the event says."""
        asked = asked_gender([noun])
        return not asked or self._finder.profiles.gender.get(character, "") in ("", asked)

    def _fitting(self, noun: str, phrase: str) -> set[str] | None:
        """The characters `noun` fits (None: anyone)."""
        if noun in _ANYONE:
            return None
        described = self._finder.describe(sorted({stem(w) for w in phrase.split()}),
                                          gender=asked_gender([noun, *phrase.split()]))
        if isinstance(described, Subject):
            return {described.id}
        if isinstance(described, list):
            return {s.id for s in described}
        return set()

