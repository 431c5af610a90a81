"""The process's vital signs as one log line every so often (`HYOSAN_VITALS_EVERY`; off unless set).

A probe sleeps `PROBE` seconds in a loop and records how late it wakes (the event loop's lag: how
long some callback kept the loop from everything else); every `every` it logs the asyncio tasks
alive, the lag since the last line (p99 and max), resident memory, open descriptors and the
database and WAL sizes. `python -m bench.soak` reads these lines; an operator can too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from pathlib import Path

from db import Database

log = logging.getLogger(__name__)

PROBE = 0.05


def _memory_and_descriptors() -> tuple[int, int]:
    """Resident memory in KiB and open descriptors, from /proc (0, 0 elsewhere)."""
    rss = 0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
                break
        fds = len(os.listdir("/proc/self/fd"))
    except OSError:
        return rss, 0
    return rss, fds


class Vitals:
    def __init__(self, db: Database, every: dt.timedelta) -> None:
        self.db = db
        self.every = every.total_seconds()
        self._task: asyncio.Task[None] | None = None
        self._lags: list[float] = []

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="vitals")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        last_report = loop.time()
        while True:
            before = loop.time()
            await asyncio.sleep(PROBE)
            self._lags.append(max(0.0, loop.time() - before - PROBE))
            if loop.time() - last_report >= self.every:
                last_report = loop.time()
                await self._report()

    async def _report(self) -> None:
        lags, self._lags = sorted(self._lags), []
        p99 = lags[int(0.99 * (len(lags) - 1))] if lags else 0.0
        rss, fds = await asyncio.to_thread(_memory_and_descriptors)
        log.info(
            "vitals: tasks=%d loop_lag_p99_ms=%.1f loop_lag_max_ms=%.1f rss_kib=%d fds=%d db_bytes=%d wal_bytes=%d",
            len(asyncio.all_tasks()), p99 * 1000, (lags[-1] if lags else 0.0) * 1000, rss, fds,
            self.db.size_bytes(), self.db.wal_bytes(),
        )
