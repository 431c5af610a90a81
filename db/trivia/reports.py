"""The moderators' queue of reported questions (one report per member, question and reason)."""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.show import Position
from bot.trivia.model import Report
from db.times import decode, encode


async def add_report(
    conn: aiosqlite.Connection,
    *,
    guild_id: int,
    channel_id: int,
    game_id: int | None,
    question_id: str,
    question_text: str,
    spoils: Position,
    reporter_id: int,
    reason: str,
    now: dt.datetime,
) -> bool:
    """Queue a report; False when this member already reported this question for this reason."""
    cursor = await conn.execute(
        "INSERT INTO trivia_reports (guild_id, channel_id, game_id, question_id, question_text, spoils,"
        " reporter_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (guild_id, channel_id, game_id, question_id, question_text, spoils.code, reporter_id, reason, encode(now)),
    )
    return cursor.rowcount == 1


async def open_reports(conn: aiosqlite.Connection, guild_id: int, limit: int = 20) -> list[Report]:
    cursor = await conn.execute(
        "SELECT * FROM trivia_reports WHERE guild_id = ? AND status = 'open' ORDER BY created_at, id LIMIT ?",
        (guild_id, limit),
    )
    return [
        Report(
            id=int(r["id"]),
            guild_id=int(r["guild_id"]),
            channel_id=int(r["channel_id"]),
            game_id=r["game_id"],
            question_id=str(r["question_id"]),
            question_text=str(r["question_text"]),
            spoils=Position.from_code(int(r["spoils"])),
            reporter_id=int(r["reporter_id"]),
            reason=str(r["reason"]),
            status=str(r["status"]),
            created_at=decode(r["created_at"]),
        )
        for r in await cursor.fetchall()
    ]


async def resolve_report(conn: aiosqlite.Connection, guild_id: int, report_id: int) -> bool:
    cursor = await conn.execute(
        "UPDATE trivia_reports SET status = 'resolved' WHERE guild_id = ? AND id = ? AND status = 'open'",
        (guild_id, report_id),
    )
    return cursor.rowcount == 1


async def reported_question(conn: aiosqlite.Connection, guild_id: int, report_id: int) -> str | None:
    """The question a report (open or resolved) is about; None when the server has no such report."""
    cursor = await conn.execute(
        "SELECT question_id FROM trivia_reports WHERE guild_id = ? AND id = ?", (guild_id, report_id)
    )
    row = await cursor.fetchone()
    return None if row is None else str(row["question_id"])


async def retire_question(conn: aiosqlite.Connection, guild_id: int, question_id: str, now: dt.datetime) -> None:
    """Take a question out of the server's games, resolving every open report about it."""
    await conn.execute(
        "INSERT OR IGNORE INTO trivia_retired_questions (guild_id, question_id, retired_at) VALUES (?, ?, ?)",
        (guild_id, question_id, encode(now)),
    )
    await conn.execute(
        "UPDATE trivia_reports SET status = 'resolved' WHERE guild_id = ? AND question_id = ? AND status = 'open'",
        (guild_id, question_id),
    )


async def restore_question(conn: aiosqlite.Connection, guild_id: int, question_id: str) -> bool:
    cursor = await conn.execute(
        "DELETE FROM trivia_retired_questions WHERE guild_id = ? AND question_id = ?", (guild_id, question_id)
    )
    return cursor.rowcount == 1


async def retired_questions(conn: aiosqlite.Connection, guild_id: int) -> set[str]:
    cursor = await conn.execute("SELECT question_id FROM trivia_retired_questions WHERE guild_id = ?", (guild_id,))
    return {str(row["question_id"]) for row in await cursor.fetchall()}


async def open_report_count(conn: aiosqlite.Connection, guild_id: int) -> int:
    cursor = await conn.execute(
        "SELECT COUNT(*) AS n FROM trivia_reports WHERE guild_id = ? AND status = 'open'", (guild_id,)
    )
    row = await cursor.fetchone()
    return 0 if row is None else int(row["n"])
