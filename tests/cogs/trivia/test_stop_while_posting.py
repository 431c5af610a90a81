"""Stopping the bot while /triviaset daily is posting the day's question: the stop waits a moment
for the post (it goes out and is recorded, once), logs no traceback, and a post it has to cut
leaves nothing half-written for the next start."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()[:120]}" for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


def _daily_posts(h: Harness) -> list[str]:
    return [m.text for m in h.discord.messages(h.channels["trivia"]) if "Daily question" in m.text or "daily" in m.text.lower()]


async def _set_daily_then_stop(h: Harness, retry_after: float, *, grace: float | None = None) -> None:
    """/triviaset daily for a time already past today, its post held by Discord's rate limit, then a stop
    (that gives running jobs `grace` seconds, when given, instead of its 3 s)."""
    await h.discord.invoke(h.moderator, h.channels["trivia"], "spoilers", up_to="S1E12")
    h.discord.fail_next("POST", "/channels/*/messages", 429, retry_after=retry_after)
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time="11:00")
    await h.discord.wait_for_request(lambda r: r.injected and r.status == 429)  # the post is under way, held
    if grace is not None:
        h.bot.scheduler.shutdown_grace = grace
    await h.restart()
    await asyncio.sleep(min(retry_after, 1.0) + 0.3)  # past Discord's hold, and the new start's own post


async def test_the_daily_question_a_stop_waited_for_is_posted_once_and_no_traceback_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # One stop, both of what a moderator sees of it: they were two tests, each starting a bot for the same stop.
    async with Harness.start(tmp_path, clock=ManualClock(START)) as h:
        await _set_daily_then_stop(h, retry_after=0.3)
        assert len(_daily_posts(h)) == 1
    assert _tracebacks(caplog) == []


async def test_a_stop_that_cuts_a_post_short_logs_no_traceback(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async with Harness.start(tmp_path, clock=ManualClock(START)) as h:
        await _set_daily_then_stop(h, retry_after=0.6, grace=0.2)  # longer than the stop waits
    assert _tracebacks(caplog) == []
