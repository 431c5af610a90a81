"""Who did it, read other than by one deed's roles: everyone a character fights (both sides of each fight), who
betrays whom (told as leaving others to their fate), "who kills who" (both sides asked), and an action without a
verb of the index's kinds ("who exposes the asymptomatic carriers"). `EventAnswers.who_did` in events.py asks it;
moved from there, whose matching and telling it reuses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.betrayals import LEAD as BETRAYAL_LEAD
from bot.lore.answer.betrayals import betrayed_unknown, leaves_to_fate, not_told
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.subjects import Subject
from bot.lore.answer.who_did_wordings import PASSIVE_ASKED
from bot.lore.answer.words import stem, stems_of
from bot.lore.content import StoryEvent

if TYPE_CHECKING:
    from bot.lore.answer.events import EventAnswers

# "when do they / the kids / the class get to the roof": the group, not one of them.
COLLECTIVE = compile_later(r"\b(?:they|them|the (?:class|group|students|kids|friends|survivors)|everyone|everybody)\b")
_GROUP_STEMS = frozenset(stem(w) for w in ("they", "them", "class", "group", "students", "kids", "friends", "survivors",
                                            "everyone", "everybody", "the"))
FIGHT = compile_later(r"\b(?:fight\w*|fought|brawl\w*|battle\w*|duel\w*)\b")
_ONLOOKERS = frozenset({"present", "protected", "rescued"})
# "who did gwinam kill" (events.py reads it so too): a bite that turns its victim counts as a killing (lead's ruling, stop 63)
KILLING = compile_later(r"\b(?:kill|murder|finish)", re.I)


def fights_of(events: EventAnswers, ask: Ask, verb_text: str) -> Answer | None:
    """"who does Gwi-nam fight": a fight has two sides whatever the roles say; everyone who
    fights them, each fight in story order, hidden as far as its episode."""
    subjects = ask.characters()
    if len(subjects) != 1 or len(ask.found.subjects) != 1:
        return None
    cid = subjects[0].id
    found = [e for e in events.events if e.kind in ("fight", "attack")
             or any(FIGHT.search(n) for n in e.names)]
    found = [e for e in found if e.involves(cid)
             and any(p.character != cid and p.role not in _ONLOOKERS for p in e.participants)]
    if len(found) < 2:
        return None  # one fight: the roles' reading tells it
    found.sort(key=lambda e: events.order[e.id])
    others = {p.character for e in found for p in e.participants if p.character != cid and p.role not in _ONLOOKERS}
    return events.told(ask, found[:6], frozenset(p.role for e in found for p in e.participants
                                                 if p.character in others), subjects,
                       ("who", "what", "which", *verb_text.split()))


def betrayal(events: EventAnswers, ask: Ask) -> Answer | None:
    """"who betrays the group": no source calls anyone a traitor; what they do describe is
    someone leaving others to their fate (abandoned, locked out), each hidden to its episode."""
    subjects, _ = events.subjects_in(ask, ask.stems_without(("who",)))
    ids = {s.id for s in subjects}
    if not ids and betrayed_unknown(ask.text):
        return dont_know(ask.raw, "")  # "who betrayed jonas in dark": someone the pack does not know
    found = [e for e in events.s.pack.events.values() if leaves_to_fate(e)
             and (not ids or ids & {p.character for p in e.participants})]
    if not found:  # "who betrayed onjo": no one is told leaving her to her fate
        return not_told(ask.raw, f"that anyone betrays {events.s.short(subjects[0].id)}") if subjects else dont_know(ask.raw)
    found.sort(key=lambda e: (e.spoils, e.id))
    return _listed(events, ask, BETRAYAL_LEAD, found[:6], subjects)


def both_sides(events: EventAnswers, ask: Ask, primary: str, agents: frozenset[str], patients: frozenset[str],
               verb_text: str) -> Answer | None:
    """"who saves who", "who kills who": every event of the kind with someone on both sides, in
    episode order, each hidden as far as its episode."""
    found = [e for e in events.s.pack.events.values() if (e.kind == primary
             and any(p.role in agents for p in e.participants) and any(p.role in patients for p in e.participants))
             # "who kills who": every killing the index names a killer of ("Gwi-nam kills the principal",
             # whose victim is no character of the pack)
             or ("killer" in agents and any(p.role == "killer" for p in e.participants))]
    if not found:
        return None
    found.sort(key=lambda e: (e.spoils, e.id))
    return events.told(ask, found[:8], agents, [], ("who", "whom", *verb_text.split()))


def who_acted(events: EventAnswers, ask: Ask) -> Answer | None:
    """"who exposes the asymptomatic carriers": an action without a verb of the index's kinds,
    found by its words; the answer is who takes part."""
    if not re.match(r"^who\s+(?!is\b|are\b|was\b|were\b|'s\b|s\b)\w+", ask.text):
        return None
    subjects, stems = events.subjects_in(ask, ask.stems_without(("who",)))
    if COLLECTIVE.search(ask.text):
        stems = [s for s in stems if s not in _GROUP_STEMS]  # "who betrays the group": the group is the class
    elif len(stems) < 2:
        return None
    asked = frozenset(stems)  # (made once, not for each description)
    if not stems or (not subjects and any(asked <= r.stems for descs in events.s.profiles.descriptions.values()
                                          for r in descs)):
        return None  # "who lost his eye": what fans call Gwi-nam ("the one who lost his eye"), never who took it
    ranked = events.match(ask, subjects, stems)
    told = [ranked[0][1]] if ranked else _both_done(events, ask, subjects, stems)
    if not told:
        return None
    agents = frozenset({"present", "attacker", "killer", "rescuer", "infector", "biter", "protector", "confessor"})
    suffered = PASSIVE_ASKED.search(ask.text) is not None  # "who loses his eye": the one it is done to
    return events.told(ask, told, frozenset({"victim"}) if suffered else agents, subjects, ("who",))


def _both_done(events: EventAnswers, ask: Ask, subjects: Sequence[Subject], stems: Sequence[str]) -> list[StoryEvent]:
    """"who locked the roof door and lied to the helicopter": two deeds no one event tells, each its own event;
    both when someone takes part in each (never two people's deeds run together)."""
    second = stems_of(ask.text.partition(" and ")[2])
    first = [s for s in stems if s not in second]
    if not second or not first or len(first) == len(stems):
        return []
    one, two = events.match(ask, subjects, first), events.match(ask, subjects, [s for s in stems if s in second])
    if not one or not two or not events.taking_part[one[0][1].id] & events.taking_part[two[0][1].id]:
        return []
    return [one[0][1], two[0][1]]


def unproven_killing(events: EventAnswers, ask: Ask, subject: Subject, found: Sequence[StoryEvent]) -> Answer | None:
    """"who did cheongsan kill": when none of their deeds is told as a killing (a stabbing its victim lives on
    after, a fight both are only presumed dead in), what the sources tell, each behind its episode, and no name
    in front that would say "killed" surer than the source."""
    cid = subject.id
    if any(KILLING.search(e.text) or e.kind == "turn" or "killer" in e.roles_of(cid) for e in found):
        return None
    attacks = [e for e in found if "attacker" in e.roles_of(cid)]
    hurt = {p.character for e in attacks for p in e.participants if p.role == "victim"}
    told = attacks + [e for e in events.events if e.kind == "death" and "victim" in e.roles_of(cid)
                      and hurt & {p.character for p in e.participants if p.character != cid}]
    if not attacks:
        return None
    told.sort(key=lambda e: events.order[e.id])
    return _listed(events, ask, f"No source says {events.s.short(cid)} kills anyone; what they tell:", told[:4], [subject])


def _listed(events: EventAnswers, ask: Ask, lead: str, told: Sequence[StoryEvent], subjects: Sequence[Subject]) -> Answer:
    """The lead, then each event as its source tells it with its episode, each hidden as far as that episode."""
    parts = [Part(lead)]
    for event in told:
        where = f" ({event.episode.label})" if event.episode else ""
        parts.append(events.s.part(events.record[event.id], event.text.rstrip(".") + where + "."))
    return events.s.answer(ask, parts, "who_did", evidence=[events.record[e.id] for e in told],
                           consumed=(*ask.a.stems, "who"), subjects=subjects)
