"""Season-2 reminder rows (db/season2/reminders.py) on a real SQLite file."""

from __future__ import annotations

import datetime as dt

from db.connection import Database
from db.season2 import reminders as reminders_db

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)



async def test_reminder_rows_are_unique_per_date_and_offset(db: Database) -> None:
    release = T0 + dt.timedelta(days=10)
    async with db.transaction() as conn:
        assert await reminders_db.insert_reminder(
            conn, release_at=release, offset_s=3600, confidence="official", state="scheduled", reason=None, now=T0
        )
        assert not await reminders_db.insert_reminder(
            conn, release_at=release, offset_s=3600, confidence="official", state="scheduled", reason=None, now=T0
        )
        (row,) = await reminders_db.list_reminders(conn)
    assert row.due_at == release - dt.timedelta(hours=1)
