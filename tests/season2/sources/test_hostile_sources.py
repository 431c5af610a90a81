"""Hostile and broken source data (issue 14, fault 9): placeholder dates, runaway fields and
redirects to other hosts, against the local feed and the local TVmaze."""

from __future__ import annotations

import datetime as dt

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze
from bot.season2.model import Milestone
from bot.season2.model.polling import SourceState
from bot.season2.sources.base import SourceError, SourceRefused
from bot.season2.sources.rss import MAX_TITLE, RSSSource
from bot.season2.sources.tvmaze import TVmazeSource

HUGE = 1_000_000


def _fresh(source: RSSSource | TVmazeSource, kind: str) -> SourceState:
    return SourceState(source.source_id, kind, source.base_url)


async def test_a_megabyte_title_is_cut_where_it_enters(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.add_headline("All of Us Are Dead season 2 wraps filming " + "z" * HUGE, publisher="P" * (HUGE // 4))
        source = RSSSource(feed.feed_url)
        result = await source.fetch(http, _fresh(source, "rss"), clock.now())
    (claim,) = result.claims
    assert claim.milestone is Milestone.FILMING_WRAPPED
    assert len(claim.text) <= MAX_TITLE and len(claim.source.title) <= MAX_TITLE
    assert all(len(item.title) <= MAX_TITLE and len(item.publisher) <= 100 for item in result.seen)


async def test_a_link_that_is_not_a_web_address_is_dropped(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.add_headline("All of Us Are Dead season 2 wraps filming", link="javascript:alert(1)")
        source = RSSSource(feed.feed_url)
        result = await source.fetch(http, _fresh(source, "rss"), clock.now())
    assert result.claims[0].source.url is None


async def test_a_headline_release_date_decades_away_is_not_taken(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.add_headline("All of Us Are Dead season 2 premieres December 31, 2099")
        feed.add_headline("All of Us Are Dead season 2 premieres January 15, 2027")
        source = RSSSource(feed.feed_url)
        result = await source.fetch(http, _fresh(source, "rss"), clock.now())
    assert [c.release_at for c in result.claims] == [dt.datetime(2027, 1, 15, tzinfo=dt.UTC)]


async def test_a_redirect_to_another_host_is_refused_and_nothing_there_is_read(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, LocalNewsFeed() as elsewhere, aiohttp.ClientSession() as http:
        elsewhere.add_headline("All of Us Are Dead season 2 is cancelled")
        # 127.0.0.1 and localhost are two hosts, as a domain and its hijacker would be.
        feed.redirect(elsewhere.feed_url.replace("127.0.0.1", "localhost"), status=301)
        source = RSSSource(feed.feed_url)
        with pytest.raises(SourceError, match="another host"):
            await source.fetch(http, _fresh(source, "rss"), clock.now())
    assert elsewhere.requests == []


async def test_a_redirect_on_the_feeds_own_host_is_followed(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.add_headline("All of Us Are Dead season 2 wraps filming")
        feed.redirect("/feed.xml", status=308)
        source = RSSSource(feed.feed_url.replace("/feed.xml", "/old-feed"))
        result = await source.fetch(http, _fresh(source, "rss"), clock.now())
    assert [c.milestone for c in result.claims] == [Milestone.FILMING_WRAPPED]


async def test_endless_redirects_on_the_same_host_are_a_failure(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.redirect("/feed.xml", times=20)
        source = RSSSource(feed.feed_url)
        with pytest.raises(SourceError, match="redirects"):
            await source.fetch(http, _fresh(source, "rss"), clock.now())


async def test_a_tvmaze_premiere_of_9999_12_31_is_no_release_date(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        tvmaze.add_season(2, episode_order=12, premiere_date="9999-12-31")
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        result = await source.fetch(http, _fresh(source, "tvmaze"), clock.now())
    assert result.claims  # season 2 is still listed
    assert all(c.release_at is None for c in result.claims)
    assert Milestone.RELEASE_DATE_ANNOUNCED not in {c.milestone for c in result.claims}


async def test_tvmaze_redirecting_to_another_host_is_refused(clock: ManualClock) -> None:
    async with LocalTVmaze() as tvmaze, LocalTVmaze() as elsewhere, aiohttp.ClientSession() as http:
        tvmaze.redirect(elsewhere.base_url.replace("127.0.0.1", "localhost") + "/singlesearch/shows?q=x")
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        with pytest.raises(SourceError, match="another host"):
            await source.fetch(http, _fresh(source, "tvmaze"), clock.now())
    assert elsewhere.requests == []


@pytest.mark.parametrize("url", ["junk", "ftp://news.example.org/feed.xml", "javascript:alert(1)", "https://", "http://[abc/feed", "http://news.example.org:99999/feed"])
async def test_a_feed_address_that_is_no_web_address_fails_in_words(clock: ManualClock, url: str) -> None:
    source = RSSSource(url)
    async with aiohttp.ClientSession() as http:
        with pytest.raises(SourceRefused, match="start with http:// or https://"):
            await source.fetch(http, _fresh(source, "rss"), clock.now())


async def test_a_feed_that_is_not_found_says_to_check_its_address(clock: ManualClock) -> None:
    async with LocalNewsFeed() as feed, aiohttp.ClientSession() as http:
        feed.fail(404)
        source = RSSSource(feed.feed_url)
        with pytest.raises(SourceRefused, match="404 \\(not found: check the feed's address\\)"):
            await source.fetch(http, _fresh(source, "rss"), clock.now())


@pytest.mark.parametrize(("airstamp", "runtime"), [
    ("1900-01-01T08:00:00+00:00", 60), ("9999-12-31T23:00:00-05:00", 60), ("0001-01-01T00:00:00+05:00", 60),
    (None, 10**30), (None, -5),  # too big for SQLite (the poll failed to record, every hour), or no length
])
async def test_an_episode_field_that_cannot_be_true_is_left_out_and_fails_nothing(
    clock: ManualClock, airstamp: str | None, runtime: int
) -> None:
    async with LocalTVmaze() as tvmaze, aiohttp.ClientSession() as http:
        tvmaze.add_season(2, episode_order=8)
        tvmaze.add_episodes(2, 8, airstamp, runtime=runtime, dated=False)
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        result = await source.fetch(http, _fresh(source, "tvmaze"), clock.now())
    assert result.episodes is not None and len(result.episodes[2]) == 8  # listed, not aired (nor out in 1900)
    assert all(info.airstamp is None for info in result.episodes[2])
    assert all(info.runtime == (runtime if 0 < runtime < 1000 else None) for info in result.episodes[2])
    assert Milestone.RELEASED not in {c.milestone for c in result.claims}


@pytest.mark.parametrize("show_id", [True, -5, 2**63])
async def test_a_tvmaze_show_id_that_cannot_be_one_is_a_failure_in_words(show_id: int) -> None:
    async with LocalTVmaze(show_id=show_id) as tvmaze, aiohttp.ClientSession() as http:
        source = TVmazeSource(tvmaze.base_url, "All of Us Are Dead")
        with pytest.raises(SourceError, match="has no id"):  # 2**63 failed later, storing it: "OverflowError"
            await source.resolve_show_id(http)
