"""Episode rooms: each server's choice of channel (season2_room_settings) and the rooms opened in
it (season2_rooms, one per server and episode, so a room is never opened twice)."""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.season2.model.rooms import Room, RoomSettings
from bot.show import Position
from db.times import decode, decode_optional, encode, encode_optional


def _settings(row: aiosqlite.Row) -> RoomSettings:
    return RoomSettings(
        int(row["guild_id"]), int(row["channel_id"]), bool(row["enabled"]), decode(row["since"]),
        int(row["set_by"]), row["disabled_reason"],
    )


def _room(row: aiosqlite.Row) -> Room:
    return Room(
        int(row["guild_id"]), Position.from_code(int(row["position"])), int(row["channel_id"]), str(row["state"]),
        None if row["thread_id"] is None else int(row["thread_id"]),
        None if row["starter_id"] is None else int(row["starter_id"]),
        decode_optional(row["opened_at"]), row["last_error"],
    )


async def set_settings(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int, *, set_by: int, now: dt.datetime
) -> RoomSettings:
    await conn.execute(
        "INSERT INTO season2_room_settings (guild_id, channel_id, enabled, since, set_by, disabled_reason)"
        " VALUES (?, ?, 1, ?, ?, NULL) ON CONFLICT(guild_id) DO UPDATE SET channel_id = excluded.channel_id,"
        " enabled = 1, since = excluded.since, set_by = excluded.set_by, disabled_reason = NULL",
        (guild_id, channel_id, encode(now), set_by),
    )
    found = await get_settings(conn, guild_id)
    assert found is not None
    return found


async def get_settings(conn: aiosqlite.Connection, guild_id: int) -> RoomSettings | None:
    cursor = await conn.execute("SELECT * FROM season2_room_settings WHERE guild_id = ?", (guild_id,))
    row = await cursor.fetchone()
    return None if row is None else _settings(row)


async def enabled_settings(conn: aiosqlite.Connection) -> list[RoomSettings]:
    cursor = await conn.execute("SELECT * FROM season2_room_settings WHERE enabled = 1 ORDER BY guild_id")
    return [_settings(row) for row in await cursor.fetchall()]


async def disable(conn: aiosqlite.Connection, guild_id: int, reason: str) -> bool:
    """Turn a server's rooms off; False when they were not on."""
    cursor = await conn.execute(
        "UPDATE season2_room_settings SET enabled = 0, disabled_reason = ? WHERE guild_id = ? AND enabled = 1",
        (reason, guild_id),
    )
    return (cursor.rowcount or 0) > 0


async def rooms_of(conn: aiosqlite.Connection, guild_id: int) -> list[Room]:
    cursor = await conn.execute("SELECT * FROM season2_rooms WHERE guild_id = ? ORDER BY position", (guild_id,))
    return [_room(row) for row in await cursor.fetchall()]


async def start_room(conn: aiosqlite.Connection, guild_id: int, position: Position, channel_id: int) -> bool:
    """Claim a room for opening; False when it exists already (opening, open or failed)."""
    cursor = await conn.execute(
        "INSERT INTO season2_rooms (guild_id, position, channel_id, state) VALUES (?, ?, ?, 'opening')"
        " ON CONFLICT(guild_id, position) DO NOTHING",
        (guild_id, position.code, channel_id),
    )
    return (cursor.rowcount or 0) > 0


async def set_thread(conn: aiosqlite.Connection, guild_id: int, position: Position, thread_id: int) -> None:
    await conn.execute(
        "UPDATE season2_rooms SET thread_id = ? WHERE guild_id = ? AND position = ?",
        (thread_id, guild_id, position.code),
    )


async def mark_open(
    conn: aiosqlite.Connection, guild_id: int, position: Position, *, starter_id: int | None, now: dt.datetime
) -> None:
    await conn.execute(
        "UPDATE season2_rooms SET state = 'open', starter_id = ?, opened_at = ?, last_error = NULL"
        " WHERE guild_id = ? AND position = ?",
        (starter_id, encode_optional(now), guild_id, position.code),
    )


async def mark_failed(conn: aiosqlite.Connection, guild_id: int, position: Position, error: str) -> None:
    await conn.execute(
        "UPDATE season2_rooms SET state = 'failed', last_error = ? WHERE guild_id = ? AND position = ?",
        (error[:300], guild_id, position.code),
    )


async def note_error(conn: aiosqlite.Connection, guild_id: int, position: Position, error: str) -> None:
    await conn.execute(
        "UPDATE season2_rooms SET last_error = ? WHERE guild_id = ? AND position = ?",
        (error[:300], guild_id, position.code),
    )
