"""The content pack's schema: which files it has, and what every field of every record may hold.

A `Spec` says what one YAML value must be (text, an id, a reference to an id of some kind, a
date, an episode or a spoiler position (a bare number for season 1, or S2E3), one of a set of
values, a mapping of named fields, a list); `TOP` gives,
for each file, its top-level key, the spec of what is under it and the kind of ids it declares.
The reader (reader.py) checks nodes against these specs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.lore.content.model import (
    CLAIM_MILESTONES,
    CONFIDENCES,
    DEATH_KINDS,
    EVENT_KINDS,
    EVENT_ROLES,
    FACT_TOPICS,
    FATE_STATUSES,
    RELATIONSHIP_TYPES,
    STANDINGS,
)

FILES = (
    "sources.yaml",
    "show.yaml",
    "people.yaml",
    "characters.yaml",
    "episodes.yaml",
    "facts.yaml",
    "claims.yaml",
    "events.yaml",
)
# Files a pack may leave out (a pack without events.yaml has an empty event index).
OPTIONAL_FILES = frozenset({"events.yaml"})


@dataclass(frozen=True)
class Spec:
    """What one value must be."""

    kind: str  # str, id, ref, date, int, episode, spoils, enum, map, list, bool
    required: bool = True
    nullable: bool = False
    ref: str = ""  # kind of the referenced thing for kind == "ref"
    choices: frozenset[str] = frozenset()
    item: Spec | None = None
    fields: Mapping[str, Spec] | None = None
    min_items: int = 0


def _s(required: bool = True, nullable: bool = False) -> Spec:
    return Spec("str", required, nullable)


def _ref(kind: str, required: bool = True, nullable: bool = False) -> Spec:
    return Spec("ref", required, nullable, ref=kind)


def _refs(kind: str, required: bool = True, min_items: int = 0) -> Spec:
    return Spec("list", required, item=_ref(kind), min_items=min_items)


def _strs(required: bool = False) -> Spec:
    return Spec("list", required, item=_s())


def _enum(choices: frozenset[str], required: bool = True, nullable: bool = False) -> Spec:
    return Spec("enum", required, nullable, choices=choices)


def mapping(fields: Mapping[str, Spec], required: bool = True, nullable: bool = False) -> Spec:
    return Spec("map", required, nullable, fields=fields)


def _list_of(fields: Mapping[str, Spec], required: bool = True, min_items: int = 0) -> Spec:
    return Spec("list", required, item=mapping(fields), min_items=min_items)


_SOURCES = _refs("source", min_items=1)

_SOURCE = {
    "id": Spec("id"),
    "publisher": _s(),
    "title": _s(),
    "url": _s(nullable=True),
    "date": Spec("date", nullable=True),
    "spoils": Spec("spoils", required=False),  # what the title gives away
}
_SHOW = {
    "titles": mapping(
        {"english": _s(), "korean": _s(), "romanized": _s(), "literal": _s()},
    ),
    "webtoon": mapping(
        {
            "title": _s(),
            "author": _ref("person"),
            "platform": _s(),
            "years": _s(),
            "episodes_approx": Spec("int", required=False, nullable=True),
        }
    ),
    "premiere": Spec("date"),
    "episode_count": Spec("int"),
    "rating": _s(),
    "directors": _refs("person", min_items=1),
    "writer": _ref("person"),
    "studios": Spec("list", item=_s(), min_items=1),
    "setting": _s(),
    "virus": _s(),
    "type": _s(),
    "sources": _SOURCES,
    "recaps": _refs("source", required=False),
}
_PERSON = {
    "id": Spec("id"),
    "name": _s(),
    "hangul": _s(required=False, nullable=True),
    "variants": _strs(),
    "misspellings": _strs(),
    "roles": Spec("list", item=_s(), min_items=1),
    "notes": _s(required=False, nullable=True),
    "notes_spoils": Spec("spoils", required=False),
    "sources": _SOURCES,
}
_RELATIONSHIP = {
    "type": _enum(RELATIONSHIP_TYPES),
    "target": _ref("character"),
    "text": _s(),
    "inverse_text": _s(required=False, nullable=True),
    "spoils": Spec("spoils"),
}
_CHARACTER = {
    "id": Spec("id"),
    "name": _s(),
    "short_name": _s(required=False),
    "hangul": _s(required=False, nullable=True),
    "spelled_hangul": _s(required=False, nullable=True),
    "variants": _strs(),
    "misspellings": _strs(),
    "actor": _ref("person", nullable=True),
    "actor_confidence": _enum(CONFIDENCES, required=False),
    "actor_note": _s(required=False, nullable=True),
    "seasons": Spec("list", item=Spec("int"), min_items=1),
    "confidence": _enum(CONFIDENCES, required=False),
    "summary": mapping({"text": _s(), "spoils": Spec("spoils")}),
    "relationships": _list_of(_RELATIONSHIP, required=False),
    "fate": mapping(
        {
            "status": _enum(FATE_STATUSES),
            "text": _s(),
            "episode": Spec("episode", nullable=True),
            "spoils": Spec("spoils"),
            "confidence": _enum(CONFIDENCES, required=False),
            "sources": _refs("source", required=False),
        },
        required=False,
        nullable=True,
    ),
    "events": _list_of({"text": _s(), "episode": Spec("episode"), "spoils": Spec("spoils")}, required=False),
    "descriptions": _list_of({"text": _s(), "spoils": Spec("spoils")}, required=False),
    "sources": _SOURCES,
}
_EPISODE = {
    "season": Spec("int", required=False),
    "number": Spec("int"),
    "title": _s(required=False, nullable=True),
    "summary": _s(),
    "spoils": Spec("spoils"),
    "deaths": _list_of(
        {"character": _ref("character"), "kind": _enum(DEATH_KINDS), "text": _s()}, required=False
    ),
}
_FACT = {
    "id": Spec("id"),
    "topic": _enum(FACT_TOPICS),
    "text": _s(),
    "keywords": _strs(),
    "spoils": Spec("spoils"),
    "confidence": _enum(CONFIDENCES),
    "sources": _SOURCES,
    "date": Spec("date", required=False, nullable=True),
}
_CLAIM = {
    "id": Spec("id"),
    "date": Spec("date"),
    "approximate_date": Spec("bool", required=False),
    "season": Spec("int", required=False),
    "text": _s(),
    "milestone": _enum(CLAIM_MILESTONES, nullable=True),
    "confidence": _enum(CONFIDENCES),
    "standing": _enum(STANDINGS),
    "refuted_by": _ref("claim", required=False, nullable=True),
    "superseded_by": _ref("claim", required=False, nullable=True),
    "see_also": _refs("claim", required=False),
    "source": _ref("source"),
    "corroborated_by": _refs("source", required=False),
    "release_window": _s(required=False, nullable=True),
    "spoils": Spec("spoils", required=False),
}

_EVENT = {
    "id": Spec("id"),
    "episode": Spec("episode", nullable=True),
    "between": Spec("list", required=False, item=Spec("episode")),
    "kind": _enum(EVENT_KINDS),
    "participants": _list_of({"character": _ref("character"), "role": _enum(EVENT_ROLES)}),
    "place": _s(required=False, nullable=True),
    "names": _strs(),
    "text": _s(),
    "spoils": Spec("spoils"),
    "sources": _SOURCES,
    "confidence": _enum(CONFIDENCES),
}

# file -> (top-level key, spec of the document under it, kind of ids declared there)
TOP: dict[str, tuple[str, Spec, str]] = {
    "sources.yaml": ("sources", _list_of(_SOURCE, min_items=1), "source"),
    "show.yaml": ("show", mapping(_SHOW), ""),
    "people.yaml": ("people", _list_of(_PERSON, min_items=1), "person"),
    "characters.yaml": ("characters", _list_of(_CHARACTER, min_items=1), "character"),
    "episodes.yaml": ("episodes", _list_of(_EPISODE, min_items=1), ""),
    "facts.yaml": ("facts", _list_of(_FACT), "fact"),
    "claims.yaml": ("claims", _list_of(_CLAIM), "claim"),
    "events.yaml": ("events", _list_of(_EVENT), "event"),
}
