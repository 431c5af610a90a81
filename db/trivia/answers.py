"""Answers to a game's questions: button answers and typed winners, typed guess counts, and hints.

Primary keys make repeats harmless: one answer per player per question (the first counts), one
guess counter per player per question, one hint per player per question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import aiosqlite

from bot.trivia.model import Answer
from db.times import decode, encode


async def insert_answer(
    conn: aiosqlite.Connection,
    game_id: int,
    q_index: int,
    user_id: int,
    *,
    choice: int | None,
    correct: bool,
    elapsed_ms: int,
    now: dt.datetime,
) -> bool:
    """Record a player's answer; False when they had already answered this question."""
    cursor = await conn.execute(
        "INSERT INTO trivia_answers (game_id, q_index, user_id, choice, correct, elapsed_ms, answered_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (game_id, q_index, user_id, choice, int(correct), elapsed_ms, encode(now)),
    )
    return cursor.rowcount == 1


async def insert_answers(
    conn: aiosqlite.Connection, rows: Sequence[tuple[int, int, int, int | None, bool, int, dt.datetime]]
) -> None:
    """Record many players' answers in one statement: (game, question, user, choice, correct,
    elapsed ms, answered at) each; an answer already there is kept (the first counts)."""
    await conn.executemany(
        "INSERT INTO trivia_answers (game_id, q_index, user_id, choice, correct, elapsed_ms, answered_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(g, q, u, choice, int(correct), ms, encode(at)) for g, q, u, choice, correct, ms, at in rows],
    )


def _keys_clause(keys: Sequence[tuple[int, int, int]]) -> tuple[str, list[int]]:
    values = ", ".join("(?, ?, ?)" for _ in keys)
    return f"(game_id, q_index, user_id) IN (VALUES {values})", [part for key in keys for part in key]


async def _among(
    conn: aiosqlite.Connection, table: str, keys: Sequence[tuple[int, int, int]]
) -> set[tuple[int, int, int]]:
    """Which of these (game, question, user) have a row in `table` (one of this module's own tables)."""
    if not keys:
        return set()
    where, params = _keys_clause(keys)
    cursor = await conn.execute(f"SELECT game_id, q_index, user_id FROM {table} WHERE {where}", params)
    return {(int(r[0]), int(r[1]), int(r[2])) for r in await cursor.fetchall()}


async def answered_among(conn: aiosqlite.Connection, keys: Sequence[tuple[int, int, int]]) -> set[tuple[int, int, int]]:
    """Which of these (game, question, user) already have an answer."""
    return await _among(conn, "trivia_answers", keys)


async def hinted_among(conn: aiosqlite.Connection, keys: Sequence[tuple[int, int, int]]) -> set[tuple[int, int, int]]:
    """Which of these (game, question, user) took the question's hint."""
    return await _among(conn, "trivia_hints", keys)


async def answers_for(conn: aiosqlite.Connection, game_id: int, q_index: int) -> list[Answer]:
    cursor = await conn.execute(
        "SELECT user_id, choice, correct, elapsed_ms, answered_at FROM trivia_answers"
        " WHERE game_id = ? AND q_index = ? ORDER BY answered_at, user_id",
        (game_id, q_index),
    )
    return [
        Answer(int(r["user_id"]), r["choice"], bool(r["correct"]), int(r["elapsed_ms"]), decode(r["answered_at"]))
        for r in await cursor.fetchall()
    ]


async def answered_users(conn: aiosqlite.Connection, game_id: int, q_index: int) -> set[int]:
    cursor = await conn.execute(
        "SELECT user_id FROM trivia_answers WHERE game_id = ? AND q_index = ?", (game_id, q_index)
    )
    return {int(r[0]) for r in await cursor.fetchall()}


async def players_before(conn: aiosqlite.Connection, game_id: int, q_index: int) -> set[int]:
    """Players who answered at least one question of the game before `q_index` (the active players)."""
    if q_index <= 0:
        return set()
    cursor = await conn.execute(
        "SELECT DISTINCT user_id FROM trivia_answers WHERE game_id = ? AND q_index < ?", (game_id, q_index)
    )
    return {int(r[0]) for r in await cursor.fetchall()}


async def count_answers(conn: aiosqlite.Connection, game_id: int) -> int:
    """Every answer recorded in a game (the trivia benchmark checks its acknowledgements against it)."""
    cursor = await conn.execute("SELECT COUNT(*) FROM trivia_answers WHERE game_id = ?", (game_id,))
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


# -- typed guesses -------------------------------------------------------------------------------


async def guess_counts(conn: aiosqlite.Connection, keys: Sequence[tuple[int, int, int]]) -> dict[tuple[int, int, int], int]:
    """How many guesses each of these (game, question, user) has had."""
    if not keys:
        return {}
    where, params = _keys_clause(keys)
    cursor = await conn.execute(f"SELECT game_id, q_index, user_id, guesses FROM trivia_guesses WHERE {where}", params)
    return {(int(r[0]), int(r[1]), int(r[2])): int(r[3]) for r in await cursor.fetchall()}


async def set_guess_counts(
    conn: aiosqlite.Connection, counts: dict[tuple[int, int, int], tuple[int, str]]
) -> None:
    """Store guess counts worked out in this transaction (from `guess_counts`): (count, last verdict)."""
    await conn.executemany(
        "INSERT INTO trivia_guesses (game_id, q_index, user_id, guesses, last_verdict) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (game_id, q_index, user_id) DO UPDATE SET guesses = excluded.guesses,"
        " last_verdict = excluded.last_verdict",
        [(g, q, u, count, verdict) for (g, q, u), (count, verdict) in counts.items()],
    )


async def guessers(conn: aiosqlite.Connection, game_id: int, q_index: int) -> list[int]:
    cursor = await conn.execute(
        "SELECT user_id FROM trivia_guesses WHERE game_id = ? AND q_index = ? ORDER BY user_id",
        (game_id, q_index),
    )
    return [int(r[0]) for r in await cursor.fetchall()]


async def total_guesses(conn: aiosqlite.Connection, game_id: int) -> int:
    """Every typed guess counted in a game (the trivia benchmark checks its acknowledgements against it)."""
    cursor = await conn.execute("SELECT COALESCE(SUM(guesses), 0) FROM trivia_guesses WHERE game_id = ?", (game_id,))
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


# -- hints -----------------------------------------------------------------------------------------


async def add_hint(conn: aiosqlite.Connection, game_id: int, q_index: int, user_id: int, now: dt.datetime) -> bool:
    """Record that a player took the hint on a question; False when they already had."""
    cursor = await conn.execute(
        "INSERT INTO trivia_hints (game_id, q_index, user_id, taken_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (game_id, q_index, user_id, encode(now)),
    )
    return cursor.rowcount == 1


async def hinted_users(conn: aiosqlite.Connection, game_id: int, q_index: int) -> set[int]:
    cursor = await conn.execute(
        "SELECT user_id FROM trivia_hints WHERE game_id = ? AND q_index = ?", (game_id, q_index)
    )
    return {int(r[0]) for r in await cursor.fetchall()}
