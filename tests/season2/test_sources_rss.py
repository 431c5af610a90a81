"""RSS headlines to claims (bot/season2/sources/rss.py) against LocalNewsFeed."""

from __future__ import annotations

import datetime as dt

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.season2.model import Confidence, Milestone, SourceState
from bot.season2.sources.base import SourceError
from bot.season2.sources.rss import RSSSource, classify_headline, item_key, parse_headline_date


@pytest.mark.parametrize(
    ("headline", "milestone"),
    [
        ("All of Us Are Dead season 2 wraps filming after seven months", Milestone.FILMING_WRAPPED),
        ("Filming for All of Us Are Dead season 2 has wrapped", Milestone.FILMING_WRAPPED),
        ("Netflix drops the first trailer for All of Us Are Dead season 2", Milestone.TRAILER),
        ("All of Us Are Dead 2 teaser trailer shows a fallen Seoul", Milestone.TEASER),
        ("Netflix renews All of Us Are Dead for season 2", Milestone.RENEWED),
        ("All of Us Are Dead season 2 delayed again", Milestone.DELAYED),
        ("Netflix cancels All of Us Are Dead season 2", None),
        ("All of Us Are Dead season 2 cancelled by Netflix", Milestone.CANCELLED),
        ("All of Us Are Dead season 2 officially in production", Milestone.FILMING),
        ("Ahn Dong-goo joins All of Us Are Dead season 2", Milestone.CASTING),
        ("All of Us Are Dead season 2 premieres on January 15, 2027", Milestone.RELEASE_DATE_ANNOUNCED),
    ],
)
def test_headlines_map_to_milestones(headline: str, milestone: Milestone | None) -> None:
    found = classify_headline(headline)
    assert (found.milestone if found else None) is milestone


def test_a_release_date_headline_carries_the_date_in_utc() -> None:
    found = classify_headline("All of Us Are Dead season 2 release date set for 15 Jan 2027")
    assert found is not None and found.release_at == dt.datetime(2027, 1, 15, tzinfo=dt.UTC)


def test_release_date_speculation_without_a_date_is_no_claim() -> None:
    assert classify_headline("All of Us Are Dead season 2 release date, cast and plot") is None


def test_questions_are_no_claims() -> None:
    assert classify_headline("Has All of Us Are Dead season 2 finished filming?") is None


def test_headlines_about_other_shows_are_ignored() -> None:
    assert classify_headline("Squid Game season 3 trailer is here") is None


def test_rumour_headlines_are_rumours() -> None:
    found = classify_headline("Rumour: All of Us Are Dead season 2 trailer coming next week")
    assert found is not None and found.confidence is Confidence.RUMOUR


def test_dates_in_headlines_are_parsed() -> None:
    assert parse_headline_date("on Sept. 3rd, 2027") == dt.date(2027, 9, 3)
    assert parse_headline_date("2027-02-30") is None


def test_the_dedupe_key_ignores_case_punctuation_and_the_publisher_suffix() -> None:
    a = item_key("All of Us Are Dead Season 2 WRAPS filming! - Pinkvilla", "Pinkvilla")
    b = item_key("all of us are dead season 2 wraps filming", "www.pinkvilla.com")
    assert a == b
    assert a != item_key("all of us are dead season 2 wraps filming", "Collider")


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
