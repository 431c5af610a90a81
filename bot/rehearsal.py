"""A rehearsal clock for `hyosan run`: the bot's time read from a file that a rehearsal moves.

With `HYOSAN_CLOCK_FILE` (or `clock_file` in hyosan.toml) set, the process runs on a ManualClock
that starts at the time the file holds (one ISO 8601 line, UTC); whenever the file holds a later
time, the bot's clock moves there and runs what fell due (bot/scheduling.py's `advance`), exactly
as the demo's `advance` does in process. A premiere day, its countdown reminders and its episode
rooms can be lived through in seconds against a real process (a staging bot on a test server, or
tests/e2e/test_premiere.py). The clock never moves back. Without the setting, hyosan runs on the
system clock: nothing here is used.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from pathlib import Path

from bot.clock import ManualClock
from bot.files import FileRefused, read_text_file
from bot.scheduling import Scheduler

log = logging.getLogger(__name__)
POLL_SECONDS = 0.1
CLOCK_FILE_LIMIT = 1_000  # one ISO 8601 line


class ClockFileError(ValueError):
    """The clock file is missing or does not hold a time."""


def read_clock_file(path: Path) -> dt.datetime:
    try:
        text = read_text_file(path, limit=CLOCK_FILE_LIMIT).strip()
    except FileRefused as exc:
        raise ClockFileError(f"can't read the rehearsal clock: {exc.message}") from None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ClockFileError(f"{path}: not a time (write one ISO 8601 time, like 2027-03-05T08:00:00+00:00)") from None
    if when.tzinfo is None:
        raise ClockFileError(f"{path}: the time needs its offset (+00:00 for UTC)")
    try:
        return when.astimezone(dt.UTC)
    except OverflowError:  # "9999-12-31T23:00:00-05:00": past the calendar's end in UTC
        raise ClockFileError(f"{path}: {text} is past the end of the calendar in UTC") from None


def write_clock_file(path: Path, when: dt.datetime) -> None:
    """Set the rehearsal clock (atomically: the bot never reads half a line)."""
    if when.tzinfo is None:
        raise ValueError("the rehearsal clock needs a timezone-aware time")
    spare = path.with_name(path.name + ".tmp")
    spare.write_text(when.astimezone(dt.UTC).isoformat() + "\n", encoding="utf-8")
    os.replace(spare, path)


def _peek(path: Path, seen: int | None) -> tuple[int | None, dt.datetime | None]:
    """The file's modification stamp, and the time it holds when that changed since `seen`."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return seen, None
    if stamp == seen:
        return seen, None
    try:
        return stamp, read_clock_file(path)
    except ClockFileError as exc:
        log.warning("%s", exc)
        return stamp, None


async def follow_clock_file(path: Path, clock: ManualClock, scheduler: Scheduler) -> None:
    """Move `clock` forward whenever the file holds a later time, running what fell due."""
    seen: int | None = None
    while True:
        await asyncio.sleep(POLL_SECONDS)
        seen, when = await asyncio.to_thread(_peek, path, seen)
        if when is None or when <= clock.now():
            continue
        if scheduler.running:
            log.info("rehearsal clock: %s -> %s", clock.now().isoformat(), when.isoformat())
            await scheduler.advance(when - clock.now())
        else:
            clock.set(when)
