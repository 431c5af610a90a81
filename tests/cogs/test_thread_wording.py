"""Inside a thread the bot calls it a thread (cogs/places.py): the lore footer, /progress and a
season-2 test post, through the local Discord."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
async def s2(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.season2")) as harness:
        yield harness


async def test_a_season2_test_post_in_a_thread_says_this_thread(s2: Harness) -> None:
    thread = s2.discord.add_thread(s2.general, "s2 news")
    await s2.discord.invoke(s2.moderator, s2.general, "season2set", "announce", "set", channel=thread)
    await s2.discord.invoke(s2.moderator, s2.general, "season2set", "announce", "test")
    post = await s2.discord.wait_for_message(thread, lambda m: m.interaction_id is None and "test" in m.text)
    assert "This thread will get season 2 news here" in post.text
    assert "This thread has no spoiler mark" in post.text
    assert "This channel" not in post.text


async def test_a_season2_test_post_in_a_channel_still_says_this_channel(s2: Harness) -> None:
    channel = s2.channels["announcements"]
    await s2.discord.invoke(s2.moderator, s2.general, "season2set", "announce", "set", channel=channel)
    await s2.discord.invoke(s2.moderator, s2.general, "season2set", "announce", "test")
    post = await s2.discord.wait_for_message(channel, lambda m: m.interaction_id is None and "test" in m.text)
    assert "This channel will get season 2 news here" in post.text


async def test_a_lore_reply_in_a_thread_footer_says_this_thread(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="3")
    thread = hyosan.discord.add_thread(hyosan.general, "watch-along")
    reply = await hyosan.discord.invoke(hyosan.fan, thread, "character", name="Cheong-san")
    assert reply.embed is not None
    footer = reply.embed["footer"]["text"]
    assert footer.startswith("This thread is spoiler-safe up to"), footer


async def test_a_lore_reply_in_a_channel_footer_says_this_channel(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name="Cheong-san")
    assert reply.embed is not None
    assert reply.embed["footer"]["text"].startswith("This channel has no spoiler mark")


async def test_progress_in_a_thread_names_the_threads_mark(hyosan: Harness) -> None:
    thread = hyosan.discord.add_thread(hyosan.general, "chat")
    await hyosan.discord.invoke(hyosan.moderator, thread, "spoilers", up_to="4")
    reply = await hyosan.discord.invoke(hyosan.fan, thread, "progress")
    assert "This thread is marked spoiler-safe up to" in reply.text


async def test_trivia_started_in_a_thread_of_an_unmarked_channel_says_this_thread(tmp_path: Path) -> None:
    from tests.cogs.trivia.test_games import TRIVIA

    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=TRIVIA) as h:
        thread = h.discord.add_thread(h.channels["trivia"], "quiz night")
        reply = await h.discord.invoke(h.fan, thread, "trivia", "start", questions=2, mode="buttons")
        assert "started trivia" in reply.text
        assert "This thread has no spoiler mark, so only spoiler-free questions" in reply.text, reply.text
        await h.discord.invoke(h.fan, thread, "trivia", "stop")
