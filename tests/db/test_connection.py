"""The database: pragmas, migrations in transactions, snapshots and backups on a real file."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from db import Database, DatabaseOpenError, MigrationError
from db.connection import Migration, bundled_migrations, split_statements
from tests.db import kv
from tests.db.bad_databases import EXPECTED, LATEST, bad_database, make_hyosan_database


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
            await kv.put(conn, "k", "v")
            raise RuntimeError("boom")
    async with db.read() as conn:
        assert await kv.get(conn, "k") is None


async def test_readers_never_see_uncommitted_writes(db: Database) -> None:
    async with db.transaction() as conn:
        await kv.put(conn, "k", "pending")
        async with db.read() as reader:
            assert await kv.get(reader, "k") is None
    async with db.read() as reader:
        assert await kv.get(reader, "k") == "pending"


async def test_backup_copies_committed_data_into_a_readable_file(db: Database, tmp_path: Path) -> None:
    async with db.transaction() as conn:
        await kv.put(conn, "greeting", "annyeong")
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
    assert versions == list(range(1, max(versions) + 1))


async def test_a_transaction_cancelled_while_beginning_leaves_none_open(db: Database) -> None:
    import asyncio

    async def write() -> None:
        async with db.transaction() as conn:
            await kv.put(conn, "k", "never")
            await asyncio.sleep(10)

    for delay in (0, 0.0005, 0.001, 0.002):
        task = asyncio.create_task(write())
        await asyncio.sleep(delay)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        async with db.transaction() as conn:  # would fail if a transaction were left open
            await kv.put(conn, "after", str(delay))
    async with db.read() as conn:
        assert await kv.get(conn, "k") is None
        assert await kv.get(conn, "after") == "0.002"


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
        assert await kv.get(conn, "missing") is None


# A database that can't be used is refused at once, in one line, with nothing left running.


def connection_threads() -> list[threading.Thread]:
    """aiosqlite's worker threads still alive (each closed connection's thread ends soon after)."""
    threads = [t for t in threading.enumerate() if t.name.endswith("(_connection_worker_thread)")]
    for thread in threads:
        thread.join(timeout=2)
    return [t for t in threads if t.is_alive()]


@pytest.mark.parametrize("kind", sorted(EXPECTED))
async def test_an_unusable_database_is_refused_with_what_to_do_and_nothing_left_open(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A lock held to the end is refused once SQLite's wait for it runs out: a fifth of a second
    # here says the same as the 2 s a running bot waits (three kinds of lock waited 6 s in all).
    monkeypatch.setattr("db.connection.LOCK_WAIT_MS", 200)
    before = set(connection_threads())
    async with bad_database(kind, tmp_path) as path:
        with pytest.raises(DatabaseOpenError) as refused:
            await Database.open(path, create_folder=False)
    assert refused.value.reason == EXPECTED[kind].reason
    assert EXPECTED[kind].says in refused.value.message
    assert "\n" not in refused.value.message
    assert set(connection_threads()) <= before  # no SQLite thread keeps the process alive


async def test_a_newer_database_is_left_untouched(tmp_path: Path) -> None:
    async with bad_database("newer", tmp_path) as path:
        before = path.read_bytes()
        with pytest.raises(DatabaseOpenError):
            await Database.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == LATEST + 1
    assert path.read_bytes() == before


async def test_another_applications_database_gets_no_hyosan_tables(tmp_path: Path) -> None:
    async with bad_database("foreign", tmp_path) as path:
        with pytest.raises(DatabaseOpenError):
            await Database.open(path)
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"users", "posts"}


async def test_upgrading_with_migrate_refuses_a_newer_database_too(tmp_path: Path) -> None:
    async with bad_database("newer", tmp_path) as path:
        database = await Database.open(path, migrate=False)
        try:
            with pytest.raises(DatabaseOpenError, match="made by a newer hyosan"):
                await database.migrate()
        finally:
            await database.close()


async def test_a_missing_folder_is_created_when_asked(tmp_path: Path) -> None:
    database = await Database.open(tmp_path / "data" / "hyosan.db", create_folder=True)
    try:
        assert await database.schema_version() == LATEST
    finally:
        await database.close()


async def test_an_empty_file_opens_as_a_new_database(tmp_path: Path) -> None:
    (tmp_path / "hyosan.db").touch()
    database = await Database.open(tmp_path / "hyosan.db")
    try:
        assert await database.schema_version() == LATEST
    finally:
        await database.close()


async def test_opening_leaves_no_trace_of_its_write_check(db: Database) -> None:
    async with db.read() as conn:
        row = await (await conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'hyosan%'")).fetchone()
    assert row is None


async def test_a_database_from_an_older_build_is_upgraded(tmp_path: Path) -> None:
    older = await Database.open(tmp_path / "hyosan.db", migrate=False)
    try:
        await older.migrate(bundled_migrations()[:3])
    finally:
        await older.close()
    database = await Database.open(tmp_path / "hyosan.db")
    try:
        assert await database.schema_version() == LATEST
    finally:
        await database.close()


async def test_a_damaged_page_is_found_when_opening(tmp_path: Path) -> None:
    await make_hyosan_database(tmp_path / "hyosan.db", rows=2000)
    with sqlite3.connect(tmp_path / "hyosan.db", isolation_level=None) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    with (tmp_path / "hyosan.db").open("r+b") as file:  # scribble over a page in the middle
        file.seek(page_size * (pages // 2))
        file.write(b"\xff" * page_size)
    with pytest.raises(DatabaseOpenError, match="is damaged") as refused:
        await Database.open(tmp_path / "hyosan.db")
    assert refused.value.reason == "corrupt"
