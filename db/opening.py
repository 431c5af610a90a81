"""Why a database file can't be used, found before or while opening it, in one line an operator
can act on: what is wrong and what to do.

The checks here run once at start-up. Everything that is only found by SQLite itself (a lock, a
damaged page, a read-only file) is explained from SQLite's error by `explain_open_failure`.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import Literal

import aiosqlite

OpenReason = Literal[
    "directory", "not_a_file", "no_folder", "not_sqlite", "corrupt", "locked", "readonly", "full", "foreign", "newer", "unusable"
]

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


class DatabaseOpenError(Exception):
    """The database can't be used as it is; `message` says what is wrong and what to do."""

    def __init__(self, reason: OpenReason, message: str) -> None:
        super().__init__(message)
        self.reason: OpenReason = reason
        self.message = message


def inspect_location(path: Path, *, create_folder: bool) -> None:
    """Refuse a path that can't hold hyosan's database before SQLite touches it (blocking I/O)."""
    if path.is_dir():
        raise DatabaseOpenError(
            "directory",
            f"the database path {path} is a folder, not a file: point HYOSAN_DB at a file, "
            f"such as {path / 'hyosan.db'}",
        )
    folder = path.parent
    if not folder.exists():
        if not create_folder:
            raise DatabaseOpenError(
                "no_folder",
                f"the folder {folder} for the database does not exist: create it (mkdir -p {folder}) "
                "or point HYOSAN_DB elsewhere",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                "no_folder",
                f"can't create the folder {folder} for the database ({exc.strerror}): "
                "create it yourself or point HYOSAN_DB elsewhere",
            ) from None
    elif not folder.is_dir():
        raise DatabaseOpenError(
            "no_folder", f"{folder} is a file, so the database {path} can't be made in it: point HYOSAN_DB elsewhere"
        )
    if not path.exists():
        return
    if not path.is_file():  # reading a named pipe would wait for a writer for ever
        raise DatabaseOpenError(
            "not_a_file",
            f"the database path {path} is not a regular file (a pipe or a device): point HYOSAN_DB at a "
            f"file, such as {folder / 'hyosan.db'}",
        )
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
    except OSError as exc:
        raise DatabaseOpenError(
            "readonly",
            f"can't read the database {path} ({exc.strerror}): give the user running hyosan access to it "
            "or point HYOSAN_DB elsewhere",
        ) from None
    if not header:
        return  # an empty file is a new database
    if not header.startswith(SQLITE_MAGIC):
        if SQLITE_MAGIC.startswith(header):
            raise _damaged(path, "it is cut short")
        raise _not_sqlite(path)
    if len(header) < _HEADER_SIZE:
        raise _damaged(path, "it is cut short")


def _not_sqlite(path: Path) -> DatabaseOpenError:
    return DatabaseOpenError(
        "not_sqlite",
        f"{path} is not a SQLite database (another kind of file): point HYOSAN_DB at hyosan's "
        "database, or move this file away to start a new one",
    )


def _damaged(path: Path, how: str) -> DatabaseOpenError:
    return DatabaseOpenError(
        "corrupt",
        f"the database {path} is damaged ({how}): restore it from a backup (`hyosan db backup` makes one) "
        "or move it away to start a new one",
    )


def looks_truncated(path: Path) -> bool:
    """True when the file is shorter than the page count its own header records."""
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return SQLITE_MAGIC.startswith(header[: len(SQLITE_MAGIC)])
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    return bool(change_counter == valid_for and 0 < page_count and size < page_count * page_size)


def explain_open_failure(path: Path, exc: BaseException) -> DatabaseOpenError:
    """Turn SQLite's error while opening `path` into what the operator should do about it."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseOpenError(
            "locked",
            f"the database {path} is locked by another program (is another hyosan running on it?): "
            "stop that program, or point HYOSAN_DB elsewhere",
        )
    if primary == sqlite3.SQLITE_NOTADB:
        return _not_sqlite(path)
    if primary == sqlite3.SQLITE_CORRUPT:
        return _damaged(path, "it is cut short" if looks_truncated(path) else f"SQLite says: {exc}")
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return DatabaseOpenError(
            "readonly",
            f"the database {path} is read-only for the user running hyosan: make it writable "
            "(and its folder, where SQLite keeps its -wal and -shm files) or point HYOSAN_DB elsewhere",
        )
    if primary == sqlite3.SQLITE_CANTOPEN:
        if path.is_dir():
            return inspect_failure(path)
        return DatabaseOpenError(
            "readonly",
            f"can't open the database {path} for writing: the file and its folder {path.parent} must be "
            "writable (SQLite keeps its -wal and -shm files beside it); fix the permissions or point "
            "HYOSAN_DB elsewhere",
        )
    if primary == sqlite3.SQLITE_FULL:
        return DatabaseOpenError(
            "full", f"the disk holding the database {path} is full: free some space, then start hyosan again"
        )
    return DatabaseOpenError(
        "unusable", f"can't use the database {path} (SQLite says: {exc}): check the file and its disk"
    )


def inspect_failure(path: Path) -> DatabaseOpenError:
    """The error `inspect_location` gives for `path` (used when SQLite found it first)."""
    try:
        inspect_location(path, create_folder=False)
    except DatabaseOpenError as exc:
        return exc
    return DatabaseOpenError("unusable", f"can't open the database {path}: check the file and its folder")


async def check_schema(conn: aiosqlite.Connection, path: Path, known: dict[int, str]) -> None:
    """Refuse another application's database, or one from a newer hyosan than this build."""
    cursor = await conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    )
    tables = sorted(str(row[0]) for row in await cursor.fetchall())
    if not tables:
        return  # a new database
    others = [t for t in tables if t != "schema_version"]
    if "schema_version" not in tables:
        raise _foreign(path, others)
    try:
        cursor = await conn.execute("SELECT version, name FROM schema_version ORDER BY version")
        rows = [(int(row[0]), str(row[1])) for row in await cursor.fetchall()]
    except (sqlite3.OperationalError, TypeError, ValueError):
        raise _foreign(path, others) from None
    if not rows and others:
        raise _foreign(path, others)
    for version, name in rows:
        if version in known and known[version] != name:
            raise _foreign(path, others)
    newest = max((version for version, _ in rows), default=0)
    latest = max(known, default=0)
    if newest > latest:
        raise DatabaseOpenError(
            "newer",
            f"the database {path} was made by a newer hyosan (schema {newest}, this build knows {latest}): "
            "upgrade hyosan or point HYOSAN_DB elsewhere",
        )


def _foreign(path: Path, tables: list[str]) -> DatabaseOpenError:
    shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
    return DatabaseOpenError(
        "foreign",
        f"the database {path} belongs to another application (its tables: {shown}): point HYOSAN_DB at "
        "hyosan's database or at a new file",
    )
