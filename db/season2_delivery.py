"""SQL for season-2 delivery: subscriptions, DM opt-ins, reminder offsets, the outbox, reminders, leases.

Every function takes the connection of an open transaction (writes) or snapshot (reads); none of
them commits. Times use the database's one encoding (db/times.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from db.times import decode as from_db
from db.times import decode_optional as _opt_time
from db.times import encode as to_db


def _opt_int(value: object) -> int | None:
    return None if value is None else int(str(value))


# --------------------------------------------------------------------------- subscriptions


@dataclass(frozen=True)
class SubscriptionRow:
    id: int
    guild_id: int
    channel_id: int
    role_id: int | None
    level: str
    created_by: int
    enabled: bool
    disabled_reason: str | None
    created_at: dt.datetime


def _subscription(row: aiosqlite.Row) -> SubscriptionRow:
    return SubscriptionRow(
        id=int(row["id"]),
        guild_id=int(row["guild_id"]),
        channel_id=int(row["channel_id"]),
        role_id=_opt_int(row["role_id"]),
        level=str(row["level"]),
        created_by=int(row["created_by"]),
        enabled=bool(row["enabled"]),
        disabled_reason=None if row["disabled_reason"] is None else str(row["disabled_reason"]),
        created_at=from_db(str(row["created_at"])),
    )


async def upsert_subscription(
    conn: aiosqlite.Connection,
    *,
    guild_id: int,
    channel_id: int,
    role_id: int | None,
    level: str,
    created_by: int,
    now: dt.datetime,
) -> SubscriptionRow:
    """Subscribe a channel (or update and re-enable its subscription)."""
    stamp = to_db(now)
    await conn.execute(
        "INSERT INTO season2_subscriptions"
        " (guild_id, channel_id, role_id, level, created_by, enabled, disabled_reason, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 1, NULL, ?, ?)"
        " ON CONFLICT(channel_id) DO UPDATE SET guild_id = excluded.guild_id, role_id = excluded.role_id,"
        " level = excluded.level, created_by = excluded.created_by, enabled = 1, disabled_reason = NULL,"
        " updated_at = excluded.updated_at",
        (guild_id, channel_id, role_id, level, created_by, stamp, stamp),
    )
    found = await get_subscription_by_channel(conn, channel_id)
    assert found is not None
    return found


async def get_subscription(conn: aiosqlite.Connection, subscription_id: int) -> SubscriptionRow | None:
    cursor = await conn.execute("SELECT * FROM season2_subscriptions WHERE id = ?", (subscription_id,))
    row = await cursor.fetchone()
    return None if row is None else _subscription(row)


async def get_subscription_by_channel(conn: aiosqlite.Connection, channel_id: int) -> SubscriptionRow | None:
    cursor = await conn.execute("SELECT * FROM season2_subscriptions WHERE channel_id = ?", (channel_id,))
    row = await cursor.fetchone()
    return None if row is None else _subscription(row)


async def list_subscriptions(
    conn: aiosqlite.Connection, *, guild_id: int | None = None, enabled_only: bool = True
) -> list[SubscriptionRow]:
    sql = "SELECT * FROM season2_subscriptions WHERE 1 = 1"
    params: list[object] = []
    if guild_id is not None:
        sql += " AND guild_id = ?"
        params.append(guild_id)
    if enabled_only:
        sql += " AND enabled = 1"
    cursor = await conn.execute(sql + " ORDER BY id", params)
    return [_subscription(row) for row in await cursor.fetchall()]


async def disable_subscription(
    conn: aiosqlite.Connection, subscription_id: int, reason: str, now: dt.datetime
) -> bool:
    """Turn one subscription off; True when it was on."""
    cursor = await conn.execute(
        "UPDATE season2_subscriptions SET enabled = 0, disabled_reason = ?, updated_at = ?"
        " WHERE id = ? AND enabled = 1",
        (reason, to_db(now), subscription_id),
    )
    return cursor.rowcount > 0


async def disable_guild_subscriptions(
    conn: aiosqlite.Connection, guild_id: int, reason: str, now: dt.datetime, *, channel_id: int | None = None
) -> list[SubscriptionRow]:
    """Turn off a guild's subscriptions (or the one of `channel_id`); returns those turned off."""
    targets = [
        sub
        for sub in await list_subscriptions(conn, guild_id=guild_id)
        if channel_id is None or sub.channel_id == channel_id
    ]
    for sub in targets:
        await disable_subscription(conn, sub.id, reason, now)
    return targets


# --------------------------------------------------------------------------- DM opt-ins


async def add_optin(conn: aiosqlite.Connection, user_id: int, guild_id: int | None, now: dt.datetime) -> bool:
    """True when the user was not opted in before."""
    cursor = await conn.execute(
        "INSERT INTO season2_reminder_optins (user_id, guild_id, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_id) DO NOTHING",
        (user_id, guild_id, to_db(now)),
    )
    return cursor.rowcount > 0


async def remove_optin(conn: aiosqlite.Connection, user_id: int) -> bool:
    cursor = await conn.execute("DELETE FROM season2_reminder_optins WHERE user_id = ?", (user_id,))
    return cursor.rowcount > 0


async def is_opted_in(conn: aiosqlite.Connection, user_id: int) -> bool:
    cursor = await conn.execute("SELECT 1 FROM season2_reminder_optins WHERE user_id = ?", (user_id,))
    return await cursor.fetchone() is not None


async def list_optins(conn: aiosqlite.Connection) -> list[int]:
    cursor = await conn.execute("SELECT user_id FROM season2_reminder_optins ORDER BY user_id")
    return [int(row[0]) for row in await cursor.fetchall()]


# --------------------------------------------------------------------------- reminder offsets


def _format_offsets(offsets: Sequence[int]) -> str:
    return ",".join(str(int(o)) for o in offsets)


def _parse_offsets(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


async def get_guild_offsets(conn: aiosqlite.Connection, guild_id: int) -> tuple[int, ...] | None:
    """The guild's reminder offsets in seconds, or None when it never chose (use the defaults)."""
    cursor = await conn.execute(
        "SELECT reminder_offsets FROM season2_guild_settings WHERE guild_id = ?", (guild_id,)
    )
    row = await cursor.fetchone()
    return None if row is None else _parse_offsets(str(row[0]))


async def set_guild_offsets(
    conn: aiosqlite.Connection, guild_id: int, offsets: Sequence[int], now: dt.datetime
) -> None:
    await conn.execute(
        "INSERT INTO season2_guild_settings (guild_id, reminder_offsets, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT(guild_id) DO UPDATE SET reminder_offsets = excluded.reminder_offsets,"
        " updated_at = excluded.updated_at",
        (guild_id, _format_offsets(offsets), to_db(now)),
    )


async def all_guild_offsets(conn: aiosqlite.Connection) -> dict[int, tuple[int, ...]]:
    cursor = await conn.execute("SELECT guild_id, reminder_offsets FROM season2_guild_settings")
    return {int(row[0]): _parse_offsets(str(row[1])) for row in await cursor.fetchall()}


# --------------------------------------------------------------------------- outbox


@dataclass(frozen=True)
class OutboxRow:
    id: int
    event_key: str
    target: str
    kind: str
    subscription_id: int | None
    guild_id: int | None
    state: str
    attempts: int
    next_attempt_at: dt.datetime
    nonce: str
    payload: str
    message_id: int | None
    last_error: str | None
    claimed_by: str | None
    created_at: dt.datetime
    sent_at: dt.datetime | None


def _outbox(row: aiosqlite.Row) -> OutboxRow:
    return OutboxRow(
        id=int(row["id"]),
        event_key=str(row["event_key"]),
        target=str(row["target"]),
        kind=str(row["kind"]),
        subscription_id=_opt_int(row["subscription_id"]),
        guild_id=_opt_int(row["guild_id"]),
        state=str(row["state"]),
        attempts=int(row["attempts"]),
        next_attempt_at=from_db(str(row["next_attempt_at"])),
        nonce=str(row["nonce"]),
        payload=str(row["payload"]),
        message_id=_opt_int(row["message_id"]),
        last_error=None if row["last_error"] is None else str(row["last_error"]),
        claimed_by=None if row["claimed_by"] is None else str(row["claimed_by"]),
        created_at=from_db(str(row["created_at"])),
        sent_at=_opt_time(row["sent_at"]),
    )


async def insert_outbox(
    conn: aiosqlite.Connection,
    *,
    event_key: str,
    target: str,
    kind: str,
    nonce: str,
    payload: str,
    now: dt.datetime,
    subscription_id: int | None = None,
    guild_id: int | None = None,
) -> bool:
    """Add one row; False (and nothing written) when this event already has a row for this target."""
    cursor = await conn.execute(
        "INSERT INTO season2_outbox"
        " (event_key, target, kind, subscription_id, guild_id, state, attempts, next_attempt_at, nonce,"
        "  payload, created_at)"
        " VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?) ON CONFLICT (event_key, target) DO NOTHING",
        (event_key, target, kind, subscription_id, guild_id, to_db(now), nonce, payload, to_db(now)),
    )
    return cursor.rowcount > 0


async def claim_due(
    conn: aiosqlite.Connection, *, holder: str, now: dt.datetime, limit: int, exclude: Sequence[int] = ()
) -> list[OutboxRow]:
    """Mark up to `limit` due rows 'sending' for `holder` and return them.

    Due: pending rows whose time has come, and 'sending' rows claimed by someone else (a copy that
    crashed or lost its lease) or by `holder` itself but not in `exclude` (its own in-flight rows).
    """
    params: list[object] = [to_db(now), holder]
    sql = (
        "SELECT id FROM season2_outbox WHERE"
        " ((state = 'pending' AND next_attempt_at <= ?)"
        "  OR (state = 'sending' AND (claimed_by IS NULL OR claimed_by != ?"
    )
    if exclude:
        sql += f" OR id NOT IN ({','.join('?' for _ in exclude)})"
        params.extend(exclude)
    else:
        sql += " OR 1 = 1"
    sql += "))) ORDER BY id LIMIT ?"
    params.append(limit)
    cursor = await conn.execute(sql, params)
    ids = [int(row[0]) for row in await cursor.fetchall()]
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    await conn.execute(
        f"UPDATE season2_outbox SET state = 'sending', claimed_by = ?, attempts = attempts + 1"
        f" WHERE id IN ({marks})",
        [holder, *ids],
    )
    cursor = await conn.execute(f"SELECT * FROM season2_outbox WHERE id IN ({marks}) ORDER BY id", ids)
    return [_outbox(row) for row in await cursor.fetchall()]


async def mark_sent(conn: aiosqlite.Connection, row_id: int, message_id: int | None, now: dt.datetime) -> None:
    await conn.execute(
        "UPDATE season2_outbox SET state = 'sent', message_id = ?, sent_at = ?, last_error = NULL,"
        " claimed_by = NULL WHERE id = ?",
        (message_id, to_db(now), row_id),
    )


async def mark_retry(
    conn: aiosqlite.Connection, row_id: int, next_attempt_at: dt.datetime, error: str
) -> None:
    await conn.execute(
        "UPDATE season2_outbox SET state = 'pending', next_attempt_at = ?, last_error = ?, claimed_by = NULL"
        " WHERE id = ? AND state = 'sending'",
        (to_db(next_attempt_at), error, row_id),
    )


async def mark_final(conn: aiosqlite.Connection, row_id: int, state: str, error: str) -> None:
    """End a row as 'failed' or 'skipped' with the reason."""
    if state not in ("failed", "skipped"):
        raise ValueError(f"not a final state: {state}")
    await conn.execute(
        "UPDATE season2_outbox SET state = ?, last_error = ?, claimed_by = NULL WHERE id = ?",
        (state, error, row_id),
    )


async def skip_open_rows(
    conn: aiosqlite.Connection,
    reason: str,
    *,
    target: str | None = None,
    subscription_id: int | None = None,
    event_prefix: str | None = None,
) -> int:
    """Skip rows not yet sent that match every given filter; returns how many."""
    sql = "UPDATE season2_outbox SET state = 'skipped', last_error = ?, claimed_by = NULL WHERE state = 'pending'"
    params: list[object] = [reason]
    if target is not None:
        sql += " AND target = ?"
        params.append(target)
    if subscription_id is not None:
        sql += " AND subscription_id = ?"
        params.append(subscription_id)
    if event_prefix is not None:
        sql += " AND substr(event_key, 1, ?) = ?"
        params.extend([len(event_prefix), event_prefix])
    cursor = await conn.execute(sql, params)
    return cursor.rowcount


async def release_claims(conn: aiosqlite.Connection, holder: str) -> int:
    """Hand rows `holder` claimed but did not finish back to 'pending' (clean shutdown)."""
    cursor = await conn.execute(
        "UPDATE season2_outbox SET state = 'pending', claimed_by = NULL WHERE state = 'sending' AND claimed_by = ?",
        (holder,),
    )
    return cursor.rowcount


async def outbox_rows(
    conn: aiosqlite.Connection, *, event_key: str | None = None, state: str | None = None
) -> list[OutboxRow]:
    sql = "SELECT * FROM season2_outbox WHERE 1 = 1"
    params: list[object] = []
    if event_key is not None:
        sql += " AND event_key = ?"
        params.append(event_key)
    if state is not None:
        sql += " AND state = ?"
        params.append(state)
    cursor = await conn.execute(sql + " ORDER BY id", params)
    return [_outbox(row) for row in await cursor.fetchall()]


async def outbox_counts(conn: aiosqlite.Connection) -> dict[str, int]:
    cursor = await conn.execute("SELECT state, COUNT(*) FROM season2_outbox GROUP BY state")
    return {str(row[0]): int(row[1]) for row in await cursor.fetchall()}


async def has_open_rows(conn: aiosqlite.Connection) -> bool:
    cursor = await conn.execute(
        "SELECT 1 FROM season2_outbox WHERE state IN ('pending', 'sending') LIMIT 1"
    )
    return await cursor.fetchone() is not None


# --------------------------------------------------------------------------- reminders


@dataclass(frozen=True)
class ReminderRow:
    id: int
    release_at: dt.datetime
    offset_s: int
    due_at: dt.datetime
    confidence: str
    state: str
    reason: str | None


def _reminder(row: aiosqlite.Row) -> ReminderRow:
    return ReminderRow(
        id=int(row["id"]),
        release_at=from_db(str(row["release_at"])),
        offset_s=int(row["offset_s"]),
        due_at=from_db(str(row["due_at"])),
        confidence=str(row["confidence"]),
        state=str(row["state"]),
        reason=None if row["reason"] is None else str(row["reason"]),
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
) -> bool:
    """Add the reminder for (release_at, offset) unless it exists; True when added."""
    due = release_at - dt.timedelta(seconds=offset_s)
    cursor = await conn.execute(
        "INSERT INTO season2_reminders"
        " (release_at, offset_s, due_at, confidence, state, reason, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (release_at, offset_s) DO NOTHING",
        (to_db(release_at), offset_s, to_db(due), confidence, state, reason, to_db(now), to_db(now)),
    )
    return cursor.rowcount > 0


async def set_reminders_confidence(
    conn: aiosqlite.Connection, release_at: dt.datetime, confidence: str, now: dt.datetime
) -> None:
    """The release date's backing changed strength: scheduled reminders follow it."""
    await conn.execute(
        "UPDATE season2_reminders SET confidence = ?, updated_at = ? WHERE release_at = ? AND state = 'scheduled'",
        (confidence, to_db(now), to_db(release_at)),
    )


async def cancel_reminders_not_for(
    conn: aiosqlite.Connection, release_at: dt.datetime | None, reason: str, now: dt.datetime
) -> list[ReminderRow]:
    """Cancel scheduled reminders of any other release date (all of them when None)."""
    sql = "SELECT * FROM season2_reminders WHERE state = 'scheduled'"
    params: list[object] = []
    if release_at is not None:
        sql += " AND release_at != ?"
        params.append(to_db(release_at))
    cursor = await conn.execute(sql, params)
    rows = [_reminder(row) for row in await cursor.fetchall()]
    for row in rows:
        await set_reminder_state(conn, row.id, "cancelled", reason, now)
    return rows


async def set_reminder_state(
    conn: aiosqlite.Connection, reminder_id: int, state: str, reason: str | None, now: dt.datetime
) -> None:
    await conn.execute(
        "UPDATE season2_reminders SET state = ?, reason = ?, updated_at = ? WHERE id = ?",
        (state, reason, to_db(now), reminder_id),
    )


async def due_reminders(conn: aiosqlite.Connection, now: dt.datetime) -> list[ReminderRow]:
    cursor = await conn.execute(
        "SELECT * FROM season2_reminders WHERE state = 'scheduled' AND due_at <= ? ORDER BY due_at, offset_s",
        (to_db(now),),
    )
    return [_reminder(row) for row in await cursor.fetchall()]


async def list_reminders(conn: aiosqlite.Connection, *, state: str | None = None) -> list[ReminderRow]:
    sql = "SELECT * FROM season2_reminders"
    params: list[object] = []
    if state is not None:
        sql += " WHERE state = ?"
        params.append(state)
    cursor = await conn.execute(sql + " ORDER BY release_at, due_at", params)
    return [_reminder(row) for row in await cursor.fetchall()]


# --------------------------------------------------------------------------- leases


@dataclass(frozen=True)
class LeaseRow:
    name: str
    holder: str
    expires_at: dt.datetime
    acquired_at: dt.datetime


async def get_lease(conn: aiosqlite.Connection, name: str) -> LeaseRow | None:
    cursor = await conn.execute("SELECT * FROM season2_leases WHERE name = ?", (name,))
    row = await cursor.fetchone()
    if row is None:
        return None
    return LeaseRow(
        name=str(row["name"]),
        holder=str(row["holder"]),
        expires_at=from_db(str(row["expires_at"])),
        acquired_at=from_db(str(row["acquired_at"])),
    )


async def put_lease(
    conn: aiosqlite.Connection, name: str, holder: str, expires_at: dt.datetime, now: dt.datetime
) -> None:
    """Write the lease (call only after deciding, in the same transaction, that `holder` may have it)."""
    await conn.execute(
        "INSERT INTO season2_leases (name, holder, expires_at, acquired_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET expires_at = excluded.expires_at,"
        " acquired_at = CASE WHEN season2_leases.holder = excluded.holder"
        "   THEN season2_leases.acquired_at ELSE excluded.acquired_at END,"
        " holder = excluded.holder",
        (name, holder, to_db(expires_at), to_db(now)),
    )


async def drop_lease(conn: aiosqlite.Connection, name: str, holder: str) -> bool:
    cursor = await conn.execute("DELETE FROM season2_leases WHERE name = ? AND holder = ?", (name, holder))
    return cursor.rowcount > 0
