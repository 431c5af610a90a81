"""Which servers hold standing arrangements the bot acts on by itself (season-2 announcements and episode
rooms, daily questions, channel spoiler marks): at start-up, those of a server the bot was removed from while it
was down are let go (bot.app)."""

from __future__ import annotations

import aiosqlite


async def guilds_with_arrangements(conn: aiosqlite.Connection) -> set[int]:
    cursor = await conn.execute(
        "SELECT guild_id FROM season2_subscriptions WHERE enabled = 1"
        " UNION SELECT guild_id FROM season2_room_settings WHERE enabled = 1"
        " UNION SELECT guild_id FROM trivia_daily WHERE enabled = 1"
        " UNION SELECT guild_id FROM lore_channel_marks"
    )
    return {int(row[0]) for row in await cursor.fetchall()}
