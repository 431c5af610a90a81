"""Polling the sources through tracking (bot/season2/tracking.py, on the arithmetic of
bot/season2/schedule.py): baseline, conditional GET, dedupe, backoff, circuit.

"Announced" is what reaches the outbox for a channel subscribed to everything.
"""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze
from bot.season2.model import Milestone, Transition
from bot.season2.model.polling import SourceState
from bot.season2.outcomes import PollOutcome
from bot.season2.schedule import SLACK, Policy, SourceHealth
from bot.season2.sources.base import NewsSource
from bot.season2.sources.rss import RSSSource
from bot.season2.sources.tvmaze import TVmazeSource
from bot.season2.tracking import Tracking
from db import Database
from db.season2 import sources as sources_db
from tests.season2.delivery.helpers import subscribe

UA = "hyosan-test/1.0"
MIN = dt.timedelta(minutes=1)


class Polled:
    """One source polled through tracking, and what it announced."""

    def __init__(self, db: Database, clock: ManualClock, source: NewsSource, **options: object) -> None:
        self.db = db
        self.source = source
        self.tracking = Tracking(db, clock, sources=[source], user_agent=UA, **options)  # type: ignore[arg-type]

    async def poll_due(self) -> PollOutcome | None:
        outcomes = await self.tracking.poll_due()
        return outcomes[0] if outcomes else None

    async def state(self) -> SourceState:
        async with self.db.read() as conn:
            found = await sources_db.get_source(conn, self.source.source_id)
        assert found is not None
        return found

    async def until_due(self, clock: ManualClock, early: dt.timedelta = dt.timedelta(0)) -> dt.timedelta:
        """Move the clock to `early` before this source's next poll (its slot); how long after its last."""
        state = await self.state()
        assert state.next_poll_at is not None and state.last_poll_at is not None
        clock.advance(state.next_poll_at - early - clock.now())
        return state.next_poll_at - state.last_poll_at

    async def health(self) -> SourceHealth:
        (health,) = await self.tracking.health()
        return health

    async def announced(self) -> list[Transition]:
        return [e.transition for e in await self.tracking.history() if not e.baseline]

    async def close(self) -> None:
        await self.tracking.close()


async def rss_poller(db: Database, clock: ManualClock, feed: LocalNewsFeed, **options: object) -> Polled:
    await subscribe(db, [100], level="all")
    return Polled(db, clock, RSSSource(feed.feed_url), **options)


async def test_the_first_poll_records_a_baseline_and_announces_nothing(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        feed.add_headline("All of Us Are Dead season 2 has wrapped filming", publisher="Collider")
        poller = await rss_poller(db, clock, feed)
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and outcome.ok and outcome.baseline
    assert await poller.announced() == []
    assert poller.tracking.current.status.milestone is Milestone.FILMING_WRAPPED
    assert all(entry.baseline for entry in await poller.tracking.history())


async def test_a_feed_keeps_its_own_title_as_its_name_through_an_unchanged_poll(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        poller = await rss_poller(db, clock, feed)
        await poller.poll_due()
        await poller.until_due(clock)
        again = await poller.poll_due()  # a 304 carries no title: the one read before stays
        await poller.close()
    assert again is not None and again.not_modified
    assert (await poller.health()).title == "K-drama News (local)"  # what /season2 sources heads it with


async def test_a_new_headline_after_the_baseline_is_announced_once(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        feed.add_headline("Netflix drops the first trailer for All of Us Are Dead season 2", publisher="Pinkvilla")
        poller = await rss_poller(db, clock, feed)
        await poller.poll_due()
        feed.add_headline("All of Us Are Dead season 2 trailer released", publisher="Collider")
        await poller.until_due(clock)
        outcome = await poller.poll_due()
        await poller.until_due(clock)
        again = await poller.poll_due()
        await poller.close()
    assert outcome is not None and not outcome.baseline
    assert [t.to_milestone for t in await poller.announced()] == [Milestone.TRAILER]
    assert again is not None and again.not_modified and again.transitions == ()


async def test_an_unchanged_feed_is_fetched_conditionally_and_answers_304(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        poller = await rss_poller(db, clock, feed)
        await poller.poll_due()
        await poller.until_due(clock)
        outcome = await poller.poll_due()
        await poller.close()
        first, second = feed.requests
    assert outcome is not None and outcome.not_modified
    assert "If-None-Match" not in first.headers
    assert second.headers["If-None-Match"] and second.headers.get("If-Modified-Since")
    assert second.status == 304
    assert first.headers["User-Agent"] == UA


async def test_the_same_headline_reworded_in_case_and_punctuation_is_not_new(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        feed.add_headline("Cast news: nothing yet", publisher="Pinkvilla")
        poller = await rss_poller(db, clock, feed)
        await poller.poll_due()
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        await poller.until_due(clock)
        await poller.poll_due()
        feed.add_headline("ALL OF US ARE DEAD Season 2 Wraps Filming! - Pinkvilla", publisher="www.pinkvilla.com")
        await poller.until_due(clock)
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and outcome.new_claims == 0
    assert poller.tracking.current.status.milestone is None  # one publisher is not two
    async with db.read() as conn:
        assert await sources_db.count_seen(conn, poller.source.source_id) == 2


async def test_an_rss_source_is_never_polled_faster_than_ten_minutes(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        poller = await rss_poller(db, clock, feed)
        assert await poller.poll_due() is not None
        gap = await poller.until_due(clock, early=dt.timedelta(seconds=1))  # its slot, a whole interval on
        assert gap >= 10 * MIN - SLACK
        assert await poller.poll_due() is None
        clock.advance(dt.timedelta(seconds=1))
        assert await poller.poll_due() is not None
        await poller.close()
    assert len(feed.requests) == 2


async def test_tvmaze_is_never_polled_faster_than_an_hour(db: Database, clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        poller = Polled(db, clock, TVmazeSource(tvmaze.base_url, "All of Us Are Dead", interval=10 * MIN))
        assert await poller.poll_due() is not None
        gap = await poller.until_due(clock, early=dt.timedelta(seconds=1))
        assert gap >= 60 * MIN - SLACK
        assert await poller.poll_due() is None
        clock.advance(dt.timedelta(seconds=1))
        assert await poller.poll_due() is not None
        await poller.close()
        assert (await poller.state()).show_id is not None
        assert sum(1 for r in tvmaze.requests if r.path.startswith("/singlesearch")) == 1


async def test_tvmaze_premiere_after_baseline_is_announced_when_corroborated(db: Database, clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, LocalNewsFeed() as feed:
        await subscribe(db, [100], level="all")
        tv = Polled(db, clock, TVmazeSource(tvmaze.base_url, "All of Us Are Dead"))
        rss = Polled(db, clock, RSSSource(feed.feed_url))
        await tv.poll_due()
        await rss.poll_due()
        tvmaze.add_season(2, episode_order=8, premiere_date="2027-01-15")
        tvmaze.add_episodes(2, 8)
        feed.add_headline("All of Us Are Dead season 2 premieres on January 15, 2027", publisher="Collider")
        await tv.until_due(clock)  # an hour on or a little more (its slot): the feed's is due by then too
        await tv.poll_due()
        assert await tv.announced() == []  # TVmaze alone is one reported source
        await rss.poll_due()
        await tv.close()
        await rss.close()
    (transition,) = await tv.announced()
    assert transition.kind == "release_date_set"
    assert transition.release_at_after == dt.datetime(2027, 1, 15, 8, tzinfo=dt.UTC)
    assert {c.source.publisher for c in transition.claims} == {"TVmaze", "Collider"}


async def test_failures_back_off_exponentially(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        poller = await rss_poller(db, clock, feed)
        feed.fail(500, times=3)
        start = clock.now()
        outcome = await poller.poll_due()
        assert outcome is not None and not outcome.ok
        assert (await poller.state()).next_poll_at == start + 10 * MIN  # 5 min x 2^1
        clock.advance(10 * MIN)
        await poller.poll_due()
        assert (await poller.state()).next_poll_at == clock.now() + 20 * MIN  # 5 min x 2^2
        clock.advance(19 * MIN)
        assert await poller.poll_due() is None
        clock.advance(1 * MIN)
        assert await poller.poll_due() is not None
        await poller.close()
    health = await poller.health()
    assert health.state == "backing_off" and health.consecutive_failures == 3


async def test_the_circuit_opens_after_repeated_failures_and_half_opens_after_cooldown(
    db: Database, clock: ManualClock
) -> None:
    async with LocalNewsFeed() as feed:
        poller = await rss_poller(db, clock, feed, policy=Policy(failure_threshold=2, cooldown=dt.timedelta(hours=2)))
        feed.fail(503, times=2)
        await poller.poll_due()
        clock.advance(10 * MIN)
        await poller.poll_due()
        assert (await poller.health()).state == "circuit_open"
        clock.advance(60 * MIN)
        assert await poller.poll_due() is None
        clock.advance(60 * MIN)
        assert (await poller.health()).state == "half_open"
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and outcome.ok
    health = await poller.health()
    assert health.state == "ok" and health.consecutive_failures == 0
    assert len(feed.requests) == 3


async def test_garbage_is_a_failure_not_a_crash(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        poller = await rss_poller(db, clock, feed)
        feed.serve_garbage("binary")
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and not outcome.ok
    assert (await poller.health()).last_error


async def test_a_hanging_source_times_out_as_a_failure(db: Database, clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed:
        poller = await rss_poller(db, clock, feed, timeout=0.3)
        feed.hang()
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and outcome.error == "timed out"


async def test_tvmaze_garbage_json_is_a_failure(db: Database, clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze:
        poller = Polled(db, clock, TVmazeSource(tvmaze.base_url, "All of Us Are Dead"))
        tvmaze.serve_garbage("json")
        outcome = await poller.poll_due()
        await poller.close()
    assert outcome is not None and not outcome.ok
    assert not (await poller.state()).baseline_recorded


async def test_seen_items_still_in_the_feed_are_never_pruned(db: Database, clock: ManualClock) -> None:
    async with db.transaction() as conn:
        await sources_db.mark_seen(conn, "rss:x", [("gone", "older", "P")], clock.now() - dt.timedelta(days=1))
        await sources_db.mark_seen(conn, "rss:x", [("k1", "old", "P"), ("k2", "old too", "P")], clock.now())
    # A year of 304s later nothing was re-read, yet the feed still shows k1 and k2.
    later = clock.now() + dt.timedelta(days=400)
    async with db.transaction() as conn:
        pruned = await sources_db.prune_seen(conn, older_than=later, keep_per_source=1)
    async with db.read() as conn:
        assert await sources_db.seen_keys(conn, "rss:x", ["k1", "k2", "gone"]) == {"k1", "k2"}
    assert pruned == 1


async def test_seen_items_are_bounded_per_source_beyond_the_feeds_latest_read(db: Database, clock: ManualClock) -> None:
    async with db.transaction() as conn:
        for day in range(10):
            when = clock.now() + dt.timedelta(days=day)
            await sources_db.mark_seen(conn, "rss:x", [(f"d{day}", "t", "P")], when)
        await sources_db.mark_seen(conn, "rss:y", [("y", "t", "P")], clock.now())
    async with db.transaction() as conn:
        await sources_db.prune_seen(conn, older_than=clock.now() - dt.timedelta(days=1), keep_per_source=3)
    async with db.read() as conn:
        assert await sources_db.seen_keys(conn, "rss:x", [f"d{d}" for d in range(10)]) == {"d7", "d8", "d9"}
        assert await sources_db.count_seen(conn, "rss:y") == 1


async def test_pollers_from_settings_poll_every_configured_source(db: Database, clock: ManualClock) -> None:
    from bot.config import Settings
    from bot.season2.service import configured_sources

    async with LocalTVmaze() as tvmaze, LocalNewsFeed() as feed:
        settings = Settings(tvmaze_base_url=tvmaze.base_url, rss_feeds=(feed.feed_url,), user_agent=UA)
        tracking = Tracking(db, clock, sources=configured_sources(settings), user_agent=UA)
        outcomes = await tracking.poll_due()
        health = await tracking.health()
        await tracking.close()
    assert sorted(o.source_id.split(":")[0] for o in outcomes) == ["rss", "tvmaze"]
    assert [h.state for h in health] == ["ok", "ok"]
    assert all(h.baseline_recorded and h.last_poll_at == clock.now() for h in health)


async def test_no_sources_configured_means_no_polling(db: Database, clock: ManualClock) -> None:
    from bot.config import Settings
    from bot.season2.service import configured_sources

    tracking = Tracking(db, clock, sources=configured_sources(Settings(tvmaze_base_url=None)))
    assert await tracking.poll_due() == []
