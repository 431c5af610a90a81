"""Standings: the server's leaderboards and the one of every server (all time, this month, this week; every list or one; the
top N by total points, wins, average points per game, games played, accuracy or best streak) and
a member's stats. Equal scores share a rank, and a board never cuts a rank in two: players tied with
its last one are shown too (Red paid a tie to a random player, #3931)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import TypeVar

from bot.clock import Clock
from bot.text import clean_input
from bot.trivia.model import LEADER_SORTS, LeaderSort, MemberStats, TriviaError
from db.connection import Database
from db.trivia import stats as stats_store

MAX_TOP = 25
NAME_LIMIT = 100  # Discord's display names are at most 32 characters; kept bounded whatever comes
T = TypeVar("T")


def rank_key(row: MemberStats, sort: str) -> tuple[float, ...]:
    """What ranks a player on a board sorted by `sort`: players with the same key share a rank (the
    database's order ends each of these with a tie-break, so equal keys are next to each other)."""
    if sort == "wins":
        return (row.wins, row.points)
    if sort == "average":
        return (round(row.average, 6), row.points)
    if sort == "games":
        return (row.games, row.points)
    if sort == "accuracy":
        return (round(row.accuracy, 6), row.correct)
    if sort == "streak":
        return (row.best_streak,)
    return (row.points, row.wins)


def through_ties(rows: list[T], top: int, key: Callable[[T], tuple[float, ...]]) -> list[T]:
    """The first `top` rows, and those after them tied with the last one (as far as `rows` go)."""
    if len(rows) <= top:
        return rows
    last = key(rows[top - 1])
    end = top
    while end < len(rows) and key(rows[end]) == last:
        end += 1
    return rows[:end]


class Standings:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self._names: dict[tuple[int, int], str] = {}  # the names last written: unchanged ones are not written again

    def forget_member(self, user_id: int) -> None:
        """Drop the names last written for the member: /forget deleted them, so the next game writes again."""
        for key in [key for key in self._names if key[1] == user_id]:
            del self._names[key]

    def period_start(self, period: str) -> dt.datetime | None:
        """Start of the leaderboard period: all time, this calendar month or this ISO week (UTC)."""
        now = self.clock.now().astimezone(dt.UTC)
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        if period == "month":
            return midnight.replace(day=1)
        if period == "week":
            return midnight - dt.timedelta(days=midnight.weekday())
        if period == "all":
            return None
        raise TriviaError("The period must be all, month or week.")

    def _board(self, period: str, sort: str, limit: int) -> tuple[dt.datetime | None, LeaderSort]:
        """Where a board of `limit` players starts and its sort, once both are checked."""
        if sort not in LEADER_SORTS:
            raise TriviaError(f"Sort by {', '.join(LEADER_SORTS[:-1])} or {LEADER_SORTS[-1]}.")
        if not 1 <= limit <= MAX_TOP:
            raise TriviaError(f"A leaderboard shows the top 1 to {MAX_TOP} players.")
        return self.period_start(period), sort

    async def leaderboard(
        self, guild_id: int, period: str, sort: str, limit: int = 10, list_name: str | None = None
    ) -> list[MemberStats]:
        since, checked = self._board(period, sort, limit)
        async with self.db.read() as conn:
            rows = await stats_store.leaderboard(conn, guild_id, since=since, sort=checked, limit=MAX_TOP, list_name=list_name)
        return through_ties(rows, limit, lambda row: rank_key(row, checked))

    async def games_ended(self, guild_id: int | None, period: str, list_name: str | None = None) -> bool:
        """Whether a game of the board's server (None: any server) ended in `period` (of `list_name`)."""
        since = self.period_start(period)
        async with self.db.read() as conn:
            return await stats_store.any_game_ended(conn, guild_id, since=since, list_name=list_name)

    async def scored_lists(self, guild_id: int) -> list[str]:
        async with self.db.read() as conn:
            return await stats_store.scored_lists(conn, guild_id)

    async def global_leaderboard(
        self, guild_id: int, period: str, sort: str, limit: int = 10
    ) -> list[tuple[MemberStats, bool]]:
        """The players of every server, each with whether they played in `guild_id`."""
        since, checked = self._board(period, sort, limit)
        async with self.db.read() as conn:
            ranked = await stats_store.global_leaderboard(conn, guild_id, since=since, sort=checked, limit=MAX_TOP)
        return through_ties(ranked, limit, lambda pair: rank_key(pair[0], checked))

    async def member_stats(self, guild_id: int, user_id: int) -> MemberStats | None:
        async with self.db.read() as conn:
            return await stats_store.member_stats(conn, guild_id, user_id)

    async def set_private(self, user_id: int, private: bool) -> bool:
        """A member's choice to be left off every leaderboard, their stats shown only to them (or not
        any more); False when it already was so."""
        async with self.db.transaction() as conn:
            return await stats_store.set_private(conn, user_id, private, self.clock.now())

    async def note_name(self, guild_id: int, user_id: int, name: str) -> None:
        """The name a player answered under in a server, kept so a board can still name them once they
        left (raw text: escaped where shown)."""
        name = clean_input(name, limit=NAME_LIMIT)
        if not name or self._names.get((guild_id, user_id)) == name:
            return
        async with self.db.transaction() as conn:
            await stats_store.note_name(conn, guild_id, user_id, name, self.clock.now())
        self._names[(guild_id, user_id)] = name

    async def player_names(self, guild_id: int, user_ids: Collection[int]) -> dict[int, str]:
        async with self.db.read() as conn:
            return await stats_store.player_names(conn, guild_id, user_ids)

    async def is_private(self, user_id: int) -> bool:
        async with self.db.read() as conn:
            return await stats_store.is_private(conn, user_id)
