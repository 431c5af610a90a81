"""Whether someone finds a relative ("did onjo find her dad", "does ha-ri ever see her brother
again"): the first event both take part in that has them meet (Ha-ri finds Woo-jin in the gym storeroom;
So-ju leads the students, On-jo among them, out of the gym), "Yes." with it, hidden as far as it.
When no event has them meet, the sources are said not to tell it (never a "Yes." over another line).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.words import stem

_FINDING = compile_later(r"\b(?:find|finds|found|see|sees|saw|meet|meets|met|reunite|reunites|reunited|get back to|reach|reaches)\b")
# what a line of two people meeting says they do
_MEETING = frozenset(stem(w) for w in ("find", "finds", "meet", "reunite", "rescue", "reach", "arrive", "lead", "save"))


class ReunionAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        if not ask.a.yes_no or not _FINDING.search(ask.text):
            return None
        subjects = ask.characters()
        relatives = [s for s in subjects if s.via == "relation" and s.path]
        if len(relatives) != 1:
            return None
        relative = relatives[0]
        seekers = [s.id for s in subjects if s.via != "relation"]
        if not seekers and (anchor := self.s.knowledge.resolver.resolve(relative.anchor, ("character",)).entity):
            seekers = [anchor.id]  # "did onjo find onjo's dad": On-jo is the anchor of the relation
        if len(seekers) != 1:
            return None
        seeker = seekers[0]
        events = self.s.pack.events
        lines = sorted((r for r in self.s.records.all if r.kind == "event" and r.stems & _MEETING
                        and events[r.id].involves(seeker) and events[r.id].involves(relative.id)),
                       key=lambda r: r.spoils)
        if not lines:  # "did onjo find her best friend": no meeting of theirs is told, so no "Yes."
            said = f"My sources don't tell of {self.s.short(seeker)} and {self.s.short(relative.id)} finding each other."
            return Answer(ask.raw, False, [Part(said, relative.spoils)], "unknown")
        line = lines[0]
        heading = f"Season {line.episode.season}, episode {line.episode.episode}: " if line.episode else ""
        part = self.s.part(line, f"Yes. {heading}{line.text}", spoils=relative.spoils)
        part = Part(part.text, part.spoils, part.confidence, part.sources, hedged=True)
        return self.s.answer(ask, [part], "reunion", evidence=[line], consumed=ask.stems_without(()),
                             subjects=[relative])
