"""The database keeps one time encoding; migration 008 moves older rows to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from db import Database, times
from db.connection import bundled_migrations

WHEN = dt.datetime(2026, 3, 1, 12, 30, 5, 123456, tzinfo=dt.UTC)


def test_a_time_is_stored_as_fixed_width_utc_text() -> None:
    assert times.encode(WHEN) == "2026-03-01T12:30:05.123456Z"
    assert times.decode(times.encode(WHEN)) == WHEN


def test_a_time_in_another_zone_is_stored_in_utc() -> None:
    seoul = dt.timezone(dt.timedelta(hours=9))
    assert times.encode(WHEN.astimezone(seoul)) == "2026-03-01T12:30:05.123456Z"


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        times.encode(dt.datetime(2026, 3, 1, 12, 0))


def test_text_order_is_time_order() -> None:
    earlier, later = WHEN, WHEN + dt.timedelta(microseconds=1)
    assert times.encode(earlier) < times.encode(later)


async def _database_before_008(path: Path) -> Database:
    database = await Database.open(path, migrate=False)
    await database.migrate([m for m in bundled_migrations() if m.version < 8])
    return database


async def test_migration_008_converts_every_older_encoding(tmp_path: Path) -> None:
    database = await _database_before_008(tmp_path / "old.db")
    async with database.transaction() as conn:
        await conn.execute(
            "INSERT INTO bot_state (key, value, updated_at) VALUES ('a', 'b', '2026-03-01T12:30:05Z')"
        )
        await conn.execute(
            "INSERT INTO season2_leases (name, holder, expires_at, acquired_at)"
            " VALUES ('isoformat', 'x', '2026-03-01T12:30:05.123456+00:00', '2026-03-01T12:30:05+00:00')"
        )
        await conn.execute(
            "INSERT INTO season2_leases (name, holder, expires_at, acquired_at)"
            " VALUES ('current', 'x', '2026-03-01T12:30:05.123456Z', '2026-03-01T12:30:05.000000Z')"
        )
    await database.migrate()
    async with database.read() as conn:
        state = await (await conn.execute("SELECT updated_at FROM bot_state")).fetchone()
        leases = await (
            await conn.execute("SELECT name, expires_at, acquired_at FROM season2_leases ORDER BY name")
        ).fetchall()
    await database.close()
    assert state is not None and state[0] == "2026-03-01T12:30:05.000000Z"
    assert [tuple(row) for row in leases] == [
        ("current", "2026-03-01T12:30:05.123456Z", "2026-03-01T12:30:05.000000Z"),
        ("isoformat", "2026-03-01T12:30:05.123456Z", "2026-03-01T12:30:05.000000Z"),
    ]


async def test_rows_written_by_sqlite_defaults_use_the_one_encoding(db: Database) -> None:
    async with db.transaction() as conn:
        await conn.execute("INSERT INTO bot_state (key, value) VALUES ('a', 'b')")
    async with db.read() as conn:
        row = await (await conn.execute("SELECT updated_at FROM bot_state")).fetchone()
    assert row is not None
    assert times.decode(row[0]).tzinfo is dt.UTC
