"""Who heads a company the show names: "who's the ceo of film monster", "who runs film monster", "who
is film monsters boss", "whats the name of the film monster ceo".

The heads are the pack's people with a role that names a company and a head's title ("Film Monster
CEO"), each said as sure as the weakest of the pack's claims that name them so (one report: the
answer says "reportedly"), with their sources. A company no such role names ("who is the ceo of jtbc
studios") is left to "I don't know": no source names its head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.result import CONFIDENCE_ORDER, Answer, Part
from bot.show import NOTHING

# A head's title as a role gives it ("Film Monster CEO"), and the words fans ask for one with.
_TITLE = compile_later(r"^(?P<company>.+?)\s+(?P<title>ceo|chief executive|president|chairman|chairwoman|founder|head)$", re.I)
_ASKED = compile_later(
    r"\b(?:ceo|c e o|chief executive|boss|head|president|chairman|chairwoman|founder|owner)\b"
    r"|^(?:so |and |ok )?who\s+(?:runs|ran|heads|headed|owns|owned|leads|led|founded|started|manages|managed)\b"
)
_WHO = compile_later(r"^(?:so |and |ok )?(?:who|whos|what|whats|which person)\b")
_CONSUMED = ("who", "whos", "is", "was", "the", "of", "at", "what", "whats", "name", "company", "ceo", "c", "e", "o",
             "chief", "executive", "boss", "head", "heads", "headed", "president", "chairman", "chairwoman", "founder",
             "founded", "owner", "owns", "owned", "runs", "ran", "run", "leads", "led", "manages", "managed", "started",
             "s", "'s", "current", "currently", "now", "actually")


@dataclass(frozen=True)
class _Head:
    person: str  # the pack's person id
    company: str
    title: str


class CompanyHeads:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._heads = [
            _Head(p.id, m.group("company"), m.group("title"))
            for p in shared.pack.people.values() for role in p.roles if (m := _TITLE.match(role.strip())) is not None
        ]

    def answer(self, ask: Ask) -> Answer | None:
        text = ask.text
        if not self._heads or not _WHO.search(text) or not _ASKED.search(text) or ask.characters():
            return None
        squeezed = re.sub(r"[^a-z0-9]", "", text)
        heads = [h for h in self._heads if re.sub(r"[^a-z0-9]", "", h.company.casefold()) in squeezed]
        if not heads:
            return None
        parts: list[Part] = []
        evidence: list[Record] = []
        for head in heads:
            person = self.s.pack.people[head.person]
            records = self.s.profiles.person.get(head.person, [])
            # as sure as the claims that name them so: one report of "Film Monster's CEO Park Chul-soo"
            # makes it "reportedly"
            naming = [r for r in records if r.kind == "claim" and head.company.casefold() in r.text.casefold()]
            confidence = max((r.confidence for r in naming), key=lambda c: CONFIDENCE_ORDER.get(c, 0), default="official")
            title = head.title if head.title.isupper() else head.title.casefold()
            notes = [r for r in records if r.kind == "note"]
            spoils = max((r.spoils for r in notes), default=NOTHING)  # as far as what the pack says of them
            part = Part(f"{person.name} is {head.company}'s {title}.", spoils, confidence,
                        self.s.knowledge.refs(person.sources))
            parts.append(part)
            evidence += notes
        companies = [w for h in heads for w in h.company.casefold().split()]
        return self.s.answer(ask, parts, "company.head", evidence=evidence, consumed=(*_CONSUMED, *companies))
