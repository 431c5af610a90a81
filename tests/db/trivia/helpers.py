"""What the storage tests share: a moment from a number of seconds, a game to hang rows on."""

from __future__ import annotations

import datetime as dt

from bot.show import NOTHING
from bot.trivia.model import Score, TriviaSettings
from db.connection import Database
from db.trivia import games as game_store
from db.trivia import stats as stats_store

EPOCH = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    """The moment `seconds` after a fixed epoch (the tests used to write times as plain seconds)."""
    return EPOCH + dt.timedelta(seconds=seconds)


async def new_game(db: Database, channel_id: int = 10) -> int | None:
    async with db.transaction() as conn:
        return await game_store.create_game(
            conn,
            guild_id=1,
            channel_id=channel_id,
            starter_id=5,
            mode="buttons",
            settings=TriviaSettings(guild_id=1),
            gate=NOTHING,
            clear_up_to=NOTHING,
            questions=[("q1", "{}"), ("q2", "{}")],
            category=None,
            difficulty=None,
            now=at(100),
            deadline=at(120),
        )


async def add_results(db: Database, game_id: int, rows: list[Score], winners: list[int], when: dt.datetime) -> None:
    async with db.transaction() as conn:
        await stats_store.record_results(conn, game_id, 1, rows, winners, when)
