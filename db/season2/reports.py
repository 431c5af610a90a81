"""Moderators' season-2 reports: which server and moderator made each one, and its retraction
(table season2_reports). The claim itself lives in season2_claims until it is retracted; then a
copy is kept here."""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.season2.model import ReportRow
from db.times import decode, decode_optional, encode


def _row(row: aiosqlite.Row) -> ReportRow:
    return ReportRow(
        str(row["claim_id"]), int(row["guild_id"]), int(row["user_id"]), decode(row["reported_at"]),
        decode_optional(row["retracted_at"]), None if row["retracted_by"] is None else int(row["retracted_by"]),
    )


async def record_report(
    conn: aiosqlite.Connection, claim_id: str, *, guild_id: int, user_id: int, now: dt.datetime
) -> None:
    """Remember who reported a claim (a report made again after its retraction starts afresh)."""
    await conn.execute(
        "INSERT INTO season2_reports (claim_id, guild_id, user_id, reported_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(claim_id) DO UPDATE SET guild_id = excluded.guild_id, user_id = excluded.user_id,"
        " reported_at = excluded.reported_at, retracted_at = NULL, retracted_by = NULL, claim = NULL"
        " WHERE season2_reports.retracted_at IS NOT NULL",
        (claim_id, guild_id, user_id, encode(now)),
    )


async def get_report(conn: aiosqlite.Connection, claim_id: str) -> ReportRow | None:
    cursor = await conn.execute("SELECT * FROM season2_reports WHERE claim_id = ?", (claim_id,))
    row = await cursor.fetchone()
    return None if row is None else _row(row)


async def open_reports(conn: aiosqlite.Connection, guild_id: int) -> list[ReportRow]:
    """A server's reports that stand (not retracted), newest first."""
    cursor = await conn.execute(
        "SELECT * FROM season2_reports WHERE guild_id = ? AND retracted_at IS NULL ORDER BY reported_at DESC",
        (guild_id,),
    )
    return [_row(row) for row in await cursor.fetchall()]


async def mark_retracted(
    conn: aiosqlite.Connection, claim_id: str, *, user_id: int, now: dt.datetime, claim_json: str
) -> None:
    await conn.execute(
        "UPDATE season2_reports SET retracted_at = ?, retracted_by = ?, claim = ? WHERE claim_id = ?",
        (encode(now), user_id, claim_json, claim_id),
    )
