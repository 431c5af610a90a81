"""What one character knows or meant.

Knowing another's fate: "does onjo know cheongsan died", "did su-hyeok find
out about namra", "does cheongsan's mom know he's alive". The sources never say what anyone knows;
the answer says so, then what they do say of the other one's fate (and of the knower's own, when
the knower is named by the other: "Cheong-san's mom" is attacked long before she could learn
anything), each hidden as far as its episode (never a bare "No." or "Yes.").

"he" or "she" after "know" is whom the knower is named by ("cheongsan's mom ... he": Cheong-san);
with no such name it is nobody the question says, and only the knower's own fate is told.

Meaning their own end: "did nayeon die on purpose", "did cheongsan get bitten on purpose". A death
of the kind "sacrifice" in the event index is meant ("Yes.", hidden as far as it); any other is
not said to be, so the answer says so and tells their fate, never a "Yes." off a record where
someone else acts on purpose.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

_KNOWS = compile_later(
    r"^(?:does|did|do|will|would)\s+(ent\d+)((?:\s+'s\s+[a-z]+)?)\s+(?:ever\s+|even\s+|actually\s+)?(?:know|knows|find out|finds out|learn|"
    r"reali[sz]e|hear|notice|figure out|get told)\b(?:\s+(?:that|about|if|whether))?\s+"
    r"(?:(ent\d+)\b|(?:he|she|they)(?:\s*'s|\s+(?:is|was|are|were|survived|survives|died|dies|lived|lives|made it|"
    r"turned|became))\b)"
)
_MEANT = compile_later(
    r"^(?:did|does|do|was|is)\s+(ent\d+)\s+(?:really\s+|actually\s+)?(?:die|dies|get killed|get bitten|got bitten|turn|"
    r"get infected|got infected|sacrifice (?:himself|herself|themselves)|kill (?:himself|herself|themselves))\s+"
    r"(?:on purpose|deliberately|intentionally|by choice|willingly)\W*$"
)
_POSSESSOR = compile_later(r"^(.+?)\s*'s?\s+\w+")


class KnowingAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        m = ask.matches(_KNOWS)
        if m is None:
            return None
        pronoun = m.group(3) is None
        if m.group(2):  # "does ent0 's dad know she 's alive": the dad knows, of ent0
            if not pronoun:
                return None
            named_by = self._character(ask, m.group(1))
            kin = [s.id for s in ask.characters() if s.id != named_by]
            ids = [kin[0] if len(kin) == 1 else "", named_by]
        else:
            ids = [self._character(ask, m.group(1)), self._named_by(ask, m.group(1)) if pronoun else
                   self._character(ask, m.group(3))]
        if not ids[0] or (not ids[1] and not pronoun) or ids[0] == ids[1]:
            return None
        knower = self.s.short(ids[0])
        parts = [Part(f"My sources don't say what {knower} knows of it. What they do say:", hedged=True)]
        # the knower's own fate when the other is whom they are named by, or nobody the question says
        told = [ids[0]] if pronoun else []
        told += [ids[1]] if ids[1] else []
        for cid in told:
            character = self.s.pack.characters[cid]
            if character.fate is not None:
                parts.append(Part(f"{character.name}: {character.fate.text}", character.fate.spoils, "official",
                                  self.s.knowledge.refs(character.sources)))
        if len(parts) == 1:
            return None
        return self.s.answer(ask, parts, "knowing", consumed=frozenset(ask.a.stems),
                             subjects=[s for s in ask.characters() if s.id in ids])

    def _named_by(self, ask: Ask, word: str) -> str:
        """Whom the knower is named by ("cheongsan's mom": Cheong-san), or ""."""
        slot = ask.a.slots.get(word)
        possessor = _POSSESSOR.match(slot.mention.text) if slot is not None else None
        if possessor is None:
            return ""
        entity = self.s.knowledge.resolver.resolve(possessor.group(1), ("character",)).entity
        return entity.id if entity is not None else ""

    def _character(self, ask: Ask, word: str) -> str:
        slot = ask.a.slots.get(word)
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return ""
        return slot.candidates[0].id


class MeantAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        m = ask.matches(_MEANT)
        if m is None:
            return None
        slot = ask.a.slots.get(m.group(1))
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return None
        cid = slot.candidates[0].id
        character = self.s.pack.characters.get(cid)
        if character is None or character.fate is None:
            return None
        subjects = [s for s in ask.characters() if s.id == cid]
        given = [e for e in self.s.pack.events.values() if e.kind == "sacrifice"
                 and e.involves(cid, ("victim",))]
        refs = self.s.knowledge.refs(character.sources)
        if given:
            record = self.s.records.by_id[given[0].id]
            return self.s.answer(ask, [self.s.part(record, f"Yes. {given[0].text}")], "meant", evidence=[record],
                                 consumed=frozenset(ask.a.stems), subjects=subjects)
        name = self.s.short(cid)
        parts = [Part(f"My sources don't say {name} meant it. What they do say:", hedged=True),
                 Part(f"{character.name}: {character.fate.text}", character.fate.spoils, "official", refs)]
        return self.s.answer(ask, parts, "meant", consumed=frozenset(ask.a.stems), subjects=subjects)
