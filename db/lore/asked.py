"""Questions too long to ride in a button's custom_id (Discord allows 100 characters), kept in the
small key/value table (bot_state) under "lore-question:<key>", so a "Show me privately" button on a
public /ask answer can rebuild the answer after a restart."""

from __future__ import annotations

import aiosqlite

from db.times import SQL_NOW

_PREFIX = "lore-question:"


async def remember_question(conn: aiosqlite.Connection, key: str, question: str) -> None:
    await conn.execute(
        "INSERT INTO bot_state (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = " + SQL_NOW,
        (_PREFIX + key, question),
    )


async def recall_question(conn: aiosqlite.Connection, key: str) -> str | None:
    cursor = await conn.execute("SELECT value FROM bot_state WHERE key = ?", (_PREFIX + key,))
    row = await cursor.fetchone()
    return None if row is None else str(row[0])
