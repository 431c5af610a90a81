"""What the bot keeps about a member (/forget): one write transaction, so nothing is half-deleted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import aiosqlite
import pytest

from bot.member_data import MemberData
from bot.show import Position
from db import Database
from db.lore import progress as progress_db
from db.season2 import subscriptions as subscriptions_db

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


class DiskFull(Exception):
    pass


async def _counts_nothing(_conn: aiosqlite.Connection, _user_id: int, _guild_id: int | None) -> list[tuple[str, int, int]]:
    return []


async def _failing_eraser(_conn: aiosqlite.Connection, _user_id: int) -> dict[str, int]:
    raise DiskFull("the last feature's delete failed")


async def test_a_deletion_that_fails_midway_deletes_nothing(tmp_path: Path) -> None:
    database = await Database.open(tmp_path / "hyosan.db")
    try:
        async with database.transaction() as conn:
            await progress_db.set_progress(conn, 1, 7, Position(1, 5))
            await subscriptions_db.add_optin(conn, 7, 1, NOW)
        data = MemberData(database)
        data.add("lore", progress_db.member_rows, progress_db.forget_member)
        data.add("season2", subscriptions_db.member_rows, subscriptions_db.forget_member)
        data.add("broken", _counts_nothing, _failing_eraser)
        with pytest.raises(DiskFull):
            await data.forget(7)
        assert [(h.kind, h.everywhere) for h in await data.held(7, 1)] == [
            ("watch progress", 1), ("countdown reminders by DM", 1),
        ]
    finally:
        await database.close()
