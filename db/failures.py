"""When the database itself fails (disk full, locked, read-only, damaged): one error type that
says so in words a user can act on, and a log that says it once a minute instead of a flood.

SQL errors that are the program's own (a constraint, a typo) are not storage failures: they
pass through unchanged so the code that expects them still sees them.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Reason = Literal["full", "busy", "readonly", "corrupt", "io"]
Operation = Literal["read", "write"]

# Primary result codes (the low byte of an extended code) that describe the storage, not the query.
_REASONS: dict[int, Reason] = {
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_READONLY: "readonly",
    sqlite3.SQLITE_PERM: "readonly",
    sqlite3.SQLITE_CORRUPT: "corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt",
    sqlite3.SQLITE_IOERR: "io",
    sqlite3.SQLITE_CANTOPEN: "io",
}

_WRITE_MESSAGES: dict[Reason, str] = {
    "full": "I can't save that right now (the bot's disk is full); nothing was changed. Try again later.",
    "busy": "I can't save that right now (the bot's database is busy); nothing was changed. "
    "Try again in a moment.",
    "readonly": "I can't save that right now (the bot's database is read-only); nothing was changed. "
    "The bot's operator needs to fix this.",
    "corrupt": "I can't save that right now (the bot's database is damaged); nothing was changed. "
    "The bot's operator needs to fix this.",
    "io": "I can't save that right now (the bot's storage is failing); nothing was changed. Try again later.",
}

_READ_MESSAGES: dict[Reason, str] = {
    "full": "I can't look that up right now (the bot's disk is full). Try again later.",
    "busy": "I can't look that up right now (the bot's database is busy). Try again in a moment.",
    "readonly": "I can't look that up right now (the bot's database can't be opened). "
    "The bot's operator needs to fix this.",
    "corrupt": "I can't look that up right now (the bot's database is damaged). "
    "The bot's operator needs to fix this.",
    "io": "I can't look that up right now (the bot's storage is failing). Try again later.",
}


class StorageError(Exception):
    """The database could not read or save, for a reason outside the program; nothing half-done.

    `reason` is one of "full", "busy", "readonly", "corrupt", "io"; `message` is the sentence to
    show the user; `detail` is SQLite's own words, for the log.
    """

    def __init__(self, reason: Reason, operation: Operation, detail: str) -> None:
        messages = _WRITE_MESSAGES if operation == "write" else _READ_MESSAGES
        self.reason: Reason = reason
        self.operation: Operation = operation
        self.detail = detail
        self.message = messages[reason]
        super().__init__(self.message)


def storage_reason(exc: BaseException) -> Reason | None:
    """The storage failure an SQLite exception reports, or None when it is the query's own fault."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    return _REASONS.get(code & 0xFF)


@dataclass
class _Seen:
    last: float
    held_back: int = 0


class OncePerInterval:
    """A logger front that writes each distinct line at most once per interval.

    The first occurrence is logged at once; repeats within the interval are counted, and the
    next line logged for that key says how many were held back.
    """

    def __init__(
        self,
        logger: logging.Logger,
        interval: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 256,
    ) -> None:
        self._logger = logger
        self._interval = interval
        self._clock = clock
        self._max_keys = max_keys
        self._seen: dict[Hashable, _Seen] = {}

    def log(self, level: int, key: Hashable, message: str) -> bool:
        """Log `message` unless `key` was logged less than an interval ago; True when written."""
        now = self._clock()
        seen = self._seen.get(key)
        if seen is not None and now - seen.last < self._interval:
            seen.held_back += 1
            return False
        if seen is not None and seen.held_back:
            message = f"{message} ({seen.held_back} more like this since the last report)"
        self._forget_old(now)
        self._seen[key] = _Seen(now)
        self._logger.log(level, "%s", message)
        return True

    def _forget_old(self, now: float) -> None:
        if len(self._seen) < self._max_keys:
            return
        for key in [k for k, s in self._seen.items() if now - s.last >= self._interval]:
            del self._seen[key]
        while len(self._seen) >= self._max_keys:  # all recent: drop the oldest
            del self._seen[min(self._seen, key=lambda k: self._seen[k].last)]


def describe(path: Path, error: StorageError) -> str:
    """The one log line for a storage failure."""
    return f"database {error.operation} failed ({error.reason}): {error.detail} [{path}]"
