"""Cards for /character, /episode and /cast: plain data, each piece with the position (season, episode) it spoils.

A card has a title that is always safe (a character's name, "Season 1, episode 5"; a newcomer
moderators added is "A season 2 character", named in a hidden part), sections whose
names are fixed words, and parts (bot.lore.answer.Part) that carry their own spoiler position. Cards are built
from the engine's `Knowledge` (the pack, its sources as references, names). The Discord renderer
(cogs/lore/render.py) and the text renderer below both send every part through bot/spoilers.py, so
nothing past the viewer's progress is ever shown in the clear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.result import CONFIDENCE_ORDER, Part, SourceRef, part_text
from bot.lore.answer.season2_tvmaze_ref import tvmaze_ref
from bot.show import NOTHING, Position, ShowShape
from bot.spoilers import SpoilerTracker

if TYPE_CHECKING:
    from bot.lore.content import Character, Person
    from bot.lore.names import Entity


@dataclass(frozen=True)
class Section:
    name: str  # a fixed label: never content, never a spoiler
    parts: tuple[Part, ...]


@dataclass
class Card:
    title: str  # safe by construction (a name or a position's label)
    sections: list[Section] = field(default_factory=list)
    sources: tuple[SourceRef, ...] = ()

    @property
    def confidence(self) -> str:
        confidences = [p.confidence for s in self.sections for p in s.parts] or ["official"]
        return max(confidences, key=lambda c: CONFIDENCE_ORDER.get(c, 0))


def render_card_text(card: Card, progress: Position) -> tuple[str, Position | None]:
    """The card as plain text (CLI, tests); returns the highest position any shown part spoils."""
    tracker = SpoilerTracker(progress)
    lines = [card.title]
    for section in card.sections:
        lines.append(f"{section.name}:")
        lines.extend("  " + tracker.render(part_text(p), p.spoils) for p in section.parts)
    return "\n".join(lines), tracker.highest


def _named(character: Character) -> tuple[str, list[Section]]:
    """A card's title and first sections: the name, safe; a newcomer moderators added for a later
    episode is named in a hidden part instead (a title cannot hide it)."""
    if not character.introduced:
        return character.name, []
    return f"A season {character.introduced.season} character", [
        Section("Name", (Part(character.name, character.introduced),))
    ]


def character_card(knowledge: Knowledge, character: Character) -> Card:
    pack = knowledge.pack
    # a fate moderators added cites their link first (the sources line keeps only the first few)
    fate_sources = character.fate.sources if character.fate is not None else ()
    refs = knowledge.refs(tuple(dict.fromkeys((*fate_sources, *knowledge.told_early(character.sources)))))
    title, sections = _named(character)
    if character.actor:
        person = pack.people[character.actor]
        actor = person.name + (f" ({person.hangul})" if person.hangul else "")
        sections.append(Section("Played by", (Part(actor, NOTHING, character.actor_confidence),)))
    else:
        sections.append(Section("Played by", (Part("not named in the sources", NOTHING),)))
    sections.append(Section("Who they are", (Part(character.summary, character.summary_spoils, character.confidence),)))
    rels = _relationship_parts(knowledge, character)
    if rels:
        sections.append(Section("Relationships", rels))
    if character.fate is not None:
        fate = character.fate
        where = f" ({fate.episode.label})" if fate.episode else ""
        sections.append(Section("Fate", (Part(fate.text + where, fate.spoils, fate.confidence),)))
    seasons = ", ".join(str(s) for s in character.seasons)
    sections.append(Section("Seasons", (Part(seasons, seasons_spoils(knowledge, character)),)))
    return Card(title, sections, refs)


def seasons_spoils(knowledge: Knowledge, character: Character) -> Position:
    """Which seasons a season-1 character is in says whether they outlive season 1 ("1, 2") or not
    ("1", now that season 2's cast is known): it spoils the end of season 1."""
    return knowledge.pack.season_end(1) if 1 in character.seasons else NOTHING


def _relationship_parts(knowledge: Knowledge, character: Character) -> tuple[Part, ...]:
    """One line per related character: "<name>: <who they are to this character>", from the
    character's point of view ("Nam So-ju: On-jo's father" on On-jo's card). That is the text of the
    other side of each bond; bonds with the same character and spoiler position share a line."""
    pack = knowledge.pack
    lines: dict[tuple[str, Position], list[str]] = {}
    for rel in pack.relationships_of(character.id):
        back = pack.counterpart(rel)
        text = back.text if back is not None else rel.text
        said = lines.setdefault((rel.target, rel.spoils), [])
        if text not in said:
            said.append(text)
    return tuple(
        Part(f"{knowledge.character_name(target)}: {'; '.join(texts)}", spoils) for (target, spoils), texts in lines.items()
    )


NO_DEATHS = "Nobody dies or turns in this episode."
NOT_WRITTEN = "Not written up yet: the content pack has no summary of it."
NO_DEATHS_YET = "Not written up yet: the content pack does not say who dies or turns in it."


def episode_card(knowledge: Knowledge, shape: ShowShape, position: Position) -> Card:
    """An episode of the shape: its title when known (a spoiler of the episode), the pack's summary
    and deaths when the pack has the episode (a new episode may not be written up yet).

    Every episode has the same fields, each one line: the deaths are one part, "nobody dies" hidden
    like any other, so neither a missing field nor a count of hidden lines tells who dies."""
    episode = knowledge.pack.episodes.get(position)
    info = shape.episode(position)
    sections: list[Section] = []
    title = (episode.title if episode else None) or (info.title if info else None)
    if title:
        sections.append(Section("Title", (Part(title, position),)))
    if episode is None:
        sections.append(Section("Summary", (Part(NOT_WRITTEN, NOTHING),)))
        sections.append(Section("Deaths and turns", (Part(NO_DEATHS_YET, NOTHING),)))
        # A later season's episode is known from TVmaze's list alone: its source, not season 1's.
        listed = info is not None and position.season > 1
        return Card(position.heading, sections, (tvmaze_ref(),) if listed else knowledge.show_refs())
    sections.append(Section("Summary", (Part(episode.summary, episode.spoils),)))
    deaths = " ".join(f"{knowledge.character_name(d.character)}: {d.text}" for d in episode.deaths) or NO_DEATHS
    sections.append(Section("Deaths and turns", (Part(deaths, max(episode.spoils, position)),)))
    return Card(position.heading, sections, knowledge.episode_refs(position) or knowledge.show_refs())


def person_card(knowledge: Knowledge, person: Person) -> Card:
    roles = knowledge.pack.characters_played_by(person.id)
    sections: list[Section] = []
    if person.hangul or person.variants:
        spelled = [v for v in (person.hangul, *person.variants[:4]) if v]
        sections.append(Section("Also written", (Part(", ".join(spelled), NOTHING),)))
    if roles:
        sections.append(
            Section(
                "Plays",
                tuple(
                    Part(c.name + (" (season 2)" if 1 not in c.seasons else ""), c.introduced, c.actor_confidence)
                    for c in roles
                ),
            )
        )
    else:
        sections.append(Section("Role", (Part(", ".join(r.replace("_", " ") for r in person.roles), NOTHING),)))
    if person.notes:
        sections.append(Section("Notes", (Part(person.notes, person.notes_spoils),)))
    return Card(person.name, sections, knowledge.refs(person.sources))


def cast_of_character_card(knowledge: Knowledge, character: Character) -> Card:
    if character.actor:
        person = knowledge.pack.people[character.actor]
        actor = person.name + (f" ({person.hangul})" if person.hangul else "")
        part = Part(actor, NOTHING, character.actor_confidence)
    else:
        part = Part("not named in the sources", NOTHING)
    title, sections = _named(character)
    return Card(title, [*sections, Section("Played by", (part,))], knowledge.refs(character.sources))


def cast_card(knowledge: Knowledge, entity: Entity | None) -> Card:
    """/cast: the whole cast (no name), a character's actor, or an actor's roles."""
    if entity is None:
        return cast_list_card(knowledge)
    if entity.kind == "character":
        return cast_of_character_card(knowledge, knowledge.pack.characters[entity.id])
    return person_card(knowledge, knowledge.pack.people[entity.id])


def cast_list_card(knowledge: Knowledge) -> Card:
    pack = knowledge.pack
    season1 = tuple(
        Part(f"{knowledge.person_name(c.actor)} as {c.name}", NOTHING, c.actor_confidence)
        for c in pack.characters.values()
        if c.actor and 1 in c.seasons
    )
    new = tuple(
        Part(f"{knowledge.person_name(c.actor)} as {c.name}", c.introduced, c.actor_confidence)
        for c in pack.characters.values()
        if c.actor and c.seasons == (2,)
    )
    sections = [Section("Season 1", season1)]
    if new:
        sections.append(Section("New in season 2", new))
    return Card("Cast", sections, knowledge.show_refs())
