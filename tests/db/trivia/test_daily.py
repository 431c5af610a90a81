"""Daily questions: claimed once a day per channel."""

from __future__ import annotations

from bot.show import NOTHING
from db.connection import Database
from db.trivia import daily as daily_store


async def test_the_daily_question_is_claimed_once_a_day(db: Database) -> None:
    async with db.transaction() as conn:
        await daily_store.set_daily(conn, 10, 1, "09:00", NOTHING, True)
        assert await daily_store.set_daily_question(conn, 10, "2026-03-01", "q1", "{}")
        assert not await daily_store.set_daily_question(conn, 10, "2026-03-01", "q2", "{}")
        assert await daily_store.set_daily_question(conn, 10, "2026-03-02", "q2", "{}")
