"""What happens to someone new in season 2: "is han du-seok a zombie", "does so ju-ran die", "is roh
jae-won's character alive", "is han du-seok the villain". Season 2 has not come out, so nothing is known of their fate; never a
season-1 "so far, alive and not infected" said of someone the story has not reached.
"""

from __future__ import annotations

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.words import stem

_FATES = frozenset({"die", "survive", "zombie", "turn", "infect", "halfbie", "bite", "kill", "live", "happen", "fate",
                    "end", "alive", "dead", "death", "safe", "human",
                    # "is han du-seok the villain": a part in a story not out yet (never "No. Gwi-nam is")
                    *(stem(w) for w in ("villain", "antagonist", "evil", "hero", "traitor"))})


class Newcomers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        pack = self.s.pack.characters
        ids = [s.id for s in ask.characters()] or [c.id for p in ask.people() for c in self.s.pack.characters_played_by(p.id)]
        if not ids or not _FATES & set(ask.a.stems) or ask.a.season not in (None, 2):
            return None
        if not all(i in pack and 1 not in pack[i].seasons for i in ids):
            return None
        parts = [Part(f"Nobody knows yet: {pack[i].name} is new in season 2, which has not come out, and my "
                      "sources say nothing about what happens to them.", confidence="official",
                      sources=self.s.knowledge.refs(pack[i].sources)) for i in ids]
        return self.s.answer(ask, parts, "season2.newcomer", consumed=tuple(ask.a.stems))
