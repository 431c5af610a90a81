"""What finished trivia games leave behind, pruned (README, Operations).

Only rows nothing reads once a game has ended: per-question answers, typed-guess counters, hints
and the running scores (each player's result row and each member's totals, which stats and
leaderboards read, stay), the question snapshots of all but each server's most recent games (as
many as its no-repeat setting looks back at). The daily question's answers stay: boards count them.
"""

from __future__ import annotations

import datetime as dt

import aiosqlite

from db.times import encode

_ENDED = "SELECT id FROM trivia_games WHERE status <> 'active' AND ended_at IS NOT NULL AND ended_at < ?"
_DETAIL = (
    ("trivia_answers", "answers"), ("trivia_guesses", "guesses"), ("trivia_hints", "hints"),
    ("trivia_scores", "running scores"),
)


async def prune_finished_games(
    conn: aiosqlite.Connection, *, ended_before: dt.datetime, default_no_repeat: int
) -> dict[str, int]:
    """Delete the detail of games that ended before `ended_before`; returns rows removed per kind.

    A server's question snapshots stay for its last `no_repeat_games` games (its setting, else
    `default_no_repeat`): the no-repeat rule reads their question ids when a game starts."""
    cutoff = encode(ended_before)
    removed: dict[str, int] = {}
    for table, kind in _DETAIL:
        cursor = await conn.execute(f"DELETE FROM {table} WHERE game_id IN ({_ENDED})", (cutoff,))
        removed[kind] = cursor.rowcount or 0
    cursor = await conn.execute(
        f"DELETE FROM trivia_game_questions WHERE game_id IN ({_ENDED}) AND game_id NOT IN ("
        " SELECT g.id FROM (SELECT id, guild_id, ROW_NUMBER() OVER (PARTITION BY guild_id ORDER BY id DESC) AS recent"
        "  FROM trivia_games) AS g LEFT JOIN trivia_settings AS s ON s.guild_id = g.guild_id"
        "  WHERE g.recent <= COALESCE(s.no_repeat_games, ?))",
        (cutoff, default_no_repeat),
    )
    removed["question snapshots"] = cursor.rowcount or 0
    # Daily-question answers are kept for good: they are the daily question's part of the
    # leaderboards (db/trivia/stats.py), as a game's result rows are its part.
    return removed
