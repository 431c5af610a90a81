"""A release day announced as reported, then confirmed officially with its hour: the announcement and
the countdowns already posted say "confirmed" and show the hour (cogs/season2/confirmations.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze

START = dt.datetime(2027, 2, 20, 12, 0, tzinfo=dt.UTC)
DAY = dt.date(2027, 3, 5)
AT_FIVE_KST = dt.datetime(2027, 3, 5, 8, 0, tzinfo=dt.UTC)
NETFLIX = "https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2-date"


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=8, premiere_date=DAY.isoformat())  # the day, no air time yet
        async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.season2"),
                                 tvmaze_base_url=tvmaze.base_url) as harness:
            await harness.bot.scheduler.run_now("season2-poll")
            yield harness


async def report(h: Harness, url: str, release_date: str, *, official: bool) -> str:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                                   source_url=url, date="today", official=official, release_date=release_date)
    return reply.text


async def test_a_reported_day_confirmed_with_its_hour_edits_the_announcement_to_confirmed_at_that_hour(
    h: Harness,
) -> None:
    announcements = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=announcements,
                           level="reported")
    await report(h, "https://www.soompi.com/article/aouad-s2-date", DAY.isoformat(), official=False)
    announced = await h.discord.wait_for_message(announcements, lambda m: "has a release date" in m.text, timeout=8)
    assert "📰 reported" in announced.text
    said = await report(h, NETFLIX, f"{DAY.isoformat()} 17:00 KST", official=True)
    assert said.startswith("Recorded.")  # the day given its hour moves nothing: no "two official sources" prompt
    edited = await h.discord.wait_for_message(
        announcements, lambda m: m.id == announced.id and "(confirmed" in m.text, timeout=8)
    assert edited.embed is not None and f"Release: <t:{int(AT_FIVE_KST.timestamp())}:F>" in edited.embed["description"]
    confidence = next(f["value"] for f in edited.embed["fields"] if f["name"] == "Confidence")
    assert confidence.startswith("✅ official (confirmed")


async def two_outlets_report_march_5(cog: Any, feed: LocalNewsFeed) -> None:
    """The feed's first poll (what it lists then is the baseline, not news), then two outlets giving
    5 March: the day stands, reported."""
    await cog.service.tracking.poll_now()
    for title, publisher in (("All of Us Are Dead Season 2 premieres March 5", "Soompi"),
                             ("'All of Us Are Dead' Season 2 to arrive on Netflix March 5", "Variety")):
        feed.add_headline(title, publisher=publisher, published=START)
    await cog.service.tracking.poll_now()


async def netflix_confirms_at_five_kst(cog: Any, feed: LocalNewsFeed, published: dt.datetime) -> None:
    """Netflix's own feed gives the day with its hour (5 p.m. KST), read at the next poll."""
    feed.add_headline("All of Us Are Dead Season 2 premieres March 5 at 5 p.m. KST", publisher="Netflix",
                      link="https://about.netflix.com/en/news/aouad-s2", source_url="https://about.netflix.com",
                      published=published)
    await cog.service.tracking.poll_now()


async def announced_as_reported(h: Harness, feed: LocalNewsFeed) -> tuple[Any, Message]:
    """A channel takes reported news; two outlets give 5 March: the announcement it gets."""
    announcements = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=announcements,
                           level="reported")
    cog: Any = h.bot.get_cog("Season2")
    await two_outlets_report_march_5(cog, feed)
    announced = await h.discord.wait_for_message(announcements, lambda m: "has a release date" in m.text, timeout=8)
    return cog, announced


@pytest.fixture
async def fed(tmp_path: Path) -> AsyncIterator[tuple[Harness, LocalNewsFeed]]:
    async with LocalNewsFeed(title="K-drama News", publisher="News") as feed:
        async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.season2"),
                                 rss_feeds=(feed.feed_url,)) as harness:
            yield harness, feed


async def test_a_reported_day_netflix_confirms_with_its_hour_in_its_feed_edits_the_announcement(
    fed: tuple[Harness, LocalNewsFeed],
) -> None:
    h, feed = fed
    announcements = h.channels["announcements"]
    cog, announced = await announced_as_reported(h, feed)
    assert "📰 reported" in announced.text
    await netflix_confirms_at_five_kst(cog, feed, START)
    edited = await h.discord.wait_for_message(
        announcements, lambda m: m.id == announced.id and "(confirmed" in m.text, timeout=8)
    assert edited.embed is not None and f"Release: <t:{int(AT_FIVE_KST.timestamp())}:F>" in edited.embed["description"]


async def test_a_day_netflix_confirms_in_an_older_item_of_its_feed_is_dated_the_day_the_bot_read_it(
    fed: tuple[Harness, LocalNewsFeed],
) -> None:
    # the post edited when the "confirmed" announcement goes out dates it as /season2set report's own edit does
    # (the bot's clock), never by the item's date: either edit may come first, and the post shows one day
    h, feed = fed
    announcements = h.channels["announcements"]
    cog, announced = await announced_as_reported(h, feed)
    await h.advance(dt.timedelta(days=2))
    await netflix_confirms_at_five_kst(cog, feed, START + dt.timedelta(hours=1))
    edited = await h.discord.wait_for_message(
        announcements, lambda m: m.id == announced.id and "(confirmed" in m.text, timeout=8)
    assert edited.embed is not None
    confidence = next(f["value"] for f in edited.embed["fields"] if f["name"] == "Confidence")
    assert confidence == f"✅ official (confirmed <t:{int(h.clock.now().timestamp())}:D>)"


async def test_a_dm_countdown_of_a_reported_day_netflix_confirms_in_its_feed_says_confirmed(
    fed: tuple[Harness, LocalNewsFeed],
) -> None:
    h, feed = fed
    dm = h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    cog: Any = h.bot.get_cog("Season2")
    await two_outlets_report_march_5(cog, feed)
    # the 1-day countdown: a day before midnight Pacific (08:00 UTC), when a bare day is out on Netflix
    await h.advance(dt.datetime(2027, 3, 4, 8, 30, tzinfo=dt.UTC) - h.clock.now())
    countdown = await h.discord.wait_for_message(dm, lambda m: "1d to go" in m.text, timeout=8)
    assert "not confirmed officially" in countdown.text
    await netflix_confirms_at_five_kst(cog, feed, h.clock.now())
    await h.advance(dt.timedelta(seconds=5))
    confirmed = await h.discord.wait_for_message(
        dm, lambda m: m.id == countdown.id and "now confirmed officially" in m.text, timeout=8)
    assert f"<t:{int(AT_FIVE_KST.timestamp())}:F>" in confirmed.text
