"""Where a server's moderators are told things (their chosen channel), and the notices kept for the
next moderator when no place took them (migration 017)."""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.season2.model.delivery import OutboxEntry
from db.outbox import outbox_rows_by_id
from db.times import encode


async def notice_channel(conn: aiosqlite.Connection, guild_id: int) -> int | None:
    """The channel a server's moderators chose for the bot's notices, if any."""
    cursor = await conn.execute("SELECT channel_id FROM season2_notice_places WHERE guild_id = ?", (guild_id,))
    row = await cursor.fetchone()
    return None if row is None else int(row[0])


async def set_notice_channel(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int | None, set_by: int, now: dt.datetime
) -> bool:
    """Choose (or, with None, forget) a server's notice channel; whether anything changed."""
    if channel_id is None:
        cursor = await conn.execute("DELETE FROM season2_notice_places WHERE guild_id = ?", (guild_id,))
        return cursor.rowcount > 0
    before = await notice_channel(conn, guild_id)
    await conn.execute(
        "INSERT INTO season2_notice_places (guild_id, channel_id, set_by, set_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, set_by = excluded.set_by,"
        " set_at = excluded.set_at",
        (guild_id, channel_id, set_by, encode(now)),
    )
    return before != channel_id


async def hold(conn: aiosqlite.Connection, outbox_id: int, guild_id: int, now: dt.datetime) -> None:
    """Keep a notice no place took, for the next moderator of its server."""
    await conn.execute(
        "INSERT INTO season2_held_notices (outbox_id, guild_id, held_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        (outbox_id, guild_id, encode(now)),
    )


async def take_held(conn: aiosqlite.Connection, guild_id: int) -> list[OutboxEntry]:
    """The notices kept for a server's moderators, oldest first, and forgets them (told once)."""
    cursor = await conn.execute(
        "SELECT outbox_id FROM season2_held_notices WHERE guild_id = ? ORDER BY held_at, outbox_id", (guild_id,)
    )
    ids = [int(row[0]) for row in await cursor.fetchall()]
    if not ids:
        return []
    await conn.execute("DELETE FROM season2_held_notices WHERE guild_id = ?", (guild_id,))
    return await outbox_rows_by_id(conn, ids)
