"""What `EventAnswers` looks events up by, built once per pack and shared by every engine over it.

The index is a pure function of the pack's records and their name resolver (the `PackParts`
every engine over that pack shares), so a bot started twice in one process (the tests,
the demo) builds it once. Nothing in it changes after it is built: the mappings are read-only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from bot.lore.answer.records import Record, Records
from bot.lore.answer.words import stem, stems_of
from bot.lore.content import StoryEvent
from bot.lore.names import NameResolver


@dataclass(frozen=True)
class EventIndex:
    events: Sequence[StoryEvent]
    order: Mapping[str, int]
    record: Mapping[str, Record]
    # What fans call each event ("the library scene"), as stems: a question that says it all
    # is about that event above any other that shares its words.
    # A name's characters are the event's participants, matched as such: "Nam-ra runs away" is
    # named by "run away" once Nam-ra is the subject.
    names: Mapping[str, Sequence[frozenset[str]]]
    # Who takes part in each event, and the events each character takes part in; each event's
    # words with their kind: a match visits only the events that can fit.
    taking_part: Mapping[str, frozenset[str]]
    of: Mapping[str, Sequence[StoryEvent]]
    by_word: Mapping[str, Sequence[StoryEvent]]
    words: Mapping[str, frozenset[str]]
    places: frozenset[str]


def event_index(records: Records) -> EventIndex:
    """The index of the events of the pack `records` are of, with their names read by its resolver
    (kept with the records)."""
    return records.kept("event index", _build)


def _build(records: Records) -> EventIndex:
    events = tuple(records.pack.events.values())
    record = {e.id: records.by_id[e.id] for e in events}
    taking_part = {e.id: frozenset(p.character for p in e.participants) for e in events}
    words = {e.id: record[e.id].stems | {stem(e.kind)} for e in events}
    of: dict[str, list[StoryEvent]] = {}
    by_word: dict[str, list[StoryEvent]] = {}
    for event in events:
        for cid in taking_part[event.id]:
            of.setdefault(cid, []).append(event)
        for word in words[event.id]:
            by_word.setdefault(word, []).append(event)
    return EventIndex(
        events=events,
        order=MappingProxyType({e.id: i for i, e in enumerate(events)}),
        record=MappingProxyType(record),
        names=MappingProxyType({e.id: tuple(stems_of(_unnamed(records.resolver, n)) for n in e.names) for e in events}),
        taking_part=MappingProxyType(taking_part),
        of=MappingProxyType({k: tuple(v) for k, v in of.items()}),
        by_word=MappingProxyType({k: tuple(v) for k, v in by_word.items()}),
        words=MappingProxyType(words),
        places=frozenset(w for e in events if e.place for w in stems_of(e.place)),
    )


def _unnamed(resolver: NameResolver, text: str) -> str:
    """`text` without the characters it names (exact names only)."""
    for mention in reversed(resolver.mentions(text, fuzzy=False)):
        text = text[:mention.start] + " " + text[mention.end:]
    return text

