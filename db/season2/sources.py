"""Season-2 sources: each source's polling state, and the feed items it has shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import aiosqlite

from bot.season2.model.polling import SourceState
from db.times import decode_optional, encode, encode_optional


def _state_from_row(row: aiosqlite.Row) -> SourceState:
    return SourceState(
        source_id=str(row["source_id"]),
        kind=str(row["kind"]),
        base_url=str(row["base_url"]),
        show_id=None if row["show_id"] is None else int(row["show_id"]),
        etag=None if row["etag"] is None else str(row["etag"]),
        last_modified=None if row["last_modified"] is None else str(row["last_modified"]),
        last_poll_at=decode_optional(row["last_poll_at"]),
        last_success_at=decode_optional(row["last_success_at"]),
        last_change_at=decode_optional(row["last_change_at"]),
        next_poll_at=decode_optional(row["next_poll_at"]),
        consecutive_failures=int(row["consecutive_failures"]),
        circuit_open_until=decode_optional(row["circuit_open_until"]),
        circuit_opened_at=decode_optional(row["circuit_opened_at"]),
        baseline_recorded=bool(row["baseline_recorded"]),
        last_error=None if row["last_error"] is None else str(row["last_error"]),
        snapshot=None if row["snapshot"] is None else str(row["snapshot"]),
    )


async def get_source(conn: aiosqlite.Connection, source_id: str) -> SourceState | None:
    cursor = await conn.execute("SELECT * FROM season2_sources WHERE source_id = ?", (source_id,))
    row = await cursor.fetchone()
    return None if row is None else _state_from_row(row)


async def list_sources(conn: aiosqlite.Connection) -> list[SourceState]:
    cursor = await conn.execute("SELECT * FROM season2_sources ORDER BY source_id")
    return [_state_from_row(row) for row in await cursor.fetchall()]


async def save_source(conn: aiosqlite.Connection, state: SourceState) -> None:
    values: dict[str, object] = {
        "source_id": state.source_id,
        "kind": state.kind,
        "base_url": state.base_url,
        "show_id": state.show_id,
        "etag": state.etag,
        "last_modified": state.last_modified,
        "last_poll_at": encode_optional(state.last_poll_at),
        "last_success_at": encode_optional(state.last_success_at),
        "last_change_at": encode_optional(state.last_change_at),
        "next_poll_at": encode_optional(state.next_poll_at),
        "consecutive_failures": state.consecutive_failures,
        "circuit_open_until": encode_optional(state.circuit_open_until),
        "circuit_opened_at": encode_optional(state.circuit_opened_at),
        "baseline_recorded": 1 if state.baseline_recorded else 0,
        "last_error": state.last_error,
        "snapshot": state.snapshot,
    }
    updates = ", ".join(f"{column} = excluded.{column}" for column in values if column != "source_id")
    await conn.execute(
        f"INSERT INTO season2_sources ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})"
        f" ON CONFLICT(source_id) DO UPDATE SET {updates}",
        tuple(values.values()),
    )


# ---------------------------------------------------------------- seen feed items


async def seen_keys(conn: aiosqlite.Connection, source_id: str, keys: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return set()
    marks = ", ".join("?" for _ in wanted)
    cursor = await conn.execute(
        f"SELECT item_key FROM season2_seen_items WHERE source_id = ? AND item_key IN ({marks})",
        [source_id, *wanted],
    )
    return {str(row[0]) for row in await cursor.fetchall()}


async def mark_seen(
    conn: aiosqlite.Connection,
    source_id: str,
    items: Iterable[tuple[str, str, str]],
    now: dt.datetime,
) -> None:
    """Record (key, title, publisher) items as seen now (first_seen_at is kept)."""
    await conn.executemany(
        "INSERT INTO season2_seen_items (source_id, item_key, title, publisher, first_seen_at, last_seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(source_id, item_key) DO UPDATE SET last_seen_at = excluded.last_seen_at",
        [(source_id, key, title, publisher, encode(now), encode(now)) for key, title, publisher in items],
    )


async def count_seen(conn: aiosqlite.Connection, source_id: str) -> int:
    cursor = await conn.execute("SELECT COUNT(*) FROM season2_seen_items WHERE source_id = ?", (source_id,))
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def prune_seen(conn: aiosqlite.Connection, *, older_than: dt.datetime, keep_per_source: int) -> int:
    """Forget feed items their source no longer shows: those not seen since `older_than`, and
    beyond the `keep_per_source` seen most recently. Never an item of a source's latest full read
    (all of those share its `last_seen_at`): the feed still shows them, and forgetting an item a
    feed still shows would make it new again (MonitoRSS re-posted old articles that way)."""
    cursor = await conn.execute(
        "DELETE FROM season2_seen_items AS s WHERE s.last_seen_at < ? AND s.last_seen_at <"
        " (SELECT MAX(m.last_seen_at) FROM season2_seen_items AS m WHERE m.source_id = s.source_id)",
        (encode(older_than),),
    )
    removed = cursor.rowcount or 0
    cursor = await conn.execute(
        "DELETE FROM season2_seen_items WHERE rowid IN (SELECT rowid FROM ("
        "  SELECT rowid, last_seen_at,"
        "   ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY last_seen_at DESC, first_seen_at DESC) AS rank,"
        "   MAX(last_seen_at) OVER (PARTITION BY source_id) AS latest"
        "  FROM season2_seen_items) WHERE rank > ? AND last_seen_at < latest)",
        (keep_per_source,),
    )
    return removed + (cursor.rowcount or 0)
