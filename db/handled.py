"""Discord events whose side effect has been applied, by snowflake id (interactions and messages).

A feature records the event in the same transaction as its effect; a second delivery of that event
(a second running copy on the token, a replayed gateway event) finds the row and changes nothing,
and can answer with the outcome the first one had. Snowflakes are unique across Discord, so
interactions and messages share one table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import aiosqlite

from db.times import encode


async def record(conn: aiosqlite.Connection, event_id: int, kind: str, now: dt.datetime, outcome: str = "") -> bool:
    """Note that `event_id` had its effect; False when it already had (then do nothing again)."""
    cursor = await conn.execute(
        "INSERT INTO handled_events (event_id, kind, outcome, handled_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (event_id, kind, outcome, encode(now)),
    )
    return cursor.rowcount == 1


async def seen_among(conn: aiosqlite.Connection, event_ids: Sequence[int]) -> set[int]:
    """Which of these events had their effect already."""
    if not event_ids:
        return set()
    marks = ", ".join("?" for _ in event_ids)
    cursor = await conn.execute(f"SELECT event_id FROM handled_events WHERE event_id IN ({marks})", list(event_ids))
    return {int(row[0]) for row in await cursor.fetchall()}


async def record_many(conn: aiosqlite.Connection, event_ids: Sequence[int], kind: str, now: dt.datetime) -> None:
    """`record` for several events at once (the caller checked them with `seen_among`)."""
    await conn.executemany(
        "INSERT INTO handled_events (event_id, kind, handled_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(event_id, kind, encode(now)) for event_id in event_ids],
    )


async def outcome(conn: aiosqlite.Connection, event_id: int) -> str | None:
    """What came of `event_id` the first time, or None when it has not been handled."""
    cursor = await conn.execute("SELECT outcome FROM handled_events WHERE event_id = ?", (event_id,))
    row = await cursor.fetchone()
    return None if row is None else str(row[0])


async def prune(conn: aiosqlite.Connection, before: dt.datetime) -> int:
    """Forget events handled before `before` (Discord redelivers nothing that old)."""
    cursor = await conn.execute("DELETE FROM handled_events WHERE handled_at < ?", (encode(before),))
    return cursor.rowcount
