"""Which running copy of hyosan answers Discord: the one holding the database's owner lock.

Two copies on one token both receive every interaction and message. Only the owner handles them
(answers interactions, counts typed guesses) and runs what posts on its own (the trivia games);
the others stand by, connected, and take over when it goes.

The owner is whoever holds an exclusive `flock` on `<database>.owner`, a file beside the
database (SQLite's own locks are POSIX locks on the database itself; a separate file keeps the two
apart). Why a lock and not a lease row in the database: it is released by the kernel the instant
its process dies, so a crash hands over at once with no expiry to wait out; it needs no write,
so a full disk or a database locked by another program (when the bot must still answer clicks)
never costs the owner its ownership; and it reads no clock, so a clock step cannot make two
owners. SQLite needs the database on a local disk, so every copy that shares it shares this host.

Handing over cleanly (a rolling deploy: start the new copy, then stop the old one): events are
split by their snowflake, which carries Discord's creation time (so the mark and the windows here are read on
the wall clock, never the bot's injected one: Discord mints ids on real time, and a rehearsal clock years ahead
would put every event before the mark). Stopping, the owner writes the
current snowflake into the lock file as the handover mark, goes on handling only events older than
the mark for a moment (they may still be on their way), then lets go. A standby keeps the events
it could not take for a few seconds; when it takes the lock it reads the mark, handles the kept
events at or after it (an interaction only while Discord still lets it be answered), and from
then on everything at or after the mark. Each event is handled by exactly one copy. After a
crash there is no mark: the kept events are dropped (the dead copy may have handled them).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DISCORD_EPOCH_MS = 1420070400000
RECORD_SIZE = 64
POLL_SECONDS = 0.1  # how often a standby tries the lock
KEEP_SECONDS = 10.0  # how long a standby keeps the events it could not take
ANSWERABLE_SECONDS = 2.5  # an interaction older than this can no longer be acknowledged in time
MAX_KEPT = 5000


class OwnershipError(RuntimeError):
    """The owner lock file can't be opened; its message is one line for the operator."""


def snowflake_at(unix_seconds: float) -> int:
    return max(0, int(unix_seconds * 1000) - DISCORD_EPOCH_MS) << 22


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".owner")


@dataclass
class _Kept:
    snowflake: int
    interaction: bool
    handle: Callable[[], None]


Start = Callable[[], Awaitable[None]]


class Ownership:
    def __init__(self, database: Path, *, handover_slack: float = 0.3) -> None:
        self.path = lock_path(database)
        self.handover_slack = handover_slack
        self._fd: int | None = None
        self._owner = False
        self._floor = 0  # events older than this were the previous owner's
        self._ceiling: int | None = None  # set while handing over: events from here are the next owner's
        self._kept: deque[_Kept] = deque(maxlen=MAX_KEPT)
        self._starts: list[Start] = []
        self._watch: asyncio.Task[None] | None = None

    @property
    def owner(self) -> bool:
        return self._owner

    # -- taking and letting go ------------------------------------------------------------------

    def open(self) -> bool:
        """Open the lock file and try to take it; True when this copy is the owner."""
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OwnershipError(
                f"the owner lock {self.path} can't be opened ({exc.strerror}): the database's folder must be writable"
            ) from None
        return self._try_take()

    def _try_take(self) -> bool:
        assert self._fd is not None
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        self._floor = self._read_mark()
        self._write(mark=0)
        self._owner = True
        log.info("this copy (pid %s) now answers Discord for this database", os.getpid())
        return True

    def start_watching(self) -> None:
        """A standby watches the lock (from setup_hook): the first free moment, it takes over."""
        if not self._owner and self._fd is not None and self._watch is None:
            log.info("another copy of hyosan answers Discord for this database; this one stands by")
            self._watch = asyncio.get_running_loop().create_task(self._wait_for_lock(), name="ownership-watch")

    async def _wait_for_lock(self) -> None:
        while True:  # polling: a flock held by another process has nothing to wait on here
            if self._try_take():
                break
            await asyncio.sleep(POLL_SECONDS)
        kept, self._kept = list(self._kept), deque(maxlen=MAX_KEPT)
        # Interactions first: Discord waits only 3 s for them. Messages after the features have
        # taken over (a typed guess needs its game taken up).
        self._replay([event for event in kept if event.interaction])
        for start in self._starts:
            try:
                await start()
            except Exception:
                log.exception("taking over failed in %s", getattr(start, "__qualname__", start))
        self._replay([event for event in kept if not event.interaction])

    async def when_owner(self, start: Start) -> None:
        """Run `start` now if this copy owns, else once it takes over."""
        self._starts.append(start)
        if self._owner:
            await start()

    async def hand_over(self) -> None:
        """Stopping: leave every event from now on to the next owner (see the module's docstring),
        and give the events already on their way a moment to arrive here."""
        if not self._owner or self._ceiling is not None:
            return
        self._ceiling = snowflake_at(time.time())
        try:
            self._write(mark=self._ceiling)
        except OSError as exc:
            log.warning("could not write the handover mark (%s): the next copy starts from scratch", exc)
        if self.handover_slack > 0:
            await asyncio.sleep(self.handover_slack)

    def release(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the file lets go of its lock
            self._fd = None
        self._owner = False

    # -- events -----------------------------------------------------------------------------------

    def takes(self, snowflake: int) -> bool:
        """Whether this copy handles the event with this id."""
        if not self._owner or snowflake < self._floor:
            return False
        return self._ceiling is None or snowflake < self._ceiling

    def keep(self, snowflake: int, handle: Callable[[], None], *, interaction: bool) -> None:
        """A standby keeps an event it did not take, in case it is handed over."""
        if self._owner or self._fd is None:
            return
        cutoff = snowflake_at(time.time() - KEEP_SECONDS)
        while self._kept and self._kept[0].snowflake < cutoff:
            self._kept.popleft()
        self._kept.append(_Kept(snowflake, interaction, handle))

    def _replay(self, kept: list[_Kept]) -> None:
        if self._floor <= 0:
            return  # no handover mark: the last owner died, and may have handled these
        answerable = snowflake_at(time.time() - ANSWERABLE_SECONDS)
        replayed = 0
        for event in kept:
            if event.snowflake < self._floor or (event.interaction and event.snowflake < answerable):
                continue
            event.handle()
            replayed += 1
        if replayed:
            log.info("handled %d event(s) that arrived during the handover", replayed)

    # -- the lock file's record -------------------------------------------------------------------

    def _write(self, *, mark: int) -> None:
        assert self._fd is not None
        record = f"hyosan owner pid={os.getpid()} handover={mark:020d}".ljust(RECORD_SIZE - 1) + "\n"
        os.pwrite(self._fd, record.encode("ascii"), 0)

    def _read_mark(self) -> int:
        assert self._fd is not None
        record = os.pread(self._fd, RECORD_SIZE, 0).decode("ascii", "replace")
        _, found, rest = record.partition("handover=")
        digits = rest[:20]
        return int(digits) if found and digits.isdigit() else 0
