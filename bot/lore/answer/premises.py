"""A fate asked on a false premise, corrected instead of answered "I don't know": the one route
that decides whether a premise about a fate is denied (the correction itself is
`FateAnswers.premise`, which never denies one the sources call unclear, `stages.fate_unclear`).

- The episode-bound premise ("why did On-jo die in episode 3", "when did Su-hyeok die").
- The death of someone who never dies or turns, asked as "who killed Dae-su", "where does
  Hyo-ryeong die", "how did Nam-ra die in the finale": No, and what does become of them.
- The survival of someone who dies or turns, asked as "how did Gyeong-su survive", "why did the
  science teacher survive": No, and where they die or turn.
- Either asked by the actor's name ("why did Park Ji-hu die at the end") or by a description: of
  the one character the actor plays, or the description fits.

Each correction is hidden as far as the fate it rests on (a "No" to "how did Gyeong-su survive"
says he dies), so a reader who has not got there reads nothing of it in the clear.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.fate_words import SAID
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.stages import fate_unclear
from bot.lore.answer.subjects import Subject
from bot.lore.answer.wording import hedged_verdict
from bot.lore.answer.words import stem

# "who killed ent0": the one killed is the subject (never "who did ent0 kill", nor "ent0 's mom").
_KILLED_WHO = compile_later(r"^who\s+(?:\w+\s+)?(?:killed|kills|murdered|murders)\s+(ent\d+)(?!\s*'s)\b")
# "which episode gwinam bites namra": the premise is Nam-ra's bite, not Gwi-nam's.
_BITES_SOMEONE = compile_later(r"\bent\d+ (?:(?:does|did|do|will) )?(?:bite|bites|bit) (ent\d+)\b")
# Asked of a death: the premise that they die.
_DEATH = compile_later(r"\b(?:die|dies|died|dying|killed|murdered|death|zombified|turn|turns|turned|turning)\b|\bzombie\b(?!s)")
# Asked of a survival: the premise that they live (never "live" alone: "where does gyeongsu live" asks a home).
_SURVIVAL = compile_later(r"\b(?:survive|survives|survived|surviving|make it|made it|makes it|stay alive|stayed alive)\b")
_NEGATED = compile_later(r"\b(?:doesn't|didn't|don't|isn't|wasn't|does not|did not|do not|never|not|no)\b")
# Only these question types carry a premise in what they ask ("how" and "where" the way it
# happens, "who" the one who did it); a yes/no question asks whether, and is answered by the state.
_QTYPES = frozenset({"why", "which_episode", "when", "where", "how", "who"})
_CONSUMED = ("why", "how", "when", "where", "who", "which", "episode", "ep", "die", "dies", "died", "dying", "kill",
             "killed", "murder", "death", "survive", "live", "make", "it", "alive", "stay", "end", "ending", "finale",
             "last", "at", "in", "the", "did", "does", "do", "actual", "actually", "really", "wait", "even", "get",
             "have", "to", "had")
_CONSUMED_STEMS = frozenset({*_CONSUMED, *map(stem, _CONSUMED)})


class PremiseAnswers:
    def __init__(self, fates: FateAnswers) -> None:
        self.fates = fates
        self.s = fates.s

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        if a.qtype not in _QTYPES or (a.season or 1) != 1 or (a.qtype == "why" and _NEGATED.search(a.text)):
            return None
        several = self.fates.asked_characters(ask) if a.qtype != "who" else []
        if len(several) > 1 and not ask.characters() and (_DEATH.search(a.text) or _SURVIVAL.search(a.text)):
            return self.fates.story(ask, several)  # "when does the archer die": each archer's end, no one premise
        subject = self._subject(ask, several)
        if subject is None:
            return None
        character = self.s.pack.characters[subject.id]
        if character.fate is None:
            return None
        if fate_unclear(character):
            # "why did eun-ji die": her end is unclear, so no premise about it can be denied; said so
            return self._unclear(ask, subject) if _DEATH.search(a.text) or _SURVIVAL.search(a.text) else None
        if _DEATH.search(a.text) and not _SURVIVAL.search(a.text):
            if a.qtype == "who" and not _KILLED_WHO.search(a.text):
                return None  # "who did Dae-su kill" asks of someone else
            found = self.fates.premise(ask, subject)
            if found is not None:  # "in the finale", "at the end": where it was supposed to happen, answered too
                found = dataclasses.replace(found, consumed=found.consumed | _CONSUMED_STEMS)
            if found is not None and subject.lead():  # "why did park ji-hu die": whom that is about, first
                found.parts.insert(0, Part(subject.lead(), subject.spoils, "official", found.parts[0].sources))
            return found
        if _SURVIVAL.search(a.text) and not _DEATH.search(a.text) and a.qtype != "who":
            return self._survives(ask, subject)
        return None

    def episode_bound(self, ask: Ask) -> Answer | None:
        """"why did On-jo die in episode 3", "which episode does Su-hyeok die": the fate the question
        supposes, corrected by `FateAnswers.premise` (which leaves an unclear fate alone)."""
        if ask.a.qtype not in ("why", "which_episode", "how_many", "when") or not ask.characters():
            return None
        if (biting := _BITES_SOMEONE.search(ask.text)) is not None:
            slot = ask.a.slots.get(biting.group(1))
            ids = {e.id for e in slot.candidates} if slot is not None else set()
            bitten = [s for s in ask.characters() if s.id in ids]
            return self.fates.premise(ask, bitten[0]) if bitten else None
        return self.fates.premise(ask, ask.characters()[0])

    def _subject(self, ask: Ask, subjects: Sequence[Subject]) -> Subject | None:
        if ask.a.qtype == "who":
            killed = _KILLED_WHO.search(ask.a.text)
            slot = ask.a.slots.get(killed.group(1)) if killed else None
            ids = {e.id for e in slot.candidates} if slot is not None else set()
            named = [s for s in ask.characters() if s.id in ids]
            return named[0] if len(named) == 1 else None
        if len(subjects) != 1 or subjects[0].id not in self.s.pack.characters:
            return None
        return subjects[0]

    def _unclear(self, ask: Ask, subject: Subject) -> Answer | None:
        """A death or survival asked of one whose end the sources leave open: unclear, with what they
        do say, hidden as that is (never "does not die", never "I don't know")."""
        if ask.a.qtype == "who" and not _KILLED_WHO.search(ask.a.text):
            return None  # "who did Eun-ji attack" asks of someone else
        character = self.s.pack.characters[subject.id]
        fate = character.fate
        assert fate is not None
        name = character.short_name or character.name
        spoils = max(fate.spoils, subject.spoils)
        refs = self.s.knowledge.refs(character.sources)
        confidence = self.fates.fate_confidence(character)
        parts = [Part(subject.lead(), subject.spoils, "official", refs)] if subject.lead() else []
        parts += [Part(f"My sources leave what becomes of {name} unclear, so I can't say whether "
                       f"{name} dies or survives, nor how or why.", spoils, confidence, refs),
                  Part(f"{character.name}: {fate.text}", spoils, confidence, refs)]
        return self.s.answer(ask, parts, "fate", evidence=self.s.profiles.evidence(subject),
                             consumed=(*_CONSUMED, *subject.consumed), subjects=[subject])

    def _survives(self, ask: Ask, subject: Subject) -> Answer | None:
        """"how did Gyeong-su survive": he does not; where he dies or turns, hidden as that is."""
        character = self.s.pack.characters[subject.id]
        fate = character.fate
        if fate is None or fate.status not in ("dead", "zombie"):
            return None  # a survivor, a halfbie, the presumed dead and the unclear: no premise to deny
        deaths = self.fates.dies_in(character.id)
        if not deaths:
            return None
        stage = deaths[0]
        name = character.short_name or character.name
        spoils = max(stage.spoils, subject.spoils)
        refs = self.s.knowledge.refs(stage.sources or character.sources)
        became = SAID[stage.state].format(name=name)
        parts = [Part(subject.lead(), spoils, "official", refs)] if subject.lead() else []
        # a death only one source tells is denied as reported ("Reportedly, no: ...")
        no = "No: that's a false premise." if stage.confidence == "official" else hedged_verdict("No:", stage.confidence)
        parts += [Part(f"{no} {name} does not survive.", spoils, stage.confidence, refs, hedged=True),
                  Part(f"{stage.where[:1].upper()}{stage.where[1:]}: {became}: {stage.text}", spoils, stage.confidence,
                       refs)]
        return self.s.answer(ask, parts, "premise", evidence=self.s.profiles.evidence(subject),
                             consumed=(*_CONSUMED, *subject.consumed), subjects=[subject])
