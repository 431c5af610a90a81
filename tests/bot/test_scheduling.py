"""The one scheduling interface: calendar jobs on APScheduler and short deadlines, both on the
injected clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator

import pytest

from bot.clock import ManualClock
from bot.scheduling import Scheduler

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


class SteppingClock:
    """Wall time that follows real time but can be stepped, like NTP stepping a server's clock."""

    def __init__(self) -> None:
        self.offset = START - dt.datetime.now(dt.UTC)

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset

    def step(self, delta: dt.timedelta) -> None:
        self.offset += delta


class Calls:
    def __init__(self) -> None:
        self.count = 0
        self.event = asyncio.Event()

    async def __call__(self) -> None:
        self.count += 1
        self.event.set()


@pytest.fixture
async def scheduler() -> AsyncIterator[Scheduler]:
    timers = Scheduler(ManualClock(START))
    timers.start()
    try:
        yield timers
    finally:
        await timers.shutdown()


async def test_an_interval_job_runs_once_the_injected_clock_reaches_it(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.every("poll", dt.timedelta(minutes=1), calls)
    await scheduler.advance(dt.timedelta(seconds=59))
    assert calls.count == 0
    await scheduler.advance(dt.timedelta(seconds=1))
    assert calls.count == 1


async def test_a_long_jump_runs_an_interval_job_once_not_once_per_missed_interval(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.every("poll", dt.timedelta(minutes=1), calls)
    await scheduler.advance(dt.timedelta(hours=3))
    assert calls.count == 1


async def test_a_daily_job_runs_at_its_time_of_day_in_utc(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.daily("daily", 9, 30, calls)
    assert scheduler.next_run("daily") == dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    await scheduler.advance(dt.timedelta(hours=21, minutes=29))
    assert calls.count == 0
    await scheduler.advance(dt.timedelta(minutes=1))
    assert calls.count == 1


async def test_a_cancelled_calendar_job_never_runs(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.every("poll", dt.timedelta(minutes=1), calls)
    scheduler.cancel("poll")
    await scheduler.advance(dt.timedelta(minutes=5))
    assert calls.count == 0
    assert "poll" not in scheduler.job_names()


async def test_a_one_off_calendar_job_runs_once_at_its_moment_then_is_gone(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.once("release", START + dt.timedelta(days=2), calls)
    await scheduler.advance(dt.timedelta(days=2) - dt.timedelta(seconds=1))
    assert calls.count == 0
    await scheduler.advance(dt.timedelta(seconds=1))
    assert calls.count == 1
    await scheduler.advance(dt.timedelta(days=30))
    assert calls.count == 1
    assert "release" not in scheduler.job_names()


async def test_setting_a_one_off_job_again_moves_it(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.once("release", START + dt.timedelta(days=2), calls)
    scheduler.once("release", START + dt.timedelta(days=5), calls)
    await scheduler.advance(dt.timedelta(days=3))
    assert calls.count == 0
    await scheduler.advance(dt.timedelta(days=2))
    assert calls.count == 1


async def test_a_one_off_job_follows_a_wall_clock_step_forward() -> None:
    clock = SteppingClock()
    timers = Scheduler(clock, watch_clock_steps=False)
    timers.start()
    calls = Calls()
    try:
        timers.once("release", START + dt.timedelta(hours=1), calls)
        timers.check_clock_step()
        clock.step(dt.timedelta(hours=2))  # the machine resumes after the moment
        timers.check_clock_step()
        await asyncio.wait_for(calls.event.wait(), 5)
        assert calls.count == 1
    finally:
        await timers.shutdown()


async def test_a_deadline_fires_when_the_clock_is_advanced_past_it(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.after("question", dt.timedelta(seconds=20), calls)
    await scheduler.advance(dt.timedelta(seconds=19))
    assert calls.count == 0
    await scheduler.advance(dt.timedelta(seconds=1))
    assert calls.count == 1


async def test_a_deadline_fires_on_its_own_as_monotonic_time_passes(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.after("question", dt.timedelta(milliseconds=20), calls)
    await asyncio.wait_for(calls.event.wait(), timeout=5)
    assert calls.count == 1


async def test_arming_a_deadline_again_replaces_the_earlier_one(scheduler: Scheduler) -> None:
    first, second = Calls(), Calls()
    scheduler.after("question", dt.timedelta(seconds=10), first)
    scheduler.after("question", dt.timedelta(seconds=30), second)
    await scheduler.advance(dt.timedelta(seconds=30))
    assert (first.count, second.count) == (0, 1)


async def test_a_repeating_sweep_runs_again_after_each_run_until_cancelled(scheduler: Scheduler) -> None:
    calls = Calls()
    scheduler.repeat("sweep", dt.timedelta(seconds=2), calls)
    for _ in range(3):
        await scheduler.advance(dt.timedelta(seconds=2))
    assert calls.count == 3
    scheduler.cancel_deadline("sweep")
    await scheduler.advance(dt.timedelta(seconds=10))
    assert calls.count == 3


async def test_run_now_runs_calendar_jobs_and_sweeps_but_leaves_deadlines_alone(scheduler: Scheduler) -> None:
    poll, sweep, question = Calls(), Calls(), Calls()
    scheduler.every("poll", dt.timedelta(hours=1), poll)
    scheduler.repeat("sweep", dt.timedelta(seconds=2), sweep)
    scheduler.after("question", dt.timedelta(seconds=20), question)
    await scheduler.run_now()
    assert (poll.count, sweep.count, question.count) == (1, 1, 0)


async def test_a_failing_job_is_logged_once_and_other_jobs_still_run(
    scheduler: Scheduler, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken() -> None:
        raise RuntimeError("boom")

    calls = Calls()
    scheduler.after("broken", dt.timedelta(seconds=1), broken)
    scheduler.after("fine", dt.timedelta(seconds=1), calls)
    with caplog.at_level(logging.ERROR, logger="bot.scheduling"):
        await scheduler.advance(dt.timedelta(seconds=1))
    assert calls.count == 1
    assert [r.getMessage() for r in caplog.records] == ["scheduled job deadline broken failed"]


async def test_only_a_manual_clock_can_be_advanced_by_hand() -> None:
    timers = Scheduler(SteppingClock(), watch_clock_steps=False)
    with pytest.raises(TypeError):
        await timers.advance(dt.timedelta(seconds=1))


async def test_a_backward_wall_clock_step_neither_stalls_nor_skips_an_interval_job() -> None:
    clock = SteppingClock()
    timers = Scheduler(clock, watch_clock_steps=False)
    timers.start()
    try:
        calls = Calls()
        timers.every("poll", dt.timedelta(seconds=60), calls)
        due = timers.next_run("poll")
        assert due is not None
        timers.check_clock_step()  # the reference reading
        clock.step(dt.timedelta(seconds=-150))
        step = timers.check_clock_step()
        assert step is not None and step < dt.timedelta(seconds=-149)
        moved = timers.next_run("poll")
        assert moved is not None
        # Still about 60 s of real time away, not 210 s.
        assert abs((moved - clock.now()) - (due - clock.now() + step)) < dt.timedelta(seconds=1)
        assert moved - clock.now() < dt.timedelta(seconds=61)
    finally:
        await timers.shutdown()


async def test_a_forward_wall_clock_step_recomputes_a_daily_job_from_the_new_time() -> None:
    clock = SteppingClock()
    timers = Scheduler(clock, watch_clock_steps=False)
    timers.start()
    try:
        timers.daily("daily", 9, 0, Calls())
        timers.check_clock_step()
        clock.step(dt.timedelta(days=1))
        timers.check_clock_step()
        assert timers.next_run("daily") == dt.datetime(2026, 3, 3, 9, 0, tzinfo=dt.UTC)
    finally:
        await timers.shutdown()


async def test_shutting_down_cancels_every_pending_timer() -> None:
    timers = Scheduler(ManualClock(START))
    timers.start()
    calls = Calls()
    timers.after("question", dt.timedelta(milliseconds=10), calls)
    timers.every("poll", dt.timedelta(seconds=1), calls)
    await timers.shutdown()
    await asyncio.sleep(0.05)
    assert calls.count == 0
    assert not timers.running


async def test_a_deadline_armed_after_shutting_down_never_runs() -> None:
    timers = Scheduler(ManualClock(START))
    timers.start()
    await timers.shutdown()
    calls = Calls()
    timers.after("late command", dt.timedelta(0), calls)  # a command still finishing during the stop
    await asyncio.sleep(0.05)
    assert calls.count == 0


async def test_shutting_down_lets_a_running_job_finish_its_request_instead_of_cancelling_it() -> None:
    timers = Scheduler(ManualClock(START))
    timers.start()
    finished = asyncio.Event()

    async def posting() -> None:
        await asyncio.sleep(0.1)  # a request to Discord in flight
        finished.set()

    timers.after("post", dt.timedelta(0), posting)
    await asyncio.sleep(0.02)
    await timers.shutdown(grace=2.0)
    assert finished.is_set()


async def test_a_deadline_armed_before_a_backward_wall_clock_step_fires_on_time() -> None:
    clock = SteppingClock()
    timers = Scheduler(clock, watch_clock_steps=False)
    timers.start()
    try:
        calls = Calls()
        timers.after("question", dt.timedelta(seconds=0.2), calls)  # a 20 s answer time, shortened
        clock.step(dt.timedelta(seconds=-150))
        await asyncio.wait_for(calls.event.wait(), 2.0)  # not 150 s later
    finally:
        await timers.shutdown()


async def test_shutting_down_lets_a_running_calendar_job_finish_without_a_logged_failure(
    caplog: pytest.LogCaptureFixture,
) -> None:
    timers = Scheduler(ManualClock(START))
    timers.start()
    started, finished = asyncio.Event(), asyncio.Event()

    async def polling() -> None:
        started.set()
        await asyncio.sleep(0.1)  # a source or Discord answering
        finished.set()

    timers.every("poll", dt.timedelta(minutes=1), polling)
    moving = asyncio.create_task(timers.advance(dt.timedelta(minutes=1)))
    await asyncio.wait_for(started.wait(), 5.0)  # the stop comes while it runs (never a guess at how long it takes to start)
    with caplog.at_level(logging.INFO):
        await timers.shutdown(grace=2.0)
    await moving
    assert finished.is_set()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_calendar_job_that_outlasts_the_grace_is_stopped_without_a_logged_failure(
    caplog: pytest.LogCaptureFixture,
) -> None:
    timers = Scheduler(ManualClock(START))
    timers.start()

    started = asyncio.Event()

    async def stuck() -> None:
        started.set()
        await asyncio.sleep(30)

    timers.every("housekeeping", dt.timedelta(minutes=10), stuck)
    moving = asyncio.create_task(timers.advance(dt.timedelta(minutes=10)))
    await asyncio.wait_for(started.wait(), 5.0)
    with caplog.at_level(logging.INFO):
        await timers.shutdown(grace=0.05)
    await moving
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("housekeeping stopped by the shutdown" in r.getMessage() for r in caplog.records)
