"""When each season-2 source is polled, on the one scheduling interface (`bot/scheduling.py`) and its
injected clock: every source at its own instant in its interval, never all at once.

A source's polls fall on its slots (`schedule.next_slot`: a stable offset within its interval, from
its id), so ten feeds polled every 10 minutes are ten polls spread over the ten minutes, not a burst
every ten minutes (MonitoRSS's users' complaint: bursts, then rate limits). The calendar job
`season2-poll` runs every minute: it polls at once what is overdue (the first poll of a source, a
catch-up after the bot was down: `Tracking.poll_due`), then arms a one-off job at the exact moment of
each poll due before its next run (`season2-poll:<source>`). A poll that finds its source not due
(already polled, backing off, circuit open) does nothing, so none is doubled, and the minute's run
catches up one whose timer was lost, so none is skipped.
"""

from __future__ import annotations

import datetime as dt

from bot.scheduling import AsyncJob, Scheduler
from bot.season2.tracking import Tracking
from db.season2 import sources as sources_db

POLL_JOB = "season2-poll"
#: How often what is due is looked at (each source keeps its own interval on top of this).
TICK = dt.timedelta(seconds=60)


class PollTimers:
    """The poll's calendar job and each source's one-off timers."""

    def __init__(self, scheduler: Scheduler, tracking: Tracking, tick: dt.timedelta = TICK) -> None:
        self.scheduler = scheduler
        self.tracking = tracking
        self.tick = tick

    def start(self) -> None:
        """The minute's job, first at once (what is overdue is polled at start)."""
        self.scheduler.every(POLL_JOB, self.tick, self.run, first=self.scheduler.clock.now())

    def stop(self) -> None:
        self.scheduler.cancel(POLL_JOB)
        for source in self.tracking.sources:
            self.scheduler.cancel(self.job_name(source.source_id))

    @staticmethod
    def job_name(source_id: str) -> str:
        return f"{POLL_JOB}:{source_id}"

    async def run(self) -> None:
        """Poll what is overdue now, then arm each poll due before the next run at its own moment."""
        if not self.tracking.sources:
            return  # nothing to poll (no source configured): not even a read
        await self.tracking.poll_due()
        now = self.scheduler.clock.now()
        async with self.tracking.db.read() as conn:
            for source in self.tracking.sources:
                state = await sources_db.get_source(conn, source.source_id)
                at = None if state is None else state.next_poll_at
                if state is not None and state.circuit_open_until is not None:
                    at = max(at or state.circuit_open_until, state.circuit_open_until)
                if at is not None and now < at <= now + self.tick:
                    self.scheduler.once(self.job_name(source.source_id), at, self._poller(source.source_id))

    def _poller(self, source_id: str) -> AsyncJob:
        async def poll() -> None:
            await self.tracking.poll_source(source_id)
        return poll
