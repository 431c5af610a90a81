"""What finished trivia games leave behind, pruned (README, Operations).

Only rows nothing reads once a game has ended: per-question answers, typed-guess counters and
hints (the game's scores, its result rows and each member's totals, which stats and leaderboards
read, stay), the question snapshots of all but each server's most recent games (the no-repeat rule
looks back at most that far), and the daily question's per-day answers of past days.
"""

from __future__ import annotations

import datetime as dt

import aiosqlite

from db.times import encode

_ENDED = "SELECT id FROM trivia_games WHERE status <> 'active' AND ended_at IS NOT NULL AND ended_at < ?"


async def prune_finished_games(
    conn: aiosqlite.Connection, *, ended_before: dt.datetime, keep_recent_games: int
) -> dict[str, int]:
    """Delete the detail of games that ended before `ended_before`; returns rows removed per kind."""
    cutoff = encode(ended_before)
    removed: dict[str, int] = {}
    for table, kind in (("trivia_answers", "answers"), ("trivia_guesses", "guesses"), ("trivia_hints", "hints")):
        cursor = await conn.execute(f"DELETE FROM {table} WHERE game_id IN ({_ENDED})", (cutoff,))
        removed[kind] = cursor.rowcount or 0
    cursor = await conn.execute(
        f"DELETE FROM trivia_game_questions WHERE game_id IN ({_ENDED}) AND game_id NOT IN ("
        " SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY guild_id ORDER BY id DESC) AS recent"
        "  FROM trivia_games) WHERE recent <= ?)",
        (cutoff, keep_recent_games),
    )
    removed["question snapshots"] = cursor.rowcount or 0
    day = ended_before.astimezone(dt.UTC).strftime("%Y%m%d")
    cursor = await conn.execute("DELETE FROM trivia_daily_answers WHERE day < ?", (day,))
    removed["daily answers"] = cursor.rowcount or 0
    return removed
