"""Small bot-wide values (first start, last clean shutdown) in the bot_state table."""

from __future__ import annotations

import aiosqlite

from db.times import SQL_NOW


async def get(conn: aiosqlite.Connection, key: str) -> str | None:
    cursor = await conn.execute("SELECT value FROM bot_state WHERE key = ?", (key,))
    row = await cursor.fetchone()
    return None if row is None else str(row[0])


async def put(conn: aiosqlite.Connection, key: str, value: str) -> None:
    await conn.execute(
        "INSERT INTO bot_state (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
        " updated_at = " + SQL_NOW,
        (key, value),
    )
