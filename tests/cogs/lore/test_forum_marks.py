"""/spoilers forum:<a forum>: no command runs in a forum itself, only in its posts, so a moderator
marks the forum from elsewhere and every post without a mark of its own reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Channel
from tests.cogs.spoiler_oracle import outside_bars

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
OWN_MARK = "unless the post has a mark of its own (`/spoilers` in that post)."

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("forums"), clock=ManualClock(START)) as harness:
        yield harness


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def forum(h: Harness) -> Channel:
    return h.discord.add_channel(h.guild, "theories", type=15)


async def test_a_forum_marked_from_another_channel_is_told_privately(h: Harness, forum: Channel) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E6", forum=forum)
    assert reply.ephemeral
    assert reply.text == (
        f"<#{forum.id}> is now spoiler-safe up to season 1, episode 6: each post in it shows up to there in the "
        f"clear, {OWN_MARK}"
    )
    assert [m for m in h.discord.messages(h.general) if m.interaction_id == reply.interaction_id] == []


async def test_a_post_without_its_own_mark_reads_its_forums(h: Harness, forum: Channel) -> None:
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E6", forum=forum)
    post = h.discord.add_thread(forum, "Who survives?")
    card = await h.discord.invoke(h.fan, post, "character", name="Nam-ra")
    shown = outside_bars(card.text)
    assert "Yoon Gwi-nam: bites Nam-ra" in shown  # season 1, episode 6: in the clear
    assert "Jang Woo-jin" not in shown  # later: still hidden
    await h.discord.invoke(h.moderator, post, "spoilers", up_to="0")  # the post's own mark wins
    own = await h.discord.invoke(h.fan, post, "character", name="Nam-ra")
    assert "Gwi-nam" not in outside_bars(own.text)


async def test_clearing_a_forums_mark_says_its_posts_hide_every_spoiler(h: Harness, forum: Channel) -> None:
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E6", forum=forum)
    cleared = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="clear", forum=forum)
    assert cleared.text == f"<#{forum.id}>'s spoiler mark is cleared: public replies in its posts hide every spoiler, {OWN_MARK}"
    again = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="clear", forum=forum)
    assert again.text.startswith(f"<#{forum.id}> had no spoiler mark:")
    unmarked = await h.discord.invoke(h.fan, h.general, "progress")
    assert "the channel has no spoiler mark" in unmarked.text  # the channel it was typed in is untouched


async def test_progress_in_a_post_says_it_follows_its_forums_mark(h: Harness, forum: Channel) -> None:
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E6", forum=forum)
    post = h.discord.add_thread(forum, "Ep 6 thoughts")
    shown = await h.discord.invoke(h.fan, post, "progress")
    assert f"This thread has no mark of its own and follows <#{forum.id}>'s: spoiler-safe up to season 1, episode 6." in shown.text
    await h.discord.invoke(h.moderator, post, "spoilers", up_to="S1E3")
    own = await h.discord.invoke(h.fan, post, "progress")
    assert "This thread is marked spoiler-safe up to season 1, episode 3." in own.text
