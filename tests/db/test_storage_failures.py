"""When the storage fails under a running bot (disk full, another program's lock, read-only):
writes fail fast with one error type that says so, nothing is half-written, reads go on, and the
log gets one line per cause a minute, not a flood."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Database, StorageError
from db.failures import OncePerInterval, storage_reason
from tests.db import kv

BIG = "x" * 200_000  # needs new pages wherever it goes


async def fill_the_disk(db: Database) -> None:
    """Cap the database at its current size: SQLite then reports SQLITE_FULL, as on a full disk."""
    async with db.transaction() as conn:
        row = await (await conn.execute("PRAGMA page_count")).fetchone()
        assert row is not None
        await conn.execute(f"PRAGMA max_page_count = {row[0]}")


async def free_the_disk(db: Database) -> None:
    async with db.transaction() as conn:
        await conn.execute("PRAGMA max_page_count = 1073741823")


@contextlib.contextmanager
def write_lock_held_elsewhere(path: Path) -> Iterator[None]:
    """Another program's connection holding the write lock until the block ends."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None, timeout=30)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO bot_state (key, value) VALUES ('elsewhere', 'held')")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


async def test_a_write_on_a_full_disk_raises_storage_error_full(db: Database) -> None:
    await fill_the_disk(db)
    with pytest.raises(StorageError) as failed:
        async with db.transaction() as conn:
            await kv.put(conn, "big", BIG)
    assert failed.value.reason == "full"
    assert failed.value.message == (
        "I can't save that right now (the bot's disk is full); nothing was changed. Try again later."
    )


async def test_a_write_that_fills_the_disk_leaves_nothing_half_written(db: Database) -> None:
    async with db.transaction() as conn:
        await kv.put(conn, "kept", "committed before")
    await fill_the_disk(db)
    with pytest.raises(StorageError):
        async with db.transaction() as conn:
            await kv.put(conn, "small", "fits")
            await kv.put(conn, "big", BIG)
    async with db.read() as conn:
        assert await kv.get(conn, "small") is None
        assert await kv.get(conn, "kept") == "committed before"


async def test_reads_keep_working_while_the_disk_is_full(db: Database) -> None:
    async with db.transaction() as conn:
        await kv.put(conn, "kept", "readable")
    await fill_the_disk(db)
    with pytest.raises(StorageError):
        async with db.transaction() as conn:
            await kv.put(conn, "big", BIG)
    async with db.read() as conn:
        assert await kv.get(conn, "kept") == "readable"


async def test_writes_work_again_once_space_is_freed(db: Database) -> None:
    await fill_the_disk(db)
    for _ in range(3):
        with pytest.raises(StorageError):
            async with db.transaction() as conn:
                await kv.put(conn, "big", BIG)
    await free_the_disk(db)
    async with db.transaction() as conn:
        await kv.put(conn, "big", BIG)
    async with db.read() as conn:
        assert await kv.get(conn, "big") == BIG


async def test_writes_queued_behind_a_lock_all_give_up_before_discords_deadline(db: Database) -> None:
    """Each waiting command fails within the same ~2 s, not one lock wait after another: with
    the lock released at Discord's 3 s deadline, none of them may still be waiting for it."""

    async def write(key: str) -> str:
        try:
            async with db.transaction() as conn:
                await kv.put(conn, key, "v")
        except StorageError as exc:
            assert "nothing was changed" in exc.message
            return exc.reason
        return "saved"

    loop = asyncio.get_running_loop()
    with contextlib.closing(sqlite3.connect(db.path, isolation_level=None, check_same_thread=False)) as other:
        other.execute("BEGIN IMMEDIATE")
        release = loop.call_later(3.0, other.execute, "ROLLBACK")
        try:
            outcomes = await asyncio.gather(*(write(f"k{i}") for i in range(6)))
        finally:
            release.cancel()
            if other.in_transaction:
                other.execute("ROLLBACK")
    assert outcomes == ["busy"] * 6


async def test_reads_keep_working_while_another_program_holds_the_write_lock(db: Database) -> None:
    async with db.transaction() as conn:
        await kv.put(conn, "kept", "readable")
    with write_lock_held_elsewhere(db.path):
        async with db.read() as conn:
            assert await kv.get(conn, "kept") == "readable"


async def test_writes_work_again_once_the_lock_is_released(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # The locked write gives up after a fifth of a second, not 2 s: how long is checked above.
    monkeypatch.setattr("db.connection.LOCK_WAIT_MS", 200)
    with write_lock_held_elsewhere(db.path), pytest.raises(StorageError):
        async with db.transaction() as conn:
            await kv.put(conn, "k", "first")
    async with db.transaction() as conn:
        await kv.put(conn, "k", "second")
    async with db.read() as conn:
        assert await kv.get(conn, "k") == "second"


async def write_while_read_only(db: Database) -> None:
    async with db.transaction() as conn:
        await conn.execute("PRAGMA query_only = ON")  # SQLite then refuses writes as read-only
        try:
            await kv.put(conn, "k", "v")
        finally:
            await conn.execute("PRAGMA query_only = OFF")


async def test_a_write_to_a_read_only_database_raises_storage_error_readonly(db: Database) -> None:
    with pytest.raises(StorageError) as failed:
        await write_while_read_only(db)
    assert failed.value.reason == "readonly"


async def test_the_programs_own_sql_errors_pass_through_unchanged(db: Database) -> None:
    with pytest.raises(sqlite3.OperationalError):
        async with db.transaction() as conn:
            await conn.execute("SELECT * FROM no_such_table")
    with pytest.raises(sqlite3.IntegrityError):
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO bot_state (key, value) VALUES ('k', NULL)")


async def test_repeated_failures_log_one_line_without_a_traceback(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    await fill_the_disk(db)
    with caplog.at_level(logging.WARNING, logger="db"):
        for _ in range(25):
            with pytest.raises(StorageError):
                async with db.transaction() as conn:
                    await kv.put(conn, "big", BIG)
    lines = [r for r in caplog.records if r.name.startswith("db")]
    assert len(lines) == 1
    assert "full" in lines[0].getMessage() and str(db.path) in lines[0].getMessage()
    assert lines[0].exc_info is None


async def test_different_failures_each_get_their_line(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="db"):
        with pytest.raises(StorageError):
            await write_while_read_only(db)
        await fill_the_disk(db)
        with pytest.raises(StorageError):
            async with db.transaction() as conn:
                await kv.put(conn, "big", BIG)
    reasons = [r.getMessage() for r in caplog.records if r.name.startswith("db")]
    assert len(reasons) == 2
    assert "(readonly)" in reasons[0] and "(full)" in reasons[1]


def test_a_repeated_line_is_logged_again_after_the_interval_with_a_count(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    once = OncePerInterval(logging.getLogger("tests.once"), 60.0, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="tests.once"):
        for second in range(0, 120, 5):  # every 5 s for two minutes
            now[0] = float(second)
            once.log(logging.WARNING, "disk full", "database write failed (full)")
    assert [r.getMessage() for r in caplog.records] == [
        "database write failed (full)",
        "database write failed (full) (11 more like this since the last report)",
    ]


def test_damage_is_reported_as_corrupt(tmp_path: Path) -> None:
    (tmp_path / "garbage.db").write_bytes(b"\x13" * 8192)
    with contextlib.closing(sqlite3.connect(tmp_path / "garbage.db")) as conn:
        with pytest.raises(sqlite3.DatabaseError) as raised:
            conn.execute("SELECT * FROM sqlite_master")
    assert storage_reason(raised.value) == "corrupt"
