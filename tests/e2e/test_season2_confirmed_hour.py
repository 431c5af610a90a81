"""A release day announced as reported, then confirmed officially with its hour: the announcement and
the countdowns already posted say "confirmed" and show the hour (cogs/season2/confirmations.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
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
