"""Games: the game row and where it stands, the questions it drew, and its running scores.

The partial unique index `trivia_one_active_game` keeps one active game per channel, and every
state change is guarded in its WHERE clause (still active, still on this question, not yet
closed), so two racing callers change a game once.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

import aiosqlite

from bot.show import Position
from bot.trivia.model import Game, GameQuestion, GameStatus, Score, TriviaSettings
from db.times import decode, decode_optional, encode, encode_optional


def _game(row: aiosqlite.Row) -> Game:
    return Game(
        id=int(row["id"]),
        guild_id=int(row["guild_id"]),
        channel_id=int(row["channel_id"]),
        starter_id=int(row["starter_id"]),
        status=str(row["status"]),
        mode=str(row["mode"]),
        settings=TriviaSettings.from_json(row["settings_json"]),
        gate=Position.from_code(int(row["gate"])),
        clear_up_to=Position.from_code(int(row["clear_up_to"])),
        question_count=int(row["question_count"]),
        current_index=int(row["current_index"]),
        phase=str(row["phase"]),
        posted_at=decode_optional(row["posted_at"]),
        deadline=decode_optional(row["deadline"]),
        last_answer_at=decode(row["last_answer_at"]),
        category=row["category"],
        difficulty=row["difficulty"],
        started_at=decode(row["started_at"]),
        ended_at=decode_optional(row["ended_at"]),
        end_reason=row["end_reason"],
    )


def _game_question(row: aiosqlite.Row) -> GameQuestion:
    return GameQuestion(
        game_id=int(row["game_id"]),
        q_index=int(row["q_index"]),
        question_id=str(row["question_id"]),
        question_json=str(row["question_json"]),
        message_id=row["message_id"],
        reveal_message_id=row["reveal_message_id"],
        closed=bool(row["closed"]),
        winner_id=row["winner_id"],
    )


async def create_game(
    conn: aiosqlite.Connection,
    *,
    guild_id: int,
    channel_id: int,
    starter_id: int,
    mode: str,
    settings: TriviaSettings,
    gate: Position,
    clear_up_to: Position,
    questions: Sequence[tuple[str, str]],
    category: str | None,
    difficulty: str | None,
    now: dt.datetime,
    deadline: dt.datetime,
) -> int | None:
    """Insert an active game with its questions; None when the channel already has one."""
    try:
        cursor = await conn.execute(
            "INSERT INTO trivia_games (guild_id, channel_id, starter_id, mode, settings_json, gate,"
            " clear_up_to, question_count, current_index, phase, posted_at, deadline, last_answer_at,"
            " category, difficulty, started_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'asking', ?, ?, ?, ?, ?, ?)",
            (
                guild_id,
                channel_id,
                starter_id,
                mode,
                settings.to_json(),
                gate.code,
                clear_up_to.code,
                len(questions),
                encode(now),
                encode(deadline),
                encode(now),
                category,
                difficulty,
                encode(now),
            ),
        )
    except sqlite3.IntegrityError:
        return None
    game_id = cursor.lastrowid
    assert game_id is not None
    await conn.executemany(
        "INSERT INTO trivia_game_questions (game_id, q_index, question_id, question_json)"
        " VALUES (?, ?, ?, ?)",
        [(game_id, index, qid, data) for index, (qid, data) in enumerate(questions)],
    )
    return int(game_id)


async def get_game(conn: aiosqlite.Connection, game_id: int) -> Game | None:
    cursor = await conn.execute("SELECT * FROM trivia_games WHERE id = ?", (game_id,))
    row = await cursor.fetchone()
    return None if row is None else _game(row)


async def get_games(conn: aiosqlite.Connection, game_ids: Iterable[int]) -> dict[int, Game]:
    """Several games at once, by id (the missing ones left out)."""
    ids = sorted(set(game_ids))
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    cursor = await conn.execute(f"SELECT * FROM trivia_games WHERE id IN ({marks})", ids)
    return {game.id: game for game in map(_game, await cursor.fetchall())}


async def active_game_in_channel(conn: aiosqlite.Connection, channel_id: int) -> Game | None:
    cursor = await conn.execute(
        "SELECT * FROM trivia_games WHERE channel_id = ? AND status = 'active'", (channel_id,)
    )
    row = await cursor.fetchone()
    return None if row is None else _game(row)


async def active_games(conn: aiosqlite.Connection) -> list[Game]:
    cursor = await conn.execute("SELECT * FROM trivia_games WHERE status = 'active' ORDER BY id")
    return [_game(row) for row in await cursor.fetchall()]


async def get_game_question(conn: aiosqlite.Connection, game_id: int, q_index: int) -> GameQuestion | None:
    cursor = await conn.execute(
        "SELECT * FROM trivia_game_questions WHERE game_id = ? AND q_index = ?", (game_id, q_index)
    )
    row = await cursor.fetchone()
    return None if row is None else _game_question(row)


async def recent_question_ids(conn: aiosqlite.Connection, guild_id: int, last_games: int) -> set[str]:
    """Ids of the questions asked in the guild's last `last_games` games."""
    if last_games <= 0:
        return set()
    cursor = await conn.execute(
        "SELECT q.question_id FROM trivia_game_questions q WHERE q.game_id IN"
        " (SELECT id FROM trivia_games WHERE guild_id = ? ORDER BY id DESC LIMIT ?)",
        (guild_id, last_games),
    )
    return {str(r[0]) for r in await cursor.fetchall()}


async def set_phase(
    conn: aiosqlite.Connection,
    game_id: int,
    *,
    current_index: int,
    phase: str,
    posted_at: dt.datetime | None,
    deadline: dt.datetime | None,
) -> None:
    await conn.execute(
        "UPDATE trivia_games SET current_index = ?, phase = ?, posted_at = ?, deadline = ? WHERE id = ?",
        (current_index, phase, encode_optional(posted_at), encode_optional(deadline), game_id),
    )


async def shorten_deadline(conn: aiosqlite.Connection, game_id: int, q_index: int, deadline: dt.datetime) -> bool:
    """Bring the current question's deadline forward (never back); False when nothing changed."""
    when = encode(deadline)
    cursor = await conn.execute(
        "UPDATE trivia_games SET deadline = ? WHERE id = ? AND status = 'active' AND phase = 'asking'"
        " AND current_index = ? AND deadline > ?",
        (when, game_id, q_index, when),
    )
    return cursor.rowcount == 1


async def touch_answer(conn: aiosqlite.Connection, game_id: int, now: dt.datetime) -> None:
    """Note an answer's time: the idle stop counts only time without answers."""
    await conn.execute("UPDATE trivia_games SET last_answer_at = ? WHERE id = ?", (encode(now), game_id))


async def touch_answers(conn: aiosqlite.Connection, latest: Iterable[tuple[int, dt.datetime]]) -> None:
    """touch_answer for several games at once: (game, its latest answer's time) each."""
    await conn.executemany(
        "UPDATE trivia_games SET last_answer_at = ? WHERE id = ?", [(encode(when), game) for game, when in latest]
    )


async def set_question_message(
    conn: aiosqlite.Connection, game_id: int, q_index: int, message_id: int, *, reveal: bool = False
) -> None:
    column = "reveal_message_id" if reveal else "message_id"
    await conn.execute(
        f"UPDATE trivia_game_questions SET {column} = ? WHERE game_id = ? AND q_index = ?",
        (message_id, game_id, q_index),
    )


async def close_question(conn: aiosqlite.Connection, game_id: int, q_index: int, winner_id: int | None) -> bool:
    """Mark a question closed; False when it already was (someone else closed it first)."""
    cursor = await conn.execute(
        "UPDATE trivia_game_questions SET closed = 1, winner_id = ?"
        " WHERE game_id = ? AND q_index = ? AND closed = 0",
        (winner_id, game_id, q_index),
    )
    return cursor.rowcount == 1


async def end_game(
    conn: aiosqlite.Connection, game_id: int, status: GameStatus, reason: str, now: dt.datetime
) -> bool:
    """End an active game; False when it had already ended."""
    cursor = await conn.execute(
        "UPDATE trivia_games SET status = ?, end_reason = ?, ended_at = ?, phase = 'done', deadline = NULL"
        " WHERE id = ? AND status = 'active'",
        (status, reason, encode(now), game_id),
    )
    return cursor.rowcount == 1


# -- the game's running scores -------------------------------------------------------------------


async def scores(conn: aiosqlite.Connection, game_id: int) -> list[Score]:
    cursor = await conn.execute(
        "SELECT * FROM trivia_scores WHERE game_id = ? ORDER BY points DESC, user_id", (game_id,)
    )
    return [
        Score(
            user_id=int(r["user_id"]),
            points=int(r["points"]),
            correct=int(r["correct"]),
            wrong=int(r["wrong"]),
            streak=int(r["streak"]),
            best_streak=int(r["best_streak"]),
            fastest_ms=r["fastest_ms"],
        )
        for r in await cursor.fetchall()
    ]


async def save_scores(conn: aiosqlite.Connection, game_id: int, rows: Iterable[Score]) -> None:
    await conn.executemany(
        "INSERT INTO trivia_scores (game_id, user_id, points, correct, wrong, streak, best_streak, fastest_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (game_id, user_id) DO UPDATE SET"
        " points = excluded.points, correct = excluded.correct, wrong = excluded.wrong,"
        " streak = excluded.streak, best_streak = excluded.best_streak, fastest_ms = excluded.fastest_ms",
        [
            (game_id, r.user_id, r.points, r.correct, r.wrong, r.streak, r.best_streak, r.fastest_ms)
            for r in rows
        ],
    )
