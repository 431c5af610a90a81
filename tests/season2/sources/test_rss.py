"""RSS feeds to claims (bot/season2/sources/rss.py) against LocalNewsFeed."""

from __future__ import annotations

import datetime as dt

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.season2.model import Confidence, Milestone, SourceState
from bot.season2.sources.base import SourceError
from bot.season2.sources.rss import RSSSource


async def test_fetch_turns_headlines_into_reported_claims(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla",
                          published=dt.datetime(2026, 2, 19, tzinfo=dt.UTC))
        feed.add_headline("Ten zombie films to watch", publisher="Collider")
        source = RSSSource(feed.feed_url)
        result = await source.fetch(http, SourceState(source.source_id, "rss", feed.feed_url), clock.now())
    (claim,) = result.claims
    assert claim.milestone is Milestone.FILMING_WRAPPED
    assert claim.confidence is Confidence.REPORTED
    assert claim.source.publisher == "Pinkvilla"
    assert claim.date == dt.date(2026, 2, 19)
    assert len(result.seen) == 2
    assert result.etag


async def test_unstable_guids_do_not_change_claim_ids(clock: ManualClock) -> None:
    async with LocalNewsFeed(unstable_guids=True) as feed, aiohttp.ClientSession() as http:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", publisher="Pinkvilla")
        source = RSSSource(feed.feed_url)
        state = SourceState(source.source_id, "rss", feed.feed_url)
        first = await source.fetch(http, state, clock.now())
        second = await source.fetch(http, state, clock.now())
    assert [c.id for c in first.claims] == [c.id for c in second.claims]


async def test_html_instead_of_a_feed_is_an_error(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.serve_garbage("html")
        source = RSSSource(feed.feed_url)
        with pytest.raises(SourceError):
            await source.fetch(http, SourceState(source.source_id, "rss", feed.feed_url), clock.now())


async def test_a_truncated_feed_is_an_error(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.serve_garbage("truncated")
        source = RSSSource(feed.feed_url)
        with pytest.raises(SourceError):
            await source.fetch(http, SourceState(source.source_id, "rss", feed.feed_url), clock.now())
