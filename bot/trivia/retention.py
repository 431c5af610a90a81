"""Trivia's part of housekeeping (bot/housekeeping.py): what finished games leave behind goes once
it is older than the retention; what stats, leaderboards and the no-repeat rule read stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from bot.trivia.model import TriviaSettings
from db import Database
from db.trivia import retention as retention_db


def pruner(db: Database) -> Callable[[dt.datetime], Awaitable[dict[str, int]]]:
    """The housekeeping pruner for trivia: given the cutoff, deletes and counts."""

    async def prune(older_than: dt.datetime) -> dict[str, int]:
        async with db.transaction() as conn:
            return await retention_db.prune_finished_games(
                conn, ended_before=older_than, default_no_repeat=TriviaSettings(guild_id=0).no_repeat_games
            )

    return prune
