"""A failing season-2 source is reported in Discord to each subscribed server's moderators (by DM to
the one who set up its announcements, never in the news channel members read): one warning when its
circuit breaker opens, one notice when it answers again, never twice, never a ping.

The `hyosan` fixture runs without outside sources, so these tests start the same Harness with a
local news feed configured (and a sandbox holding a second and a third server).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import MODERATOR_PERMISSIONS, Harness
from bot.sandbox import Channel, Member, Message, Sandbox
from bot.sandbox.newsfeed import LocalNewsFeed
from db import outbox as outbox_db

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2")
STEP = dt.timedelta(hours=3)  # longer than any backoff before the circuit opens
DOWN = "stopped answering"
BACK = "answers again"


@dataclass
class World:
    h: Harness
    feed: LocalNewsFeed
    other_news: Channel  # the second server's subscribed channel
    other_mod: Member
    quiet: Channel  # a third server that never subscribed


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with Sandbox() as discord, LocalNewsFeed() as feed:
        other = discord.add_guild("Second Fan Server")
        other_news = discord.add_channel(other, "news")
        other_mod = discord.add_member(other, "mod2", permissions=MODERATOR_PERMISSIONS)
        quiet_guild = discord.add_guild("Quiet Server")
        quiet = discord.add_channel(quiet_guild, "general")
        feed.add_headline("Zombie films of the year, ranked", publisher="Soompi")
        async with Harness.start(
            tmp_path, clock=ManualClock(START), sandbox=discord, extensions=EXTENSIONS, rss_feeds=(feed.feed_url,)
        ) as h:
            yield World(h, feed, other_news, other_mod, quiet)


def _bot_posts(h: Harness, channel: Channel, text: str | None = None) -> list[Message]:
    return [
        m for m in h.discord.messages(channel)
        if m.interaction_id is None and m.author_id == h.discord.bot_user_id and (text is None or text in m.text)
    ]


async def _health(h: Harness) -> str:
    reply = await h.discord.invoke(h.fan, h.general, "season2", "sources")
    return reply.text


async def _subscribe_everywhere(w: World) -> None:
    h = w.h
    role = h.discord.add_role(h.guild, "season2-fans", mentionable=True)
    await h.discord.invoke(
        h.moderator, h.general, "season2set", "announce", "set", channel=h.channels["announcements"], role=role
    )
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=h.channels["trivia"])
    # Commands are synced to the first server only; the second one subscribes through the service.
    cog = h.bot.get_cog("Season2")
    assert cog is not None
    await cog.service.subscribe(  # type: ignore[attr-defined]
        guild_id=w.other_news.guild_id, channel_id=w.other_news.id, role_id=None, level="official",
        created_by=w.other_mod.id,
    )


async def _fail_until_paused(w: World) -> None:
    w.feed.serve_garbage("html", times=1000)
    for _ in range(12):
        await w.h.advance(STEP)
        if "paused" in await _health(w.h):
            return
    raise AssertionError("the source's circuit never opened")


async def _wait_for(h: Harness, channel: Channel, text: str) -> Message:
    return await h.discord.wait_for_message(
        channel, lambda m: m.interaction_id is None and text in m.text, timeout=8.0
    )


async def _settle(h: Harness) -> None:
    """Let the dispatcher send whatever is due (a few runs of the scheduler's delivery sweep)."""
    for _ in range(3):
        await h.advance(dt.timedelta(minutes=1))
        await asyncio.sleep(0.1)


async def test_a_source_that_opens_its_circuit_warns_each_subscribed_server_once(world: World) -> None:
    h = world.h
    await _subscribe_everywhere(world)
    await _fail_until_paused(world)
    warning = await _wait_for(h, h.discord.dm_channel(h.moderator), DOWN)
    await _wait_for(h, h.discord.dm_channel(world.other_mod), DOWN)
    world.feed.serve_garbage("html", times=1000)  # still failing: the trial polls fail too
    for _ in range(3):
        await h.advance(STEP)
    await _settle(h)
    assert len(_bot_posts(h, h.discord.dm_channel(h.moderator), DOWN)) == 1
    assert len(_bot_posts(h, h.discord.dm_channel(world.other_mod), DOWN)) == 1
    assert _bot_posts(h, h.channels["trivia"]) == []  # one warning per server, to its moderator
    assert _bot_posts(h, h.channels["announcements"]) == [] and _bot_posts(h, world.other_news) == []
    assert _bot_posts(h, world.quiet) == []
    assert world.feed.feed_url in warning.text
    assert "continue" in warning.text


async def test_the_warning_never_pings_and_shows_the_error_inert(world: World) -> None:
    h = world.h
    await _subscribe_everywhere(world)
    await _fail_until_paused(world)
    warning = await _wait_for(h, h.discord.dm_channel(h.moderator), DOWN)
    assert warning.content == ""
    assert warning.allowed_mentions is not None
    assert warning.allowed_mentions.get("parse") == []
    assert not warning.allowed_mentions.get("roles") and not warning.allowed_mentions.get("users")
    assert "Last error" in warning.text and "Paused since <t:" in warning.text


async def test_a_source_that_answers_again_sends_one_recovery_notice_per_warned_server(world: World) -> None:
    h = world.h
    await _subscribe_everywhere(world)
    await _fail_until_paused(world)
    await _wait_for(h, h.discord.dm_channel(h.moderator), DOWN)
    world.feed.stop_misbehaving()
    for _ in range(3):
        await h.advance(STEP)
    await _wait_for(h, h.discord.dm_channel(h.moderator), BACK)
    await _wait_for(h, h.discord.dm_channel(world.other_mod), BACK)
    await _settle(h)
    assert "🟢 ok" in await _health(h)
    assert len(_bot_posts(h, h.discord.dm_channel(h.moderator), BACK)) == 1
    assert len(_bot_posts(h, h.discord.dm_channel(world.other_mod), BACK)) == 1
    assert _bot_posts(h, h.channels["trivia"]) == []


async def test_a_restart_after_the_warning_does_not_send_it_again(world: World) -> None:
    h = world.h
    await _subscribe_everywhere(world)
    await _fail_until_paused(world)
    await _wait_for(h, h.discord.dm_channel(h.moderator), DOWN)
    await _wait_for(h, h.discord.dm_channel(world.other_mod), DOWN)
    await h.restart()
    await _settle(h)
    assert len(_bot_posts(h, h.discord.dm_channel(h.moderator), DOWN)) == 1
    assert len(_bot_posts(h, h.discord.dm_channel(world.other_mod), DOWN)) == 1
    async with h.db.read() as conn:
        rows = [r for r in await outbox_db.outbox_rows(conn) if r.event_key.startswith("source-down:")]
    assert len(rows) == 2 and {r.state for r in rows} == {"sent"}


async def test_without_subscriptions_a_failing_source_posts_nothing(world: World) -> None:
    h = world.h
    await _fail_until_paused(world)
    await _settle(h)
    for channel in (*h.channels.values(), world.other_news, world.quiet):
        assert _bot_posts(h, channel) == []


async def test_a_feed_that_is_not_found_is_told_at_once_with_what_to_fix(world: World) -> None:
    h = world.h
    await _subscribe_everywhere(world)
    world.feed.fail(404, times=1000)
    await h.advance(STEP)
    post = await _wait_for(h, h.discord.dm_channel(h.moderator), DOWN)
    assert "refused its address" in post.text and "HTTP 404" in post.text
    assert "1 times" not in post.text
