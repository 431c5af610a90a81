"""Polls spread over the interval (bot/season2/schedule.py: PollTimers, next_slot): the injected clock
driven through several intervals, each source polled once per interval at its own instant."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.scheduling import Scheduler
from bot.season2.model import SourceState
from bot.season2.schedule import PollTimers
from bot.season2.sources.base import FetchResult
from bot.season2.tracking import Tracking
from db import Database

EVERY = dt.timedelta(minutes=10)
INTERVALS = 4


class CountingFeed:
    """A feed that answers every poll with nothing new, and remembers when it was polled."""

    kind = "rss"
    min_interval = EVERY

    def __init__(self, n: int) -> None:
        self.source_id = f"rss:https://feed{n}.example/rss"
        self.base_url = f"https://feed{n}.example/rss"
        self.polled: list[dt.datetime] = []

    async def fetch(self, http: aiohttp.ClientSession, state: SourceState, now: dt.datetime) -> FetchResult:
        self.polled.append(now)
        return FetchResult(not_modified=state.baseline_recorded)


@pytest.fixture
async def timers(clock: ManualClock) -> AsyncIterator[Scheduler]:
    scheduler = Scheduler(clock, watch_clock_steps=False)
    scheduler.start()
    try:
        yield scheduler
    finally:
        await scheduler.shutdown()


async def _run_until(scheduler: Scheduler, end: dt.datetime) -> None:
    """Drive the clock from one scheduled moment to the next (every timer runs at its own instant)."""
    while True:
        moments = [at for name in scheduler.job_names() if (at := scheduler.next_run(name)) is not None]
        step_to = min([*moments, end])
        await scheduler.advance(max(step_to - scheduler.clock.now(), dt.timedelta(0)))
        if step_to >= end:
            return


async def test_the_polls_of_many_feeds_land_at_different_instants_once_per_interval(
    db: Database, clock: ManualClock, timers: Scheduler,
) -> None:
    feeds = [CountingFeed(n) for n in range(8)]
    tracking = Tracking(db, clock, sources=feeds, user_agent="hyosan-test/1.0")  # type: ignore[arg-type]
    start = clock.now()
    polling = PollTimers(timers, tracking)
    polling.start()
    try:
        await _run_until(timers, start + EVERY * (INTERVALS + 1))
    finally:
        polling.stop()
        await tracking.close()
    # The first poll of each is at start (never polled: overdue); from then on each feed keeps its slot.
    assert all(feed.polled[0] == start for feed in feeds)
    for k in range(1, INTERVALS + 1):
        window_start, window_end = start + EVERY * k, start + EVERY * (k + 1)
        in_window = {feed.source_id: [at for at in feed.polled if window_start <= at < window_end] for feed in feeds}
        assert all(len(polls) == 1 for polls in in_window.values()), in_window  # none skipped, none doubled
        instants = [polls[0] for polls in in_window.values()]
        assert len(set(instants)) == len(feeds)  # no two at one instant
    for feed in feeds:
        gaps = {b - a for a, b in zip(feed.polled[1:], feed.polled[2:], strict=False)}
        assert gaps == {EVERY}  # exactly one interval apart: never faster than the feed refreshes


async def test_a_feed_keeps_its_instant_across_a_restart(db: Database, clock: ManualClock, timers: Scheduler) -> None:
    feed = CountingFeed(1)
    tracking = Tracking(db, clock, sources=[feed], user_agent="hyosan-test/1.0")  # type: ignore[arg-type]
    polling = PollTimers(timers, tracking)
    polling.start()
    await _run_until(timers, clock.now() + EVERY * 2)
    polling.stop()
    await tracking.close()
    slot = feed.polled[-1]
    # The bot restarts three minutes later: its slots are its id's, not the start's.
    await timers.advance(dt.timedelta(minutes=3))
    again = Tracking(db, clock, sources=[feed], user_agent="hyosan-test/1.0")  # type: ignore[arg-type]
    restarted = PollTimers(timers, again)
    restarted.start()
    try:
        await _run_until(timers, slot + EVERY * 2 + dt.timedelta(seconds=1))
    finally:
        restarted.stop()
        await again.close()
    assert feed.polled[-2:] == [slot + EVERY, slot + EVERY * 2]
