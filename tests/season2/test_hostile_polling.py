"""Hostile feeds through tracking, into the database (issue 14, fault 9): runaway titles are cut
before they are stored and never stall the event loop; a redirect elsewhere is a source failure."""

from __future__ import annotations

import asyncio
import time

from bot.clock import ManualClock
from bot.sandbox.newsfeed import LocalNewsFeed
from db import Database
from tests.season2.test_polling import rss_poller

HUGE = 1_000_000


class LoopWatch:
    """The longest the event loop went without running a 10 ms heartbeat."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _beat(self) -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.01)
            now = time.monotonic()
            self.longest = max(self.longest, now - last)
            last = now

    def __enter__(self) -> LoopWatch:
        self._task = asyncio.get_running_loop().create_task(self._beat())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


async def test_megabyte_titles_are_stored_cut_and_never_stall_the_loop(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        poller = await rss_poller(db, clock, feed)
        feed.add_headline("All of Us Are Dead season 2 wraps filming " + "z" * HUGE)
        feed.add_headline("All of Us Are Dead season 2 teaser is here " + "y" * HUGE)
        with LoopWatch() as watch:
            outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and outcome.ok
    # Discord allows 3 s for an answer; a poll must leave the loop free for far less than that.
    assert watch.longest < 1.0, f"the event loop stalled {watch.longest:.2f} s"
    async with db.read() as conn:
        cursor = await conn.execute("SELECT MAX(length(title)) FROM season2_seen_items")
        (seen,) = await cursor.fetchone()  # type: ignore[misc]
        cursor = await conn.execute("SELECT MAX(length(text)), MAX(length(source_title)) FROM season2_claims")
        (text, title) = await cursor.fetchone()  # type: ignore[misc]
    assert seen <= 300 and text <= 300 and title <= 300


async def test_a_feed_redirected_to_another_host_is_a_source_failure_and_stores_nothing(
    db: Database, clock: ManualClock
) -> None:
    async with LocalNewsFeed() as feed, LocalNewsFeed() as elsewhere:
        elsewhere.add_headline("All of Us Are Dead season 2 is cancelled")
        poller = await rss_poller(db, clock, feed)
        feed.redirect(elsewhere.feed_url.replace("127.0.0.1", "localhost"))
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and not outcome.ok
    health = await poller.health()
    assert health.last_error is not None and "another host" in health.last_error
    assert await poller.tracking.claims() == []
    assert elsewhere.requests == []
