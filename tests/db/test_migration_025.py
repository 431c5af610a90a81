"""Migration 025 gives each season-2 subscription its ping choice, on a database written before it:
every channel subscribed until then keeps the one rule there was (the news and the release ping its
role, the countdown does not), and a choice other than the three is refused by the database."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from db import Database
from db.connection import bundled_migrations
from db.season2 import subscriptions as subscriptions_db

T0 = "2026-03-01T12:00:00.000000Z"


@pytest.fixture
async def before_025(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "old.db", migrate=False)
    await database.migrate([m for m in bundled_migrations() if m.version < 25])
    async with database.transaction() as conn:
        await conn.execute(
            "INSERT INTO season2_subscriptions (guild_id, channel_id, role_id, level, created_by, enabled,"
            " created_at, updated_at) VALUES (1, 10, 20, 'official', 3, 1, ?, ?)",
            (T0, T0),
        )
    try:
        await database.migrate()
        yield database
    finally:
        await database.close()


async def test_a_channel_subscribed_before_keeps_pinging_for_changes_only(before_025: Database) -> None:
    async with before_025.read() as conn:
        (sub,) = await subscriptions_db.list_subscriptions(conn)
    assert (sub.role_id, sub.pings) == (20, "changes")


async def test_an_unknown_ping_choice_is_refused_by_the_database(before_025: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        async with before_025.transaction() as conn:
            await conn.execute("UPDATE season2_subscriptions SET pings = 'sometimes'")
