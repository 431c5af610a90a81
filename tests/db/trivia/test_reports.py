"""The moderators' report queue."""

from __future__ import annotations

from bot.show import NOTHING
from db.connection import Database
from db.trivia import reports as report_store
from tests.db.trivia.helpers import at


async def test_a_report_is_queued_once_per_member_and_reason(db: Database) -> None:
    async with db.transaction() as conn:
        kwargs = dict(guild_id=1, channel_id=10, game_id=None, question_id="q1", question_text="Q?",
                      spoils=NOTHING, reporter_id=7, reason="wrong", now=at(1))
        assert await report_store.add_report(conn, **kwargs)  # type: ignore[arg-type]
        assert not await report_store.add_report(conn, **kwargs)  # type: ignore[arg-type]
    async with db.read() as conn:
        reports = await report_store.open_reports(conn, 1)
    assert len(reports) == 1
    async with db.transaction() as conn:
        assert await report_store.resolve_report(conn, 1, reports[0].id)
    async with db.read() as conn:
        assert await report_store.open_reports(conn, 1) == []
