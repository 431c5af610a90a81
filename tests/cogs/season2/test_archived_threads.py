"""A season-2 news thread that Discord archived after a quiet week is still the moderators' to
set up, list and turn off: discord.py keeps no archived thread in its cache, which must never
read as "I couldn't understand that channel" or "deleted"."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Channel

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("archived"), clock=ManualClock(START)) as harness:
        yield harness


def archived_thread(h: Harness, name: str) -> Channel:
    thread = h.discord.add_thread(h.general, name)
    h.discord.archive_thread(thread)
    return thread


async def test_announcements_can_be_set_in_an_archived_thread(h: Harness) -> None:
    thread = archived_thread(h, "s2 news")
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=thread)
    assert "couldn't understand" not in reply.text and f"<#{thread.id}>" in reply.text


async def test_announcements_in_a_thread_archived_since_can_be_turned_off(h: Harness) -> None:
    thread = h.discord.add_thread(h.general, "s2 leaks")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=thread)
    h.discord.archive_thread(thread)
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off", channel=thread)
    assert "couldn't understand" not in reply.text and f"<#{thread.id}>" in reply.text
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"<#{thread.id}>: official, off" in listed.text


async def test_the_list_does_not_call_an_archived_thread_deleted(h: Harness) -> None:
    thread = h.discord.add_thread(h.general, "s2 quiet")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=thread)
    h.discord.archive_thread(thread)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    line = next(x for x in listed.text.splitlines() if f"<#{thread.id}>" in x)
    assert "can't find" not in line, line


async def test_the_list_says_discord_did_not_answer_for_a_thread_it_could_not_look_up_and_lists_the_rest(
        h: Harness) -> None:
    """rehearse65: Discord answering 5xx for a channel missing from the cache failed the whole list with the generic
    error; asked once, that channel is said to be unanswered (never deleted) and the others are listed."""
    thread, other = h.discord.add_thread(h.general, "s2 unanswered"), h.discord.add_thread(h.general, "s2 answered")
    for channel in (thread, other):
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel)
    h.discord.archive_thread(thread)
    h.discord.fail_next("GET", f"/channels/{thread.id}", 503)  # (discord.py retries a 500 for ~16 s, a 503 never)
    try:
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        line = next(x for x in listed.text.splitlines() if f"<#{thread.id}>" in x)
        assert "Discord did not answer" in line and "deleted" not in line, line
        assert f"<#{other.id}>: official, on" in listed.text, listed.text
    finally:
        for channel in (thread, other):
            await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off", channel=channel)


async def test_a_news_thread_locked_since_is_named_as_locked_in_the_notice(h: Harness) -> None:
    thread = h.discord.add_thread(h.general, "s2 locked")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=thread)
    h.discord.archive_thread(thread, locked=True)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    notice = await h.discord.wait_for_message(  # told to the moderator who set it up, by DM
        h.discord.dm_channel(h.moderator), lambda m: bool(m.embeds) and f"<#{thread.id}>" in m.text and "turned off" in m.text
    )
    assert "locked" in notice.text and "Manage Threads" in notice.text, notice.text


async def test_an_archived_thread_the_bot_cannot_see_is_refused_saying_what_to_allow(h: Harness) -> None:
    hidden = h.discord.add_channel(h.guild, "mods")
    thread = h.discord.add_thread(hidden, "s2 plans")
    h.discord.archive_thread(thread)
    h.discord.deny(hidden, view=True)
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=thread)
    assert "View Channel" in reply.text and "couldn't understand" not in reply.text, reply.text


async def test_a_news_thread_locked_since_is_named_in_the_list_with_how_to_fix_it(h: Harness) -> None:
    thread = h.discord.add_thread(h.general, "s2 locked list")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=thread)
    h.discord.archive_thread(thread, locked=True)
    try:
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        line = next(x for x in listed.text.splitlines() if f"<#{thread.id}>" in x)
        assert "on" in line and "Manage Threads" in line and "Unlock the thread" in line, line
    finally:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off", channel=thread)


async def test_a_news_thread_locked_since_is_named_when_a_test_is_sent_before_it_fails(h: Harness) -> None:
    thread = h.discord.add_thread(h.general, "s2 locked test")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=thread)
    h.discord.archive_thread(thread, locked=True)
    try:
        tested = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
        line = next(x for x in tested.text.splitlines() if f"<#{thread.id}>" in x)
        assert "I can't post in" in line and "Unlock the thread" in line and "channel's settings" not in line, line
    finally:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off", channel=thread)


async def test_a_private_thread_discord_cannot_be_asked_about_in_time_is_answered_within_the_window(h: Harness) -> None:
    # discord.py retries a 500 for up to 25 s: waited for, the moderator read "the application did not respond"
    secret = h.discord.add_thread(h.general, "s2 mods", private=True)
    h.discord.fail_next("GET", f"/channels/{secret.id}", 500, times=2)
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=secret)
    assert "will be announced in" in reply.text, reply.text  # taken as the cache sees it: its first post tells
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off", channel=secret)
