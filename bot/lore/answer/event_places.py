"""Where an event happens ("where does Gwi-nam get bitten"): `EventAnswers.where` in events.py asks it; moved from
there, whose matching it reuses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.lore.answer.ask import Ask
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Subject
from bot.lore.answer.verbs import verbs_in
from bot.lore.content.model import StoryEvent

if TYPE_CHECKING:
    from bot.lore.answer.events import EventAnswers

_WHERE_WORDS = ("where", "place", "location", "at", "end", "up")


def event_place(events: EventAnswers, ask: Ask) -> Answer | None:
    """Where the event asked of happens ("where does Nam-ra get bitten"); "My sources don't say where" when the
    sources give it no place, never a weaker match that has one."""
    if ask.a.qtype != "where" or ask.a.season:
        return None
    stems = ask.stems_without(_WHERE_WORDS)
    subjects, stems = events.subjects_in(ask, stems)
    if not verbs_in(ask.text) and not subjects:
        return None
    everything = _in_episode_asked(ask, events.match(ask, subjects, stems))
    if not subjects and not any(e.place for _, e in everything[:1]) and isinstance(
            described := events.s.describe(ask, stems), Subject):  # "where does the science teacher get bitten"
        subjects, stems = [described], [s for s in stems if s not in described.consumed]
        everything = _in_episode_asked(ask, events.match(ask, subjects, stems))
    ranked = [(score, e) for score, e in everything if e.place]
    if everything and not everything[0][1].place and (not ranked or ranked[0][0] < everything[0][0]):
        # "where does Nam-ra get bitten": the event asked of has no place in the sources; never
        # a weaker match that has one (Woo-jin's death in Yangdong)
        best = everything[0][1]
        told = events.s.part(events.record[best.id], spoils=max([s.spoils for s in subjects], default=best.spoils))
        found = events.s.answer(ask, [Part("My sources don't say where. What they do say:"), told], "where.unknown",
                              evidence=[events.record[best.id]], consumed=_WHERE_WORDS, subjects=subjects)
        return Answer(found.question, False, found.parts, found.intent, found.entities, found.evidence,
                      found.consumed)
    if not ranked:
        return None
    event = ranked[0][1]
    record = events.record[event.id]
    place = event.place or ""
    heading = event.episode.heading if event.episode else "Somewhere in season 1"
    text = f"At the {place} ({heading.lower() if event.episode else heading}): {event.text}"
    if place[:1].isupper():
        text = f"In {place} ({heading.lower()}): {event.text}"
    part = events.s.part(record, text, spoils=max([s.spoils for s in subjects], default=record.spoils))
    return events.s.answer(ask, [part], "where", evidence=[record], consumed=_WHERE_WORDS, subjects=subjects)


def _in_episode_asked(ask: Ask, ranked: list[tuple[float, StoryEvent]]) -> list[tuple[float, StoryEvent]]:
    """Of the events that fit, those of the episode named ("where does cheong-san go in episode 11", what is left of
    "the second part of episode 11, where ..."): another episode's place (episode 2's classroom) answers nothing asked."""
    if ask.a.episode is None:
        return ranked
    return [(score, e) for score, e in ranked if e.episode == ask.a.episode]
