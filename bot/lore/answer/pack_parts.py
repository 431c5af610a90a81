"""What an answer engine reads from its content pack alone, built once per pack.

Names, records, profiles, the subject finder, the question vocabulary and the terms depend on the
pack only and are read-only once built, so the engines of one pack (a restart of the cog, every
server without additions of its own) share them; the search index, the season-2 status and the
show's shape stay per engine (router.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.lore.answer.records import Records
from bot.lore.answer.subjects import Profiles, SubjectFinder
from bot.lore.answer.terms import Terms
from bot.lore.answer.vocabulary import question_vocabulary
from bot.lore.content import ContentPack
from bot.lore.names import NameResolver, resolver_of
from bot.recent import RecentByIdentity


@dataclass(frozen=True)
class PackParts:
    """The parts of one pack: `of(pack, resolver)` builds them afresh, `shared(pack, resolver)` reuses the
    ones built last for that very pack (and resolver)."""

    resolver: NameResolver
    records: Records
    profiles: Profiles
    finder: SubjectFinder
    vocabulary: list[str]
    terms: Terms

    @classmethod
    def of(cls, pack: ContentPack, resolver: NameResolver) -> PackParts:
        records = Records(pack, resolver)
        profiles = Profiles(pack, records)
        return cls(resolver, records, profiles, SubjectFinder(pack, profiles), question_vocabulary(pack), Terms(pack))

    @classmethod
    def shared(cls, pack: ContentPack, resolver: NameResolver | None = None) -> PackParts:
        """The parts built last for this very pack, read with `resolver` (None: the pack's own names, `resolver_of`).
        An engine given the same resolver again (each test's engine on the bundled pack) builds none of them again: that
        was ten times what the rest of a new engine cost."""
        if resolver is None:
            return _RECENT_PACKS.get(pack, lambda: cls.of(pack, resolver_of(pack)))
        read, parts = _RECENT_BY_RESOLVER.get(resolver, lambda: (pack, cls.of(pack, resolver)))
        return parts if read is pack else cls.of(pack, resolver)  # (a resolver read with another pack: built afresh)


_RECENT_PACKS: RecentByIdentity[ContentPack, PackParts] = RecentByIdentity()
_RECENT_BY_RESOLVER: RecentByIdentity[NameResolver, tuple[ContentPack, PackParts]] = RecentByIdentity()
