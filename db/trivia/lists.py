"""The lists a server imported (questions kept as JSON, with the list's CONFIG)."""

from __future__ import annotations

import datetime as dt

import aiosqlite

from bot.trivia.model import ImportedList
from db.times import decode, encode


def _list(row: aiosqlite.Row, with_questions: bool) -> ImportedList:
    return ImportedList(
        guild_id=int(row["guild_id"]),
        name=str(row["name"]),
        author=row["author"],
        description=row["description"],
        question_count=int(row["question_count"]),
        imported_by=int(row["imported_by"]),
        imported_at=decode(row["imported_at"]),
        questions_json=str(row["questions_json"]) if with_questions else None,
        config_json=str(row["config_json"] or "{}"),
    )


async def save_list(
    conn: aiosqlite.Connection,
    guild_id: int,
    name: str,
    *,
    author: str | None,
    description: str | None,
    questions_json: str,
    question_count: int,
    imported_by: int,
    now: dt.datetime,
    config_json: str = "{}",
) -> None:
    """Store a list, replacing one of the same name in the guild."""
    await conn.execute(
        "INSERT INTO trivia_lists (guild_id, name, author, description, questions_json, question_count,"
        " imported_by, imported_at, config_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (guild_id, name) DO UPDATE SET author = excluded.author,"
        " description = excluded.description, questions_json = excluded.questions_json,"
        " question_count = excluded.question_count, imported_by = excluded.imported_by,"
        " imported_at = excluded.imported_at, config_json = excluded.config_json",
        (guild_id, name, author, description, questions_json, question_count, imported_by, encode(now), config_json),
    )


async def imported_lists(
    conn: aiosqlite.Connection, guild_id: int, *, with_questions: bool = False
) -> list[ImportedList]:
    cursor = await conn.execute("SELECT * FROM trivia_lists WHERE guild_id = ? ORDER BY name", (guild_id,))
    return [_list(row, with_questions) for row in await cursor.fetchall()]


async def get_list(conn: aiosqlite.Connection, guild_id: int, name: str) -> ImportedList | None:
    cursor = await conn.execute("SELECT * FROM trivia_lists WHERE guild_id = ? AND name = ?", (guild_id, name))
    row = await cursor.fetchone()
    return None if row is None else _list(row, True)


async def delete_list(conn: aiosqlite.Connection, guild_id: int, name: str) -> bool:
    """Remove a guild's imported list; False when it had none by that name."""
    cursor = await conn.execute("DELETE FROM trivia_lists WHERE guild_id = ? AND name = ?", (guild_id, name))
    return cursor.rowcount > 0
