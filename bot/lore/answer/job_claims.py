"""A job claimed of a character that the pack gives otherwise: "is On-jo's dad a cop" is "No." with the job the
sources give him (a firefighter); a job it names, or none known, is left to the other readers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Subject
from bot.lore.answer.words import OCCUPATIONS, stem

_JOB_STEMS = frozenset(stem(w) for w in OCCUPATIONS)
_SCHOOL_STEMS = frozenset({stem("student")})
_KINDS_OF = {stem("police"): ("detective",)}  # "is jae-ik a cop": a detective is one


def other_job(shared: Shared, ask: Ask, subject: Subject, rest: Sequence[str], records: Sequence[Record], *,
              say: Callable[[Subject, Record], str], consumed: Sequence[str]) -> Answer | None:
    """"is On-jo's dad a cop": No, with the job the pack gives them (a firefighter), each record said by `say`."""
    if not (ask.a.yes_no and subject.kind == "character" and len(rest) == 1 and rest[0] in _JOB_STEMS):
        return None
    owner = f"{shared.short(subject.id)}'s "
    jobs = [r for r in records if "job" in r.stems and owner not in r.text]  # not "On-jo's father ... works as"
    if not jobs:
        # no job on record: who they are may still say what they do ("Hyosan High's science teacher")
        jobs = [r for r in records if r.kind == "summary" and not r.stems.isdisjoint(_JOB_STEMS | _SCHOOL_STEMS)]
    asked = next((w for w in ask.a.words if stem(w) == rest[0]), rest[0])
    if not jobs or rest[0] in jobs[0].stems or asked in jobs[0].text.casefold() or \
            any(k in jobs[0].text.casefold() for k in _KINDS_OF.get(rest[0], ())):
        return None  # the job asked about ("a doctor" in "a doctorate"; a detective is a cop), or none known
    record = jobs[0]
    parts = [Part(subject.lead(), subject.spoils, "official", shared.knowledge.refs(record.sources))] \
        if subject.lead() else []
    said = shared.part(record, f"No. {say(subject, record)}", spoils=subject.spoils)
    parts.append(Part(said.text, said.spoils, said.confidence, said.sources, hedged=True))
    return shared.answer(ask, parts, "attribute", evidence=[record], consumed=(*consumed, *rest), subjects=[subject])
