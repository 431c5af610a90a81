"""A row in the small key/value table (bot_state): what the storage tests write to watch transactions."""

from __future__ import annotations

import aiosqlite


async def put(conn: aiosqlite.Connection, key: str, value: str) -> None:
    await conn.execute(
        "INSERT INTO bot_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


async def get(conn: aiosqlite.Connection, key: str) -> str | None:
    row = await (await conn.execute("SELECT value FROM bot_state WHERE key = ?", (key,))).fetchone()
    return None if row is None else str(row[0])
