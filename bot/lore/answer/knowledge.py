"""What every kind of answer looks things up in: the pack, its sources as `SourceRef`s, names, and
the characters and people a question names.

Source references are built once per source, and remembered per list of source ids asked for (the
lists come from the pack: a few hundred at most).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.lore.answer.question import Question
from bot.lore.answer.result import Answer, Part, SourceRef
from bot.lore.answer.wording import plain_name
from bot.lore.content import Character, ContentPack, Fact
from bot.lore.names import Entity, NameResolver
from bot.show import Position

_REFS_MEMO_SIZE = 4096
_MAX_SOURCES = 3  # per part


class Knowledge:
    def __init__(self, pack: ContentPack, resolver: NameResolver) -> None:
        self.pack = pack
        self.resolver = resolver
        self._source_refs: dict[str, SourceRef] = {
            sid: SourceRef(source.publisher, source.title, source.url, str(source.date) if source.date else None)
            for sid, source in pack.sources.items()
        }
        self._refs_memo: dict[tuple[str, ...], tuple[SourceRef, ...]] = {}
        # Season 2's news that spoils season 1 (its cast: who is back) cited on a season-1 character's line, or
        # their actor's, tells a reader at any mark that they outlive season 1 ("Park Ji-hu plays Nam On-jo. (...;
        # UPI, 23 July 2025)"): such a line cites the rest of the profile's sources (ask_blind56).
        spoiling = {sid for c in pack.claims.values() if c.season > 1 and c.spoils
                    for sid in (c.source, *c.corroborated_by)}
        season1 = [c for c in pack.characters.values() if 1 in c.seasons]
        profiles = [c.sources for c in season1] + [pack.people[c.actor].sources for c in season1
                                                   if c.actor and c.actor in pack.people]
        self._season2_told: dict[tuple[str, ...], tuple[str, ...]] = {
            tuple(ids): kept for ids in profiles
            if (kept := tuple(sid for sid in ids if sid not in spoiling)) and len(kept) < len(ids)}
        self._season1_end = pack.season_end(1)

    # -- sources

    def refs(self, ids: Iterable[str], hidden_to: Position | None = None) -> tuple[SourceRef, ...]:
        """The first few distinct sources among `ids` (unknown ids are skipped); of a season-1 character's
        profile, without season 2's cast news unless the line is hidden to the end of season 1 (`hidden_to`)."""
        key = tuple(ids)
        if hidden_to is None or hidden_to < self._season1_end:
            key = self.told_early(key)
        found = self._refs_memo.get(key)
        if found is not None:
            return found
        refs: list[SourceRef] = []
        for sid in key:
            ref = self._source_refs.get(sid)
            if ref is not None and ref not in refs:
                refs.append(ref)
        found = tuple(refs[:_MAX_SOURCES])
        if len(self._refs_memo) < _REFS_MEMO_SIZE:
            self._refs_memo[key] = found
        return found

    def told_early(self, ids: Sequence[str]) -> tuple[str, ...]:
        """A season-1 character's or their actor's sources without season 2's cast news (`ids` itself for any other
        list), for a line seen before season 1 ends that cites more than one profile ("X is played by Y")."""
        return self._season2_told.get(tuple(ids), tuple(ids))

    def show_refs(self) -> tuple[SourceRef, ...]:
        return self.refs(self.pack.show.sources)

    def recap_refs(self) -> tuple[SourceRef, ...]:
        """The season's episode recaps the pack names (show.yaml `recaps`)."""
        return self.refs(self.pack.show.recaps)

    def episode_refs(self, position: Position) -> tuple[SourceRef, ...]:
        """What an episode's write-up cites: the links of what moderators added of it (a season-2
        episode on premiere day), else the pack's recaps."""
        episode = self.pack.episodes.get(position)
        return self.refs(episode.sources) if episode is not None and episode.sources else self.recap_refs()

    def episode_confidence(self, position: Position) -> str:
        """An episode moderators wrote up is as sure as their additions (reported); the pack's, official."""
        episode = self.pack.episodes.get(position)
        return "reported" if episode is not None and episode.sources else "official"

    def fact_part(self, fact: Fact) -> Part:
        return Part(fact.text, fact.spoils, fact.confidence, self.refs(fact.sources))

    # -- names

    def character_name(self, character_id: str) -> str:
        character = self.pack.characters.get(character_id)
        return character.name if character else character_id

    def person_name(self, person_id: str | None) -> str:
        if person_id is None:
            return "an uncredited actor"
        person = self.pack.people.get(person_id)
        return person.name if person else person_id

    # -- who a question names

    def entities(self, q: Question, kind: str) -> list[Entity]:
        """The unambiguous mentions of one kind, in the order they were named."""
        out: list[Entity] = []
        for mention in q.mentions:
            matching = [e for e in mention.candidates if e.kind == kind]
            if len(matching) == 1 and matching[0] not in out:
                out.append(matching[0])
        return out

    def characters(self, q: Question, *, people_as_roles: bool = True) -> list[Character]:
        """Characters named in the question (an actor's name stands for the role they play)."""
        found: list[Character] = []
        for entity in self.entities(q, "character"):
            found.append(self.pack.characters[entity.id])
        if not found and people_as_roles:
            for entity in self.entities(q, "person"):
                roles = self.pack.characters_played_by(entity.id)
                if len(roles) == 1:
                    found.append(roles[0])
        return found

    def ambiguous(self, q: Question, kinds: Sequence[str]) -> Answer | None:
        """"Which one?" when a name (or a bare surname) could mean several of `kinds`."""
        spans = list(q.mentions)
        if not spans:
            spans = self.resolver.surname_mentions(q.raw)
        for mention in spans:
            matching = [e for e in mention.candidates if e.kind in kinds]
            if len(matching) > 1:
                names = ", ".join(e.name for e in matching[:8])
                return Answer(
                    q.raw,
                    False,
                    [Part(f"\u201c{plain_name(mention.text)}\u201d could mean several people: {names}. Which one?")],
                    "ambiguous",
                    tuple(matching),
                )
        return None
