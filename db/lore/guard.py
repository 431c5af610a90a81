"""The spoiler guard's channels (table lore_spoiler_guards, migration 026): whether a channel,
thread or forum is guarded, and where the bot found it may not delete members' messages."""

from __future__ import annotations

import aiosqlite


async def all_guards(conn: aiosqlite.Connection) -> tuple[dict[int, bool], set[int], set[int]]:
    """Every channel's own setting (a few rows per server), those where the bot was found unable to
    delete, and the servers with such a channel no moderator was told of: read once, then kept in memory."""
    cursor = await conn.execute("SELECT channel_id, guild_id, guarded, lacking FROM lore_spoiler_guards")
    rows = await cursor.fetchall()
    return ({int(row[0]): bool(row[2]) for row in rows}, {int(row[0]) for row in rows if row[3] is not None},
            {int(row[1]) for row in rows if row[3] == 0})


async def set_guard(conn: aiosqlite.Connection, guild_id: int, channel_id: int, guarded: bool) -> None:
    await conn.execute(
        "INSERT INTO lore_spoiler_guards (channel_id, guild_id, guarded) VALUES (?, ?, ?)"
        " ON CONFLICT(channel_id) DO UPDATE SET guarded = excluded.guarded, guild_id = excluded.guild_id",
        (channel_id, guild_id, int(guarded)),
    )


async def clear_guard(conn: aiosqlite.Connection, channel_id: int) -> None:
    """A thread's own setting taken away: it follows its channel's again."""
    await conn.execute("DELETE FROM lore_spoiler_guards WHERE channel_id = ?", (channel_id,))


async def note_lacking(conn: aiosqlite.Connection, channel_id: int) -> None:
    """The bot may not delete messages where `channel_id`'s guard reaches (itself, or a thread that
    follows it): kept untold for the next moderator, unless already noted."""
    await conn.execute("UPDATE lore_spoiler_guards SET lacking = COALESCE(lacking, 0) WHERE channel_id = ?", (channel_id,))


async def clear_lacking(conn: aiosqlite.Connection, channel_id: int) -> None:
    await conn.execute("UPDATE lore_spoiler_guards SET lacking = NULL WHERE channel_id = ?", (channel_id,))


async def take_untold(conn: aiosqlite.Connection, guild_id: int) -> list[int]:
    """The server's channels where the bot may not delete that no moderator was told of, now told."""
    cursor = await conn.execute(
        "UPDATE lore_spoiler_guards SET lacking = 1 WHERE guild_id = ? AND lacking = 0 RETURNING channel_id",
        (guild_id,),
    )
    return sorted(int(row[0]) for row in await cursor.fetchall())


async def clear_guild_guards(conn: aiosqlite.Connection, guild_id: int) -> list[int]:
    cursor = await conn.execute("DELETE FROM lore_spoiler_guards WHERE guild_id = ? RETURNING channel_id", (guild_id,))
    return [int(row[0]) for row in await cursor.fetchall()]
