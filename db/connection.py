"""One SQLite database: a writer connection for transactions and a reader for snapshots.

Writes go through `transaction()`, serialised by a lock so two coroutines never interleave
statements in one transaction. Reads go through `read()` on a second connection; in WAL mode
it sees only committed data, so nothing half-written is ever visible.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import aiosqlite

BUSY_TIMEOUT_MS = 5000
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
    found: list[Migration] = []
    for entry in resources.files("db.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"two migrations share a number: {versions}")
    return found


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


async def _configure(conn: aiosqlite.Connection) -> None:
    await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    await conn.execute("PRAGMA foreign_keys = ON")
    await conn.execute("PRAGMA synchronous = NORMAL")


class Database:
    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = asyncio.Lock()
        self._read_lock = asyncio.Lock()
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path, *, migrate: bool = True) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, nothing implicit.
        writer = await aiosqlite.connect(path, isolation_level=None)
        writer.row_factory = aiosqlite.Row
        await writer.execute("PRAGMA journal_mode = WAL")
        await _configure(writer)
        reader = await aiosqlite.connect(path, isolation_level=None)
        reader.row_factory = aiosqlite.Row
        await _configure(reader)
        await reader.execute("PRAGMA query_only = ON")
        database = cls(path, writer, reader)
        if migrate:
            try:
                await database.migrate()
            except BaseException:
                await database.close()
                raise
        return database

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        async with self._write_lock:
            await self._reader.close()
            await self._writer.close()

    @property
    def closed(self) -> bool:
        return self._closed

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (cancellation included)."""
        async with self._write_lock:
            try:
                await self._writer.execute("BEGIN IMMEDIATE")
                yield self._writer
            except BaseException:
                # Even when the task was cancelled while BEGIN was still queued, the ROLLBACK
                # queues behind it on the connection's thread, so no transaction is left open.
                await _finish(self._writer, "ROLLBACK")
                raise
            else:
                await self._writer.execute("COMMIT")

    @asynccontextmanager
    async def read(self) -> AsyncIterator[aiosqlite.Connection]:
        """A consistent snapshot of committed data."""
        async with self._read_lock:
            try:
                await self._reader.execute("BEGIN")
                yield self._reader
            finally:
                await _finish(self._reader, "COMMIT")

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
        """Apply every migration newer than the database, each in its own transaction."""
        pending = migrations if migrations is not None else bundled_migrations()
        async with self.transaction() as conn:
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL,"
                " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
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
                        "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                        (migration.version, migration.name),
                    )
            except sqlite3.Error as exc:
                raise MigrationError(
                    f"migration {migration.version:03d}_{migration.name} failed: {exc}"
                ) from exc
            applied.append(migration)
        return applied

    async def backup(self, destination: str | Path) -> Path:
        """Copy the live database with SQLite's online backup API."""
        destination = Path(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        if destination.resolve() == self.path.resolve():
            raise ValueError("the backup must not overwrite the live database")
        target = await aiosqlite.connect(destination)
        try:
            async with self._write_lock:
                await self._writer.backup(target)
        finally:
            await target.close()
        return destination

    def size_bytes(self) -> int:
        total = 0
        for suffix in ("", "-wal"):
            candidate = Path(str(self.path) + suffix)
            if candidate.exists():
                total += candidate.stat().st_size
        return total
