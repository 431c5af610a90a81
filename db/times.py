"""The database's one time encoding: UTC text with microseconds, `2026-03-01T12:00:00.000000Z`.

Fixed width, so text order is time order and SQL can compare times directly. Migration 008 moved
the older encodings (ISO text with `+00:00`, text without fractions) to this one; the trivia tables'
epoch numbers followed in their own migration. `SQL_NOW` is the same encoding from SQLite's clock,
for bookkeeping columns only (`updated_at`): every time that drives behaviour comes from the
injected Clock.
"""

from __future__ import annotations

import datetime as dt

FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
SQL_NOW = "(strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')"


def encode(when: dt.datetime) -> str:
    """A timezone-aware time as the database stores it."""
    if when.tzinfo is None:
        raise ValueError("times stored in the database must be timezone-aware")
    return when.astimezone(dt.UTC).strftime(FORMAT)


_WIDTH = len("2026-03-01T12:00:00.000000Z")


def decode(text: object) -> dt.datetime:
    """A stored time back as an aware UTC datetime."""
    value = str(text)
    if len(value) == _WIDTH and value[-1] == "Z" and value[10] == "T":
        return dt.datetime.fromisoformat(value)  # the same format, parsed several times faster
    return dt.datetime.strptime(value, FORMAT).replace(tzinfo=dt.UTC)


def encode_optional(when: dt.datetime | None) -> str | None:
    return None if when is None else encode(when)


def decode_optional(text: object) -> dt.datetime | None:
    return None if text is None or text == "" else decode(text)
