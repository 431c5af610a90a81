"""Who gets season-2 news: subscribed channels, fans opted in to DM reminders, each server's reminder offsets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import aiosqlite

from bot.season2.model.delivery import PINGS, Pings, Subscription
from db.times import decode, encode


def _opt_int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _pings(value: object) -> Pings:
    """A row's ping choice (an unknown one reads as the default, `changes`)."""
    return next((known for known in PINGS if known == value), "changes")


def _subscription(row: aiosqlite.Row) -> Subscription:
    return Subscription(
        id=int(row["id"]),
        guild_id=int(row["guild_id"]),
        channel_id=int(row["channel_id"]),
        role_id=_opt_int(row["role_id"]),
        level=str(row["level"]),
        created_by=int(row["created_by"]),
        enabled=bool(row["enabled"]),
        disabled_reason=None if row["disabled_reason"] is None else str(row["disabled_reason"]),
        created_at=decode(str(row["created_at"])),
        channel_name=None if row["channel_name"] is None else str(row["channel_name"]),
        pings=_pings(row["pings"]),
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
    channel_name: str | None = None,
    pings: str = "changes",
) -> Subscription:
    """Subscribe a channel (or update and re-enable its subscription); `channel_name`: its name now
    (none given, the one kept stays); `pings`: which of its posts ping `role_id`."""
    stamp = encode(now)
    await conn.execute(
        "INSERT INTO season2_subscriptions (guild_id, channel_id, role_id, level, created_by, enabled,"
        " disabled_reason, created_at, updated_at, channel_name, pings)"
        " VALUES (?, ?, ?, ?, ?, 1, NULL, ?, ?, ?, ?)"
        " ON CONFLICT(channel_id) DO UPDATE SET guild_id = excluded.guild_id, role_id = excluded.role_id,"
        " level = excluded.level, created_by = excluded.created_by, enabled = 1, disabled_reason = NULL,"
        " updated_at = excluded.updated_at, channel_name = COALESCE(excluded.channel_name, channel_name),"
        " pings = excluded.pings",
        (guild_id, channel_id, role_id, level, created_by, stamp, stamp, channel_name, pings),
    )
    found = await get_subscription_by_channel(conn, channel_id)
    assert found is not None
    return found


async def get_subscription(conn: aiosqlite.Connection, subscription_id: int) -> Subscription | None:
    cursor = await conn.execute("SELECT * FROM season2_subscriptions WHERE id = ?", (subscription_id,))
    row = await cursor.fetchone()
    return None if row is None else _subscription(row)


async def get_subscription_by_channel(conn: aiosqlite.Connection, channel_id: int) -> Subscription | None:
    cursor = await conn.execute("SELECT * FROM season2_subscriptions WHERE channel_id = ?", (channel_id,))
    row = await cursor.fetchone()
    return None if row is None else _subscription(row)


async def list_subscriptions(
    conn: aiosqlite.Connection, *, guild_id: int | None = None, enabled_only: bool = True
) -> list[Subscription]:
    sql = "SELECT * FROM season2_subscriptions WHERE 1 = 1"
    params: list[object] = []
    if guild_id is not None:
        sql += " AND guild_id = ?"
        params.append(guild_id)
    if enabled_only:
        sql += " AND enabled = 1"
    cursor = await conn.execute(sql + " ORDER BY id", params)
    return [_subscription(row) for row in await cursor.fetchall()]


async def note_channel_names(conn: aiosqlite.Connection, names: Mapping[int, str]) -> int:
    """Keep the name each subscribed channel (by id) is seen under now; how many names changed
    (a channel no subscription names is left alone)."""
    changed = 0
    for channel_id, name in names.items():
        cursor = await conn.execute(
            "UPDATE season2_subscriptions SET channel_name = ? WHERE channel_id = ? AND channel_name IS NOT ?",
            (name, channel_id, name),
        )
        changed += max(cursor.rowcount, 0)
    return changed


async def disable_subscription(
    conn: aiosqlite.Connection, subscription_id: int, reason: str, now: dt.datetime
) -> bool:
    """Turn one subscription off; True when it was on."""
    cursor = await conn.execute(
        "UPDATE season2_subscriptions SET enabled = 0, disabled_reason = ?, updated_at = ?"
        " WHERE id = ? AND enabled = 1",
        (reason, encode(now), subscription_id),
    )
    return cursor.rowcount > 0


async def disable_guild_subscriptions(
    conn: aiosqlite.Connection, guild_id: int, reason: str, now: dt.datetime, *, channel_id: int | None = None
) -> list[Subscription]:
    """Turn off a guild's subscriptions (or the one of `channel_id`); returns those turned off."""
    targets = [
        sub
        for sub in await list_subscriptions(conn, guild_id=guild_id)
        if channel_id is None or sub.channel_id == channel_id
    ]
    for sub in targets:
        await disable_subscription(conn, sub.id, reason, now)
    return targets


# ---------------------------------------------------------------- DM opt-ins


async def add_optin(conn: aiosqlite.Connection, user_id: int, guild_id: int | None, now: dt.datetime) -> bool:
    """True when the user was not opted in before."""
    cursor = await conn.execute(
        "INSERT INTO season2_reminder_optins (user_id, guild_id, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_id) DO NOTHING",
        (user_id, guild_id, encode(now)),
    )
    return cursor.rowcount > 0


async def remove_optin(conn: aiosqlite.Connection, user_id: int) -> bool:
    cursor = await conn.execute("DELETE FROM season2_reminder_optins WHERE user_id = ?", (user_id,))
    return cursor.rowcount > 0


async def is_opted_in(conn: aiosqlite.Connection, user_id: int) -> bool:
    cursor = await conn.execute("SELECT 1 FROM season2_reminder_optins WHERE user_id = ?", (user_id,))
    return await cursor.fetchone() is not None


async def list_optins(conn: aiosqlite.Connection, *, before: dt.datetime | None = None) -> list[int]:
    """The fans who opted in to DM reminders (`before`: only those who did before that moment)."""
    if before is None:
        cursor = await conn.execute("SELECT user_id FROM season2_reminder_optins ORDER BY user_id")
    else:
        cursor = await conn.execute(
            "SELECT user_id FROM season2_reminder_optins WHERE created_at < ? ORDER BY user_id", (encode(before),)
        )
    return [int(row[0]) for row in await cursor.fetchall()]


# ---------------------------------------------------------------- reminder offsets


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
        (guild_id, _format_offsets(offsets), encode(now)),
    )


async def all_guild_offsets(conn: aiosqlite.Connection) -> dict[int, tuple[int, ...]]:
    cursor = await conn.execute("SELECT guild_id, reminder_offsets FROM season2_guild_settings")
    return {int(row[0]): _parse_offsets(str(row[1])) for row in await cursor.fetchall()}


async def member_rows(conn: aiosqlite.Connection, user_id: int, guild_id: int | None) -> list[tuple[str, int, int]]:
    """The member's countdown-reminder subscription (one at most): asked for here, and at all."""
    cursor = await conn.execute(
        "SELECT COALESCE(SUM(guild_id IS ?), 0), COUNT(*) FROM season2_reminder_optins WHERE user_id = ?",
        (guild_id, user_id),
    )
    row = await cursor.fetchone()
    return [("countdown reminders by DM", int(row[0]), int(row[1]))] if row else []


async def forget_member(conn: aiosqlite.Connection, user_id: int) -> dict[str, int]:
    """Delete the member's reminder subscription (inside the caller's transaction)."""
    cursor = await conn.execute("DELETE FROM season2_reminder_optins WHERE user_id = ?", (user_id,))
    return {"countdown reminders by DM": cursor.rowcount or 0}
