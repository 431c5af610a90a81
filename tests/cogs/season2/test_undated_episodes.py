"""Season 2 out only in part while TVmaze lists some of its episodes with no date (announced, not dated): /season2
status and the post at the release say the same of what is out and what is still to come, driven through the local
Discord (bot.season2.to_come is the one reading both use)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.tvmaze import LocalTVmaze
from tests.e2e.driving import bot_posts, settled
from tests.e2e.reading import read

pytestmark = pytest.mark.timeout(60)

START = dt.datetime(2027, 3, 12, 7, 50, tzinfo=dt.UTC)  # ten minutes before the release
PART_1 = dt.datetime(2027, 3, 12, 8, 0, tzinfo=dt.UTC)
PART_2 = dt.datetime(2027, 4, 9, 7, 0, tzinfo=dt.UTC)
NEXT = f"TVmaze lists episode 5 for <t:{int(PART_2.timestamp())}:F>"


async def _released(tmp_path: Path, undated_before: int, undated_after: int) -> AsyncIterator[Harness]:
    """Four episodes listed for the release, `undated_before` with no date, four listed for Part 2's day, then
    `undated_after` with no date; the release hour passed, #announcements subscribed."""
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=8 + undated_before + undated_after, premiere_date=PART_1.date().isoformat())
        tvmaze.add_episodes(2, 4, airstamp=PART_1.isoformat())
        if undated_before:
            tvmaze.add_episodes(2, undated_before, dated=False)
        tvmaze.add_episodes(2, 4, airstamp=PART_2.isoformat())
        if undated_after:
            tvmaze.add_episodes(2, undated_after, dated=False)
        async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.lore", "cogs.season2"),
                                 tvmaze_base_url=tvmaze.base_url) as h:
            await h.bot.scheduler.run_now("season2-poll")
            await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set",
                                   channel=h.channels["announcements"])
            await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                                   date="2027-03-01", official=True, release_date="2027-03-12 08:00 UTC",
                                   source_url="https://www.netflix.com/tudum/articles/aouad-season-2-date")
            await h.advance(PART_1 + dt.timedelta(minutes=1) - h.clock.now())
            await settled(h)
            yield h


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async for harness in _released(tmp_path, 0, 4):
        yield harness


async def _said(h: Harness) -> tuple[str, str]:
    """The at-release post in #announcements, and the status card a fan reads then."""
    (post,) = [read(m) for m in bot_posts(h, h.channels["announcements"]) if "out" in str((m.embed or {}).get("title"))]
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    return post, status.text


async def test_undated_episodes_after_the_dated_later_ones_are_still_to_come_in_the_status_and_the_release_post(
        h: Harness) -> None:
    post, status = await _said(h)
    assert "Season 2's episodes 1-4 are out now" in post, post
    assert "**Out now:** episodes 1-4 only, released" in status, status
    for said in (post, status):
        assert f"Episodes 5-12 come later: {NEXT}" in said, said
        assert "episodes 1-12" not in said


async def test_an_undated_episode_before_the_dated_later_ones_is_said_of_neither_way_by_both(tmp_path: Path) -> None:
    async for h in _released(tmp_path, 1, 0):
        post, status = await _said(h)
        assert "Season 2's episodes 1-4 are out now" in post, post
        assert "**Out now:** episodes 1-4 only, released" in status, status
        for said in (post, status):
            assert "Episodes 6-9 come later: TVmaze lists episode 6 for" in said, said
