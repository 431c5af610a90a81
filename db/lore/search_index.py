"""The full-text index of the content pack's fact and claim texts: SQLite FTS5, ranked by BM25.

The index is rebuilt from the pack at every start in a private in-memory database owned by
`FactSearchIndex`: it is derived data, so it never touches the real database file and never
competes with its writers (and, being in memory, it is queried synchronously: see the class).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SEARCH_MEMO_SIZE = 4096
_SEARCH_SQL = (
    "SELECT doc_id, bm25(lore_fts) AS rank FROM lore_fts WHERE lore_fts MATCH ? ORDER BY rank LIMIT ?"
)


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    rank: float  # BM25 (lower is better, as SQLite reports it)


_IMAGES_KEPT = 4
_IMAGES_LOCK = threading.Lock()
_IMAGES: dict[tuple[tuple[str, str], ...], bytes] = {}  # documents -> their database's image, oldest first


def _connect() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)


def _indexed(docs: Sequence[tuple[str, str]]) -> bytes:
    """The image of a database indexing `docs`."""
    conn = _connect()
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE lore_fts USING fts5("
            " doc_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO lore_fts (doc_id, body) VALUES (?, ?)", docs)
        conn.execute("COMMIT")
        return conn.serialize()
    finally:
        conn.close()


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
    def build(cls, docs: Iterable[tuple[str, str]]) -> FactSearchIndex:
        """The index of `docs`, each in its own connection. The same documents give the same
        database, so an image of the last few is kept and copied (a bot started twice in one
        process, as the tests and the demo do, indexes its pack once)."""
        pairs = tuple(docs)
        with _IMAGES_LOCK:  # engines are built in worker threads
            image = _IMAGES.get(pairs)
            if image is None:
                image = _IMAGES[pairs] = _indexed(pairs)
                while len(_IMAGES) > _IMAGES_KEPT:
                    del _IMAGES[next(iter(_IMAGES))]
        conn = _connect()
        conn.deserialize(image)
        return cls(conn)

    def search(self, terms: Sequence[str], limit: int = 5) -> list[SearchHit]:
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

    def close(self) -> None:
        self._conn.close()
