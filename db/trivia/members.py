"""What trivia keeps about one member, counted and deleted for /forget (bot/member_data.py).

Per kind: the tables, the column naming the member, and how a row is tied to a server (a game's
rows through their game, a daily answer through the daily channel; the leaderboard opt-out is for
every server at once). Posted messages are not rows: a game's final scores stay as posted.
"""

from __future__ import annotations

import aiosqlite

_BY_GAME = "(SELECT guild_id FROM trivia_games WHERE id = game_id)"
_BY_DAILY = "(SELECT guild_id FROM trivia_daily WHERE trivia_daily.channel_id = {table}.channel_id)"
_EVERY_SERVER = "?"  # the opt-out holds everywhere: it counts in the server asked from too

# (kind shown to the member, table, member column, the expression giving a row's server)
_TABLES: tuple[tuple[str, str, str, str], ...] = (
    ("trivia game answers", "trivia_answers", "user_id", _BY_GAME),
    ("trivia game answers", "trivia_guesses", "user_id", _BY_GAME),
    ("trivia game answers", "trivia_hints", "user_id", _BY_GAME),
    ("trivia game results", "trivia_results", "user_id", "guild_id"),
    ("trivia game results", "trivia_scores", "user_id", _BY_GAME),
    ("trivia stats", "trivia_member_stats", "user_id", "guild_id"),
    ("daily-question answers", "trivia_daily_answers", "user_id", _BY_DAILY),
    ("daily-question streaks", "trivia_daily_streaks", "user_id", _BY_DAILY),
    ("name shown on leaderboards", "trivia_player_names", "user_id", "guild_id"),
    ("leaderboard opt-out", "trivia_private_players", "user_id", _EVERY_SERVER),
    ("trivia question reports", "trivia_reports", "reporter_id", "guild_id"),
)


async def member_rows(conn: aiosqlite.Connection, user_id: int, guild_id: int | None) -> list[tuple[str, int, int]]:
    """Rows per kind about the member: in `guild_id` (none in a DM), and everywhere."""
    counts: dict[str, list[int]] = {}
    for kind, table, column, server in _TABLES:
        where = server.format(table=table)
        cursor = await conn.execute(
            f"SELECT COALESCE(SUM({where} IS ?), 0), COUNT(*) FROM {table} WHERE {column} = ?",
            ((guild_id, guild_id, user_id) if where == _EVERY_SERVER else (guild_id, user_id)),
        )
        row = await cursor.fetchone()
        total = counts.setdefault(kind, [0, 0])
        if row is not None:
            total[0] += int(row[0])
            total[1] += int(row[1])
    return [(kind, here, everywhere) for kind, (here, everywhere) in counts.items()]


async def forget_member(conn: aiosqlite.Connection, user_id: int) -> dict[str, int]:
    """Delete every trivia row about the member (inside the caller's transaction): leaderboards,
    stats and the reports queue no longer know them."""
    deleted: dict[str, int] = {}
    for kind, table, column, _ in _TABLES:
        cursor = await conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (user_id,))
        deleted[kind] = deleted.get(kind, 0) + (cursor.rowcount or 0)
    return deleted
