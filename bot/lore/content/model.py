"""The content pack's types: what bot/content/*.yaml holds, as frozen dataclasses.

Conventions the rest of hyosan can rely on:

* ids are lowercase slugs (``nam-on-jo``) and share ONE namespace across people, characters,
  facts, claims and sources, so a name resolver can map any id to exactly one thing.
* ``spoils`` is the position (bot.show.Position: season, episode) a piece of text spoils
  (``NOTHING`` = safe); in the YAML a bare number is an episode of season 1 (0 = safe) and
  ``S2E3`` a position of any season.
* Relationships are written in one direction only; the builder derives the inverse
  (``parent_of`` <-> ``child_of``, ``killed`` <-> ``killed_by``, symmetric types map to
  themselves), marked ``derived=True``. A relationship's ``text`` describes its ``source``
  character in terms of its ``target`` ("On-jo's father").
* Claims: ``standing`` is ``standing``, ``refuted`` (with ``refuted_by``) or ``superseded``
  (with ``superseded_by``). Claims about Season 1 carry ``season: 1`` and no milestone.
  A claim whose text reveals Season 1 plot carries ``spoils`` (default 0), like facts.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from bot.show import NOTHING, Position

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
        "release_window",
        "released",
        "delayed",
        "cancelled",
    }
)
FATE_STATUSES = frozenset({"alive", "dead", "halfbie", "presumed_dead", "zombie", "unknown"})
# The event index (events.yaml): what happens, to whom, in which episode.
EVENT_KINDS = frozenset(
    {"death", "turn", "bite", "halfbie", "infection", "attack", "fight", "rescue", "sacrifice", "kiss",
     "confession", "reunion", "reveal", "escape", "bombing", "birth", "survival", "scene"}
)
EVENT_ROLES = frozenset(
    {"victim", "killer", "biter", "attacker", "infector", "rescuer", "rescued", "protector", "protected",
     "partner", "confessor", "confessed_to", "survivor", "present"}
)
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

# Relationship type -> its inverse. Symmetric types map to themselves.
INVERSES: dict[str, str] = {
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
for _k, _v in list(INVERSES.items()):
    INVERSES.setdefault(_v, _k)
RELATIONSHIP_TYPES = frozenset(INVERSES)


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    url: str | None
    date: str | None
    spoils: Position = NOTHING  # what the title gives away ("Does Na-yeon die in ...")


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
    notes_spoils: Position = NOTHING

    @property
    def readable_hangul(self) -> str | None:
        """The Korean name chat is read for (people's Hangul is written only where it is certain)."""
        return self.hangul


@dataclass(frozen=True)
class Relationship:
    type: str
    source: str
    target: str
    text: str
    spoils: Position
    derived: bool


@dataclass(frozen=True)
class Fate:
    status: str
    text: str
    episode: Position | None
    spoils: Position
    sources: tuple[str, ...] = ()  # a fate moderators added cites their link (else: the character's)
    # How sure the fact sheet is of it ([V] official, [V1] reported, [U] rumour): /ask hedges it so.
    confidence: str = "official"


@dataclass(frozen=True)
class Event:
    text: str
    episode: Position
    spoils: Position


@dataclass(frozen=True)
class Description:
    """What fans call a character instead of a name ("the bully", "the girl in the pink vest"),
    with the position it spoils (a description can give away a plot point)."""

    text: str
    spoils: Position


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
    summary_spoils: Position
    # Written and derived (inverse) relationships, from this character toward others.
    relationships: tuple[Relationship, ...]
    fate: Fate | None
    events: tuple[Event, ...]
    sources: tuple[str, ...]
    short_name: str = ""
    # Where the fact sheet gives no Hangul: spelled from the romanised name, read in chat (the guard, trivia lists)
    # but never shown, as `hangul` is.
    spelled_hangul: str | None = None
    actor_confidence: str = "reported"
    actor_note: str | None = None
    descriptions: tuple[Description, ...] = ()
    # How sure the fact sheet is of who they are (summary, descriptions): a row it tags [V1] is
    # "reported" and [U] "rumour", so /ask says "Reportedly: ..." instead of stating it.
    confidence: str = "official"
    # Where the story first shows them: the pack's characters are known from the cast (NOTHING); one a
    # server's moderators added is named only from the episode they gave (a surprise newcomer).
    introduced: Position = NOTHING

    @property
    def readable_hangul(self) -> str | None:
        """The Korean name chat is read for: the shown one, else the one spelled from the romanised name."""
        return self.hangul or self.spelled_hangul


@dataclass(frozen=True)
class Death:
    character: str
    kind: str
    text: str


@dataclass(frozen=True)
class Episode:
    position: Position
    summary: str
    spoils: Position
    deaths: tuple[Death, ...]
    title: str | None = None  # spoils the episode itself
    # What a server's moderators added of it cites their links (the pack's episodes: its recaps).
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Participant:
    character: str
    role: str


@dataclass(frozen=True)
class StoryEvent:
    """One thing that happens in the story (events.yaml): its episode (or, when the sources do not
    pin it down, the first and last episode it may be in), who takes part and how, where, what fans
    call it, and the position its text spoils."""

    id: str
    kind: str
    text: str
    episode: Position | None
    between: tuple[Position, Position] | None
    participants: tuple[Participant, ...]
    place: str | None
    names: tuple[str, ...]
    spoils: Position
    confidence: str
    sources: tuple[str, ...]

    @property
    def earliest(self) -> Position:
        """The first episode it may happen in."""
        if self.episode is not None:
            return self.episode
        assert self.between is not None
        return self.between[0]

    def involves(self, character_id: str, roles: Container[str] | None = None) -> bool:
        """Whether the character takes part in it (in one of `roles`, when given)."""
        return any(p.character == character_id and (roles is None or p.role in roles) for p in self.participants)

    def roles_of(self, character_id: str) -> tuple[str, ...]:
        return tuple(p.role for p in self.participants if p.character == character_id)

    def roles_by_character(self) -> dict[str, tuple[str, ...]]:
        return {p.character: self.roles_of(p.character) for p in self.participants}


@dataclass(frozen=True)
class Fact:
    id: str
    topic: str
    text: str
    keywords: tuple[str, ...]
    spoils: Position
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
    spoils: Position = NOTHING


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
    # The season-wide episode recaps (source ids) that back episode summaries, first cited first.
    recaps: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContentPack:
    show: Show
    people: dict[str, Person]
    characters: dict[str, Character]
    episodes: dict[Position, Episode]
    facts: dict[str, Fact]
    claims: dict[str, Claim]
    sources: dict[str, Source]
    # The event index, in story order (episode, then as written); empty for a pack without events.yaml.
    events: dict[str, StoryEvent] = field(default_factory=dict)
    _played_by: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def season_end(self, season: int) -> Position:
        """The last episode of a season the pack covers (NOTHING when it covers none): what telling
        who is in the next season gives away."""
        return max((p for p in self.episodes if p.season == season), default=NOTHING)

    def characters_played_by(self, person_id: str) -> list[Character]:
        return [self.characters[c] for c in self._played_by.get(person_id, ())]

    def introduced(self, kind: str, entity_id: str) -> Position:
        """Where the story first shows a character, or an actor's first role: before it, even their
        name gives them away (NOTHING for everyone the pack itself names)."""
        if kind == "character":
            character = self.characters.get(entity_id)
            return character.introduced if character is not None else NOTHING
        roles = self.characters_played_by(entity_id)
        return min((c.introduced for c in roles), default=NOTHING)

    def relationships_of(self, character_id: str) -> list[Relationship]:
        """The character's relationships, written and derived (inverse) ones."""
        character = self.characters.get(character_id)
        return list(character.relationships) if character is not None else []

    def counterpart(self, rel: Relationship) -> Relationship | None:
        """The same bond told from the other side: the target's relationship back toward rel's
        source (its text says who the target is to the source: "On-jo's father")."""
        back = INVERSES.get(rel.type)
        target = self.characters.get(rel.target)
        if target is None:
            return None
        return next((x for x in target.relationships if x.target == rel.source and x.type == back), None)
