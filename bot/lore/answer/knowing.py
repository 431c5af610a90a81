"""What one character knows of another's fate: "does onjo know cheongsan died", "did su-hyeok find
out about namra". The sources never say what anyone knows; the answer says so, then what they do
say of the other one's fate, hidden as far as its episode (never a bare "No." or "Yes.").
"""

from __future__ import annotations

import re

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

_KNOWS = re.compile(
    r"^(?:does|did|do|will|would)\s+(ent\d+)\s+(?:ever\s+|even\s+|actually\s+)?(?:know|knows|find out|finds out|learn|"
    r"reali[sz]e|hear|notice|figure out|get told)\b(?:\s+(?:that|about|if|whether))?\s+(ent\d+)\b"
)


class KnowingAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        m = ask.matches(_KNOWS)
        if m is None:
            return None
        ids = [self._character(ask, m.group(i)) for i in (1, 2)]
        if not ids[0] or not ids[1] or ids[0] == ids[1]:
            return None
        knower, other = self.s.short(ids[0]), self.s.pack.characters[ids[1]]
        parts = [Part(f"My sources don't say what {knower} knows of it. What they do say:", hedged=True)]
        if other.fate is not None:
            parts.append(Part(f"{other.name}: {other.fate.text}", other.fate.spoils, "official",
                              self.s.knowledge.refs(other.sources)))
        return self.s.answer(ask, parts, "knowing", consumed=frozenset(ask.a.stems),
                             subjects=[s for s in ask.characters() if s.id in ids])

    def _character(self, ask: Ask, word: str) -> str:
        slot = ask.a.slots.get(word)
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return ""
        return slot.candidates[0].id
