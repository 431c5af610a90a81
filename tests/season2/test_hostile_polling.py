"""Hostile feeds through tracking, into the database (issue 14, fault 9): runaway titles are cut
before they are stored and never stall the event loop; a redirect elsewhere is a source failure; a
feed over its size is read to its last whole item, and `/season2 sources` says so; a source that asks
to be left alone (Retry-After) is."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import time

import pytest

from bot.clock import ManualClock
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.season2.sources.rss import RSSSource
from cogs.season2.render import sources_embed
from db import Database
from tests.season2.delivery.helpers import subscribe
from tests.season2.test_polling import Polled, rss_poller

HUGE = 1_000_000
MIN = dt.timedelta(minutes=1)


def _from_now(wait: dt.timedelta) -> str:
    """An HTTP date `wait` after the local server's own Date header (its wall clock)."""
    return email.utils.format_datetime(dt.datetime.now(dt.UTC) + wait, usegmt=True)


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


async def test_a_feed_over_its_size_is_read_to_its_last_whole_item_and_sources_says_so(
    db: Database, clock: ManualClock
) -> None:
    async with LocalNewsFeed() as feed:
        for n in range(40):  # an archive, oldest first: the feed lists the newest first
            feed.add_headline(f"Archive story {n}", description="x" * 1000)
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        await subscribe(db, [100], level="all")
        poller = Polled(db, clock, RSSSource(feed.feed_url, max_bytes=12_000))
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and outcome.ok
    health = await poller.health()
    assert health.state == "ok" and health.consecutive_failures == 0
    assert health.last_error is not None and "larger than 12000 bytes" in health.last_error
    (field,) = sources_embed([health]).fields
    assert "Note: the feed is larger than 12000 bytes" in str(field.value)  # what /season2 sources shows
    titles = {c.text for c in await poller.tracking.claims()}
    assert "All of Us Are Dead season 2 wraps filming" in titles


async def test_a_feed_whose_first_bytes_hold_no_whole_item_fails_saying_why(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        feed.add_headline("All of Us Are Dead season 2 wraps filming " + "z" * 20_000)
        await subscribe(db, [100], level="all")
        poller = Polled(db, clock, RSSSource(feed.feed_url, max_bytes=8_000))
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and not outcome.ok
    health = await poller.health()
    assert health.last_error is not None and "hold no whole item" in health.last_error


@pytest.mark.parametrize(
    ("status", "retry_after", "waits", "said"),
    [
        (429, "3600", 60 * MIN, "the feed answered 429 (it asks to wait 60 min)"),
        (503, 120 * MIN, 120 * MIN, "the feed answered 503 (it asks to wait 1"),  # an HTTP date 2 h after the server's Date
        (429, "Wed, 21 Oct 2099 07:28:00 GMT", 6 * 60 * MIN, "the feed answered 429 (it asks to wait"),  # the cap
        (503, "soon", 10 * MIN, "the feed answered 503"),  # unreadable: the backoff alone (5 min x 2^1)
        (429, "²", 10 * MIN, "the feed answered 429"),  # a digit no number: the backoff, and the status still said
    ],
)
async def test_a_source_that_asks_to_be_left_alone_is_polled_no_sooner_than_it_asks(
    db: Database, clock: ManualClock, status: int, retry_after: str | dt.timedelta | None, waits: dt.timedelta, said: str
) -> None:
    async with LocalNewsFeed() as feed:
        poller = await rss_poller(db, clock, feed)
        feed.fail(status, retry_after=_from_now(retry_after) if isinstance(retry_after, dt.timedelta) else retry_after)
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and not outcome.ok
    state = await poller.state()
    assert state.next_poll_at is not None
    assert abs(state.next_poll_at - clock.now() - waits) <= MIN  # an HTTP date is to the second
    assert state.last_error is not None and said in state.last_error
