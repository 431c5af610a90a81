"""The one scheduling interface every feature uses, over the injected clock.

Two kinds of timer:
- **calendar jobs** (polls, reminder ticks, the daily question, housekeeping, a moment such as a
  release: `once`) run on APScheduler, the design card's scheduler. APScheduler 3 reads the wall
  clock itself; `_ClockedAPScheduler` makes it read the injected `Clock`, so a ManualClock drives
  it in tests and the demo. After the
  wall clock steps (NTP, a VM resume), calendar jobs are recomputed so a step neither stalls nor
  skips them.
- **short deadlines** (a trivia question's answer time, a retry) run on the event loop's monotonic
  time: `at(name, when, job)` arms a timer for `when - clock.now()` seconds, so a wall-clock step
  after arming changes nothing; `repeat` re-arms one after each run (sweeps such as delivery).

`advance(delta)` moves a ManualClock and runs whatever fell due, of both kinds, and waits for it
(the demo's `advance` and the tests). Every job is a coroutine function taking no arguments; its
exceptions are logged once and never stop the scheduler.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Hashable, Iterator
from typing import Any

from apscheduler.schedulers import base as apscheduler_base
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.clock import Clock, ManualClock, SystemClock
from db.failures import StorageError

log = logging.getLogger(__name__)

AsyncJob = Callable[[], Awaitable[None]]

#: How often the wall clock is compared with the monotonic clock, and what counts as a step.
STEP_CHECK_SECONDS = 30.0
STEP_THRESHOLD = dt.timedelta(seconds=5)


@contextlib.contextmanager
def _apscheduler_reads(clock: Clock) -> Iterator[None]:
    """While APScheduler computes what is due, its `datetime.now` is the injected clock.

    The swap is synchronous (no await inside), so no other coroutine ever sees it."""

    class _InjectedNow(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
            current = clock.now()
            return current.astimezone(tz) if tz is not None else current.replace(tzinfo=None)

    saved = apscheduler_base.datetime
    apscheduler_base.datetime = _InjectedNow
    try:
        yield
    finally:
        apscheduler_base.datetime = saved


class _ClockedAPScheduler(AsyncIOScheduler):  # type: ignore[misc]
    def __init__(self, clock: Clock) -> None:
        super().__init__(timezone=dt.UTC)
        self._clock = clock

    def _process_jobs(self) -> float | None:
        with _apscheduler_reads(self._clock):
            wait: float | None = super()._process_jobs()
            return wait

    def process_now(self) -> None:
        """`wakeup` done synchronously: start what is due now and re-arm the timer. (`wakeup`
        itself goes through call_soon_threadsafe, a loop iteration later.)"""
        self._stop_timer()
        self._start_timer(self._process_jobs())


class Scheduler:
    def __init__(self, clock: Clock, *, watch_clock_steps: bool | None = None) -> None:
        self.clock = clock
        self._aps = _ClockedAPScheduler(clock)
        self._deadlines: dict[Hashable, tuple[dt.datetime, AsyncJob, asyncio.TimerHandle]] = {}
        self._running: set[asyncio.Task[None]] = set()
        self._repeats: dict[Hashable, AsyncJob] = {}
        self._watch_steps = isinstance(clock, SystemClock) if watch_clock_steps is None else watch_clock_steps
        self._watcher: asyncio.Task[None] | None = None
        self._mark: tuple[dt.datetime, float] | None = None
        self._closed = False
        # what a stop gives running jobs (shutdown's default); a test whose job outlasts it on purpose sets less
        self.shutdown_grace = 3.0

    # ------------------------------------------------------------------ lifecycle

    @property
    def running(self) -> bool:
        return bool(self._aps.running)

    def start(self) -> None:
        """Start APScheduler (and the clock-step watch); call from setup_hook, never on_ready."""
        if self._aps.running:
            return
        self._aps.start()
        if self._watch_steps:
            self._mark = self._readings()
            self._watcher = asyncio.get_running_loop().create_task(self._watch(), name="clock-step-watch")

    async def shutdown(self, grace: float | None = None) -> None:
        """Stop every timer; jobs already running get `grace` seconds (`shutdown_grace` unless
        given) to finish, then are cancelled.

        The grace matters because jobs talk to Discord: discord.py (http.py) sleeps out a global
        429 between clearing and setting its global-limit event, so a request cancelled there
        leaves every later request of that client waiting."""
        self._closed = True
        if self._watcher is not None:
            self._watcher.cancel()
            self._watcher = None
        for _, _, handle in self._deadlines.values():
            handle.cancel()
        self._deadlines.clear()
        # APScheduler's shutdown cancels the jobs it runs at once: paused first, it starts no new
        # one while those running (a poll, housekeeping) get the same grace as the rest.
        if self._aps.running:
            self._aps.pause()
        if self._running:
            await asyncio.wait(list(self._running), timeout=self.shutdown_grace if grace is None else grace)
        if self._aps.running:
            self._aps.shutdown(wait=False)
        for task in list(self._running):
            task.cancel()
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)

    # ------------------------------------------------------------------ calendar jobs

    def every(
        self, name: str, interval: dt.timedelta, job: AsyncJob, *, first: dt.datetime | None = None
    ) -> None:
        """Run `job` every `interval` (first at `first`, else one interval from now)."""
        now = self.clock.now()
        trigger = IntervalTrigger(seconds=interval.total_seconds(), start_date=now, timezone=dt.UTC)
        self._add(name, trigger, job, first or now + interval)

    def daily(self, name: str, hour: int, minute: int, job: AsyncJob) -> None:
        """Run `job` every day at hour:minute UTC."""
        trigger = CronTrigger(hour=hour, minute=minute, timezone=dt.UTC)
        self._add(name, trigger, job, trigger.get_next_fire_time(None, self.clock.now()))

    def once(self, name: str, when: dt.datetime, job: AsyncJob) -> None:
        """Run `job` once when the injected clock reaches `when` (a moment on the calendar, such as
        a release: it follows a wall-clock step, unlike `at`); replaces a job of that name."""
        self._add(name, DateTrigger(run_date=when, timezone=dt.UTC), job, when)

    def _add(self, name: str, trigger: Any, job: AsyncJob, first: dt.datetime | None) -> None:
        # misfire_grace_time=None: APScheduler's executor would judge lateness on the wall clock;
        # each job decides itself what is too late (reminders have their own grace).
        self._aps.add_job(
            self._runner(name, job), trigger, id=name, name=name, replace_existing=True,
            coalesce=True, max_instances=1, misfire_grace_time=None, next_run_time=first,
        )

    def cancel(self, name: str) -> None:
        """Remove a calendar job; nothing happens if there is none."""
        with contextlib.suppress(Exception):
            self._aps.remove_job(name)

    async def run_now(self, name: str | None = None) -> None:
        """Run one calendar job or repeating sweep (or every one) at once, outside its schedule,
        and wait for it. One-shot deadlines are left alone: running them early would change
        what they time."""
        for job in self._aps.get_jobs():
            if name is None or job.id == name:
                self._spawn(job.id, job.func)
        for key, repeating in list(self._repeats.items()):
            if name is None or key == name:
                self._spawn(str(key), repeating)
        await self.settle()

    def job_names(self) -> list[str]:
        """Every calendar job and repeating sweep (what /about counts)."""
        return sorted([job.id for job in self._aps.get_jobs()] + [str(key) for key in self._repeats])

    def next_run(self, name: str) -> dt.datetime | None:
        job = self._aps.get_job(name)
        return None if job is None else job.next_run_time

    # ------------------------------------------------------------------ short deadlines

    def at(self, name: Hashable, when: dt.datetime, job: AsyncJob) -> None:
        """Run `job` once at `when`, timed on monotonic time; replaces a deadline of that name. Nothing
        is armed once shut down (a command finishing during a stop would run it after the database closed)."""
        if self._closed:
            return
        entry = self._deadlines.pop(name, None)
        if entry is not None:
            entry[2].cancel()
        delay = max(0.0, (when - self.clock.now()).total_seconds())
        handle = asyncio.get_running_loop().call_later(delay, self._fire_deadline, name)
        self._deadlines[name] = (when, job, handle)

    def after(self, name: Hashable, delay: dt.timedelta, job: AsyncJob) -> None:
        self.at(name, self.clock.now() + delay, job)

    def repeat(self, name: Hashable, interval: dt.timedelta, job: AsyncJob) -> None:
        """Run `job` every `interval` of monotonic time (sweeps such as delivery retries), each run
        armed when the previous one ends, so runs never overlap; `cancel_deadline(name)` stops it."""

        async def run_and_rearm() -> None:
            try:
                await job()
            finally:
                if name in self._repeats and name not in self._deadlines and not self._closed:
                    self.after(name, interval, run_and_rearm)

        self._repeats[name] = run_and_rearm
        self.after(name, interval, run_and_rearm)

    def cancel_deadline(self, name: Hashable) -> None:
        self._repeats.pop(name, None)
        entry = self._deadlines.pop(name, None)
        if entry is not None:
            entry[2].cancel()

    def deadline(self, name: Hashable) -> dt.datetime | None:
        entry = self._deadlines.get(name)
        return None if entry is None else entry[0]

    def _fire_deadline(self, name: Hashable) -> None:
        entry = self._deadlines.pop(name, None)
        if entry is not None:
            self._spawn(f"deadline {name}", entry[1])

    # ------------------------------------------------------------------ the clock moving

    async def advance(self, delta: dt.timedelta) -> None:
        """Move the ManualClock by `delta`, run what fell due (both kinds) and wait for it."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("only a ManualClock can be advanced by hand")
        self.clock.advance(delta)
        now = self.clock.now()
        for name, (when, job, handle) in list(self._deadlines.items()):
            if when <= now:
                handle.cancel()
                del self._deadlines[name]
                self._spawn(f"deadline {name}", job)
            else:
                self.at(name, when, job)
        if self._aps.running:
            self._aps.process_now()
        await self.settle()

    async def settle(self) -> None:
        """Wait until every job started so far (and any it started in turn) has finished."""
        await asyncio.sleep(0)  # let APScheduler's executor start the tasks it just created
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)
            await asyncio.sleep(0)

    def check_clock_step(self) -> dt.timedelta | None:
        """Compare the wall clock with monotonic time since the last check; on a step, move every
        calendar job by it (interval jobs) or recompute it (daily jobs). Returns the step, if any."""
        if self._mark is None:
            self._mark = self._readings()
            return None
        (wall_then, mono_then), (wall_now, mono_now) = self._mark, self._readings()
        self._mark = (wall_now, mono_now)
        step = (wall_now - wall_then) - dt.timedelta(seconds=mono_now - mono_then)
        if abs(step) < STEP_THRESHOLD:
            return None
        log.warning("the wall clock stepped by %+.0f s; calendar jobs recomputed", step.total_seconds())
        for job in self._aps.get_jobs():
            if job.next_run_time is None:
                continue
            if isinstance(job.trigger, IntervalTrigger):
                job.modify(next_run_time=job.next_run_time + step)
            else:
                job.modify(next_run_time=job.trigger.get_next_fire_time(None, wall_now))
        self._aps.process_now()
        return step

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(STEP_CHECK_SECONDS)
            self.check_clock_step()

    def _readings(self) -> tuple[dt.datetime, float]:
        return self.clock.now(), asyncio.get_running_loop().time()

    # ------------------------------------------------------------------ running jobs

    def _runner(self, name: str, job: AsyncJob) -> AsyncJob:
        async def run() -> None:
            task = asyncio.current_task()
            if task is not None:
                self._track(task)
            try:
                await self._guarded(name, job)
            except asyncio.CancelledError:
                if not self._closed:
                    raise
                # cut short by the stop, past its grace: APScheduler would log it as a failure
                # with a traceback (it reports any exception a job raises, a cancellation too)
                log.info("scheduled job %s stopped by the shutdown", name)

        return run

    def _spawn(self, name: str, job: AsyncJob) -> None:
        self._track(asyncio.get_running_loop().create_task(self._guarded(name, job), name=name))

    def _track(self, task: asyncio.Task[Any]) -> None:
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    @staticmethod
    async def _guarded(name: str, job: AsyncJob) -> None:
        try:
            await job()
        except asyncio.CancelledError:
            raise
        except StorageError:
            # The database logs each storage failure once a minute; a traceback per job run
            # (every few seconds, for every feature) would flood the log while the disk is full.
            log.debug("scheduled job %s: the database refused", name)
        except Exception:
            log.exception("scheduled job %s failed", name)
