"""List questions about kinds of characters: "list the halfbies", "who are the teachers".

A kind is matched against what the pack says each character is (their descriptions and the head of
their summary, "Hyosan High's science teacher"), or, for halfbies, their states through the story
(fates.py); each character found is one part, hidden as far as what makes them one spoils.
"""

from __future__ import annotations

import re

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.words import FILLER, stems_of
from bot.show import NOTHING

_LIST = re.compile(
    r"\b(?:who are|who were|list|name|which|what are|all)\s+(?:all\s+|of\s+)?(?:the\s+)?(?P<noun>[a-z' ]+?)"
    r"(?:\s+(?:in|on|of|from)\b.*|\s*\?|$)"
)
_HEAD = re.compile(r"^(.*?)(?:,| who | whom | with |;|$)")
_WORDS = ("who", "list", "name", "which", "all", "character", "show", "are", "were")


class ListAnswers:
    def __init__(self, shared: Shared, fates: FateAnswers) -> None:
        self.s = shared
        self.fates = fates

    def answer(self, ask: Ask) -> Answer | None:
        match = ask.matches(_LIST)
        if match is None or ask.found.subjects:
            return None
        noun = match.group("noun").strip()
        if not noun.endswith("s") and not noun.endswith("ies"):
            return None  # a kind is asked in the plural: "the teachers", "the halfbies"
        wanted = stems_of(noun) - FILLER
        if not wanted:
            return None
        if wanted == {"halfbie"}:
            return self._halfbies(ask)
        parts: list[Part] = []
        evidence: list[Record] = []
        for character in self.s.pack.characters.values():
            heads = [(_HEAD.match(character.summary) or _HEAD.match("")).group(1), *(d.text for d in character.descriptions)]  # type: ignore[union-attr]
            spoils = [d.spoils for d in character.descriptions]
            if any(wanted <= stems_of(h) for h in heads[:1]):
                parts.append(Part(f"{character.name}: {character.summary}", character.summary_spoils, "official",
                                  self.s.knowledge.refs(character.sources)))
            elif any(wanted <= stems_of(h) for h in heads[1:]):
                first = min((s for h, s in zip(heads[1:], spoils, strict=True) if wanted <= stems_of(h)), default=NOTHING)
                parts.append(Part(f"{character.name}: {character.summary}", max(first, character.summary_spoils),
                                  "official", self.s.knowledge.refs(character.sources)))
            else:
                continue
            evidence += self.s.profiles.character.get(character.id, [])
        if len(parts) < 2:
            return None
        return self.s.answer(ask, parts, "list", evidence=evidence, consumed=_WORDS, extra=frozenset(wanted))

    def _halfbies(self, ask: Ask) -> Answer | None:
        parts: list[Part] = []
        for character, spoils in sorted(self.fates.halfbies(), key=lambda pair: pair[1]):
            fate = character.fate
            text = fate.text if fate is not None else character.summary
            parts.append(Part(f"{character.name}: {text}", max(spoils, fate.spoils if fate else NOTHING),
                              "official", self.s.knowledge.refs(character.sources)))
        if not parts:
            return None
        return self.s.answer(ask, parts, "list.halfbies", consumed=_WORDS, extra=frozenset({"halfbie"}))
