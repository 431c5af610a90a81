"""Named leases: which running copy of hyosan holds a job (the season-2 dispatch), until when."""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.season2.model.delivery import LeaseRecord
from db.times import decode, encode


async def get_lease(conn: aiosqlite.Connection, name: str) -> LeaseRecord | None:
    cursor = await conn.execute("SELECT * FROM season2_leases WHERE name = ?", (name,))
    row = await cursor.fetchone()
    if row is None:
        return None
    return LeaseRecord(
        name=str(row["name"]),
        holder=str(row["holder"]),
        expires_at=decode(str(row["expires_at"])),
        acquired_at=decode(str(row["acquired_at"])),
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
        (name, holder, encode(expires_at), encode(now)),
    )


async def drop_lease(conn: aiosqlite.Connection, name: str, holder: str) -> bool:
    cursor = await conn.execute("DELETE FROM season2_leases WHERE name = ? AND holder = ?", (name, holder))
    return cursor.rowcount > 0
