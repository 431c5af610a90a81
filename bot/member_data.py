"""What the bot keeps about one member, across features, for /forget.

Each feature adds, when its extension loads, a counter and an eraser of its own rows (its db
package's SQL); the core never reads a feature's tables itself. Counting reads one snapshot, and
erasing runs every feature's eraser in ONE write transaction, so a failure leaves nothing
half-deleted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiosqlite

from db import Database


@dataclass(frozen=True)
class Held:
    """Rows of one kind about a member: in the server asked from (None in a DM), and everywhere."""

    kind: str
    here: int | None
    everywhere: int


#: (connection, user id, server id or None in a DM) -> rows per kind: (kind, here, everywhere).
Counter = Callable[[aiosqlite.Connection, int, int | None], Awaitable[list[tuple[str, int, int]]]]
#: (connection inside the one transaction, user id) -> rows deleted per kind.
Eraser = Callable[[aiosqlite.Connection, int], Awaitable[dict[str, int]]]
#: Called with the user id once the deletion is committed: a feature drops what it cached about them.
Forgotten = Callable[[int], None]


def _nothing_cached(_user_id: int) -> None:
    """A feature that caches nothing about a member."""


class MemberData:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._features: dict[str, tuple[Counter, Eraser, Forgotten]] = {}

    def add(self, feature: str, counter: Counter, eraser: Eraser, forgotten: Forgotten = _nothing_cached) -> None:
        self._features[feature] = (counter, eraser, forgotten)

    async def held(self, user_id: int, guild_id: int | None) -> list[Held]:
        """Every kind of row kept about the member, those with none left out, in the features' order."""
        found: list[Held] = []
        async with self._database.read() as conn:
            for counter, _, _ in self._features.values():
                for kind, here, everywhere in await counter(conn, user_id, guild_id):
                    if everywhere:
                        found.append(Held(kind, here if guild_id is not None else None, everywhere))
        return found

    async def forget(self, user_id: int) -> dict[str, int]:
        """Delete every row about the member in one transaction; rows deleted per kind (none left out)."""
        deleted: dict[str, int] = {}
        async with self._database.transaction() as conn:
            for _, eraser, _ in self._features.values():
                for kind, count in (await eraser(conn, user_id)).items():
                    if count:
                        deleted[kind] = deleted.get(kind, 0) + count
        # Only after the commit: a read between a cache drop and the commit would cache the old rows again.
        for _, _, forgotten in self._features.values():
            forgotten(user_id)
        return deleted
