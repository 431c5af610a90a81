"""Season 2's release day as a fan server lives it, through the local Discord with a local TVmaze:
TVmaze lists the season with titles and air times, the date is confirmed, episodes air, fans set
their progress as they type it, moderators mark channels, and everyone asks about season 2. Each
test asserts what a reader sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.tvmaze import LocalTVmaze

START = dt.datetime(2027, 2, 20, 12, 0, tzinfo=dt.UTC)
FIRST = dt.datetime(2027, 3, 5, 8, 0, tzinfo=dt.UTC)  # episodes 1-4
SECOND = FIRST + dt.timedelta(weeks=1)  # episodes 5-8
# Titles as TVmaze may list them: the second spoils, the others carry markdown and mentions.
TITLES = [
    "Nam-ra **Returns** @everyone", "The Death of Su-hyeok", "Gwi-nam || Comes Back", "On-jo's Choice",
    "Hallyu <@123> _x_", "Six", "Seven", "The Last Stand",
]
EXTENSIONS = ("cogs.meta", "cogs.lore", "cogs.season2")


@pytest.fixture
async def tvmaze() -> AsyncIterator[LocalTVmaze]:
    async with LocalTVmaze() as server:
        server.add_season(2, episode_order=8, premiere_date=FIRST.date().isoformat())
        server.add_episodes(2, 4, airstamp=FIRST.isoformat(), names=TITLES[:4])
        server.add_episodes(2, 4, airstamp=SECOND.isoformat(), names=TITLES[4:])
        yield server


@pytest.fixture
async def h(tmp_path: Path, tvmaze: LocalTVmaze) -> AsyncIterator[Harness]:
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=EXTENSIONS, tvmaze_base_url=tvmaze.base_url
    ) as harness:
        await harness.bot.scheduler.run_now("season2-poll")
        assert len(harness.bot.show.episodes_in(2)) == 8
        yield harness


async def until(h: Harness, when: dt.datetime) -> None:
    await h.advance(when - h.clock.now())


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("ep 3 s2", "season 2, episode 3"), ("season 2 episode 3", "season 2, episode 3"),
     ("episode 3 of season 2", "season 2, episode 3"), ("s2 finale", "season 2, episode 8")],
)
async def test_progress_reads_season_two_as_fans_type_it(h: Harness, typed: str, saved: str) -> None:
    await until(h, SECOND + dt.timedelta(hours=1))
    reply = await h.discord.invoke(h.fan, h.general, "progress", watched=typed)
    assert f"Saved: you have watched up to {saved}." in reply.text
