"""Season 2 on a wall clock that steps (NTP, a VM resume), with APScheduler and the delivery sweep
running for real (issue 14, fault 7): a backward step of 150 s neither stalls the scheduler nor
skips a one-minute countdown reminder."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import SystemClock
from bot.harness import Harness
from bot.season2.schedule import POLL_JOB

STEP = dt.timedelta(seconds=-150)


class SteppingClock(SystemClock):
    """The system's wall time, shifted, and steppable like NTP stepping a server's clock."""

    def __init__(self, offset: dt.timedelta) -> None:
        self.offset = offset

    def now(self) -> dt.datetime:
        return super().now() + self.offset

    def step(self, delta: dt.timedelta) -> None:
        self.offset += delta


def _shift_to_second(second: float) -> dt.timedelta:
    """An offset that puts the wall clock at `second` past the minute now (plus or minus a minute)."""
    now = dt.datetime.now(dt.UTC)
    return dt.timedelta(seconds=(second - now.second - now.microsecond / 1e6) % 60)


@pytest.fixture
async def stepped(tmp_path: Path) -> AsyncIterator[tuple[Harness, SteppingClock]]:
    clock = SteppingClock(dt.timedelta(0))
    async with Harness.start(tmp_path, clock=clock, extensions=("cogs.meta", "cogs.season2")) as harness:  # type: ignore[arg-type]
        yield harness, clock


async def test_a_backward_step_neither_stalls_the_scheduler_nor_skips_a_one_minute_reminder(
    stepped: tuple[Harness, SteppingClock],
) -> None:
    h, clock = stepped
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="1m, 0")
    poll_due = h.bot.scheduler.next_run(POLL_JOB)
    assert poll_due is not None
    # Just before the step (the bot's start and the commands take a varying time) the wall clock is set to
    # 28.5 s past a minute, which the watch's reading takes as a step of its own: after the 150 s step back
    # it reads 58.5 s, so a release at the minute after next makes the one-minute reminder due 1.5 s later.
    clock.offset = _shift_to_second(28.5)
    h.bot.scheduler.check_clock_step()  # the watch's reading before the step
    clock.step(STEP)
    assert h.bot.scheduler.check_clock_step() is not None  # what the watch does every 30 s
    # The poll is still due within its interval of real time, not 150 s later.
    moved = h.bot.scheduler.next_run(POLL_JOB)
    assert moved is not None and moved - clock.now() <= dt.timedelta(seconds=61)
    # A release date whose one-minute reminder falls due a few seconds after the step.
    release = (clock.now() + dt.timedelta(minutes=1)).replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.netflix.com/tudum/aouad-s2", date="today", official=True,
        release_date=release.strftime("%Y-%m-%d %H:%M"),
    )
    assert "status changed" in reply.text, reply.text
    reminder = await h.discord.wait_for_message(news, lambda m: "1m to go" in m.text, timeout=15)
    assert reminder.author_id == h.discord.bot_user_id
