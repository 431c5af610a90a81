"""Season-2 countdown reminders: one row per (release date, offset, part), scheduled until fired, skipped or cancelled."""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.season2.model.delivery import Reminder
from db.times import decode, encode


def _reminder(row: aiosqlite.Row) -> Reminder:
    return Reminder(
        id=int(row["id"]),
        release_at=decode(str(row["release_at"])),
        offset_s=int(row["offset_s"]),
        due_at=decode(str(row["due_at"])),
        confidence=str(row["confidence"]),
        state=str(row["state"]),
        reason=None if row["reason"] is None else str(row["reason"]),
        part=int(row["part"]),
        channels=bool(row["channels"]),
    )


async def insert_reminder(
    conn: aiosqlite.Connection,
    *,
    release_at: dt.datetime,
    offset_s: int,
    confidence: str,
    state: str,
    reason: str | None,
    now: dt.datetime,
    due_at: dt.datetime | None = None,
    part: int = 1,
    channels: bool = True,
) -> bool:
    """Add the reminder of `part` for (release_at, offset), due at `due_at` (default: `offset_s` before
    `release_at`), to subscribed channels too unless `channels` is False; True when added, or when a still scheduled one moved to that new due time (a
    schedule written before the release moment was read on Netflix's clock)."""
    due = due_at if due_at is not None else release_at - dt.timedelta(seconds=offset_s)
    cursor = await conn.execute(
        "INSERT INTO season2_reminders"
        " (release_at, offset_s, due_at, confidence, state, reason, created_at, updated_at, part, channels)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (release_at, offset_s, part) DO UPDATE"
        " SET due_at = excluded.due_at, updated_at = excluded.updated_at"
        " WHERE season2_reminders.state = 'scheduled' AND season2_reminders.due_at != excluded.due_at",
        (encode(release_at), offset_s, encode(due), confidence, state, reason, encode(now), encode(now), part, int(channels)),
    )
    return cursor.rowcount > 0


async def set_reminders_confidence(
    conn: aiosqlite.Connection, release_at: dt.datetime, confidence: str, now: dt.datetime, *, part: int = 1,
    channels: bool = True,
) -> None:
    """The backing of `part`'s day changed strength (a day TVmaze alone listed came to stand, `channels`, or the
    reverse): its scheduled reminders follow it."""
    await conn.execute(
        "UPDATE season2_reminders SET confidence = ?, channels = ?, updated_at = ?"
        " WHERE release_at = ? AND part = ? AND state = 'scheduled'",
        (confidence, int(channels), encode(now), encode(release_at), part),
    )


async def cancel_reminders_not_for(
    conn: aiosqlite.Connection, release_at: dt.datetime | None, reason: str, now: dt.datetime, *, part: int = 1
) -> list[Reminder]:
    """Cancel scheduled reminders of `part` for any other release date (all of them when None)."""
    sql = "SELECT * FROM season2_reminders WHERE state = 'scheduled' AND part = ?"
    params: list[object] = [part]
    if release_at is not None:
        sql += " AND release_at != ?"
        params.append(encode(release_at))
    cursor = await conn.execute(sql, params)
    rows = [_reminder(row) for row in await cursor.fetchall()]
    for row in rows:
        await set_reminder_state(conn, row.id, "cancelled", reason, now)
    return rows


async def restore_reminders(
    conn: aiosqlite.Connection, release_at: dt.datetime, moment: dt.datetime, now: dt.datetime, *, part: int = 1
) -> int:
    """`part`'s day holds again (moved back, re-announced): its cancelled reminders are scheduled again, counted back
    from `moment` (when it is out); one whose due time passed meanwhile is the tick's to send late or skip, as for a
    bot that was down. How many."""
    cursor = await conn.execute(
        "SELECT id, offset_s FROM season2_reminders WHERE release_at = ? AND part = ? AND state = 'cancelled'",
        (encode(release_at), part),
    )
    rows = [(int(row[0]), int(row[1])) for row in await cursor.fetchall()]
    for reminder_id, offset_s in rows:
        await conn.execute(
            "UPDATE season2_reminders SET state = 'scheduled', reason = NULL, due_at = ?, updated_at = ? WHERE id = ?",
            (encode(moment - dt.timedelta(seconds=offset_s)), encode(now), reminder_id),
        )
    return len(rows)


async def cancelled_reason(conn: aiosqlite.Connection, release_at: dt.datetime, part: int) -> str | None:
    """Why the countdown of `part` to `release_at` was cancelled (its day moved or withdrawn); None while it stands."""
    cursor = await conn.execute(
        "SELECT reason FROM season2_reminders WHERE release_at = ? AND part = ? AND state = 'cancelled' LIMIT 1",
        (encode(release_at), part),
    )
    row = await cursor.fetchone()
    return None if row is None else str(row[0] or "cancelled")


async def set_reminder_state(
    conn: aiosqlite.Connection, reminder_id: int, state: str, reason: str | None, now: dt.datetime
) -> None:
    await conn.execute(
        "UPDATE season2_reminders SET state = ?, reason = ?, updated_at = ? WHERE id = ?",
        (state, reason, encode(now), reminder_id),
    )


async def due_reminders(conn: aiosqlite.Connection, now: dt.datetime) -> list[Reminder]:
    cursor = await conn.execute(
        "SELECT * FROM season2_reminders WHERE state = 'scheduled' AND due_at <= ? ORDER BY due_at, offset_s",
        (encode(now),),
    )
    return [_reminder(row) for row in await cursor.fetchall()]


async def list_reminders(conn: aiosqlite.Connection, *, state: str | None = None) -> list[Reminder]:
    sql = "SELECT * FROM season2_reminders"
    params: list[object] = []
    if state is not None:
        sql += " WHERE state = ?"
        params.append(state)
    cursor = await conn.execute(sql + " ORDER BY release_at, due_at", params)
    return [_reminder(row) for row in await cursor.fetchall()]
