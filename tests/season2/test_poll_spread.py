"""Polls spread over the interval (bot/season2/schedule.py: PollTimers, next_slot): the injected clock
driven through several intervals, each source polled once per interval at its own instant."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.scheduling import Scheduler
from bot.season2.model import Claim
from bot.season2.model.polling import SourceState
from bot.season2.schedule import TICK, PollTimers
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

    def claims_at(self, state: SourceState, now: dt.datetime) -> tuple[Claim, ...]:
        return ()

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
    # Never polled, every feed is overdue at start: each first poll at its own instant within the first
    # minute, one at once; from then on each feed keeps its slot (settled from the second interval on).
    firsts = sorted(feed.polled[0] for feed in feeds)
    assert firsts[0] == start and len(set(firsts)) == len(feeds) and firsts[-1] < start + TICK
    for k in range(2, INTERVALS + 1):
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


async def test_feeds_overdue_after_a_downtime_are_caught_up_one_at_a_time_the_longest_overdue_at_once(
    db: Database, clock: ManualClock, timers: Scheduler,
) -> None:
    feeds = [CountingFeed(n) for n in range(5)]
    tracking = Tracking(db, clock, sources=feeds, user_agent="hyosan-test/1.0")  # type: ignore[arg-type]
    polling = PollTimers(timers, tracking)
    polling.start()
    await _run_until(timers, clock.now() + EVERY * 2)
    polling.stop()
    await tracking.close()
    # The bot is down three hours: every feed is overdue when it starts again, one longer than the others.
    await timers.advance(dt.timedelta(hours=3))
    longest = min(feeds, key=lambda feed: feed.polled[-1])
    seen = {feed.source_id: len(feed.polled) for feed in feeds}
    restart = clock.now()
    again = Tracking(db, clock, sources=feeds, user_agent="hyosan-test/1.0")  # type: ignore[arg-type]
    restarted = PollTimers(timers, again)
    restarted.start()
    try:
        await _run_until(timers, restart + TICK)
    finally:
        restarted.stop()
        await again.close()
    caught_up = [feed.polled[seen[feed.source_id]] for feed in feeds]
    assert all(len(feed.polled) == seen[feed.source_id] + 1 for feed in feeds)  # each once, none skipped
    assert len(set(caught_up)) == len(feeds)  # no two at one instant
    assert longest.polled[-1] == restart and max(caught_up) < restart + TICK
