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


async def test_a_servers_daily_questions_are_read_alone_the_ones_turned_off_included(db: Database) -> None:
    async with db.transaction() as conn:
        await daily_store.set_daily(conn, 10, 1, "09:00", NOTHING, True)
        await daily_store.set_daily(conn, 11, 1, "10:00", NOTHING, True)
        await daily_store.set_daily(conn, 20, 2, "09:00", NOTHING, True)
        await daily_store.stop_daily(conn, 11, "I lost permission to post there", "20260301")
        rows = await daily_store.guild_daily(conn, 1)
    assert [(row.channel_id, row.enabled, row.stopped_reason) for row in rows] == [
        (10, True, None), (11, False, "I lost permission to post there"),
    ]
