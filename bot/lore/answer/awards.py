"""An award asked of one actor: "did lomon win an award", "did cho yi hyun win any awards".

The sources name the awards of a few (the APAN Star Awards, the Baeksang nominations); read by
words, "lomon" and "award" found the season-2 cast line, which says nothing of awards. An actor
no award record names is "I don't know" with the awards the sources do give; one they name is
left to the kinds that weigh the record (a win, or "neither won").
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

_AWARD = compile_later(r"\baward", re.I)


class AwardAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._records = shared.records.kept("awards", lambda records: tuple(
            r for r in records.by_id.values() if r.kind == "fact" and _AWARD.search(r.text)))

    def answer(self, ask: Ask) -> Answer | None:
        if "award" not in ask.a.stems or not self._records or len(ask.found.subjects) != 1:
            return None
        subject = ask.found.subjects[0]
        person = self.s.pack.people.get(subject.id)
        if person is None and (character := self.s.pack.characters.get(subject.id)) is not None and character.actor:
            person = self.s.pack.people.get(character.actor)  # "did su-hyeok's actor win an award"
        if person is None:
            return None
        names = [person.name, *person.variants]
        if any(n.casefold() in r.text.casefold() for r in self._records for n in names if n):
            return None
        lead = Part(f"I don't know of any award {person.name} won: my sources don't name one. The awards they do give:")
        return Answer(ask.raw, False, [lead, *(self.s.part(r) for r in self._records[:2])], "unknown")
