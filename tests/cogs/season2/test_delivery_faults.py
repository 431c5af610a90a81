"""Season-2 delivery under Discord's and the disk's faults, through the local Discord: a global 429
longer than the send deadline delays the queue and never stops it (issue 14, fault 1), and a write
that the database refuses answers the user at once and logs one line (fault 8)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Channel, Message
from db import outbox as outbox_db
from tests.db.test_storage_failures import write_lock_held_elsewhere

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2")
DEADLINE = dt.timedelta(seconds=0.3)
GLOBAL_429 = 0.9  # seconds Discord asks everyone to wait: three times the send deadline


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=EXTENSIONS, send_deadline=DEADLINE
    ) as harness:
        yield harness


def _tests_posted(h: Harness, channel: Channel) -> list[Message]:
    return [m for m in h.discord.messages(channel) if m.interaction_id is None and "test" in m.text]


async def _announce_test(h: Harness) -> Message:
    return await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")


async def _dispatcher_idle(h: Harness) -> None:
    # By name: discord.py re-imports an extension's modules each time a bot loads it.
    service = getattr(h.bot.get_cog("Season2"), "service", None)
    assert service is not None
    await service.dispatcher.wait_idle(10)


async def _wait_tests(h: Harness, channel: Channel, count: int, timeout: float = 10.0) -> None:
    await h.discord.wait_for_message(channel, lambda _: len(_tests_posted(h, channel)) >= count, timeout=timeout)


async def test_a_global_429_longer_than_the_send_deadline_delays_posts_but_never_stops_them(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    h.discord.fail_next("POST", f"/channels/{news.id}/messages", 429, retry_after=GLOBAL_429, global_=True)
    with caplog.at_level(logging.WARNING, logger="bot.season2.delivery.dispatcher"):
        await _announce_test(h)
        await _wait_tests(h, news, 1)  # once the global limit is over, not never
    assert any("has not answered" in r.getMessage() for r in caplog.records)
    # Every later send still goes out: the limiter was not left waiting for a limit that ended.
    await _announce_test(h)
    await _wait_tests(h, news, 2, timeout=5.0)
    await h.bot.get_channel(h.general.id).send("a plain post after the limit")  # type: ignore[union-attr]
    assert any(m.text == "a plain post after the limit" for m in h.discord.messages(h.general))
    await _dispatcher_idle(h)
    async with h.db.read() as conn:
        states = {row.state for row in await outbox_db.outbox_rows(conn)}
    assert states == {"sent"}
    assert len(_tests_posted(h, news)) == 2


async def test_a_season2_write_the_database_refuses_is_answered_in_time_and_logged_once(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    news = h.channels["announcements"]
    with caplog.at_level(logging.WARNING), write_lock_held_elsewhere(h.db_path):
        # invoke fails unless the bot acknowledges within Discord's 3 s.
        # two moderators at once (each write waits out the lock, not one lock wait after the other)
        replies = await asyncio.gather(
            h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news),
            h.discord.invoke(
                h.moderator, h.general, "season2set", "report", milestone="teaser",
                source_url="https://www.netflix.com/tudum/aouad-s2", date="2026-02-28", official=True,
            ),
        )  # meanwhile the delivery sweep (every 2 s) meets the lock too
    for reply in replies:
        assert reply.ephemeral
        assert reply.text.startswith("I can't save that right now (the bot's database is busy); nothing was changed.")
    assert [r for r in caplog.records if r.exc_info] == []
    failures = [r.getMessage() for r in caplog.records if "database write failed" in r.getMessage()]
    assert len(failures) == 1, failures
    # Nothing was half-done: once the lock is gone the same command works.
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    assert "busy" not in reply.text
