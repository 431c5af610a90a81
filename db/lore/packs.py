"""Content pack versions (table content_packs) and the change counter a running bot watches
(table content_changes)."""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.lore.model import PackVersion
from db.times import decode, encode


def _version(row: aiosqlite.Row) -> PackVersion:
    return PackVersion(
        int(row["version"]), str(row["digest"]), str(row["summary"]), str(row["origin"]),
        decode(row["imported_at"]), bool(row["active"]),
    )


async def versions(conn: aiosqlite.Connection) -> list[PackVersion]:
    cursor = await conn.execute(
        "SELECT version, digest, summary, origin, imported_at, active FROM content_packs ORDER BY version"
    )
    return [_version(row) for row in await cursor.fetchall()]


async def active(conn: aiosqlite.Connection) -> tuple[PackVersion, str] | None:
    """The active version and its bundle text; None when the bundled pack is in use."""
    cursor = await conn.execute("SELECT * FROM content_packs WHERE active = 1")
    row = await cursor.fetchone()
    return None if row is None else (_version(row), str(row["bundle"]))


async def insert_version(
    conn: aiosqlite.Connection, *, digest: str, bundle: str, summary: str, origin: str, now: dt.datetime
) -> int:
    cursor = await conn.execute(
        "INSERT INTO content_packs (digest, bundle, summary, origin, imported_at) VALUES (?, ?, ?, ?, ?)",
        (digest, bundle, summary, origin, encode(now)),
    )
    return int(cursor.lastrowid or 0)


async def activate(conn: aiosqlite.Connection, version: int | None) -> None:
    """Make `version` the one in use (None: the bundled pack)."""
    await conn.execute("UPDATE content_packs SET active = 0 WHERE active = 1")
    if version is not None:
        await conn.execute("UPDATE content_packs SET active = 1 WHERE version = ?", (version,))


async def note_change(conn: aiosqlite.Connection, what: str, now: dt.datetime) -> int:
    cursor = await conn.execute("INSERT INTO content_changes (what, at) VALUES (?, ?)", (what, encode(now)))
    return int(cursor.lastrowid or 0)


async def last_change(conn: aiosqlite.Connection) -> int:
    cursor = await conn.execute("SELECT COALESCE(MAX(id), 0) FROM content_changes")
    row = await cursor.fetchone()
    return int(row[0]) if row else 0
