"""Viewing progress and channel spoiler marks (tables lore_progress and lore_channel_marks).

Progress is stored per user per guild (guild_id 0 for direct messages): a fan can be at S1E3 in one
server's watch-along and at S2E1 in another. A channel has at most one mark. Both are positions,
stored as their code (season * 100 + episode; 0 = nothing).
"""

from __future__ import annotations

import aiosqlite

from bot.show import Position
from db.times import SQL_NOW


def _position(value: int | None) -> Position | None:
    return None if value is None else Position.from_code(int(value))


async def get_progress(conn: aiosqlite.Connection, guild_id: int, user_id: int) -> Position | None:
    cursor = await conn.execute(
        "SELECT watched FROM lore_progress WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
    )
    row = await cursor.fetchone()
    return None if row is None else _position(row[0])


async def set_progress(conn: aiosqlite.Connection, guild_id: int, user_id: int, watched: Position) -> None:
    await conn.execute(
        "INSERT INTO lore_progress (guild_id, user_id, watched) VALUES (?, ?, ?)"
        " ON CONFLICT(guild_id, user_id) DO UPDATE SET watched = excluded.watched,"
        " updated_at = " + SQL_NOW,
        (guild_id, user_id, watched.code),
    )


async def get_channel_mark(conn: aiosqlite.Connection, channel_id: int) -> Position | None:
    cursor = await conn.execute("SELECT up_to FROM lore_channel_marks WHERE channel_id = ?", (channel_id,))
    row = await cursor.fetchone()
    return None if row is None else _position(row[0])


async def set_channel_mark(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int, up_to: Position, set_by: int | None
) -> None:
    await conn.execute(
        "INSERT INTO lore_channel_marks (channel_id, guild_id, up_to, set_by) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(channel_id) DO UPDATE SET up_to = excluded.up_to, set_by = excluded.set_by,"
        " guild_id = excluded.guild_id, updated_at = " + SQL_NOW,
        (channel_id, guild_id, up_to.code, set_by),
    )


async def clear_channel_mark(conn: aiosqlite.Connection, channel_id: int) -> bool:
    """Takes a channel's (or thread's) mark away; False when it had none."""
    cursor = await conn.execute("DELETE FROM lore_channel_marks WHERE channel_id = ?", (channel_id,))
    return cursor.rowcount > 0


async def clear_guild_marks(conn: aiosqlite.Connection, guild_id: int) -> list[int]:
    """Takes every mark of a server away; the channels (and threads) that had one."""
    cursor = await conn.execute("DELETE FROM lore_channel_marks WHERE guild_id = ? RETURNING channel_id", (guild_id,))
    return [int(row[0]) for row in await cursor.fetchall()]


async def viewer_marks(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int, user_id: int
) -> tuple[Position | None, Position | None]:
    """(the user's own progress, the channel's mark) in one query; None where unset."""
    cursor = await conn.execute(
        "SELECT (SELECT watched FROM lore_progress WHERE guild_id = ? AND user_id = ?),"
        " (SELECT up_to FROM lore_channel_marks WHERE channel_id = ?)",
        (guild_id, user_id, channel_id),
    )
    row = await cursor.fetchone()
    if row is None:
        return None, None
    return _position(row[0]), _position(row[1])


async def member_rows(conn: aiosqlite.Connection, user_id: int, guild_id: int | None) -> list[tuple[str, int, int]]:
    """How many progress rows the member has: in `guild_id` (0 in a DM: the DM progress), and everywhere."""
    cursor = await conn.execute(
        "SELECT COALESCE(SUM(guild_id = ?), 0), COUNT(*) FROM lore_progress WHERE user_id = ?",
        (guild_id or 0, user_id),
    )
    row = await cursor.fetchone()
    return [("watch progress", int(row[0]), int(row[1]))] if row else []


async def forget_member(conn: aiosqlite.Connection, user_id: int) -> dict[str, int]:
    """Delete the member's progress in every server and in DMs (inside the caller's transaction)."""
    cursor = await conn.execute("DELETE FROM lore_progress WHERE user_id = ?", (user_id,))
    return {"watch progress": cursor.rowcount or 0}
