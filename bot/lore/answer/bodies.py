"""What becomes of a character's body ("what happened to gwinam's body", "was cheongsan's body
found", "where is so-ju's body"): what the sources say of that body (Cheong-san's: recaps disagree
whether it is ever found), else that they do not say, with the character's fate; never another
scene of theirs. Hidden as far as their fate: a question about a body gives the death away.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part

_BODY = compile_later(r"\b(?:body|bodies|corpse|corpses|remains)\b")
# "what happened to ent0 's body", "was ent0 's body found", "where is ent0 body", "did they find his body"
_ASKED = compile_later(r"\b(?:what|where|was|were|is|did|does|do|has|have|found|find|shown|show|see|seen|happen\w*)\b")
_KIND_ORDER = {"fact": 0, "event": 1}


class BodyAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        if "bod" not in ask.text and "corpse" not in ask.text and "remains" not in ask.text:
            return None
        subjects = ask.characters()
        if len(subjects) != 1 or not _BODY.search(ask.text) or not _ASKED.search(ask.text):
            return None
        subject = subjects[0]
        character = self.s.pack.characters[subject.id]
        if character.fate is None or character.fate.status == "alive":
            return None  # "on-jo's body": no death, nothing of a body to tell
        names = {self.s.short(subject.id), character.name}
        said = sorted((r for r in self.s.records.all if subject.id in r.subjects
                       and any(f"{n}'s body" in r.text for n in names)),
                      key=lambda r: (_KIND_ORDER.get(r.kind, 2), r.id))
        fate = character.fate
        refs = self.s.knowledge.refs(character.sources)
        if said:
            parts = [self.s.part(r, spoils=fate.spoils) for r in said[:2]]
            return self.s.answer(ask, parts, "fate", evidence=said, consumed=ask.stems_without(()), subjects=[subject])
        short = self.s.short(subject.id)
        parts = [Part(f"My sources don't say what becomes of {short}'s body. What they say of {short}'s fate:",
                      fate.spoils, hedged=True),
                 Part(f"{character.name}: {fate.text}", max(fate.spoils, subject.spoils), "official", refs)]
        return self.s.answer(ask, parts, "fate", evidence=_fate_records(self.s, subject.id),
                             consumed=ask.stems_without(()), subjects=[subject])


def _fate_records(shared: Shared, character_id: str) -> list[Record]:
    return [r for r in shared.records.all if r.kind == "fate" and character_id in r.subjects]
