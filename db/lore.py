"""Lore storage: viewing progress, channel spoiler marks, and the full-text index of fact texts.

Progress is stored per user per guild (guild_id 0 for direct messages): a fan can be at episode 3
in one server's watch-along and at 12 in another. A channel has at most one mark.

The full-text index (SQLite FTS5, ranked by BM25) is rebuilt from the content pack at every start in
a private in-memory database owned by `FactSearchIndex`: it is derived data, so it never touches the
real database file and never competes with its writers (and, being in memory, it is queried
synchronously: see the class docstring).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import aiosqlite

from db.times import SQL_NOW

# -- progress and channel marks -----------------------------------------------------------------


async def get_progress(conn: aiosqlite.Connection, guild_id: int, user_id: int) -> int | None:
    cursor = await conn.execute(
        "SELECT watched FROM lore_progress WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
    )
    row = await cursor.fetchone()
    return None if row is None else int(row[0])


async def set_progress(conn: aiosqlite.Connection, guild_id: int, user_id: int, watched: int) -> None:
    await conn.execute(
        "INSERT INTO lore_progress (guild_id, user_id, watched) VALUES (?, ?, ?)"
        " ON CONFLICT(guild_id, user_id) DO UPDATE SET watched = excluded.watched,"
        " updated_at = " + SQL_NOW,
        (guild_id, user_id, watched),
    )


async def get_channel_mark(conn: aiosqlite.Connection, channel_id: int) -> int | None:
    cursor = await conn.execute("SELECT up_to FROM lore_channel_marks WHERE channel_id = ?", (channel_id,))
    row = await cursor.fetchone()
    return None if row is None else int(row[0])


async def set_channel_mark(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int, up_to: int, set_by: int | None
) -> None:
    await conn.execute(
        "INSERT INTO lore_channel_marks (channel_id, guild_id, up_to, set_by) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(channel_id) DO UPDATE SET up_to = excluded.up_to, set_by = excluded.set_by,"
        " guild_id = excluded.guild_id, updated_at = " + SQL_NOW,
        (channel_id, guild_id, up_to, set_by),
    )


async def viewer_marks(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int, user_id: int
) -> tuple[int | None, int | None]:
    """(the user's own progress, the channel's mark) in one query; None where unset."""
    cursor = await conn.execute(
        "SELECT (SELECT watched FROM lore_progress WHERE guild_id = ? AND user_id = ?),"
        " (SELECT up_to FROM lore_channel_marks WHERE channel_id = ?)",
        (guild_id, user_id, channel_id),
    )
    row = await cursor.fetchone()
    if row is None:
        return None, None
    own = None if row[0] is None else int(row[0])
    mark = None if row[1] is None else int(row[1])
    return own, mark


async def channel_marks(conn: aiosqlite.Connection, guild_id: int) -> list[tuple[int, int]]:
    cursor = await conn.execute(
        "SELECT channel_id, up_to FROM lore_channel_marks WHERE guild_id = ? ORDER BY channel_id",
        (guild_id,),
    )
    return [(int(r[0]), int(r[1])) for r in await cursor.fetchall()]


# -- full-text search -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    rank: float  # BM25 (lower is better, as SQLite reports it)


def match_expression(terms: Sequence[str]) -> str:
    """An FTS5 MATCH string that ORs the terms, each quoted so no user text is FTS syntax."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms if term.strip()]
    return " OR ".join(quoted)


class FactSearchIndex:
    """FTS5 over (doc id, text) pairs in a private in-memory SQLite database, queried synchronously.

    Why a plain `sqlite3` connection and not aiosqlite, against the "everything async" rule: the
    database is `:memory:` (no file, no disk, no lock shared with any writer) and holds about 150
    short texts, so a MATCH is pure CPU work of tens of microseconds. Through aiosqlite every query
    was a hop to its worker thread and back (a few hundred microseconds, and jitter under load)
    for work far cheaper than the hop. Nothing here can block the event loop on I/O.

    The connection may be built in a worker thread (asyncio.to_thread at cog load) and then used on
    the event loop thread, hence check_same_thread=False; it is only ever used by one thread at a
    time, and each search runs start to finish without yielding.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        # The index never changes after it is built, so a search's hits depend on its terms alone:
        # remembered (bounded; oldest dropped first).
        self._memo: dict[tuple[tuple[str, ...], int], list[SearchHit]] = {}

    @classmethod
    def build_now(cls, docs: Iterable[tuple[str, str]]) -> FactSearchIndex:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.execute(
            "CREATE VIRTUAL TABLE lore_fts USING fts5("
            " doc_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO lore_fts (doc_id, body) VALUES (?, ?)", list(docs))
        conn.execute("COMMIT")
        return cls(conn)

    @classmethod
    async def build(cls, docs: Iterable[tuple[str, str]]) -> FactSearchIndex:
        """`build_now` in a worker thread (indexing is a few milliseconds of CPU)."""
        rows = list(docs)
        return await asyncio.to_thread(cls.build_now, rows)

    def search_now(self, terms: Sequence[str], limit: int = 5) -> list[SearchHit]:
        key = (tuple(terms), limit)
        found = self._memo.get(key)
        if found is not None:
            return list(found)
        expression = match_expression(terms)
        if not expression:
            return []
        rows = self._conn.execute(_SEARCH_SQL, (expression, limit)).fetchall()
        found = [SearchHit(str(r[0]), float(r[1])) for r in rows]
        if len(self._memo) >= SEARCH_MEMO_SIZE:
            del self._memo[next(iter(self._memo))]
        self._memo[key] = found
        return list(found)

    async def search(self, terms: Sequence[str], limit: int = 5) -> list[SearchHit]:
        return self.search_now(terms, limit)

    def close_now(self) -> None:
        self._conn.close()

    async def close(self) -> None:
        self.close_now()


SEARCH_MEMO_SIZE = 4096
_SEARCH_SQL = (
    "SELECT doc_id, bm25(lore_fts) AS rank FROM lore_fts WHERE lore_fts MATCH ? ORDER BY rank LIMIT ?"
)
