"""Whether the show has romance: "is there romance in it", "any ships?", "what are the couples",
"who likes who". The sources tell who has feelings for whom (the characters' written romance
bonds) and the scenes where they kiss or confess; the answer is those, each hidden as far as it
spoils, never which of them "end up together" (no source says). Asked of two named characters, it
is relations.py's question ("are onjo and cheongsan a couple"), not this one.
"""

from __future__ import annotations

import re

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

_LOVE = (r"(?:romance|romances|romantic|romcom|love story|love stories|love triangles?|love lines?|loveline|couples?|"
         r"ships?|shipping|kissing|kisses|kiss|dating|love interests?|relationships?)")
_ROMANCE_ASKED = re.compile(
    rf"^(?:is|are|was|were|will|does|do|has)\s+(?:there|it|the show|this show|the series|this|the drama)\b.*\b{_LOVE}\b"
    rf"|^(?:any|some|so any|ok any)\s+(?:\w+\s+)?{_LOVE}\b"
    rf"|^(?:what|which|who)(?:'s|s)?\s+(?:are|r|is|were)?\s*(?:the\s+)?(?:main\s+)?(?:couples?|ships?|love interests?|romances?|"
    rf"love triangles?)\b"
    r"|^who (?:dates|dated|likes|liked|loves|loved|kisses|kissed|has a crush on|crushes on) (?:who|whom)\b"
    r"|^who (?:is|are|r) in love(?: with (?:who|whom))?\W*$"
    r"|^(?:does|do|did) (?:anyone|anybody|any ?one|someone|they|the characters|the students|any characters) "
    r"(?:kiss|date|fall in love|get together|hook up|end up together)\b"
)
_SCENE = re.compile(r"\b(?:kiss\w*|confess\w*)\b")
_ROMANCE = ("crush_on", "loves", "love_interest_of")


class RomanceAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        if ask.found.subjects or (ask.a.season or 1) > 1 or not _ROMANCE_ASKED.search(ask.text):
            return None
        pack = self.s.pack
        parts: list[Part] = []
        told: set[str] = set()
        bonds = sorted((rel for c in pack.characters.values() for rel in c.relationships
                        if rel.type in _ROMANCE and not rel.derived), key=lambda rel: rel.spoils)
        for rel in bonds:
            source = pack.characters[rel.source]
            parts.append(Part(f"{self.s.short(rel.source)} \u2014 {rel.text}", rel.spoils, "official",
                              self.s.knowledge.refs(source.sources)))
            told.add(rel.text)
        scenes = sorted(((c, e) for c in pack.characters.values() for e in c.events if _SCENE.search(e.text)),
                        key=lambda pair: pair[1].spoils)
        for character, event in scenes:
            if event.text in told:
                continue
            told.add(event.text)
            parts.append(Part(f"{self.s.short(character.id)}: {event.text}", event.spoils, "official",
                              self.s.knowledge.refs(character.sources)))
        if not parts:
            return None
        lead = Part("Yes, there is some: the sources tell who has feelings for whom (never who ends up together):")
        return self.s.answer(ask, [lead, *parts], "romance", consumed=ask.stems_without(()))
