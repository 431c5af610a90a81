"""Whether one character did something to another: "did Nam-ra bite Cheong-san", "was it Gyeong-su
who killed Woo-jin", "when did Cheong-san get bitten by Nam-ra".

The question names two characters and a verb of the event index (bite, kill, infect, save, ...);
which one acts is read from the words ("by Nam-ra" is the one who acts, otherwise the first named).
An event where they play those parts answers it ("Yes.", or its episode); when the index has the
second one on the receiving end of that kind of event from someone else, the premise is wrong and
the answer says so with what does happen ("No. At a construction site Gwi-nam bites Cheong-san").
Each answer spoils what its event spoils. Verbs of two equal parts (a kiss) and of no one acting
(a bombing) are left to the event answers.
"""

from __future__ import annotations

import re

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.events import verbs_in
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Subject
from bot.lore.content import StoryEvent

_SLOTS = re.compile(r"\bent\d+\b")
_BY = re.compile(r"\bby\s+(ent\d+)\b")
_SYMMETRIC = frozenset({"partner", "present"})
_ASKED = ("yes_no", "when", "which_episode")


class DeedChecks:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._events = list(shared.pack.events.values())

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        if a.qtype not in _ASKED or a.season or a.episode is not None or a.negative:
            return None
        slots = list(dict.fromkeys(_SLOTS.findall(ask.text)))
        if len(slots) != 2:
            return None
        verbs = verbs_in(ask.text)
        if not verbs:
            return None
        kinds, agents, patients, verb_text, _ = verbs[0]
        if agents & _SYMMETRIC or patients & _SYMMETRIC:
            return None
        by = _BY.search(ask.text)
        doer_slot = by.group(1) if by is not None else slots[0]
        done_slot = slots[1] if doer_slot == slots[0] else slots[0]
        doer, done = self._character(ask, doer_slot), self._character(ask, done_slot)
        if doer is None or done is None or doer.id == done.id:
            return None
        fitting = [e for e in self._events if e.kind in kinds and self._plays(e, doer.id, agents)
                   and self._plays(e, done.id, patients)]
        if fitting:
            if a.qtype != "yes_no":
                return None  # "when does Gwi-nam bite Nam-ra": the event answers give its episode
            event, verdict = min(fitting, key=lambda e: (e.earliest, e.id)), "Yes."
        else:
            others = [e for e in self._events if e.kind in kinds and self._plays(e, done.id, patients)
                      and any(p.role in agents and p.character != doer.id for p in e.participants)]
            if not others:
                return None  # nothing says it happens to them at all: not this kind's to deny
            event, verdict = min(others, key=lambda e: (e.earliest, e.id)), "No."
        record = self.s.records.by_id[event.id]
        where = f" ({event.episode.label})" if event.episode else ""
        if a.qtype == "yes_no":
            text = f"{verdict} {event.text.rstrip('.')}{where}."
        elif event.episode is not None:
            text = f"Not {self.s.short(doer.id)}. {event.episode.heading}: {event.text}"
        else:
            text = f"Not {self.s.short(doer.id)}. {event.text}"
        part = Part(text, max(record.spoils, doer.spoils, done.spoils), record.confidence,
                    self.s.knowledge.refs(record.sources), hedged=True)
        consumed = ("get", "got", "be", "by", "it", "who", "that", "when", "which", "episode", *verb_text.split())
        return self.s.answer(ask, [part], "deed", evidence=[record], consumed=consumed, subjects=[doer, done])

    @staticmethod
    def _plays(event: StoryEvent, character: str, roles: frozenset[str]) -> bool:
        return any(p.character == character and p.role in roles for p in event.participants)

    def _character(self, ask: Ask, word: str) -> Subject | None:
        slot = ask.a.slots.get(word)
        if slot is None or len(slot.candidates) != 1:
            return None
        entity = slot.candidates[0]
        if entity.kind == "character":
            return Subject("character", entity.id, entity.name)
        roles = self.s.pack.characters_played_by(entity.id)
        return Subject("character", roles[0].id, roles[0].name) if len(roles) == 1 else None
