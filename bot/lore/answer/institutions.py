"""What the army, the police or the government does about the students: "do the kids get rescued by
the army", "does the government save the survivors", "did the police help the kids".

A yes/no question that names a group (the kids, the students, the survivors, the class) and an
institution is answered with what the event index tells of both together, in episode order, each
event hidden as far as it spoils; there is no "Yes." or "No." of the engine's own (a verdict spoils
as much as the events, and "rescued" is more than the sources say of any one event). When no event
tells of both, the answer says so plainly and gives what the sources tell of the institution. It
comes before the record search (retrieval), so "did the army abandon the students" is answered here: the
evacuation, then the commander's order to leave the students behind, each at its episode.
"""

from __future__ import annotations

import re

from bot.lazy_re import Pattern, compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part

_ASKED = compile_later(r"^(?:so |wait |ok |and |but )?(?:do|does|did|will|would|is|are|was|were|has|have|can|could)\b")
_GROUP = compile_later(r"\b(?:the |any of the |any )?(kids|students|survivors|class|children|teens|teenagers|group|"
                    r"main characters|friends|others)\b")
# The institution as fans name it, and the words its events are told with.
_INSTITUTIONS: tuple[tuple[str, Pattern, Pattern], ...] = (
    ("the military", compile_later(r"\b(?:army|military|soldiers?|troops?|marines?|armed forces)\b"),
     compile_later(r"\b(?:military|soldiers?|commander|martial law|army)\b", re.I)),
    ("the police", compile_later(r"\b(?:police|cops?|policemen|policeman|detectives?)\b"),
     compile_later(r"\b(?:police|detective|officer)\b", re.I)),
    ("the authorities", compile_later(r"\b(?:government|govt|authorities|officials|state)\b"),
     compile_later(r"\b(?:authorities|officials|government|martial law|quarantine|military|commander)\b", re.I)),
)
_GROUP_TOLD = compile_later(r"\b(?:students|class|kids|children|survivors)\b", re.I)
_MOST = 4  # events told of the institution when none tells of the group
_CONSUMED = ("do", "does", "did", "will", "would", "is", "are", "was", "were", "has", "have", "can", "could", "the",
             "any", "of", "by", "get", "gets", "got", "ever", "actually", "really", "end", "up", "in", "at", "them",
             "rescue", "rescued", "rescues", "save", "saved", "saves", "help", "helped", "helps", "evacuate",
             "evacuated", "abandon", "abandoned", "leave", "left", "behind", "kill", "killed", "try", "tried", "to",
             "come", "came", "for", "find", "found", "protect", "protected", "out", "get", "take", "took", "so", "wait",
             "ok", "and", "but", "it", "they", "everyone", "all")


class InstitutionAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        # in episode order, and within one in the order the index tells them
        self._events = sorted((r for r in shared.records.all if r.kind == "event" and r.episode is not None
                               and r.episode.season == 1), key=lambda r: r.episode or r.spoils)

    def answer(self, ask: Ask) -> Answer | None:
        text = ask.text
        group = _GROUP.search(text)
        if not ask.a.yes_no or not _ASKED.match(text) or group is None or ask.a.episode is not None or ask.a.season:
            return None
        named = [(name, said, told) for name, asked, told in _INSTITUTIONS if (said := asked.search(text)) is not None]
        if len(named) != 1:
            return None
        name, said, told = named[0]
        of_it = [r for r in self._events if told.search(r.text)]
        if not of_it:
            return None
        together = [r for r in of_it if _GROUP_TOLD.search(r.text)]
        asked_words = [*group.group(0).split(), *said.group(0).split()]
        if together:
            head = Part(f"What the sources tell of {name} and the students:", max(r.spoils for r in together),
                        aside=True)
            return self._answer(ask, [head, *(self.s.part(r) for r in together)], together, asked_words)
        shown = of_it[:_MOST]
        head = Part(f"My sources don't say what {name} {'does' if name == 'the military' else 'do'} for the {group.group(1)}. What they tell of {name}:",
                    aside=True)
        return self._answer(ask, [head, *(self.s.part(r) for r in shown)], shown, asked_words)

    def _answer(self, ask: Ask, parts: list[Part], evidence: list[Record], words: list[str]) -> Answer:
        return self.s.answer(ask, parts, "institution", evidence=evidence, consumed=(*_CONSUMED, *words))
