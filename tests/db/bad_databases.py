"""Database files hyosan must refuse, each made for real on disk: the shared fixtures of the
in-process tests (tests/db) and the `hyosan run` tests (tests/e2e)."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from db import Database
from db.connection import bundled_migrations


@dataclass(frozen=True)
class Expected:
    reason: str  # DatabaseOpenError.reason
    says: str  # what the one line must contain


LATEST = bundled_migrations()[-1].version

EXPECTED: dict[str, Expected] = {
    "garbage": Expected("not_sqlite", "is not a SQLite database"),
    "truncated": Expected("corrupt", "is damaged (it is cut short)"),
    "locked": Expected("locked", "is locked by another program"),
    "locked_wal": Expected("locked", "is locked by another program"),
    "exclusive_wal": Expected("locked", "is locked by another program"),
    "read_only_file": Expected("readonly", "writable"),
    "read_only_folder": Expected("readonly", "writable"),
    "directory": Expected("directory", "is a folder, not a file"),
    "fifo": Expected("not_a_file", "is not a regular file (a pipe or a device)"),
    "missing_folder": Expected("no_folder", "does not exist"),
    "foreign": Expected("foreign", "belongs to another application"),
    "foreign_versioned": Expected("foreign", "belongs to another application"),
    "newer": Expected("newer", f"made by a newer hyosan (schema {LATEST + 1}, this build knows {LATEST})"),
}


async def make_hyosan_database(path: Path, *, rows: int = 0) -> None:
    """A real, current hyosan database (closed again), optionally with some bulk to damage."""
    database = await Database.open(path)
    try:
        async with database.transaction() as conn:
            for i in range(rows):
                await conn.execute(
                    "INSERT INTO bot_state (key, value) VALUES (?, ?)", (f"k{i}", "annyeong " * 40)
                )
    finally:
        await database.close()


def _rollback_journal(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder unwritable for this process, even as root (an immutable flag)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: can't make a file read-only")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"running as root and chattr +i is refused here: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@contextlib.asynccontextmanager
async def bad_database(kind: str, folder: Path) -> AsyncIterator[Path]:
    """The path to point hyosan at, kept bad (locked, read-only) until the context ends."""
    path = folder / "hyosan.db"
    if kind == "garbage":
        path.write_bytes(random.Random(14).randbytes(64 * 1024))
        yield path
    elif kind == "truncated":
        await make_hyosan_database(path, rows=2000)
        _rollback_journal(path)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        yield path
    elif kind == "locked":
        await make_hyosan_database(path)
        _rollback_journal(path)
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as holder:
            holder.execute("BEGIN EXCLUSIVE")
            holder.execute("INSERT INTO bot_state (key, value) VALUES ('held', 'by another program')")
            yield path
            holder.execute("ROLLBACK")
    elif kind == "locked_wal":
        await make_hyosan_database(path)
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as holder:
            holder.execute("BEGIN IMMEDIATE")
            holder.execute("INSERT INTO bot_state (key, value) VALUES ('held', 'by another program')")
            yield path
            holder.execute("ROLLBACK")
    elif kind == "exclusive_wal":
        await make_hyosan_database(path)
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as holder:
            holder.execute("PRAGMA locking_mode = EXCLUSIVE")
            holder.execute("INSERT INTO bot_state (key, value) VALUES ('held', 'for good')")
            yield path
    elif kind == "read_only_file":
        await make_hyosan_database(path)
        with read_only(path):
            yield path
    elif kind == "read_only_folder":
        inner = folder / "locked-away"
        inner.mkdir()
        path = inner / "hyosan.db"
        await make_hyosan_database(path)
        with read_only(inner):
            yield path
    elif kind == "directory":
        path.mkdir()
        yield path
    elif kind == "fifo":  # opening it for reading waits for a writer that never comes
        os.mkfifo(path)
        yield path
    elif kind == "missing_folder":
        yield folder / "no-such-folder" / "hyosan.db"
    elif kind == "foreign":
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
            conn.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT)")
            conn.commit()
        yield path
    elif kind == "foreign_versioned":
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            conn.execute("INSERT INTO schema_version VALUES (1, 'create_invoices')")
            conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
            conn.commit()
        yield path
    elif kind == "newer":
        await make_hyosan_database(path)
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute(
                "INSERT INTO schema_version (version, name) VALUES (?, 'from_the_future')", (LATEST + 1,)
            )
            conn.commit()
        yield path
    else:
        raise ValueError(f"no bad database called {kind!r}")
