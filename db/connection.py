"""One SQLite database: a writer connection for transactions and a reader for snapshots.

Writes go through `transaction()`, serialised by a lock so two coroutines never interleave
statements in one transaction. Reads go through `read()` on a second connection; in WAL mode
it sees only committed data, so nothing half-written is ever visible.

When the storage fails (disk full, locked by another program, read-only, damaged) both raise
StorageError within about LOCK_WAIT_MS, and the failure is logged once a minute, not per call.
A file that can't be used at all is refused by `open` with a DatabaseOpenError.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import aiosqlite

from db.failures import OncePerInterval, Operation, StorageError, describe, storage_reason
from db.opening import SQLITE_MAGIC, DatabaseOpenError, check_schema, explain_open_failure, inspect_location
from db.times import SQL_NOW

log = logging.getLogger(__name__)

# How long a statement waits for a lock another program holds. A slash command has 3 s to answer
# Discord; 2 s of waiting leaves time to roll back and say why. Start-up waits as long, once.
LOCK_WAIT_MS = 2000
# The least a queued write may wait for such a lock, even when its turn came late: a lock held
# for a moment (another process's short write, a checkpoint) is not a failure.
MIN_LOCK_WAIT_MS = 20
# A write that waited less than this for its turn is not counted as queued.
QUEUED_MS = 50
# A storage failure is logged once per this many seconds for each distinct cause.
FAILURE_LOG_INTERVAL = 60.0
WAL_AUTOCHECKPOINT_PAGES = 256
WAL_SIZE_LIMIT = 1024 * 1024
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    """A migration could not be applied; the database is left at the previous version."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    """The numbered .sql files shipped in db/migrations, in order."""
    return list(_read_bundled_migrations())


@functools.cache
def _read_bundled_migrations() -> tuple[Migration, ...]:
    # Read once per process: every open of a database checks them all (twice), and the files
    # shipped with the package do not change under a running process.
    found: list[Migration] = []
    for entry in resources.files("db.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"two migrations share a number: {versions}")
    return tuple(found)


def split_statements(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies keep their inner semicolons)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        statements.append(buffer.strip())
    return statements


async def _finish(conn: aiosqlite.Connection, statement: str) -> None:
    """End a transaction whatever happens to the calling task; no transaction is not an error."""
    try:
        await asyncio.shield(conn.execute(statement))
    except sqlite3.OperationalError as exc:
        if "no transaction is active" not in str(exc):
            raise


async def _begin(conn: aiosqlite.Connection, statement: str) -> None:
    """BEGIN, first ending a transaction an earlier failed ROLLBACK or COMMIT left open."""
    try:
        await conn.execute(statement)
    except sqlite3.OperationalError as exc:
        if "within a transaction" not in str(exc):
            raise
        await _finish(conn, "ROLLBACK")
        await conn.execute(statement)


async def _check_integrity(conn: aiosqlite.Connection, path: Path) -> None:
    """A damaged page is found now, at start-up, not by whichever command reads it first."""
    cursor = await conn.execute("PRAGMA quick_check(1)")
    row = await cursor.fetchone()
    if row is None or str(row[0]) != "ok":
        raise DatabaseOpenError(
            "corrupt",
            f"the database {path} is damaged (SQLite's check says: {row[0] if row else 'nothing'}): restore it "
            "from a backup (`hyosan db backup` makes one) or move it away to start a new one",
        )


async def _connect(path: Path, opened: list[aiosqlite.Connection]) -> aiosqlite.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, nothing implicit.
    conn = aiosqlite.connect(path, isolation_level=None, timeout=LOCK_WAIT_MS / 1000)
    opened.append(conn)  # closed by the caller on any failure, so its thread never outlives it
    await conn
    conn.row_factory = aiosqlite.Row
    await conn.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
    await conn.execute("PRAGMA foreign_keys = ON")
    await conn.execute("PRAGMA synchronous = NORMAL")
    # Between housekeeping's TRUNCATE checkpoints, SQLite checkpoints on its own once the WAL holds
    # WAL_AUTOCHECKPOINT_PAGES (1 MiB of 4 KiB pages, not its default 4 MiB) and then cuts the file
    # back to WAL_SIZE_LIMIT, so the WAL never keeps the size a burst of writes once gave it.
    await conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    await conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    return conn


async def _close_quietly(connections: list[aiosqlite.Connection]) -> None:
    for conn in connections:
        with contextlib.suppress(Exception):
            await conn.close()


class _RollBack(Exception):
    """Ends a transaction on purpose, leaving nothing behind."""


class Database:
    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = asyncio.Lock()
        self._read_lock = asyncio.Lock()
        self._closed = False
        self._writer_busy_ms = LOCK_WAIT_MS
        self._failures = OncePerInterval(log, FAILURE_LOG_INTERVAL)
        # Off while migrating: a failure there is the caller's to report, as one line.
        self._report_failures = True

    @classmethod
    async def open(cls, path: str | Path, *, migrate: bool = True, create_folder: bool = True) -> Database:
        """Open (creating if new) and, unless `migrate` is False, bring the schema up to date.

        Raises DatabaseOpenError, with a line saying what to do, for any file that can't be used
        (a folder, a missing folder when `create_folder` is False, not SQLite, damaged, locked,
        read-only, another application's, from a newer hyosan); nothing is left open then.
        """
        path = Path(path)
        await asyncio.to_thread(inspect_location, path, create_folder=create_folder)
        opened: list[aiosqlite.Connection] = []
        try:
            writer = await _connect(path, opened)
            cursor = await writer.execute("PRAGMA journal_mode = WAL")
            mode = await cursor.fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                raise DatabaseOpenError(
                    "unusable",
                    f"the database {path} can't use write-ahead logging (SQLite kept journal mode "
                    f"{mode[0] if mode else 'unknown'}): put it on a local disk or point HYOSAN_DB elsewhere",
                )
            await _check_integrity(writer, path)
            reader = await _connect(path, opened)
            await reader.execute("PRAGMA query_only = ON")
            database = cls(path, writer, reader)
            if migrate:
                await database.migrate()
        except sqlite3.Error as exc:
            await _close_quietly(opened)
            raise explain_open_failure(path, exc) from None
        except BaseException:
            await _close_quietly(opened)
            raise
        return database

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        async with self._write_lock:
            try:
                await self._reader.close()
            finally:
                await self._writer.close()

    @property
    def closed(self) -> bool:
        return self._closed

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (cancellation included).

        A failure of the storage itself (disk full, locked by another program past the lock wait,
        read-only, damaged) is raised as StorageError, after the rollback, and logged once a
        minute; any other error passes through unchanged.
        """
        requested = time.monotonic()
        async with self._write_lock:
            try:
                await self._bound_lock_wait(time.monotonic() - requested)
                await _begin(self._writer, "BEGIN IMMEDIATE")
                yield self._writer
                await self._writer.execute("COMMIT")
            except BaseException as exc:
                # Even when the task was cancelled while BEGIN was still queued, the ROLLBACK
                # queues behind it on the connection's thread, so no transaction is left open.
                await self._roll_back()
                error = self._storage_error(exc, "write")
                if error is None:
                    raise
                raise error from exc

    async def _bound_lock_wait(self, queued: float) -> None:
        """Count time spent queued behind this process's own writes against the lock wait, so a
        database locked by another program fails every waiting write within about LOCK_WAIT_MS."""
        queued_ms = int(queued * 1000)
        # Unqueued writes (the usual case) keep the full wait without another statement each.
        wanted = LOCK_WAIT_MS if queued_ms < QUEUED_MS else max(MIN_LOCK_WAIT_MS, LOCK_WAIT_MS - queued_ms)
        if wanted != self._writer_busy_ms:
            self._writer_busy_ms = wanted
            await self._writer.execute(f"PRAGMA busy_timeout = {wanted}")

    async def _roll_back(self) -> None:
        try:
            await _finish(self._writer, "ROLLBACK")
        except sqlite3.Error as exc:
            # SQLite may already have rolled back (full disk, I/O error); say so once, not per write.
            if self._report_failures:
                self._failures.log(logging.WARNING, ("rollback", str(exc)), f"database rollback failed: {exc}")

    def _storage_error(self, exc: BaseException, operation: Operation) -> StorageError | None:
        """A StorageError when `exc` is the storage's fault (logged once a minute), else None."""
        reason = storage_reason(exc)
        if reason is None:
            return None
        error = StorageError(reason, operation, str(exc))
        if self._report_failures:
            self._failures.log(logging.WARNING, (operation, reason, str(exc)), describe(self.path, error))
        return error

    @asynccontextmanager
    async def read(self) -> AsyncIterator[aiosqlite.Connection]:
        """A consistent snapshot of committed data; a storage failure raises StorageError."""
        async with self._read_lock:
            try:
                await _begin(self._reader, "BEGIN")
                yield self._reader
            except BaseException as exc:
                await self._end_read()
                error = self._storage_error(exc, "read")
                if error is None:
                    raise
                raise error from exc
            else:
                await self._end_read()

    async def _end_read(self) -> None:
        try:
            await _finish(self._reader, "COMMIT")
        except sqlite3.Error as exc:
            self._failures.log(logging.WARNING, ("end read", str(exc)), f"database read did not end cleanly: {exc}")

    async def schema_version(self) -> int:
        async with self.read() as conn:
            cursor = await conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
            )
            if await cursor.fetchone() is None:
                return 0
            cursor = await conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version")
            row = await cursor.fetchone()
            return int(row[0]) if row else 0

    async def migrate(self, migrations: list[Migration] | None = None) -> list[Migration]:
        """Apply every migration newer than the database, each in its own transaction.

        Refuses (DatabaseOpenError) another application's database, one from a newer hyosan, and
        one this process can't write to, before changing anything.
        """
        pending = migrations if migrations is not None else bundled_migrations()
        known = {m.version: m.name for m in bundled_migrations()} | {m.version: m.name for m in pending}
        self._report_failures = False
        try:
            async with self.read() as conn:
                await check_schema(conn, self.path, known)
            await self._check_writable()
            async with self.transaction() as conn:
                await conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version ("
                    " version INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL,"
                    " applied_at TEXT NOT NULL DEFAULT " + SQL_NOW + ")"
                )
            current = await self.schema_version()
            applied: list[Migration] = []
            for migration in pending:
                if migration.version <= current:
                    continue
                try:
                    async with self.transaction() as conn:
                        for statement in split_statements(migration.sql):
                            await conn.execute(statement)
                        await conn.execute(
                            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, " + SQL_NOW + ")",
                            (migration.version, migration.name),
                        )
                except sqlite3.Error as exc:
                    raise MigrationError(
                        f"migration {migration.version:03d}_{migration.name} failed: {exc}"
                    ) from exc
                applied.append(migration)
        except StorageError as exc:
            raise explain_open_failure(self.path, exc.__cause__ or exc) from None
        finally:
            self._report_failures = True
        return applied

    async def _check_writable(self) -> None:
        """A read-only file or a lock another program holds is found at start-up, not at the first
        write; the probe table is rolled back, so nothing is written."""
        with contextlib.suppress(_RollBack):
            async with self.transaction() as conn:
                await conn.execute("CREATE TABLE hyosan_write_check (x INTEGER)")
                raise _RollBack

    async def backup(self, destination: str | Path) -> Path:
        """Copy the live database with SQLite's online backup API."""
        destination = Path(destination)
        await asyncio.to_thread(self._check_backup_target, destination)
        target = await aiosqlite.connect(destination)
        try:
            async with self._write_lock:
                await self._writer.backup(target)
        finally:
            await target.close()
        return destination

    def _check_backup_target(self, destination: Path) -> None:
        """A backup replaces only an older backup (an SQLite file) or an empty file: a typo must
        not overwrite a config file or a folder's worth of anything. ValueError says why not."""
        if destination.is_dir():
            raise ValueError(f"{destination} is a folder; give the backup's file name, such as {destination / self.path.name}")
        if destination.exists() and destination.resolve() == self.path.resolve():
            raise ValueError("the backup must not overwrite the live database")
        if destination.is_file() and destination.stat().st_size > 0:
            with destination.open("rb") as existing:
                if existing.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                    raise ValueError(f"{destination} exists and is not an SQLite database; give the backup a new file name")
        destination.parent.mkdir(parents=True, exist_ok=True)

    async def checkpoint(self) -> tuple[int, int]:
        """Copy the WAL into the database and truncate it (`PRAGMA wal_checkpoint(TRUNCATE)`), with
        the writer's lock held so no write of ours is cut. Returns (pages in the WAL, pages copied);
        a reader in the middle of a snapshot can leave some behind, for the next checkpoint."""
        async with self._write_lock:
            try:
                cursor = await self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                row = await cursor.fetchone()
            except sqlite3.Error as exc:
                error = self._storage_error(exc, "write")
                if error is None:
                    raise
                raise error from exc
        if row is None:
            return 0, 0
        return int(row[1]), int(row[2])

    def wal_bytes(self) -> int:
        """The size of the write-ahead log file (0 when there is none)."""
        wal = Path(str(self.path) + "-wal")
        return wal.stat().st_size if wal.exists() else 0

    def size_bytes(self) -> int:
        total = 0
        for suffix in ("", "-wal"):
            candidate = Path(str(self.path) + suffix)
            if candidate.exists():
                total += candidate.stat().st_size
        return total
