"""Housekeeping: the calendar job that keeps the database bounded (README, Operations).

Each feature registers a pruner (`add`), a coroutine given the cutoff (now minus the configured
retention) that deletes what it no longer needs and says how many rows went. After the pruners, a
checkpoint in TRUNCATE mode copies the write-ahead log into the database and cuts it to
nothing, so neither file grows with the bot's age. One line per run goes to the log.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from bot.clock import Clock
from db import Database, StorageError

log = logging.getLogger(__name__)

JOB = "housekeeping"
Pruner = Callable[[dt.datetime], Awaitable[Mapping[str, int]]]


@dataclass(frozen=True)
class Report:
    removed: dict[str, int] = field(default_factory=dict)
    wal_bytes_before: int = 0
    wal_bytes_after: int = 0
    database_bytes: int = 0


class Housekeeping:
    def __init__(self, db: Database, clock: Clock, retention: dt.timedelta) -> None:
        self.db = db
        self.clock = clock
        self.retention = retention
        self._pruners: dict[str, Pruner] = {}

    def add(self, name: str, pruner: Pruner) -> None:
        """Register (or replace) a feature's pruner; run in registration order."""
        self._pruners[name] = pruner

    def remove(self, name: str) -> None:
        self._pruners.pop(name, None)

    async def run(self) -> Report:
        """Prune every feature, then checkpoint and truncate the WAL; a refusing disk ends it
        quietly (the database logs that once a minute)."""
        cutoff = self.clock.now() - self.retention
        removed: dict[str, int] = {}
        for name, pruner in list(self._pruners.items()):
            try:
                counts = await pruner(cutoff)
            except StorageError:
                return Report(removed)
            except Exception:
                log.exception("housekeeping: pruning %s failed", name)
                continue
            removed.update({f"{name} {kind}": count for kind, count in counts.items()})
        before = self.db.wal_bytes()
        try:
            await self.db.checkpoint()
        except StorageError:
            return Report(removed, before, before)
        report = Report(removed, before, self.db.wal_bytes(), self.db.size_bytes())
        gone = ", ".join(f"{count} {kind}" for kind, count in removed.items() if count) or "nothing"
        log.info(
            "housekeeping: removed %s (kept %s); WAL %d -> %d bytes; database %d bytes",
            gone, _days(self.retention), report.wal_bytes_before, report.wal_bytes_after, report.database_bytes,
        )
        return report


def _days(retention: dt.timedelta) -> str:
    days = retention.total_seconds() / 86400
    return f"{days:g} days" if days >= 1 else f"{retention.total_seconds():g} s"
