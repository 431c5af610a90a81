"""The database: pragmas, migrations in transactions, snapshots and backups on a real file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import Database, MigrationError, bot_state
from db.connection import Migration, bundled_migrations, split_statements


async def test_opening_applies_every_bundled_migration(db: Database) -> None:
    assert await db.schema_version() == bundled_migrations()[-1].version


async def test_wal_foreign_keys_and_busy_timeout_are_on(db: Database) -> None:
    async with db.read() as conn:
        journal = await (await conn.execute("PRAGMA journal_mode")).fetchone()
        foreign_keys = await (await conn.execute("PRAGMA foreign_keys")).fetchone()
        busy = await (await conn.execute("PRAGMA busy_timeout")).fetchone()
    assert journal is not None and journal[0] == "wal"
    assert foreign_keys is not None and foreign_keys[0] == 1
    assert busy is not None and busy[0] >= 1000


async def test_reopening_does_not_reapply_migrations(tmp_path: Path) -> None:
    first = await Database.open(tmp_path / "a.db")
    version = await first.schema_version()
    await first.close()
    second = await Database.open(tmp_path / "a.db")
    try:
        assert await second.migrate() == []
        assert await second.schema_version() == version
    finally:
        await second.close()


async def test_a_failing_migration_leaves_the_previous_version_and_no_partial_tables(db: Database) -> None:
    before = await db.schema_version()
    broken = Migration(999, "broken", "CREATE TABLE half_done (x INTEGER);\nTHIS IS NOT SQL;\n")
    with pytest.raises(MigrationError, match="999_broken"):
        await db.migrate([broken])
    assert await db.schema_version() == before
    async with db.read() as conn:
        row = await (await conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'")).fetchone()
    assert row is None


async def test_a_transaction_that_raises_is_rolled_back(db: Database) -> None:
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await bot_state.put(conn, "k", "v")
            raise RuntimeError("boom")
    async with db.read() as conn:
        assert await bot_state.get(conn, "k") is None


async def test_readers_never_see_uncommitted_writes(db: Database) -> None:
    async with db.transaction() as conn:
        await bot_state.put(conn, "k", "pending")
        async with db.read() as reader:
            assert await bot_state.get(reader, "k") is None
    async with db.read() as reader:
        assert await bot_state.get(reader, "k") == "pending"


async def test_backup_copies_committed_data_into_a_readable_file(db: Database, tmp_path: Path) -> None:
    async with db.transaction() as conn:
        await bot_state.put(conn, "greeting", "annyeong")
    target = await db.backup(tmp_path / "backups" / "copy.db")
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT value FROM bot_state WHERE key = 'greeting'").fetchone() == ("annyeong",)


async def test_backup_refuses_to_overwrite_the_live_file(db: Database) -> None:
    with pytest.raises(ValueError):
        await db.backup(db.path)


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    script = (
        "CREATE TABLE t (x INTEGER);\n"
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET x = 1;\n  UPDATE t SET x = 2;\nEND;\n"
        "-- trailing comment\n"
    )
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].count("UPDATE") == 2


def test_bundled_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in bundled_migrations()]
    assert versions == list(range(1, len(versions) + 1))


async def test_a_transaction_cancelled_while_beginning_leaves_none_open(db: Database) -> None:
    import asyncio

    async def write() -> None:
        async with db.transaction() as conn:
            await bot_state.put(conn, "k", "never")
            await asyncio.sleep(10)

    for delay in (0, 0.0005, 0.001, 0.002):
        task = asyncio.create_task(write())
        await asyncio.sleep(delay)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        async with db.transaction() as conn:  # would fail if a transaction were left open
            await bot_state.put(conn, "after", str(delay))
    async with db.read() as conn:
        assert await bot_state.get(conn, "k") is None
        assert await bot_state.get(conn, "after") == "0.002"


async def test_a_read_cancelled_midway_leaves_the_reader_usable(db: Database) -> None:
    import asyncio

    async def read_slowly() -> None:
        async with db.read() as conn:
            await conn.execute("SELECT 1")
            await asyncio.sleep(10)

    task = asyncio.create_task(read_slowly())
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    async with db.read() as conn:
        assert await bot_state.get(conn, "missing") is None
