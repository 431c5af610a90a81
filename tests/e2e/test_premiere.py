"""The premiere rehearsal (issue 12 item 8) end to end against `hyosan run` in a subprocess, on a
rehearsal clock (bot/rehearsal.py) the test moves: TVmaze publishes season 2's episode list and
date; countdown reminders fire; the release is announced; the episode rooms open; a moderator adds
an episode-1 death through review; a fan at S1E12 sees it only behind bars, and in the clear after
`/progress` S2E1. The same story is the demo tour's bot/demo/tours/50_premiere.txt."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import signal
from collections.abc import Callable
from pathlib import Path

from bot.rehearsal import write_clock_file
from bot.sandbox import Message
from bot.sandbox.tvmaze import LocalTVmaze

from .conftest import World, spawn_ready

T0 = dt.datetime(2027, 2, 26, 9, 0, tzinfo=dt.UTC)
PREMIERE = (T0 + dt.timedelta(days=5)).date()
RELEASE = dt.datetime(PREMIERE.year, PREMIERE.month, PREMIERE.day, 8, tzinfo=dt.UTC)
WAIT = 30.0
DEATH = "Du-seok holds the gym doors shut so the others can run, and dies there."


async def eventually(check: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"never happened: {what}")
        await asyncio.sleep(0.05)


def posted(world: World, channel_id: int, text: str) -> list[Message]:
    channel = world.discord.store.channels[channel_id]
    return [m for m in world.discord.messages(channel) if m.interaction_id is None and text in m.text]


async def test_the_premiere_rehearsal_plays_end_to_end_against_hyosan_run(world: World, tmp_path: Path) -> None:
    discord, general, mod, fan = world.discord, world.general, world.moderator, world.fan
    announcements = discord.add_channel(world.guild, "announcements")
    clock = tmp_path / "clock.txt"
    write_clock_file(clock, T0)
    async with LocalTVmaze() as tvmaze:
        bot = await spawn_ready(world, HYOSAN_TVMAZE_URL=tvmaze.base_url, HYOSAN_CLOCK_FILE=str(clock))
        try:
            await eventually(lambda: any(r.path.endswith("/seasons") for r in tvmaze.requests), "the first TVmaze poll")
            await discord.invoke(mod, general, "season2set", "announce", "set", channel=announcements, level="reported")
            assert "Episode rooms are on" in (await discord.invoke(mod, general, "season2set", "rooms", "on", channel=general)).text

            # TVmaze publishes season 2's episode list and date; within two hours hyosan polls it again
            # (hourly, at TVmaze's own instant in the hour).
            tvmaze.add_season(2, episode_order=8, premiere_date=PREMIERE.isoformat())
            tvmaze.add_episodes(2, 8, airstamp=RELEASE.isoformat())
            write_clock_file(clock, T0 + dt.timedelta(minutes=121))
            await eventually(lambda: sum(r.path.endswith("/episodes") for r in tvmaze.requests) >= 1, "the episode list read")
            episode = await discord.invoke(fan, general, "episode", number="S2E8")
            for _ in range(100):  # the poll commits, then the show grows: a moment after the request
                if "Season 2, episode 8" in episode.text:
                    break
                await asyncio.sleep(0.05)
                episode = await discord.invoke(fan, general, "episode", number="S2E8")
            assert "Season 2, episode 8" in episode.text

            # Netflix confirms the day; the time is the first episode's airstamp.
            report = await discord.invoke(
                mod, general, "season2set", "report", milestone="release_date_announced",
                source_url="https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2-premiere",
                date="today", official=True, release_date=PREMIERE.isoformat(),
            )
            assert f"release date set: {PREMIERE.isoformat()} 08:00 UTC" in report.text
            await eventually(lambda: bool(posted(world, announcements.id, "Season 2 has a release date")), "the announcement")

            # The countdown, then the release.
            write_clock_file(clock, RELEASE - dt.timedelta(days=1) + dt.timedelta(minutes=1))
            await eventually(lambda: bool(posted(world, announcements.id, "1d to go")), "the 1-day reminder")
            write_clock_file(clock, RELEASE + dt.timedelta(minutes=1))
            await eventually(lambda: bool(posted(world, announcements.id, "Season 2 is out now")), "the release")
            await eventually(lambda: len(discord.threads(general)) == 8, "eight episode rooms")
            room = discord.threads(general)[0]
            assert room.name == "S2 · Episode 1"
            # Every room's starter is posted before the next step, so the moderator's form is not
            # answered in the middle of the release's burst of posts.
            await eventually(lambda: all(len(discord.messages(r)) == 1 for r in discord.threads(general)),
                             "each room's starter")
            assert "spoiler-safe up to S2E1" in discord.messages(room)[0].text

            # A moderator adds an episode-1 death; another look approves it.
            form = await discord.invoke(mod, general, "lore", "add", kind="death")
            assert form.id == 0
            queued = await discord.submit_modal(mod, {
                "character": "Han Du-seok", "death_kind": "dies", "text": DEATH, "spoils": "S2E1",
                "source": "https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2-episode-1-recap",
            })
            assert "Queued for review" in queued.text
            card = await discord.invoke(mod, general, "lore", "review")
            approve = next(b["custom_id"] for b in card.buttons if b["label"] == "Approve")
            await discord.click(mod, card, str(approve))  # acknowledged, then the card says so
            await discord.wait_for_message(general, lambda m: m.id == card.id and "Approved" in m.text)

            # A fan at S1E12 sees it only behind bars; after /progress S2E1, in the clear when they ask
            # for it privately (#general is unmarked: its public replies hide every spoiler).
            await discord.invoke(fan, general, "progress", watched="S1E12")
            behind = await discord.invoke(fan, general, "ask", question="what happens to Du-seok?")
            assert re.search(r"\|\|[^|]*holds the gym doors shut[^|]*\|\|", behind.text), behind.text
            await discord.invoke(fan, general, "progress", watched="S2E1")
            public = await discord.invoke(fan, general, "ask", question="what happens to Du-seok?")
            privately = next(b["custom_id"] for b in public.buttons if b["label"] == "Show me privately")
            clear = await discord.click(fan, public, str(privately))
            assert clear.ephemeral and DEATH in clear.text and "||" not in clear.text
        finally:
            bot.signal(signal.SIGTERM)
            code, stderr = await bot.wait()
    assert code == 0, stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-4000:]
    for channel in (general, announcements, *discord.threads(general)):
        for message in discord.messages(channel):
            assert message.mentions_pinged == []
