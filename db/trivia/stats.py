"""Results and stats: one result row per player per ended game (the history behind period
leaderboards), the lists each such game drew from (per-list leaderboards), and each member's
all-time totals. A server's board also counts its daily questions: each answer is a point when
right (no game played, none won), on the board of the period its day falls in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence

import aiosqlite

from bot.trivia.model import LeaderSort, MemberStats, Score
from db.times import encode, encode_optional


async def record_results(
    conn: aiosqlite.Connection,
    game_id: int,
    guild_id: int,
    rows: Sequence[Score],
    winners: Iterable[int],
    finished_at: dt.datetime,
) -> None:
    """Write one result row per player and fold it into the members' all-time stats; note the
    lists the game's questions came from (its question snapshots are still there)."""
    won = set(winners)
    finished = encode(finished_at)
    await conn.execute(
        "INSERT OR IGNORE INTO trivia_game_lists (game_id, guild_id, list_name)"
        " SELECT DISTINCT game_id, ?, json_extract(question_json, '$.list_name') FROM trivia_game_questions"
        " WHERE game_id = ? AND json_valid(question_json) AND json_extract(question_json, '$.list_name') IS NOT NULL",
        (guild_id, game_id),
    )
    for r in rows:
        await conn.execute(
            "INSERT OR IGNORE INTO trivia_results (game_id, guild_id, user_id, points, correct, wrong, won,"
            " best_streak, fastest_ms, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (game_id, guild_id, r.user_id, r.points, r.correct, r.wrong, int(r.user_id in won),
             r.best_streak, r.fastest_ms, finished),
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
        daily_points=int(row["daily_points"]) if "daily_points" in row.keys() else 0,
    )


async def member_stats(conn: aiosqlite.Connection, guild_id: int, user_id: int) -> MemberStats | None:
    cursor = await conn.execute(
        "SELECT * FROM trivia_member_stats WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
    )
    row = await cursor.fetchone()
    return None if row is None else _stats(row)


_SORTS: dict[LeaderSort, str] = {
    # ties broken the same way every time: then points, then fewer games, then user id
    "points": "points DESC, wins DESC, games ASC, user_id ASC",
    "wins": "wins DESC, points DESC, games ASC, user_id ASC",
    # points per game played: a daily question's points are no game's (a player with none averages 0)
    "average": "COALESCE(CAST(points - daily_points AS REAL) / NULLIF(games, 0), 0) DESC, points DESC, user_id ASC",
    "games": "games DESC, points DESC, user_id ASC",
    "accuracy": "CAST(correct AS REAL) / MAX(correct + wrong, 1) DESC, correct DESC, points DESC, user_id ASC",
    "streak": "best_streak DESC, points DESC, user_id ASC",
}


async def leaderboard(
    conn: aiosqlite.Connection, guild_id: int, *, since: dt.datetime | None, sort: LeaderSort, limit: int = 10,
    list_name: str | None = None,
) -> list[MemberStats]:
    """Members ranked over the games finished since `since` (None: all time), only the games that
    drew from `list_name` when given."""
    order = _SORTS[sort]
    start = encode_optional(since)
    first_day = None if since is None else since.astimezone(dt.UTC).strftime("%Y%m%d")
    # A board of one list is its games'; the daily questions (every list they ask from) count on the others.
    cursor = await conn.execute(
        "SELECT user_id, SUM(games) AS games, SUM(correct) AS correct, SUM(wrong) AS wrong,"
        " SUM(won) AS wins, SUM(points) AS points, MAX(best_streak) AS best_streak,"
        " MIN(fastest_ms) AS fastest_ms, SUM(daily_points) AS daily_points FROM ("
        "  SELECT user_id, 1 AS games, correct, wrong, won, points, best_streak, fastest_ms, 0 AS daily_points"
        "  FROM trivia_results"
        "  WHERE guild_id = ? AND (? IS NULL OR finished_at >= ?)"
        "  AND (? IS NULL OR game_id IN (SELECT game_id FROM trivia_game_lists WHERE guild_id = ? AND list_name = ?))"
        "  UNION ALL"
        "  SELECT a.user_id, 0, a.correct, 1 - a.correct, 0, a.correct, 0, NULL, a.correct"
        "  FROM trivia_daily_answers AS a JOIN trivia_daily AS d ON d.channel_id = a.channel_id"
        "  WHERE d.guild_id = ? AND ? IS NULL AND (? IS NULL OR a.day >= ?))"
        " WHERE user_id NOT IN (SELECT user_id FROM trivia_private_players)"
        f" GROUP BY user_id ORDER BY {order} LIMIT ?",
        (guild_id, start, start, list_name, guild_id, list_name, guild_id, list_name, first_day, first_day, limit),
    )
    return [_stats(row) for row in await cursor.fetchall()]


async def any_game_ended(
    conn: aiosqlite.Connection, guild_id: int | None, *, since: dt.datetime | None, list_name: str | None = None,
) -> bool:
    """Whether a game of `guild_id` (None: of any server) ended since `since` (None: ever), of
    `list_name` when given: an empty board after games says so, never "no finished games"."""
    start = encode_optional(since)
    cursor = await conn.execute(
        "SELECT 1 FROM trivia_games WHERE status <> 'active' AND ended_at IS NOT NULL"
        " AND (? IS NULL OR guild_id = ?) AND (? IS NULL OR ended_at >= ?)"
        " AND (? IS NULL OR id IN (SELECT game_id FROM trivia_game_lists WHERE list_name = ?)) LIMIT 1",
        (guild_id, guild_id, start, start, list_name, list_name),
    )
    return await cursor.fetchone() is not None


async def scored_lists(conn: aiosqlite.Connection, guild_id: int) -> list[str]:
    """The lists the server's finished games drew from (a deleted list's board still has them)."""
    cursor = await conn.execute(
        "SELECT DISTINCT list_name FROM trivia_game_lists WHERE guild_id = ?"
        " AND game_id IN (SELECT game_id FROM trivia_results WHERE guild_id = ?) ORDER BY list_name",
        (guild_id, guild_id),
    )
    return [str(row[0]) for row in await cursor.fetchall()]


async def global_leaderboard(
    conn: aiosqlite.Connection, here: int, *, since: dt.datetime | None, sort: LeaderSort, limit: int = 10,
) -> list[tuple[MemberStats, bool]]:
    """Players ranked over the games finished in every server since `since` (None: all time), each
    with whether they have played in the server `here` (the others are not named there)."""
    order = _SORTS[sort]
    start = encode_optional(since)
    # (two forms: "? IS NULL OR finished_at >= ?" would keep SQLite off trivia_results_by_time)
    since_sql, since_args = (" WHERE finished_at >= ?", (start,)) if start is not None else ("", ())
    cursor = await conn.execute(
        "SELECT user_id, COUNT(*) AS games, SUM(correct) AS correct, SUM(wrong) AS wrong,"
        " SUM(won) AS wins, SUM(points) AS points, MAX(best_streak) AS best_streak,"
        " MIN(fastest_ms) AS fastest_ms, 0 AS daily_points, MAX(guild_id = ?) AS here FROM trivia_results"
        f"{since_sql} GROUP BY user_id HAVING user_id NOT IN (SELECT user_id FROM trivia_private_players)"
        f" ORDER BY {order} LIMIT ?",
        (here, *since_args, limit),
    )
    return [(_stats(row), bool(row["here"])) for row in await cursor.fetchall()]


async def set_private(conn: aiosqlite.Connection, user_id: int, private: bool, now: dt.datetime) -> bool:
    """Leave a member off every leaderboard (or put them back); False when it already was so."""
    if private:
        cursor = await conn.execute(
            "INSERT OR IGNORE INTO trivia_private_players (user_id, since) VALUES (?, ?)", (user_id, encode(now))
        )
    else:
        cursor = await conn.execute("DELETE FROM trivia_private_players WHERE user_id = ?", (user_id,))
    return cursor.rowcount == 1


async def is_private(conn: aiosqlite.Connection, user_id: int) -> bool:
    cursor = await conn.execute("SELECT 1 FROM trivia_private_players WHERE user_id = ?", (user_id,))
    return await cursor.fetchone() is not None


async def note_name(conn: aiosqlite.Connection, guild_id: int, user_id: int, name: str, now: dt.datetime) -> None:
    """The display name a player was seen under in a server (the latest one kept)."""
    await conn.execute(
        "INSERT INTO trivia_player_names (guild_id, user_id, name, seen_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (guild_id, user_id) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at",
        (guild_id, user_id, name, encode(now)),
    )


async def player_names(conn: aiosqlite.Connection, guild_id: int, user_ids: Collection[int]) -> dict[int, str]:
    """The last name each of `user_ids` was seen under in the server (those never seen left out)."""
    if not user_ids:
        return {}
    marks = ", ".join("?" * len(user_ids))
    cursor = await conn.execute(
        f"SELECT user_id, name FROM trivia_player_names WHERE guild_id = ? AND user_id IN ({marks})",
        (guild_id, *user_ids),
    )
    return {int(row["user_id"]): str(row["name"]) for row in await cursor.fetchall()}
