"""The show content pack: typed loader and strict validator for the YAML in bot/content/.

The pack is seven files (sources, show, people, characters, episodes, facts, claims). Every
problem found names the file and the line (from the YAML node marks), and all problems are
reported at once in one :class:`ContentError`.

Conventions the rest of hyosan can rely on:

* ids are lowercase slugs (``nam-on-jo``) and share ONE namespace across people, characters,
  facts, claims and sources, so a name resolver can map any id to exactly one thing.
* ``spoils`` is the Season 1 episode a piece of text spoils (0 = safe).
* Relationships are written in one direction only; the loader derives the inverse
  (``parent_of`` <-> ``child_of``, ``killed`` <-> ``killed_by``, symmetric types map to
  themselves), marked ``derived=True``. A relationship's ``text`` describes its ``source``
  character in terms of its ``target`` ("On-jo's father"); the YAML may give ``inverse_text``
  for the derived direction, otherwise a neutral text is generated.
* Claims: ``standing`` is ``standing``, ``refuted`` (needs ``refuted_by``) or ``superseded``
  (needs ``superseded_by``). Claims about Season 1 carry ``season: 1`` and no milestone.
  A claim whose text reveals Season 1 plot carries ``spoils`` (default 0), like facts.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.show import LAST_EPISODE, episode_numbers
from bot.yamlnodes import YamlProblem, compose, describe

__all__ = [
    "CLAIM_MILESTONES",
    "CONFIDENCES",
    "DEATH_KINDS",
    "FACT_TOPICS",
    "FATE_STATUSES",
    "FILES",
    "RELATIONSHIP_TYPES",
    "STANDINGS",
    "Character",
    "Claim",
    "ContentError",
    "ContentPack",
    "Death",
    "Episode",
    "Event",
    "Fact",
    "Fate",
    "Person",
    "Problem",
    "Relationship",
    "Show",
    "Source",
    "Titles",
    "Webtoon",
    "bundled_pack",
    "check_pack",
    "load_pack",
]

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "content"
FILES = (
    "sources.yaml",
    "show.yaml",
    "people.yaml",
    "characters.yaml",
    "episodes.yaml",
    "facts.yaml",
    "claims.yaml",
)

CONFIDENCES = frozenset({"official", "reported", "rumour"})
STANDINGS = frozenset({"standing", "refuted", "superseded"})
CLAIM_MILESTONES = frozenset(
    {
        "rumoured",
        "renewed",
        "pre_production",
        "casting",
        "filming",
        "filming_wrapped",
        "post_production",
        "teaser",
        "trailer",
        "release_date_announced",
        "release_date_changed",
        "released",
        "delayed",
        "cancelled",
    }
)
FATE_STATUSES = frozenset({"alive", "dead", "halfbie", "presumed_dead", "zombie", "unknown"})
DEATH_KINDS = frozenset({"dies", "turns", "bitten", "halfbie", "presumed_dead"})
FACT_TOPICS = frozenset(
    {
        "production",
        "release",
        "viewership",
        "awards",
        "setting",
        "webtoon",
        "cast",
        "trivia",
        "virus",
        "filming",
    }
)

# type -> its inverse. Symmetric types map to themselves.
_INVERSES: dict[str, str] = {
    "parent_of": "child_of",
    "sibling_of": "sibling_of",
    "older_sibling_of": "younger_sibling_of",
    "friend_of": "friend_of",
    "best_friend_of": "best_friend_of",
    "crush_on": "crush_of",
    "love_interest_of": "loves",
    "teacher_of": "student_of",
    "neighbour_of": "neighbour_of",
    "classmate_of": "classmate_of",
    "bullies": "bullied_by",
    "killed": "killed_by",
    "bit": "bitten_by",
    "colleague_of": "colleague_of",
    "senior_of": "junior_of",
    "infected": "infected_by",
    "saved": "saved_by",
}
for _k, _v in list(_INVERSES.items()):
    _INVERSES.setdefault(_v, _k)
RELATIONSHIP_TYPES = frozenset(_INVERSES)

# Text for a derived relationship when the YAML gives no inverse_text; {t} = the target's short name.
_DERIVED_TEXT: dict[str, str] = {
    "parent_of": "{t}'s parent",
    "child_of": "{t}'s child",
    "sibling_of": "{t}'s sibling",
    "older_sibling_of": "{t}'s older sibling",
    "younger_sibling_of": "{t}'s younger sibling",
    "friend_of": "friend of {t}",
    "best_friend_of": "{t}'s best friend",
    "crush_on": "has a crush on {t}",
    "crush_of": "{t} has a crush on them",
    "love_interest_of": "{t}'s love interest",
    "loves": "in love with {t}",
    "teacher_of": "{t}'s teacher",
    "student_of": "{t}'s student",
    "neighbour_of": "{t}'s neighbour",
    "classmate_of": "{t}'s classmate",
    "bullies": "bullies {t}",
    "bullied_by": "bullied by {t}",
    "killed": "killed {t}",
    "killed_by": "killed by {t}",
    "bit": "bit {t}",
    "bitten_by": "bitten by {t}",
    "colleague_of": "{t}'s colleague",
    "senior_of": "{t}'s senior",
    "junior_of": "{t}'s junior",
    "infected": "infected {t}",
    "infected_by": "infected by {t}",
    "saved": "saved {t}",
    "saved_by": "saved by {t}",
}

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


# --------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """The pack is invalid; ``problems`` lists every problem found (sorted by file and line)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    url: str | None
    date: str | None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    hangul: str | None
    variants: tuple[str, ...]
    misspellings: tuple[str, ...]
    roles: tuple[str, ...]
    notes: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Relationship:
    type: str
    source: str
    target: str
    text: str
    spoils: int
    derived: bool


@dataclass(frozen=True)
class Fate:
    status: str
    text: str
    episode: int | None
    spoils: int


@dataclass(frozen=True)
class Event:
    text: str
    episode: int
    spoils: int


@dataclass(frozen=True)
class Character:
    id: str
    name: str
    hangul: str | None
    variants: tuple[str, ...]
    misspellings: tuple[str, ...]
    actor: str | None
    seasons: tuple[int, ...]
    summary: str
    summary_spoils: int
    relationships: tuple[Relationship, ...]
    fate: Fate | None
    events: tuple[Event, ...]
    sources: tuple[str, ...]
    short_name: str = ""
    actor_confidence: str = "reported"
    actor_note: str | None = None


@dataclass(frozen=True)
class Death:
    character: str
    kind: str
    text: str


@dataclass(frozen=True)
class Episode:
    number: int
    summary: str
    spoils: int
    deaths: tuple[Death, ...]


@dataclass(frozen=True)
class Fact:
    id: str
    topic: str
    text: str
    keywords: tuple[str, ...]
    spoils: int
    confidence: str
    sources: tuple[str, ...]
    date: str | None


@dataclass(frozen=True)
class Claim:
    id: str
    date: str
    text: str
    milestone: str | None
    confidence: str
    standing: str
    refuted_by: str | None
    superseded_by: str | None
    source: str
    release_window: str | None
    season: int = 2
    approximate_date: bool = False
    corroborated_by: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    spoils: int = 0


@dataclass(frozen=True)
class Titles:
    english: str
    korean: str
    romanized: str
    literal: str


@dataclass(frozen=True)
class Webtoon:
    title: str
    author: str
    platform: str
    years: str
    episodes_approx: int | None


@dataclass(frozen=True)
class Show:
    titles: Titles
    webtoon: Webtoon
    premiere: str
    episode_count: int
    rating: str
    directors: tuple[str, ...]
    writer: str
    studios: tuple[str, ...]
    setting: str
    virus: str
    type: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ContentPack:
    show: Show
    people: dict[str, Person]
    characters: dict[str, Character]
    episodes: dict[int, Episode]
    facts: dict[str, Fact]
    claims: dict[str, Claim]
    sources: dict[str, Source]
    _played_by: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    _relations: dict[str, tuple[Relationship, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def source(self, id: str) -> Source:
        return self.sources[id]

    def person(self, id: str) -> Person:
        return self.people[id]

    def character(self, id: str) -> Character:
        return self.characters[id]

    def characters_played_by(self, person_id: str) -> list[Character]:
        return [self.characters[c] for c in self._played_by.get(person_id, ())]

    def relationships_of(self, character_id: str) -> list[Relationship]:
        """The character's relationships, written and derived (inverse) ones."""
        return list(self._relations.get(character_id, ()))

    def counterpart(self, rel: Relationship) -> Relationship | None:
        """The same bond told from the other side: the target's relationship back toward rel's
        source (its text says who the target is to the source: "On-jo's father")."""
        back = _INVERSES.get(rel.type)
        return next((x for x in self._relations.get(rel.target, ()) if x.target == rel.source and x.type == back), None)


# --------------------------------------------------------------------------- schema


@dataclass(frozen=True)
class _F:
    """A field specification."""

    kind: str  # str, id, ref, date, int, episode, spoils, enum, map, list, bool
    required: bool = True
    nullable: bool = False
    ref: str = ""  # kind of the referenced thing for kind == "ref"
    choices: frozenset[str] = frozenset()
    item: _F | None = None
    fields: Mapping[str, _F] | None = None
    min_items: int = 0


def _s(required: bool = True, nullable: bool = False) -> _F:
    return _F("str", required, nullable)


def _ref(kind: str, required: bool = True, nullable: bool = False) -> _F:
    return _F("ref", required, nullable, ref=kind)


def _refs(kind: str, required: bool = True, min_items: int = 0) -> _F:
    return _F("list", required, item=_ref(kind), min_items=min_items)


def _strs(required: bool = False) -> _F:
    return _F("list", required, item=_s())


def _enum(choices: frozenset[str], required: bool = True, nullable: bool = False) -> _F:
    return _F("enum", required, nullable, choices=choices)


def _map(fields: Mapping[str, _F], required: bool = True, nullable: bool = False) -> _F:
    return _F("map", required, nullable, fields=fields)


def _list_of(fields: Mapping[str, _F], required: bool = True, min_items: int = 0) -> _F:
    return _F("list", required, item=_map(fields), min_items=min_items)


_SOURCES = _refs("source", min_items=1)

_SOURCE = {
    "id": _F("id"),
    "publisher": _s(),
    "title": _s(),
    "url": _s(nullable=True),
    "date": _F("date", nullable=True),
}
_SHOW = {
    "titles": _map(
        {"english": _s(), "korean": _s(), "romanized": _s(), "literal": _s()},
    ),
    "webtoon": _map(
        {
            "title": _s(),
            "author": _ref("person"),
            "platform": _s(),
            "years": _s(),
            "episodes_approx": _F("int", required=False, nullable=True),
        }
    ),
    "premiere": _F("date"),
    "episode_count": _F("int"),
    "rating": _s(),
    "directors": _refs("person", min_items=1),
    "writer": _ref("person"),
    "studios": _F("list", item=_s(), min_items=1),
    "setting": _s(),
    "virus": _s(),
    "type": _s(),
    "sources": _SOURCES,
}
_PERSON = {
    "id": _F("id"),
    "name": _s(),
    "hangul": _s(required=False, nullable=True),
    "variants": _strs(),
    "misspellings": _strs(),
    "roles": _F("list", item=_s(), min_items=1),
    "notes": _s(required=False, nullable=True),
    "sources": _SOURCES,
}
_RELATIONSHIP = {
    "type": _enum(RELATIONSHIP_TYPES),
    "target": _ref("character"),
    "text": _s(),
    "inverse_text": _s(required=False, nullable=True),
    "spoils": _F("spoils"),
}
_CHARACTER = {
    "id": _F("id"),
    "name": _s(),
    "short_name": _s(required=False),
    "hangul": _s(required=False, nullable=True),
    "variants": _strs(),
    "misspellings": _strs(),
    "actor": _ref("person", nullable=True),
    "actor_confidence": _enum(CONFIDENCES, required=False),
    "actor_note": _s(required=False, nullable=True),
    "seasons": _F("list", item=_F("int"), min_items=1),
    "summary": _map({"text": _s(), "spoils": _F("spoils")}),
    "relationships": _list_of(_RELATIONSHIP, required=False),
    "fate": _map(
        {
            "status": _enum(FATE_STATUSES),
            "text": _s(),
            "episode": _F("episode", nullable=True),
            "spoils": _F("spoils"),
        },
        required=False,
        nullable=True,
    ),
    "events": _list_of({"text": _s(), "episode": _F("episode"), "spoils": _F("spoils")}, required=False),
    "sources": _SOURCES,
}
_EPISODE = {
    "number": _F("episode"),
    "summary": _s(),
    "spoils": _F("spoils"),
    "deaths": _list_of(
        {"character": _ref("character"), "kind": _enum(DEATH_KINDS), "text": _s()}, required=False
    ),
}
_FACT = {
    "id": _F("id"),
    "topic": _enum(FACT_TOPICS),
    "text": _s(),
    "keywords": _strs(),
    "spoils": _F("spoils"),
    "confidence": _enum(CONFIDENCES),
    "sources": _SOURCES,
    "date": _F("date", required=False, nullable=True),
}
_CLAIM = {
    "id": _F("id"),
    "date": _F("date"),
    "approximate_date": _F("bool", required=False),
    "season": _F("int", required=False),
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
    "spoils": _F("spoils", required=False),
}

# file -> (top-level key, spec of the document under it, kind of ids declared there)
_TOP: dict[str, tuple[str, _F, str]] = {
    "sources.yaml": ("sources", _list_of(_SOURCE, min_items=1), "source"),
    "show.yaml": ("show", _map(_SHOW), ""),
    "people.yaml": ("people", _list_of(_PERSON, min_items=1), "person"),
    "characters.yaml": ("characters", _list_of(_CHARACTER, min_items=1), "character"),
    "episodes.yaml": ("episodes", _list_of(_EPISODE, min_items=1), ""),
    "facts.yaml": ("facts", _list_of(_FACT), "fact"),
    "claims.yaml": ("claims", _list_of(_CLAIM), "claim"),
}


# --------------------------------------------------------------------------- reading


class _Rec:
    """A validated mapping: values by key, plus the line of each key's value."""

    __slots__ = ("line", "lines", "values")

    def __init__(self, line: int) -> None:
        self.line = line
        self.values: dict[str, Any] = {}
        self.lines: dict[str, int] = {}

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key)


_KIND_NAMES = {
    "str": "text",
    "id": "an id",
    "ref": "an id",
    "date": "a date (YYYY-MM-DD or YYYY-MM)",
    "int": "an integer",
    "episode": "an episode number (1-12)",
    "spoils": "an episode number (0-12)",
    "enum": "one of the allowed values",
    "map": "a mapping",
    "list": "a list",
    "bool": "true or false",
}

_TAG = "tag:yaml.org,2002:"


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        # (kind, id, path, line) of every declared id
        self.declared: list[tuple[str, str, str, int]] = []
        # (kind, id, path, line) of every reference
        self.refs: list[tuple[str, str, str, int]] = []
        self.path = ""

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    # -- document

    def read_file(self, path: Path, name: str) -> Any:
        self.path = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problem(None, "file is missing")
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(None, f"cannot read file: {exc}")
            return None
        try:
            node = compose(text, bundled=True)
        except YamlProblem as exc:
            self.problem(exc.line, exc.message)
            return None
        key, spec, _ = _TOP[name]
        if node is None:
            self.problem(1, f"file is empty; expected a mapping with the key '{key}'")
            return None
        top = self.value(node, _map({key: spec}), "document")
        if not isinstance(top, _Rec):
            return None
        return top[key]

    # -- values

    def value(self, node: Node, spec: _F, where: str) -> Any:
        line = node.start_mark.line + 1
        if isinstance(node, ScalarNode) and node.tag == _TAG + "null":
            if spec.nullable:
                return None
            self.problem(line, f"{where}: must not be null (expected {_KIND_NAMES[spec.kind]})")
            return _BAD
        kind = spec.kind
        if kind == "map":
            return self.mapping(node, spec, where)
        if kind == "list":
            return self.sequence(node, spec, where)
        if not isinstance(node, ScalarNode):
            self.problem(line, f"{where}: expected {_KIND_NAMES[kind]}, got {describe(node)}")
            return _BAD
        tag = node.tag
        raw: str = node.value
        if kind in ("int", "episode", "spoils"):
            if tag != _TAG + "int":
                self.problem(line, f"{where}: expected {_KIND_NAMES[kind]}, got {describe(node)} {raw!r}")
                return _BAD
            try:
                number = int(raw.replace("_", ""), 0)
            except ValueError:
                self.problem(line, f"{where}: not an integer: {raw!r}")
                return _BAD
            if kind == "episode" and not 1 <= number <= LAST_EPISODE:
                self.problem(line, f"{where}: episode {number} is outside 1..{LAST_EPISODE}")
                return _BAD
            if kind == "spoils" and not 0 <= number <= LAST_EPISODE:
                self.problem(line, f"{where}: spoils {number} is outside 0..{LAST_EPISODE}")
                return _BAD
            return number
        if kind == "bool":
            if tag != _TAG + "bool":
                self.problem(line, f"{where}: expected true or false, got {describe(node)} {raw!r}")
                return _BAD
            return raw.lower() in ("true", "yes", "on", "y")
        if kind == "date":
            if tag not in (_TAG + "str", _TAG + "timestamp") or not _valid_date(raw):
                self.problem(line, f"{where}: bad date {raw!r} (expected YYYY-MM-DD or YYYY-MM)")
                return _BAD
            return raw
        if tag != _TAG + "str":
            self.problem(line, f"{where}: expected {_KIND_NAMES[kind]}, got {describe(node)} {raw!r} (quote it)")
            return _BAD
        text = raw.strip()
        if not text:
            self.problem(line, f"{where}: must not be empty")
            return _BAD
        if kind in ("id", "ref"):
            if not _ID_RE.match(text):
                self.problem(line, f"{where}: bad id {text!r} (lowercase letters, digits and hyphens)")
                return _BAD
            if kind == "ref":
                self.refs.append((spec.ref, text, self.path, line))
            return text
        if kind == "enum":
            if text not in spec.choices:
                allowed = ", ".join(sorted(spec.choices))
                self.problem(line, f"{where}: {text!r} is not allowed (one of: {allowed})")
                return _BAD
            return text
        return text

    def sequence(self, node: Node, spec: _F, where: str) -> Any:
        line = node.start_mark.line + 1
        if not isinstance(node, SequenceNode):
            self.problem(line, f"{where}: expected a list, got {describe(node)}")
            return _BAD
        assert spec.item is not None
        if len(node.value) < spec.min_items:
            if spec.min_items == 1:
                self.problem(line, f"{where}: must not be empty")
            else:
                self.problem(line, f"{where}: needs at least {spec.min_items} items")
        out = []
        for i, child in enumerate(node.value):
            out.append(self.value(child, spec.item, f"{where}[{i}]"))
        return tuple(out)

    def mapping(self, node: Node, spec: _F, where: str) -> Any:
        line = node.start_mark.line + 1
        if not isinstance(node, MappingNode):
            self.problem(line, f"{where}: expected a mapping, got {describe(node)}")
            return _BAD
        assert spec.fields is not None
        rec = _Rec(line)
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                self.problem(key_line, f"{where}: keys must be plain names")
                continue
            key = str(key_node.value)
            if key in seen:
                self.problem(key_line, f"{where}: duplicate key '{key}' (first at line {seen[key]})")
                continue
            seen[key] = key_line
            fspec = spec.fields.get(key)
            if fspec is None:
                allowed = ", ".join(spec.fields)
                self.problem(key_line, f"{where}: unknown key '{key}' (allowed: {allowed})")
                continue
            label = key if where == "document" else f"{where}.{key}"
            value = self.value(value_node, fspec, label)
            rec.values[key] = value
            rec.lines[key] = value_node.start_mark.line + 1
            if fspec.kind == "id" and value is not _BAD:
                rec.values["__id_line__"] = key_line
        for key, fspec in spec.fields.items():
            if fspec.required and key not in seen:
                self.problem(line, f"{where}: missing required key '{key}'")
        return rec


class _Bad:
    """Marker for a value that failed validation (its problem is already recorded)."""

    def __repr__(self) -> str:
        return "<bad>"


_BAD: Any = _Bad()



def _valid_date(raw: str) -> bool:
    m = _DATE_RE.match(raw)
    if not m:
        return False
    year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return False
    if day is not None:
        try:
            _dt.date(year, month, int(day))
        except ValueError:
            return False
    return True


# --------------------------------------------------------------------------- building


def _tup(value: Any) -> tuple[Any, ...]:
    if value is None or value is _BAD:
        return ()
    return tuple(value)


def _ok(value: Any) -> bool:
    return value is not None and value is not _BAD


def _records(value: Any) -> list[_Rec]:
    if not _ok(value):
        return []
    return [r for r in value if isinstance(r, _Rec)]


def _short(name: str) -> str:
    parts = name.split()
    return parts[-1] if len(parts) > 1 else name


class _Builder:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.reader = _Reader()
        self.docs: dict[str, Any] = {}
        # kind -> id -> (path, line)
        self.ids: dict[str, dict[str, tuple[str, int]]] = {}

    def path(self, name: str) -> str:
        return str(self.root / name)

    def problem(self, name: str, line: int | None, message: str) -> None:
        self.reader.problems.append(Problem(self.path(name), line, message))

    def run(self) -> ContentPack | None:
        r = self.reader
        if not self.root.is_dir():
            r.problems.append(Problem(str(self.root), None, "not a directory"))
            return None
        for name in FILES:
            self.docs[name] = r.read_file(self.root / name, name)
        self.check_ids()
        self.check_refs()
        self.check_records()
        if r.problems:
            return None
        return self.build()

    # -- checks

    def check_ids(self) -> None:
        first: dict[str, tuple[str, str, int]] = {}
        for name in FILES:
            kind = _TOP[name][2]
            if not kind:
                continue
            table = self.ids.setdefault(kind, {})
            for rec in _records(self.docs[name]):
                ident = rec["id"]
                if not _ok(ident):
                    continue
                line = rec.values.get("__id_line__", rec.line)
                if ident in first:
                    other_kind, other_path, other_line = first[ident]
                    what = "" if other_kind == kind else f" (a {other_kind})"
                    self.problem(
                        name, line, f"duplicate id '{ident}'{what}, first at {other_path}:{other_line}"
                    )
                    continue
                first[ident] = (kind, self.path(name), line)
                table[ident] = (self.path(name), line)

    def check_refs(self) -> None:
        for kind, ident, path, line in self.reader.refs:
            if ident not in self.ids.get(kind, {}):
                self.reader.problems.append(Problem(path, line, f"unknown {kind} id '{ident}'"))

    def check_records(self) -> None:
        episodes = self.docs["episodes.yaml"]
        seen: dict[int, int] = {}
        for rec in _records(episodes):
            number, spoils = rec["number"], rec["spoils"]
            if isinstance(number, int) and not isinstance(number, _Bad):
                if number in seen:
                    self.problem(
                        "episodes.yaml",
                        rec.lines["number"],
                        f"duplicate episode {number} (first at line {seen[number]})",
                    )
                else:
                    seen[number] = rec.lines["number"]
                if isinstance(spoils, int) and spoils != number:
                    self.problem(
                        "episodes.yaml",
                        rec.lines["spoils"],
                        f"episode {number}: spoils must equal the episode number ({number})",
                    )
        if _ok(episodes):
            missing = [n for n in episode_numbers() if n not in seen]
            if missing:
                self.problem(
                    "episodes.yaml", None, "missing episodes: " + ", ".join(str(n) for n in missing)
                )
        for rec in _records(self.docs["claims.yaml"]):
            standing = rec["standing"]
            ident = rec["id"]
            line = rec.values.get("__id_line__", rec.line)
            if standing == "refuted" and not _ok(rec["refuted_by"]):
                self.problem("claims.yaml", line, f"claim '{ident}' is refuted but has no refuted_by")
            if standing == "superseded" and not _ok(rec["superseded_by"]):
                self.problem("claims.yaml", line, f"claim '{ident}' is superseded but has no superseded_by")
            if _ok(rec["refuted_by"]) and standing != "refuted":
                self.problem("claims.yaml", rec.lines["refuted_by"], f"claim '{ident}' has refuted_by but standing is '{standing}'")
            if _ok(rec["superseded_by"]) and standing != "superseded":
                self.problem("claims.yaml", rec.lines["superseded_by"], f"claim '{ident}' has superseded_by but standing is '{standing}'")
            for key in ("refuted_by", "superseded_by"):
                if _ok(ident) and rec[key] == ident:
                    self.problem("claims.yaml", rec.lines[key], f"claim '{ident}' cannot refer to itself")
            season = rec["season"]
            if isinstance(season, int) and season not in (1, 2):
                self.problem("claims.yaml", rec.lines["season"], f"season must be 1 or 2, got {season}")
        for rec in _records(self.docs["characters.yaml"]):
            seasons = rec["seasons"]
            if _ok(seasons):
                for s in seasons:
                    if isinstance(s, int) and s not in (1, 2):
                        self.problem("characters.yaml", rec.lines["seasons"], f"season must be 1 or 2, got {s}")
            fate = rec["fate"]
            if isinstance(fate, _Rec):
                ep, sp = fate["episode"], fate["spoils"]
                if isinstance(ep, int) and isinstance(sp, int) and sp < ep and not isinstance(ep, _Bad):
                    self.problem(
                        "characters.yaml",
                        fate.lines["spoils"],
                        f"fate of '{rec['id']}' happens in episode {ep} but spoils only {sp}",
                    )
            for rel in _records(rec["relationships"]):
                if rel["target"] == rec["id"] and _ok(rel["target"]):
                    self.problem("characters.yaml", rel.lines["target"], "a character cannot relate to itself")

    # -- dataclasses (only when there are no problems)

    def build(self) -> ContentPack:
        d = self.docs
        sources = {
            r["id"]: Source(r["id"], r["publisher"], r["title"], r["url"], r["date"])
            for r in _records(d["sources.yaml"])
        }
        people = {
            r["id"]: Person(
                r["id"],
                r["name"],
                r["hangul"],
                _tup(r["variants"]),
                _tup(r["misspellings"]),
                _tup(r["roles"]),
                r["notes"],
                _tup(r["sources"]),
            )
            for r in _records(d["people.yaml"])
        }
        char_recs = _records(d["characters.yaml"])
        short = {r["id"]: (r["short_name"] or _short(r["name"])) for r in char_recs}
        written: dict[str, list[Relationship]] = {r["id"]: [] for r in char_recs}
        derived: dict[str, list[Relationship]] = {r["id"]: [] for r in char_recs}
        for r in char_recs:
            for rel in _records(r["relationships"]):
                written[r["id"]].append(
                    Relationship(rel["type"], r["id"], rel["target"], rel["text"], rel["spoils"], False)
                )
                inverse = _INVERSES[rel["type"]]
                text = rel["inverse_text"] or _DERIVED_TEXT[inverse].format(t=short[r["id"]])
                derived[rel["target"]].append(
                    Relationship(inverse, rel["target"], r["id"], text, rel["spoils"], True)
                )
        relations: dict[str, tuple[Relationship, ...]] = {}
        for cid, rels in written.items():
            have = {(x.type, x.target) for x in rels}
            extra = [x for x in derived[cid] if (x.type, x.target) not in have]
            relations[cid] = tuple(rels + extra)
        characters: dict[str, Character] = {}
        played: dict[str, list[str]] = {}
        for r in char_recs:
            fate = r["fate"]
            characters[r["id"]] = Character(
                id=r["id"],
                name=r["name"],
                hangul=r["hangul"],
                variants=_tup(r["variants"]),
                misspellings=_tup(r["misspellings"]),
                actor=r["actor"],
                seasons=_tup(r["seasons"]),
                summary=r["summary"]["text"],
                summary_spoils=r["summary"]["spoils"],
                relationships=relations[r["id"]],
                fate=(
                    Fate(fate["status"], fate["text"], fate["episode"], fate["spoils"])
                    if isinstance(fate, _Rec)
                    else None
                ),
                events=tuple(
                    Event(e["text"], e["episode"], e["spoils"]) for e in _records(r["events"])
                ),
                sources=_tup(r["sources"]),
                short_name=short[r["id"]],
                actor_confidence=r["actor_confidence"] or "reported",
                actor_note=r["actor_note"],
            )
            if r["actor"]:
                played.setdefault(r["actor"], []).append(r["id"])
        episodes = {
            r["number"]: Episode(
                r["number"],
                r["summary"],
                r["spoils"],
                tuple(Death(x["character"], x["kind"], x["text"]) for x in _records(r["deaths"])),
            )
            for r in sorted(_records(d["episodes.yaml"]), key=lambda x: int(x["number"]))
        }
        facts = {
            r["id"]: Fact(
                r["id"],
                r["topic"],
                r["text"],
                _tup(r["keywords"]),
                r["spoils"],
                r["confidence"],
                _tup(r["sources"]),
                r["date"],
            )
            for r in _records(d["facts.yaml"])
        }
        claims = {
            r["id"]: Claim(
                id=r["id"],
                date=r["date"],
                text=r["text"],
                milestone=r["milestone"],
                confidence=r["confidence"],
                standing=r["standing"],
                refuted_by=r["refuted_by"],
                superseded_by=r["superseded_by"],
                source=r["source"],
                release_window=r["release_window"],
                season=r["season"] if r["season"] is not None else 2,
                approximate_date=bool(r["approximate_date"]),
                corroborated_by=_tup(r["corroborated_by"]),
                see_also=_tup(r["see_also"]),
                spoils=r["spoils"] or 0,
            )
            for r in _records(d["claims.yaml"])
        }
        s = d["show.yaml"]
        t, w = s["titles"], s["webtoon"]
        show = Show(
            titles=Titles(t["english"], t["korean"], t["romanized"], t["literal"]),
            webtoon=Webtoon(w["title"], w["author"], w["platform"], w["years"], w["episodes_approx"]),
            premiere=s["premiere"],
            episode_count=s["episode_count"],
            rating=s["rating"],
            directors=_tup(s["directors"]),
            writer=s["writer"],
            studios=_tup(s["studios"]),
            setting=s["setting"],
            virus=s["virus"],
            type=s["type"],
            sources=_tup(s["sources"]),
        )
        return ContentPack(
            show=show,
            people=people,
            characters=characters,
            episodes=episodes,
            facts=facts,
            claims=claims,
            sources=sources,
            _played_by={k: tuple(v) for k, v in played.items()},
            _relations=relations,
        )


def _sorted(problems: list[Problem]) -> list[Problem]:
    order = {name: i for i, name in enumerate(FILES)}

    def key(p: Problem) -> tuple[int, str, int]:
        return (order.get(Path(p.path).name, len(order)), p.path, p.line or 0)

    return sorted(problems, key=key)


def load_pack(path: Path | None = None) -> ContentPack:
    """Load and validate a pack (None = the bundled bot/content); raises ContentError with ALL problems."""
    builder = _Builder(Path(path) if path is not None else BUNDLED_DIR)
    pack = builder.run()
    if pack is None:
        raise ContentError(_sorted(builder.reader.problems))
    return pack


def check_pack(path: Path) -> list[Problem]:
    """Every problem in the pack at `path` (empty when it is valid)."""
    try:
        load_pack(path)
    except ContentError as exc:
        return exc.problems
    return []


@functools.cache
def bundled_pack() -> ContentPack:
    """The bundled pack, loaded once (blocking file reads: call it at import or via to_thread)."""
    return load_pack(None)

