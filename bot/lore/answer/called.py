"""What one character calls another: "what does na yeon call gyeongsu", "what did nayeon call him".

The question names two people and "call", which is also a word of every profile ("called",
"name"), so it was answered with both characters' summaries and never the name itself. The answer
is the record that names both and says what one calls the other ("calling him a welfie"), at its
own spoiler position; when no record does, "I don't know".
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, dont_know

_CALLS = compile_later(r"^\s*what (?:does|did|do|would)\s+(ent\d+)\s+(?:always |usually )?call\s+(ent\d+)\b")
_CALLING = compile_later(r"\bcall(?:s|ed|ing)?\b", re.I)


class CalledAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        match = _CALLS.match(ask.text)
        if match is None:
            return None
        slots = [ask.a.slots.get(match.group(i)) for i in (1, 2)]
        if any(s is None or len(s.candidates) != 1 for s in slots):
            return None
        caller, called = (s.candidates[0].id for s in slots if s is not None)
        found = [r for r in self.s.records.by_id.values()
                 if r.kind in ("fact", "event") and {caller, called} <= r.subjects and _CALLING.search(r.text)
                 and self.s.opener(r) == caller]
        if not found:  # "what does dae su call hari": never their two profiles
            return dont_know(ask.raw, f"what {self.s.short(caller)} calls {self.s.short(called)}")
        found.sort(key=lambda r: (r.kind != "fact", r.spoils, r.id))
        return self.s.answer(ask, [self.s.part(found[0])], "called", evidence=found[:1], consumed=ask.a.stems,
                             subjects=[s for s in ask.found.subjects if s.id in (caller, called)])
