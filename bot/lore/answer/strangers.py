"""Someone named only through a relation the pack does not know: "does jin-su's mother die", "does
onjo's dad's friend die", "who plays hari's mom".

The relation path ("X's dad's friend") is followed as far as the pack's relationships go. Where it
stops, the one asked about is nobody the pack knows, so nothing said of the person before them
(On-jo's fate, So-ju's) answers for them. What the sources do say of them is said instead: every
line of the last known person's story that mentions "his mother" or "Jin-su's mother", at its own
confidence and behind the spoiler bars of its own episode, with no verdict of ours ("does she die":
the sources never say). When no line mentions them, "I don't know who ... is", and how far the path
did reach ("On-jo's father is Nam So-ju").

A path that stops at its first step on a word that is not family ("Cheong-san's killer", "Nam-ra's
crush") is left to the kinds that answer those.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.relation_words import REL_WORDS
from bot.lore.answer.result import CAPABILITIES, Answer, Part
from bot.show import NOTHING, Position

_MODIFIER = r"(?:best|older|younger|little|lil|big|elder|baby)"
# "ent0 's dad 's best friend", "ent0 's mother"
_CHAIN = compile_later(rf"\b(ent\d+)((?:\s*'s\s+(?:{_MODIFIER}\s+)?[a-z]+)+)")
_STEP = compile_later(rf"'s\s+((?:{_MODIFIER}\s+)?[a-z]+)")
# The words said of a relative in the sources' lines, by the word asked.
_SAID_AS: dict[str, str] = {
    **dict.fromkeys(("mother", "mom", "mum"), "mother|mom|mum"),
    **dict.fromkeys(("father", "dad", "daddy"), "father|dad"),
    **dict.fromkeys(("parent", "parents"), "parents?|mother|father"),
    "brother": "brother", "bro": "brother", "sister": "sister", "sis": "sister",
    "sibling": "brother|sister|siblings?", "son": "son", "daughter": "daughter", "wife": "wife", "husband": "husband",
    **dict.fromkeys(("child", "kid"), "son|daughter|child|baby"),
}
# What the relation is called back ("Jin-su's mother", never "Jin-su's mom" from a typed "mom").
_CALLED = {"mom": "mother", "mum": "mother", "dad": "father", "daddy": "father", "bro": "brother", "sis": "sister",
           "kid": "child", "parents": "parents"}
_FAMILY = frozenset(_SAID_AS)
_PRONOUN = {"mother": "her", "sister": "her", "daughter": "her", "wife": "her", "father": "him", "brother": "him",
            "son": "him", "husband": "him"}
# "does gyeong-su have a mom": whether there is one, asked as "gyeong-su's mom" is
_HAS = compile_later(rf"^(?:does|did|do) (ent\d+) (?:have|has|had|got) (?:a|an|any) ((?:{_MODIFIER} )?[a-z]+)\b")


class UnknownRelatives:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        has = _HAS.match(ask.text)
        if has is not None and has.group(2).split()[-1] in _FAMILY:
            return self._has(ask, has)
        if "'s" not in ask.text:
            return None
        for match in _CHAIN.finditer(ask.text):
            found = self._broken(ask, match)
            if found is not None:
                return found
        return None

    def _broken(self, ask: Ask, match: re.Match[str]) -> Answer | None:
        slot = ask.a.slots.get(match.group(1))
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return None
        if any(word != match.group(1) for word in re.findall(r"\bent\d+\b", ask.text)):
            return None  # "isn't cheong-san on-jo's brother": whether one is the other's, the relation kinds'
        steps = [s.split() for s in _STEP.findall(match.group(2))]
        while steps and steps[-1][-1] not in REL_WORDS:
            steps.pop()  # "ha-ri's brother's blood type": the path ends where the attribute begins
        if not steps or any(step[-1] not in REL_WORDS for step in steps):
            return None
        current = [slot.candidates[0].id]
        spoils = slot.spoils
        reached: list[str] = []  # "On-jo's father is Nam So-ju": how far the path goes
        for i, step in enumerate(steps):
            word, modifier = step[-1], (step[0] if len(step) > 1 else "")
            nxt: list[tuple[str, Position]] = []
            for cid in current:
                nxt += [(r.source, r.spoils) for r in self.s.profiles.related(cid, word, modifier)
                        if r.source in self.s.pack.characters]
            if nxt:
                if len({c for c, _ in nxt}) == 1:
                    whose = self._path(slot.candidates[0].id, steps[: i + 1])
                    reached.append(f"{whose} is {self.s.pack.characters[nxt[0][0]].name}.")
                spoils = max(spoils, *(p for _, p in nxt))
                current = list(dict.fromkeys(c for c, _ in nxt))
                continue
            if i == 0 and word not in _FAMILY and len(steps) == 1:
                return None  # "Cheong-san's killer", "Nam-ra's crush": the other kinds' questions
            if modifier and any(self.s.profiles.related(cid, word) for cid in current):
                return None  # "ha-ri's older brother": her brother is known, the kinds say he is younger
            asked = self._path(slot.candidates[0].id, steps[: i + 1])
            lead = [Part(line, spoils, "official") for line in reached]
            if i == len(steps) - 1 and len(current) == 1 and word in _FAMILY:
                told = self._mentions(current[0], word)
                if told:
                    return self._told(ask, asked, word, lead, told, spoils)
            return self._unknown(ask, asked, lead)
        return None

    def _path(self, anchor: str, steps: Sequence[Sequence[str]]) -> str:
        words = [" ".join([*step[:-1], _CALLED.get(step[-1], step[-1])]) for step in steps]
        return self.s.short(anchor) + "".join(f"'s {w}".replace("baby father", "baby's father") for w in words)

    def _mentions(self, character_id: str, word: str) -> list[Record]:
        """The lines of their story that speak of their `word` ("his mother", "Jin-su's mother"),
        an event's own (with its own confidence) before the same line retold in their story."""
        short = re.escape(self.s.short(character_id))
        # never "his sister Ha-ri" in Woo-jin's line: that sister is Ha-ri herself, not hers
        said = re.compile(rf"\b(?:his|her|their|{short}'s|{short}\s*'s)\s+(?:{_SAID_AS[word]})\b(?!,?\s+{short}\b)",
                          re.I)
        records = [r for r in self.s.profiles.character.get(character_id, []) if said.search(r.text)]
        order = {"event": 0, "fact": 1, "fate": 2, "story": 3}
        records.sort(key=lambda r: (r.episode or NOTHING, order.get(r.kind, 4)))
        kept: list[Record] = []
        for record in records:
            if any(k.episode == record.episode and record.episode is not None for k in kept):
                continue  # the same scene told twice (the event and the character's story)
            kept.append(record)
        return kept

    def _told(self, ask: Ask, asked: str, word: str, lead: list[Part], told: Sequence[Record],
              spoils: Position) -> Answer:
        them = _PRONOUN.get(_CALLED.get(word, word), "them")
        parts = [*lead, Part(f"My sources never name {asked} and say nothing more of {them} than this:", spoils)]
        for record in told:
            where = f"{record.episode.heading}: " if record.episode else ""
            parts.append(self.s.part(record, where + record.text, spoils=spoils))
        stems = ask.stems_without(())
        return self.s.answer(ask, parts, "relative.unknown", evidence=told, consumed=stems)

    def _unknown(self, ask: Ask, asked: str, lead: list[Part]) -> Answer:
        text = f"I don't know who {asked} {'are' if asked.endswith('parents') else 'is'}: my sources don't say."
        offer = Part(f"I can answer questions about {CAPABILITIES}.")
        return Answer(ask.raw, False, [Part(text), *lead, offer], "unknown")

    def _has(self, ask: Ask, has: re.Match[str]) -> Answer | None:
        """"does gyeong-su have a mom": yes, with who, when the pack knows them; else what the sources
        say of them, or that they don't say (never a line that merely names a mother, his or not)."""
        found = _CHAIN.search(f"{has.group(1)} 's {has.group(2)}")
        assert found is not None
        broken = self._broken(ask, found)
        slot = ask.a.slots[has.group(1)]
        if broken is not None and not broken.answered and len(slot.candidates) == 1:
            # "does nam-ra have a brother": whether she has one is what is unknown, not who he is
            step = has.group(2).split()
            called = " ".join([*step[:-1], _CALLED.get(step[-1], step[-1])])
            owns = "have" if called.endswith("parents") else f"has {'an' if called[0] in 'aeiou' else 'a'}"
            whether = f"My sources don't say whether {self.s.short(slot.candidates[0].id)} {owns} {called}."
            return Answer(ask.raw, False, [Part(whether), *broken.parts[1:]], "unknown")
        if broken is not None:
            return broken
        step = has.group(2).split()
        rels = [r for r in self.s.profiles.related(slot.candidates[0].id, step[-1], step[0] if len(step) > 1 else "")
                if r.source in self.s.pack.characters]
        if not rels or len(slot.candidates) != 1:
            return None
        asked = self._path(slot.candidates[0].id, [step])
        names = " and ".join(self.s.pack.characters[r.source].name for r in rels)
        # never "Cheong-san's mother is Cheong-san's mother": a nameless relative is said to be unnamed
        text = f"Yes. {asked} is {names}." if names != asked else f"Yes, though my sources never give {asked}'s name."
        part = Part(text, max(max(r.spoils for r in rels), slot.spoils), "official",
                    self.s.knowledge.refs(self.s.pack.characters[rels[0].source].sources), hedged=True)
        return self.s.answer(ask, [part], "relative.known", consumed=ask.stems_without(()))
