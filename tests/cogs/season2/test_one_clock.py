"""Part 1's hour passing on the bot's clock, not the wall's (issue 8: every "now" is the injected clock): the demo's
`advance` moves /ask, /season2 status and the channel's posts together. The clock is set years from now, so nothing
here can be right by reading the wall clock instead."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import Channel, Message
from bot.sandbox.tvmaze import LocalTVmaze

pytestmark = pytest.mark.timeout(90)

PART_1 = dt.datetime(2031, 3, 14, 8, 0, tzinfo=dt.UTC)
PART_2 = dt.datetime(2031, 4, 11, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=8, premiere_date=PART_1.date().isoformat())
        tvmaze.add_episodes(2, 4, airstamp=PART_1.isoformat())
        tvmaze.add_episodes(2, 4, airstamp=PART_2.isoformat())
        async with Harness.start(tmp_path, clock=ManualClock(PART_1 - dt.timedelta(minutes=30)),
                                 extensions=("cogs.lore", "cogs.season2"), tvmaze_base_url=tvmaze.base_url) as harness:
            await harness.discord.invoke(harness.moderator, harness.general, "season2set", "announce", "set",
                                         channel=harness.channels["announcements"])
            await harness.discord.invoke(harness.moderator, harness.general, "season2set", "report",
                                         milestone="release_date_announced", date="2030-12-06", official=True,
                                         source_url="https://www.netflix.com/tudum/articles/aouad-season-2-date",
                                         release_date=PART_1.date().isoformat())
            await harness.bot.scheduler.run_now("season2-poll")
            yield harness


async def _ask(h: Harness, question: str) -> str:
    return (await h.discord.invoke(h.fan, h.general, "ask", question=question)).text


def _news(h: Harness) -> Channel:
    return h.channels["announcements"]


def _posts(h: Harness) -> list[Message]:
    return h.discord.messages(_news(h))


async def _status(h: Harness) -> str:
    return (await h.discord.invoke(h.fan, h.general, "season2", "status")).text


async def test_half_an_hour_before_part_1_ask_season2_status_and_the_channel_agree_it_is_not_out(h: Harness) -> None:
    asked, status = await _ask(h, "is season 2 episode 3 out"), await _status(h)
    assert f"Season 2, episode 3 comes out <t:{int(PART_1.timestamp())}:F>" in asked and "came out" not in asked, asked
    assert status.startswith("Season 2: Release date announced") and "**Out now:**" not in status, status
    assert not any("out now" in m.text for m in _posts(h)), [m.text for m in _posts(h)]


async def test_once_the_clock_passes_part_1s_hour_ask_season2_status_and_the_channel_agree_episodes_1_to_4_are_out(
    h: Harness,
) -> None:
    await h.advance(dt.timedelta(hours=1))
    asked, status = await _ask(h, "is episode 3 out"), await _status(h)
    assert "\nYes. Season 2, episode 3 came out" in asked, asked
    assert "**Out now:** episodes 1-4 only, released" in status, status
    await h.discord.wait_for_message(_news(h), lambda m: m.text.startswith("Season 2's episodes 1-4 are out now"), timeout=15)
    later = await _ask(h, "is episode 5 out")
    assert f"\nNot yet: season 2, episode 5 comes out on <t:{int(PART_2.timestamp())}:F>" in later, later
