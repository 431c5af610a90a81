"""Betrayal, which no source judges: "who got stabbed in the back", "did namra betray suhyeok", "did cheolsu betray the
class". What the sources do describe is someone leaving others to their fate, in the event's OWN words (abandons, locks
out), never a text the index's synonyms stretch to it ("leaves school", "slips away" are no one left behind); a yes/no
about two named that no such event joins is not told: "I don't know that Nam-ra betrays Su-hyeok" (events.py asks who;
deeds.py asks whether)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.subjects import Subject
from bot.lore.content import StoryEvent

# "who betrays the group", "is cheol-su a traitor", "who got stabbed in the back": a judgement no source makes.
BETRAY = compile_later(r"\b(?:betray\w*|traitors?|treacher\w*|backstab\w*|stab\w*\s+(?:\w+\s+)?in\s+the\s+back)\b")
_LEFT_TO_FATE = compile_later(r"\b(?:abandon\w*|lock\w*)\b", re.IGNORECASE)
_GROUP = compile_later(r"\b(?:the (?:class|group|others|students|kids|friends|survivors)|everyone|everybody|us|them)\b")
# "is cheolsu a traitor": a judgement of one named alone, asked as "did cheolsu betray the class" is
_ONE_JUDGED = compile_later(r"\b(?:traitors?|backstabbers?)\b")
# "who betrayed jonas in dark": the one betrayed named, but no one the pack knows (another show's, a stranger)
_BETRAYED_NAMED = compile_later(r"\b(?:betray\w*|backstab\w*)\s+(?!(?:the|a|an|his|her|him|their|them|us|me|you|my|our|your|"
                                r"everyone|everybody|anyone|anybody|someone|somebody|who|whom|each|one|any|all|friends?|"
                                r"others?|classmates?|students?|kids?|group|class|people|in|at|on|and|or|to)\b)[a-z]")
# "i got stabbed in the back by my friend who spoiled ep 12": the asker's own life, no question of the show
_ASKERS_OWN = compile_later(r"\b(?:i|we)\s+(?:got|get|was|were|feel|felt|just)\b|\bby my\b")
LEAD = "The sources don't call anyone a traitor; what they describe is this:"


def asks_betrayal(text: str) -> bool:
    return (("tray" in text or "trait" in text or "back" in text) and BETRAY.search(text) is not None
            and _ASKERS_OWN.search(text) is None)


def betrayed_unknown(text: str) -> bool:
    """Whether the question names the one betrayed by a word that is no group nor pronoun (asked when no one the pack
    knows was found): "who betrayed jonas in dark" is another show's, never every betrayal of this one."""
    return _BETRAYED_NAMED.search(text) is not None


def leaves_to_fate(event: StoryEvent) -> bool:
    """Whether the event's own words leave someone to their fate (abandons, locks them out)."""
    return _LEFT_TO_FATE.search(event.text) is not None


def not_told(question: str, what: str) -> Answer:
    """"I don't know that Nam-ra betrays Su-hyeok", "... that anyone betrays On-jo": it repeats the asker's words (the
    names asked, with the betrayal), so a reply hides it as it hides the question."""
    unknown = dont_know(question, what)
    return dataclasses.replace(unknown, parts=[dataclasses.replace(unknown.parts[0], echoes=True)])


def _in(event: StoryEvent, subject: Subject) -> bool:
    return event.involves(subject.id)


def betrayal_asked(s: Shared, ask: Ask, placed: Sequence[tuple[int, Subject]]) -> Answer | None:
    """"did namra betray suhyeok" (the first named the one who would betray), "did cheolsu betray the class"."""
    if len(placed) == 2:
        doer, done = placed[0][1], placed[1][1]
    elif len(placed) == 1 and (_GROUP.search(ask.text) or _ONE_JUDGED.search(ask.text)):
        doer, done = placed[0][1], None
    else:
        return None
    left = sorted((e for e in s.pack.events.values() if leaves_to_fate(e) and _in(e, doer)
                   and (done is None or _in(e, done))), key=lambda e: (e.earliest, e.id))
    subjects = [doer] if done is None else [doer, done]
    if not left:  # no one left to their fate: not told, "I don't know" (never another's deed read as it)
        if done is None:
            return None
        return not_told(ask.raw, f"that {s.short(doer.id)} betrays {s.short(done.id)}")
    told = left[:2]
    spoils = max(x.spoils for x in subjects)
    parts = [Part(LEAD)]
    for event in told:
        heading = f"{event.episode.heading}: " if event.episode is not None else ""
        parts.append(s.part(s.records.by_id[event.id], f"{heading}{event.text}", spoils=spoils))
    return s.answer(ask, parts, "deed", evidence=[s.records.by_id[e.id] for e in told],
                    consumed=("it", "that", "ever", *ask.a.stems), subjects=subjects)
