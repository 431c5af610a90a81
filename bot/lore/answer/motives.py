"""Why someone did "that": a deed the question points at without naming it.

"bro why did Na-yeon do that to Gyeong-su", "why did he treat him like that", "이나연 왜 그랬어":
the question names who acted (and to whom) but not what they did. The deed is what the event index
has the first character doing to the second (infecting, attacking, killing, biting, saving...), or,
with one character named, the few things they do to others. A reason is given only where an event
states one; otherwise the answer says the sources give none and tells what they do say (each part
hidden as far as its own episode), never the character's card in place of an answer.

`named`: "why did Cheong-san go with Gwi-nam", "why did Su-hyeok stay with On-jo": a deed the
question does name, when no record gave its reason. A reason only from a record of the first
character doing it; otherwise what the sources say of it (or what the two are last seen doing
together), as not knowing why, and never another character's deed that shares a word.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.words import stem
from bot.lore.content import StoryEvent

# "why is su-hyeok so strong": asked of a way of being (present or past), not of a deed
_STATE_ASKED = compile_later(r"^\W*(?:why|how come)\s+(is|was|are|were|isn'?t|wasn'?t|isnt|wasnt)\b")
# "do that (to)", "did this", "do him like that", "treat her that way": a deed not named.
_VAGUE_DEED = compile_later(
    r"\b(?:do|did|does|doing|done)\s+(?:that|this|it|such a thing|all that|so)\b(?!\s+(?:episode|scene|part))"
    r"|\btreat\w*\s+(?:ent\d+|him|her|them)\s+(?:like that|that way|so badly|so bad)\b"
    r"|\b(?:do|did)\s+(?:ent\d+|him|her|them)\s+(?:like that|dirty|so dirty)\b"
)
# The roles of one who does something to another.
_DOER = frozenset({"killer", "attacker", "biter", "infector", "rescuer", "protector", "confessor"})
# With one character named, "why did she do that" points at one of a few deeds, never at many.
_MOST_DEEDS = 3
_REASON = compile_later(r"\b(?:because|so that|hoping|in order to|to (?:make|save|protect|get|escape))\b", re.I)
# "why did cheongsan go with gwinam", "why did suhyeok stay with onjo", "why does gwinam hunt him":
# a named character doing something, asked why (the deed named, unlike "do that").
_NAMED_DEED = compile_later(r"^why (?:(?:did|does|do|would|is|was|has)(?:n'?t)? )?ent\d+ (?:not |keep |still )?[a-z]"
                         r"|^ent\d+ why\b")  # (in Korean: "청산이 왜 귀남이랑 같이 갔어")
_WHY_WORDS = ("why", "reason", "cause", "because", "how", "come", "keep", "still")
# With a second character named and nothing said of the deed itself, what the two are last said
# to do together is what the sources do say.
_TOGETHER = 2
_GOING = frozenset(stem(w) for w in ("go", "come", "follow", "with", "along", "together", "join", "leave", "run"))


class MotiveAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._events = list(shared.pack.events.values())

    def answer(self, ask: Ask) -> Answer | None:
        if ask.a.qtype != "why" or ask.a.season or not _VAGUE_DEED.search(ask.text):
            return None
        characters = ask.characters()
        if not characters or len(characters) > 2:
            return None
        doer, target = characters[0], (characters[1] if len(characters) > 1 else None)
        deeds = [e for e in self._events if self._did(e, doer.id, target.id if target else None)]
        if not deeds or (target is None and len(deeds) > _MOST_DEEDS):
            # "why did Gwi-nam do that": nothing, or too much, he does to guess which (nor his card instead)
            name = self.s.short(doer.id)
            return Answer(ask.raw, False, [Part(f"Which of {name}'s actions do you mean? Name it and I'll tell you "
                                                "what my sources say about why.")], "ambiguous")
        deeds.sort(key=lambda e: (e.earliest, e.id))
        records = [self.s.records.by_id[e.id] for e in deeds[:_MOST_DEEDS]]
        spoils = self.s.subject_spoils(characters)
        parts = [self.s.part(r, self._told(e), spoils=spoils) for e, r in zip(deeds, records, strict=False)]
        reasoned = [p for p in parts if _REASON.search(p.text)]
        if reasoned:
            return self.s.answer(ask, reasoned, "why.deed", evidence=records, consumed=("why", "do"),
                                 subjects=characters)
        summary = next((r for r in self.s.profiles.evidence(doer) if r.kind == "summary"), None)
        said = [Part("My sources don't say why. What they do say:"), *parts]
        if summary is not None:
            said.append(self.s.part(summary, f"{self.s.short(doer.id)}: {summary.text}"))
        found = self.s.answer(ask, said, "why.unknown", evidence=records, consumed=("why", "do"), subjects=characters)
        return Answer(found.question, False, found.parts, found.intent, found.entities, found.evidence, found.consumed)

    def named(self, ask: Ask) -> Answer | None:
        """"why did Su-hyeok stay with On-jo": a reason only where a record of the first character
        gives one for what the question says they did; otherwise what the sources say of it (or of
        the two together), as not knowing why, never someone else's deed nor a character card."""
        if ask.a.qtype != "why" or ask.a.season or not ask.matches(_NAMED_DEED):
            return None
        characters = ask.characters()
        if not characters or len(characters) > 2 or len({c.id for c in characters}) != len(characters):
            return None
        doer, other = characters[0], (characters[1] if len(characters) > 1 else None)
        stems = ask.stems_without(_WHY_WORDS)
        theirs = [r for r in self.s.profiles.evidence(doer)
                  if not r.says_only_who and (other is None or other.id in r.subjects or self.s.short(other.id) in r.text)
                  and not self._another_acts(r, doer.id)]
        fitting = [r for _, r in self.s.records.ranked(stems, theirs) if stems and self.s.records.covers(stems, r.stems)]
        spoils = self.s.subject_spoils(characters)
        reasoned = [r for r in fitting[:_TOGETHER] if _REASON.search(r.text)]
        if reasoned:
            return self.s.answer(ask, [self.s.part(r, spoils=spoils) for r in reasoned], "why.deed",
                                 evidence=reasoned, consumed=_WHY_WORDS, subjects=characters)
        said = fitting[:_TOGETHER]
        if not said and other is not None and set(stems) <= _GOING:
            # "why did Cheong-san go with Gwi-nam": what the two are last seen doing together
            together = [e for e in self._events
                        if e.involves(doer.id) and e.involves(other.id)]
            together.sort(key=lambda e: (e.earliest, e.id))
            said = [self.s.records.by_id[e.id] for e in together[-_TOGETHER:]]
        if not said:
            # nothing says they did it: no reason, and never another's deed or a card instead
            state = _STATE_ASKED.match(ask.text)  # "why is su-hyeok so strong": a way of being, not a deed
            said_of = "was like that" if state is not None and state.group(1).startswith(("was", "were")) else "is like that"
            return dont_know(ask.raw, f"why {self.s.short(doer.id)} " + (said_of if state else "did that"))
        parts = [Part("My sources don't say why. What they do say:"), *(self.s.part(r, spoils=spoils) for r in said)]
        found = self.s.answer(ask, parts, "why.unknown", evidence=said, consumed=_WHY_WORDS, subjects=characters)
        return Answer(found.question, False, found.parts, found.intent, found.entities, found.evidence, found.consumed)

    def _another_acts(self, record: Record, doer: str) -> bool:
        """A record that opens with someone else tells what that one does ("After Gwi-nam bites him
        ..., Cheong-san stays behind" is Cheong-san's staying, not On-jo's)."""
        first = self.s.opener(record)
        return bool(first) and first != doer

    def _did(self, event: StoryEvent, doer: str, target: str | None) -> bool:
        acts = event.involves(doer, _DOER)
        if not acts and target is not None:
            # "Ji-min abandons Hyo-ryeong, and Woo-jin ...": there only "present", but the sentence's doer
            acts = event.text.startswith(self.s.short(doer)) and event.involves(doer)
        if not acts:
            return False
        if target is None:
            return any(p.character != doer for p in event.participants)
        return any(p.character == target and p.role not in _DOER for p in event.participants)

    @staticmethod
    def _told(event: StoryEvent) -> str:
        where = f" ({event.episode.label})" if event.episode else ""
        return event.text.rstrip(".") + where + "."
