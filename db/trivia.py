"""Trivia storage: games, answers, scores, stats, settings, imported lists, reports, daily questions.

Every function takes an open connection: writes run inside `db.transaction()`, reads inside
`db.read()`. Times are UNIX seconds from the bot's Clock.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any, Literal

import aiosqlite

GameStatus = Literal["active", "finished", "stopped", "idle", "abandoned"]
LeaderSort = Literal["points", "wins", "accuracy", "streak"]


# ---------------------------------------------------------------------------------------------
# Settings


@dataclass(frozen=True)
class TriviaSettings:
    guild_id: int
    answer_seconds: int = 20
    points_to_win: int = 50
    reveal_answers: bool = True
    pause_seconds: int = 3
    start_policy: str = "everyone"
    start_role_id: int | None = None
    max_guesses: int = 3
    idle_seconds: int = 120
    no_repeat_games: int = 5
    disabled_lists: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    lists_override: bool = True
    bot_plays: bool = False
    spoiler_answers: bool = False

    def to_json(self) -> str:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["disabled_lists"] = list(self.disabled_lists)
        data["disabled_categories"] = list(self.disabled_categories)
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TriviaSettings:
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in data.items() if k in known}
        data["disabled_lists"] = tuple(data.get("disabled_lists", ()))
        data["disabled_categories"] = tuple(data.get("disabled_categories", ()))
        return cls(**data)


_SETTING_COLUMNS = {
    "answer_seconds": "answer_seconds",
    "points_to_win": "points_to_win",
    "reveal_answers": "reveal_answers",
    "pause_seconds": "pause_seconds",
    "start_policy": "start_policy",
    "start_role_id": "start_role_id",
    "max_guesses": "max_guesses",
    "idle_seconds": "idle_seconds",
    "no_repeat_games": "no_repeat_games",
    "disabled_lists": "disabled_lists_json",
    "disabled_categories": "disabled_categories_json",
    "lists_override": "lists_override",
    "bot_plays": "bot_plays",
    "spoiler_answers": "spoiler_answers",
}


async def get_settings(conn: aiosqlite.Connection, guild_id: int) -> TriviaSettings:
    cursor = await conn.execute("SELECT * FROM trivia_settings WHERE guild_id = ?", (guild_id,))
    row = await cursor.fetchone()
    if row is None:
        return TriviaSettings(guild_id=guild_id)
    return TriviaSettings(
        guild_id=guild_id,
        answer_seconds=int(row["answer_seconds"]),
        points_to_win=int(row["points_to_win"]),
        reveal_answers=bool(row["reveal_answers"]),
        pause_seconds=int(row["pause_seconds"]),
        start_policy=str(row["start_policy"]),
        start_role_id=row["start_role_id"],
        max_guesses=int(row["max_guesses"]),
        idle_seconds=int(row["idle_seconds"]),
        no_repeat_games=int(row["no_repeat_games"]),
        disabled_lists=tuple(json.loads(row["disabled_lists_json"])),
        disabled_categories=tuple(json.loads(row["disabled_categories_json"])),
        lists_override=bool(row["lists_override"]),
        bot_plays=bool(row["bot_plays"]),
        spoiler_answers=bool(row["spoiler_answers"]),
    )


async def update_settings(conn: aiosqlite.Connection, guild_id: int, **changes: Any) -> None:
    """Change some settings of a guild (unknown names raise KeyError)."""
    await conn.execute("INSERT OR IGNORE INTO trivia_settings (guild_id) VALUES (?)", (guild_id,))
    for name, value in changes.items():
        column = _SETTING_COLUMNS[name]
        if name in ("disabled_lists", "disabled_categories"):
            value = json.dumps(sorted(set(value)))
        elif isinstance(value, bool):
            value = int(value)
        # column comes from the fixed mapping above, never from user input
        await conn.execute(f"UPDATE trivia_settings SET {column} = ? WHERE guild_id = ?", (value, guild_id))


# ---------------------------------------------------------------------------------------------
# Games


@dataclass(frozen=True)
class GameRow:
    id: int
    guild_id: int
    channel_id: int
    starter_id: int
    status: str
    mode: str
    settings: TriviaSettings
    gate: int
    clear_up_to: int
    question_count: int
    current_index: int
    phase: str
    posted_at: float | None
    deadline: float | None
    last_answer_at: float
    category: str | None
    difficulty: str | None
    started_at: float
    ended_at: float | None
    end_reason: str | None


def _game(row: aiosqlite.Row) -> GameRow:
    return GameRow(
        id=int(row["id"]),
        guild_id=int(row["guild_id"]),
        channel_id=int(row["channel_id"]),
        starter_id=int(row["starter_id"]),
        status=str(row["status"]),
        mode=str(row["mode"]),
        settings=TriviaSettings.from_json(row["settings_json"]),
        gate=int(row["gate"]),
        clear_up_to=int(row["clear_up_to"]),
        question_count=int(row["question_count"]),
        current_index=int(row["current_index"]),
        phase=str(row["phase"]),
        posted_at=row["posted_at"],
        deadline=row["deadline"],
        last_answer_at=float(row["last_answer_at"]),
        category=row["category"],
        difficulty=row["difficulty"],
        started_at=float(row["started_at"]),
        ended_at=row["ended_at"],
        end_reason=row["end_reason"],
    )


@dataclass(frozen=True)
class GameQuestionRow:
    game_id: int
    q_index: int
    question_id: str
    question_json: str
    message_id: int | None
    reveal_message_id: int | None
    closed: bool
    winner_id: int | None


def _game_question(row: aiosqlite.Row) -> GameQuestionRow:
    return GameQuestionRow(
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
    gate: int,
    clear_up_to: int,
    questions: Sequence[tuple[str, str]],
    category: str | None,
    difficulty: str | None,
    now: float,
    deadline: float,
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
                gate,
                clear_up_to,
                len(questions),
                now,
                deadline,
                now,
                category,
                difficulty,
                now,
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


async def get_game(conn: aiosqlite.Connection, game_id: int) -> GameRow | None:
    cursor = await conn.execute("SELECT * FROM trivia_games WHERE id = ?", (game_id,))
    row = await cursor.fetchone()
    return None if row is None else _game(row)


async def active_game_in_channel(conn: aiosqlite.Connection, channel_id: int) -> GameRow | None:
    cursor = await conn.execute(
        "SELECT * FROM trivia_games WHERE channel_id = ? AND status = 'active'", (channel_id,)
    )
    row = await cursor.fetchone()
    return None if row is None else _game(row)


async def active_games(conn: aiosqlite.Connection) -> list[GameRow]:
    cursor = await conn.execute("SELECT * FROM trivia_games WHERE status = 'active' ORDER BY id")
    return [_game(row) for row in await cursor.fetchall()]


async def due_games(conn: aiosqlite.Connection, now: float) -> list[GameRow]:
    cursor = await conn.execute(
        "SELECT * FROM trivia_games WHERE status = 'active' AND deadline IS NOT NULL AND deadline <= ?"
        " ORDER BY deadline, id",
        (now,),
    )
    return [_game(row) for row in await cursor.fetchall()]


async def next_deadline(conn: aiosqlite.Connection) -> float | None:
    cursor = await conn.execute("SELECT MIN(deadline) FROM trivia_games WHERE status = 'active'")
    row = await cursor.fetchone()
    return None if row is None or row[0] is None else float(row[0])


async def get_game_question(conn: aiosqlite.Connection, game_id: int, q_index: int) -> GameQuestionRow | None:
    cursor = await conn.execute(
        "SELECT * FROM trivia_game_questions WHERE game_id = ? AND q_index = ?", (game_id, q_index)
    )
    row = await cursor.fetchone()
    return None if row is None else _game_question(row)


async def set_phase(
    conn: aiosqlite.Connection,
    game_id: int,
    *,
    current_index: int,
    phase: str,
    posted_at: float | None,
    deadline: float | None,
) -> None:
    await conn.execute(
        "UPDATE trivia_games SET current_index = ?, phase = ?, posted_at = ?, deadline = ? WHERE id = ?",
        (current_index, phase, posted_at, deadline, game_id),
    )


async def set_question_message(
    conn: aiosqlite.Connection, game_id: int, q_index: int, message_id: int, *, reveal: bool = False
) -> None:
    column = "reveal_message_id" if reveal else "message_id"
    await conn.execute(
        f"UPDATE trivia_game_questions SET {column} = ? WHERE game_id = ? AND q_index = ?",
        (message_id, game_id, q_index),
    )


async def close_question(
    conn: aiosqlite.Connection, game_id: int, q_index: int, winner_id: int | None
) -> bool:
    """Mark a question closed; False when it already was (someone else closed it first)."""
    cursor = await conn.execute(
        "UPDATE trivia_game_questions SET closed = 1, winner_id = ?"
        " WHERE game_id = ? AND q_index = ? AND closed = 0",
        (winner_id, game_id, q_index),
    )
    return cursor.rowcount == 1


async def end_game(
    conn: aiosqlite.Connection, game_id: int, status: GameStatus, reason: str, now: float
) -> bool:
    """End an active game; False when it had already ended."""
    cursor = await conn.execute(
        "UPDATE trivia_games SET status = ?, end_reason = ?, ended_at = ?, phase = 'done', deadline = NULL"
        " WHERE id = ? AND status = 'active'",
        (status, reason, now, game_id),
    )
    return cursor.rowcount == 1


async def touch_answer(conn: aiosqlite.Connection, game_id: int, now: float) -> None:
    await conn.execute("UPDATE trivia_games SET last_answer_at = ? WHERE id = ?", (now, game_id))


# ---------------------------------------------------------------------------------------------
# Answers and guesses


@dataclass(frozen=True)
class AnswerRow:
    user_id: int
    choice: int | None
    correct: bool
    elapsed_ms: int
    answered_at: float


async def insert_answer(
    conn: aiosqlite.Connection,
    game_id: int,
    q_index: int,
    user_id: int,
    *,
    choice: int | None,
    correct: bool,
    elapsed_ms: int,
    now: float,
) -> bool:
    """Record a player's answer; False when they had already answered this question."""
    cursor = await conn.execute(
        "INSERT INTO trivia_answers (game_id, q_index, user_id, choice, correct, elapsed_ms, answered_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (game_id, q_index, user_id, choice, int(correct), elapsed_ms, now),
    )
    return cursor.rowcount == 1


async def answers_for(conn: aiosqlite.Connection, game_id: int, q_index: int) -> list[AnswerRow]:
    cursor = await conn.execute(
        "SELECT user_id, choice, correct, elapsed_ms, answered_at FROM trivia_answers"
        " WHERE game_id = ? AND q_index = ? ORDER BY answered_at, user_id",
        (game_id, q_index),
    )
    return [
        AnswerRow(int(r["user_id"]), r["choice"], bool(r["correct"]), int(r["elapsed_ms"]), float(r["answered_at"]))
        for r in await cursor.fetchall()
    ]


async def count_answers(conn: aiosqlite.Connection, game_id: int) -> int:
    cursor = await conn.execute("SELECT COUNT(*) FROM trivia_answers WHERE game_id = ?", (game_id,))
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def bump_guess(
    conn: aiosqlite.Connection, game_id: int, q_index: int, user_id: int, verdict: str | None
) -> int:
    """Count one more guess of a player on a question; returns the new count."""
    cursor = await conn.execute(
        "INSERT INTO trivia_guesses (game_id, q_index, user_id, guesses, last_verdict) VALUES (?, ?, ?, 1, ?)"
        " ON CONFLICT (game_id, q_index, user_id) DO UPDATE SET guesses = guesses + 1,"
        " last_verdict = excluded.last_verdict RETURNING guesses",
        (game_id, q_index, user_id, verdict),
    )
    row = await cursor.fetchone()
    await cursor.close()
    assert row is not None
    return int(row[0])


async def guess_count(conn: aiosqlite.Connection, game_id: int, q_index: int, user_id: int) -> int:
    cursor = await conn.execute(
        "SELECT guesses FROM trivia_guesses WHERE game_id = ? AND q_index = ? AND user_id = ?",
        (game_id, q_index, user_id),
    )
    row = await cursor.fetchone()
    return 0 if row is None else int(row[0])


async def guessers(conn: aiosqlite.Connection, game_id: int, q_index: int) -> list[int]:
    cursor = await conn.execute(
        "SELECT user_id FROM trivia_guesses WHERE game_id = ? AND q_index = ? ORDER BY user_id",
        (game_id, q_index),
    )
    return [int(r[0]) for r in await cursor.fetchall()]


async def total_guesses(conn: aiosqlite.Connection, game_id: int) -> int:
    cursor = await conn.execute("SELECT COALESCE(SUM(guesses), 0) FROM trivia_guesses WHERE game_id = ?", (game_id,))
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def players_before(conn: aiosqlite.Connection, game_id: int, q_index: int) -> set[int]:
    """Players who answered at least one question of the game before `q_index` (the active players)."""
    if q_index <= 0:
        return set()
    cursor = await conn.execute(
        "SELECT DISTINCT user_id FROM trivia_answers WHERE game_id = ? AND q_index < ?", (game_id, q_index)
    )
    return {int(r[0]) for r in await cursor.fetchall()}


async def answered_users(conn: aiosqlite.Connection, game_id: int, q_index: int) -> set[int]:
    cursor = await conn.execute(
        "SELECT user_id FROM trivia_answers WHERE game_id = ? AND q_index = ?", (game_id, q_index)
    )
    return {int(r[0]) for r in await cursor.fetchall()}


async def shorten_deadline(
    conn: aiosqlite.Connection, game_id: int, q_index: int, deadline: float
) -> bool:
    """Bring the current question's deadline forward (never back); False when nothing changed."""
    cursor = await conn.execute(
        "UPDATE trivia_games SET deadline = ? WHERE id = ? AND status = 'active' AND phase = 'asking'"
        " AND current_index = ? AND deadline > ?",
        (deadline, game_id, q_index, deadline),
    )
    return cursor.rowcount == 1


# ---------------------------------------------------------------------------------------------
# Hints


async def add_hint(conn: aiosqlite.Connection, game_id: int, q_index: int, user_id: int, now: float) -> bool:
    """Record that a player took the hint on a question; False when they already had."""
    cursor = await conn.execute(
        "INSERT INTO trivia_hints (game_id, q_index, user_id, taken_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (game_id, q_index, user_id, now),
    )
    return cursor.rowcount == 1


async def hinted_users(conn: aiosqlite.Connection, game_id: int, q_index: int) -> set[int]:
    cursor = await conn.execute(
        "SELECT user_id FROM trivia_hints WHERE game_id = ? AND q_index = ?", (game_id, q_index)
    )
    return {int(r[0]) for r in await cursor.fetchall()}


# ---------------------------------------------------------------------------------------------
# Scores of one game


@dataclass
class ScoreRow:
    user_id: int
    points: int = 0
    correct: int = 0
    wrong: int = 0
    streak: int = 0
    best_streak: int = 0
    fastest_ms: int | None = None


async def scores(conn: aiosqlite.Connection, game_id: int) -> list[ScoreRow]:
    cursor = await conn.execute(
        "SELECT * FROM trivia_scores WHERE game_id = ? ORDER BY points DESC, user_id", (game_id,)
    )
    return [
        ScoreRow(
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


async def save_scores(conn: aiosqlite.Connection, game_id: int, rows: Iterable[ScoreRow]) -> None:
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


# ---------------------------------------------------------------------------------------------
# Results, member stats, leaderboards, recent questions


async def record_results(
    conn: aiosqlite.Connection,
    game_id: int,
    guild_id: int,
    rows: Sequence[ScoreRow],
    winners: Iterable[int],
    finished_at: float,
) -> None:
    """Write one result row per player and fold it into the members' all-time stats."""
    won = set(winners)
    for r in rows:
        await conn.execute(
            "INSERT OR IGNORE INTO trivia_results (game_id, guild_id, user_id, points, correct, wrong, won,"
            " best_streak, fastest_ms, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (game_id, guild_id, r.user_id, r.points, r.correct, r.wrong, int(r.user_id in won),
             r.best_streak, r.fastest_ms, finished_at),
        )
        await conn.execute(
            "INSERT INTO trivia_member_stats (guild_id, user_id, games, correct, wrong, wins, points,"
            " best_streak, fastest_ms) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (guild_id, user_id) DO UPDATE SET games = games + 1,"
            " correct = correct + excluded.correct, wrong = wrong + excluded.wrong,"
            " wins = wins + excluded.wins, points = points + excluded.points,"
            " best_streak = MAX(best_streak, excluded.best_streak),"
            " fastest_ms = CASE WHEN fastest_ms IS NULL THEN excluded.fastest_ms"
            "   WHEN excluded.fastest_ms IS NULL THEN fastest_ms"
            "   ELSE MIN(fastest_ms, excluded.fastest_ms) END",
            (guild_id, r.user_id, r.correct, r.wrong, int(r.user_id in won), r.points, r.best_streak,
             r.fastest_ms),
        )


@dataclass(frozen=True)
class MemberStats:
    user_id: int
    games: int
    correct: int
    wrong: int
    wins: int
    points: int
    best_streak: int
    fastest_ms: int | None

    @property
    def accuracy(self) -> float:
        answered = self.correct + self.wrong
        return self.correct / answered if answered else 0.0


def _stats(row: aiosqlite.Row) -> MemberStats:
    return MemberStats(
        user_id=int(row["user_id"]),
        games=int(row["games"]),
        correct=int(row["correct"]),
        wrong=int(row["wrong"]),
        wins=int(row["wins"]),
        points=int(row["points"]),
        best_streak=int(row["best_streak"]),
        fastest_ms=row["fastest_ms"],
    )


async def member_stats(conn: aiosqlite.Connection, guild_id: int, user_id: int) -> MemberStats | None:
    cursor = await conn.execute(
        "SELECT * FROM trivia_member_stats WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
    )
    row = await cursor.fetchone()
    return None if row is None else _stats(row)


_SORTS: dict[str, str] = {
    # ties broken the same way every time: then points, then fewer games, then user id
    "points": "points DESC, wins DESC, games ASC, user_id ASC",
    "wins": "wins DESC, points DESC, games ASC, user_id ASC",
    "accuracy": "CAST(correct AS REAL) / MAX(correct + wrong, 1) DESC, correct DESC, points DESC, user_id ASC",
    "streak": "best_streak DESC, points DESC, user_id ASC",
}


async def leaderboard(
    conn: aiosqlite.Connection, guild_id: int, *, since: float | None, sort: str, limit: int = 10
) -> list[MemberStats]:
    """Members ranked over the games finished since `since` (None: all time)."""
    order = _SORTS[sort]
    cursor = await conn.execute(
        "SELECT user_id, COUNT(*) AS games, SUM(correct) AS correct, SUM(wrong) AS wrong,"
        " SUM(won) AS wins, SUM(points) AS points, MAX(best_streak) AS best_streak,"
        " MIN(fastest_ms) AS fastest_ms FROM trivia_results"
        " WHERE guild_id = ? AND finished_at >= ? GROUP BY user_id"
        f" ORDER BY {order} LIMIT ?",
        (guild_id, since if since is not None else float("-inf"), limit),
    )
    return [_stats(row) for row in await cursor.fetchall()]


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


# ---------------------------------------------------------------------------------------------
# Imported lists


@dataclass(frozen=True)
class ListRow:
    guild_id: int
    name: str
    author: str | None
    description: str | None
    question_count: int
    imported_by: int
    imported_at: float
    questions_json: str | None = None
    config_json: str = "{}"

    @property
    def config(self) -> dict[str, object]:
        """The list's Red CONFIG (already validated when the list was parsed); {} when it has none."""
        try:
            data = json.loads(self.config_json)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}


def _list(row: aiosqlite.Row, with_questions: bool) -> ListRow:
    return ListRow(
        guild_id=int(row["guild_id"]),
        name=str(row["name"]),
        author=row["author"],
        description=row["description"],
        question_count=int(row["question_count"]),
        imported_by=int(row["imported_by"]),
        imported_at=float(row["imported_at"]),
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
    now: float,
    config_json: str = "{}",
) -> None:
    await conn.execute(
        "INSERT INTO trivia_lists (guild_id, name, author, description, questions_json, question_count,"
        " imported_by, imported_at, config_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (guild_id, name) DO UPDATE SET author = excluded.author,"
        " description = excluded.description, questions_json = excluded.questions_json,"
        " question_count = excluded.question_count, imported_by = excluded.imported_by,"
        " imported_at = excluded.imported_at, config_json = excluded.config_json",
        (guild_id, name, author, description, questions_json, question_count, imported_by, now, config_json),
    )


async def imported_lists(conn: aiosqlite.Connection, guild_id: int, *, with_questions: bool = False) -> list[ListRow]:
    cursor = await conn.execute("SELECT * FROM trivia_lists WHERE guild_id = ? ORDER BY name", (guild_id,))
    return [_list(row, with_questions) for row in await cursor.fetchall()]


async def get_list(conn: aiosqlite.Connection, guild_id: int, name: str) -> ListRow | None:
    cursor = await conn.execute("SELECT * FROM trivia_lists WHERE guild_id = ? AND name = ?", (guild_id, name))
    row = await cursor.fetchone()
    return None if row is None else _list(row, True)


async def delete_list(conn: aiosqlite.Connection, guild_id: int, name: str) -> bool:
    cursor = await conn.execute("DELETE FROM trivia_lists WHERE guild_id = ? AND name = ?", (guild_id, name))
    return cursor.rowcount == 1


# ---------------------------------------------------------------------------------------------
# Reports


@dataclass(frozen=True)
class ReportRow:
    id: int
    guild_id: int
    channel_id: int
    game_id: int | None
    question_id: str
    question_text: str
    spoils: int
    reporter_id: int
    reason: str
    status: str
    created_at: float


async def add_report(
    conn: aiosqlite.Connection,
    *,
    guild_id: int,
    channel_id: int,
    game_id: int | None,
    question_id: str,
    question_text: str,
    spoils: int,
    reporter_id: int,
    reason: str,
    now: float,
) -> bool:
    """Queue a report; False when this member already reported this question for this reason."""
    cursor = await conn.execute(
        "INSERT INTO trivia_reports (guild_id, channel_id, game_id, question_id, question_text, spoils,"
        " reporter_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (guild_id, channel_id, game_id, question_id, question_text, spoils, reporter_id, reason, now),
    )
    return cursor.rowcount == 1


async def open_reports(conn: aiosqlite.Connection, guild_id: int, limit: int = 20) -> list[ReportRow]:
    cursor = await conn.execute(
        "SELECT * FROM trivia_reports WHERE guild_id = ? AND status = 'open' ORDER BY created_at, id LIMIT ?",
        (guild_id, limit),
    )
    return [
        ReportRow(
            id=int(r["id"]),
            guild_id=int(r["guild_id"]),
            channel_id=int(r["channel_id"]),
            game_id=r["game_id"],
            question_id=str(r["question_id"]),
            question_text=str(r["question_text"]),
            spoils=int(r["spoils"]),
            reporter_id=int(r["reporter_id"]),
            reason=str(r["reason"]),
            status=str(r["status"]),
            created_at=float(r["created_at"]),
        )
        for r in await cursor.fetchall()
    ]


async def resolve_report(conn: aiosqlite.Connection, guild_id: int, report_id: int) -> bool:
    cursor = await conn.execute(
        "UPDATE trivia_reports SET status = 'resolved' WHERE guild_id = ? AND id = ? AND status = 'open'",
        (guild_id, report_id),
    )
    return cursor.rowcount == 1


# ---------------------------------------------------------------------------------------------
# Daily question


@dataclass(frozen=True)
class DailyRow:
    channel_id: int
    guild_id: int
    post_time: str
    gate: int
    enabled: bool
    day: str | None
    question_id: str | None
    question_json: str | None
    message_id: int | None


def _daily(row: aiosqlite.Row) -> DailyRow:
    return DailyRow(
        channel_id=int(row["channel_id"]),
        guild_id=int(row["guild_id"]),
        post_time=str(row["post_time"]),
        gate=int(row["gate"]),
        enabled=bool(row["enabled"]),
        day=row["day"],
        question_id=row["question_id"],
        question_json=row["question_json"],
        message_id=row["message_id"],
    )


async def set_daily(
    conn: aiosqlite.Connection, channel_id: int, guild_id: int, post_time: str, gate: int, enabled: bool
) -> None:
    await conn.execute(
        "INSERT INTO trivia_daily (channel_id, guild_id, post_time, gate, enabled) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (channel_id) DO UPDATE SET post_time = excluded.post_time, gate = excluded.gate,"
        " enabled = excluded.enabled",
        (channel_id, guild_id, post_time, gate, int(enabled)),
    )


async def get_daily(conn: aiosqlite.Connection, channel_id: int) -> DailyRow | None:
    cursor = await conn.execute("SELECT * FROM trivia_daily WHERE channel_id = ?", (channel_id,))
    row = await cursor.fetchone()
    return None if row is None else _daily(row)


async def all_daily(conn: aiosqlite.Connection) -> list[DailyRow]:
    cursor = await conn.execute("SELECT * FROM trivia_daily WHERE enabled = 1 ORDER BY channel_id")
    return [_daily(row) for row in await cursor.fetchall()]


async def set_daily_question(
    conn: aiosqlite.Connection, channel_id: int, day: str, question_id: str, question_json: str
) -> bool:
    """Claim the day's question for a channel; False when that day already has one."""
    cursor = await conn.execute(
        "UPDATE trivia_daily SET day = ?, question_id = ?, question_json = ?, message_id = NULL"
        " WHERE channel_id = ? AND (day IS NULL OR day <> ?)",
        (day, question_id, question_json, channel_id, day),
    )
    return cursor.rowcount == 1


async def set_daily_message(conn: aiosqlite.Connection, channel_id: int, message_id: int) -> None:
    await conn.execute("UPDATE trivia_daily SET message_id = ? WHERE channel_id = ?", (message_id, channel_id))


async def insert_daily_answer(
    conn: aiosqlite.Connection, channel_id: int, day: str, user_id: int, choice: int, correct: bool
) -> bool:
    cursor = await conn.execute(
        "INSERT INTO trivia_daily_answers (channel_id, day, user_id, choice, correct) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (channel_id, day, user_id, choice, int(correct)),
    )
    return cursor.rowcount == 1


@dataclass(frozen=True)
class DailyStreak:
    streak: int
    best_streak: int
    last_correct_day: str | None


async def get_daily_streak(conn: aiosqlite.Connection, channel_id: int, user_id: int) -> DailyStreak:
    cursor = await conn.execute(
        "SELECT streak, best_streak, last_correct_day FROM trivia_daily_streaks WHERE channel_id = ? AND user_id = ?",
        (channel_id, user_id),
    )
    row = await cursor.fetchone()
    if row is None:
        return DailyStreak(0, 0, None)
    return DailyStreak(int(row[0]), int(row[1]), row[2])


async def put_daily_streak(conn: aiosqlite.Connection, channel_id: int, user_id: int, streak: DailyStreak) -> None:
    await conn.execute(
        "INSERT INTO trivia_daily_streaks (channel_id, user_id, streak, best_streak, last_correct_day)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel_id, user_id) DO UPDATE SET streak = excluded.streak,"
        " best_streak = excluded.best_streak, last_correct_day = excluded.last_correct_day",
        (channel_id, user_id, streak.streak, streak.best_streak, streak.last_correct_day),
    )
