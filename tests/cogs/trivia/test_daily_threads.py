"""The daily question in a thread or a forum's post: set there like a channel, asking what the
thread's spoiler mark allows (its own, else its channel's or forum's, as every other post there),
refused at once where the bot can't post (a locked thread, a permission missing), and turned off
once, never retried day after day, when the thread is locked or deleted later: the next moderator
is told why."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.permissions import PRIVATE_THREAD_NEED
from bot.sandbox import Channel
from bot.sandbox.models import SEND_MESSAGES_IN_THREADS, Message
from cogs import channels
from tests.cogs.trivia.test_games import TRIVIA
from tests.e2e.driving import handled
from tests.polling import eventually

FORUM = 15


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        yield harness


def fit(reply: Message) -> int:
    """How many questions the reply says fit the daily question's place now."""
    found = re.search(r"(\d+) questions? fit this (?:thread|channel) now", reply.text)
    assert found, reply.text
    return int(found[1])


def daily_enabled(h: Harness, channel: Channel) -> bool | None:
    with sqlite3.connect(h.db_path) as conn:
        row = conn.execute("SELECT enabled FROM trivia_daily WHERE channel_id = ?", (channel.id,)).fetchone()
    return None if row is None else bool(row[0])


async def until_off(h: Harness, channel: Channel) -> None:
    if await eventually(lambda: daily_enabled(h, channel) is False, 10.0, every=0.05):
        return
    raise AssertionError("the daily question was never turned off")


async def posted_in(h: Harness, channel: Channel, count: int = 1) -> list[Message]:
    def found() -> list[Message]:
        return [m for m in h.discord.messages(channel) if m.text.startswith("**Daily question")]

    if await eventually(lambda: len(found()) >= count, 20.0, every=0.05):
        return found()
    raise AssertionError(f"no daily question in {[m.text for m in h.discord.messages(channel)]}")


async def set_daily(h: Harness, where: Channel, time: str = "13:00") -> Message:
    return await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=where, time=time)


async def test_the_daily_question_is_set_in_a_thread_and_posts_there(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "daily quiz")
    on = await set_daily(h, thread)
    assert on.ephemeral and f"A daily question will appear in <#{thread.id}> at 13:00 UTC" in on.text
    assert "fit this thread now" in on.text
    await h.advance(dt.timedelta(hours=1, minutes=1))  # (the bot's clock starts at 12:00)
    [question] = await posted_in(h, thread)
    assert question.buttons
    assert not [m for m in h.discord.messages(h.channels["trivia"]) if m.text.startswith("**Daily question")]


async def test_a_thread_without_a_mark_of_its_own_asks_what_its_channel_allows(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="S1E12")
    thread = h.discord.add_thread(channel, "finale talk")
    in_channel = fit(await set_daily(h, channel))
    in_thread = fit(await set_daily(h, thread, "14:00"))
    assert in_thread == in_channel


async def test_a_thread_with_its_own_lower_mark_asks_by_it(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="S1E12")
    thread = h.discord.add_thread(channel, "newcomers")
    await h.discord.invoke(h.moderator, thread, "spoilers", up_to="S1E2")
    in_channel = fit(await set_daily(h, channel))
    in_thread = fit(await set_daily(h, thread, "14:00"))
    assert in_thread < in_channel


async def test_a_forum_post_asks_what_its_forums_mark_allows(h: Harness) -> None:
    forum = h.discord.add_channel(h.guild, "aouad-forum", type=FORUM)
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E12", forum=forum)
    post = h.discord.add_thread(forum, "Daily trivia")
    marked = h.channels["trivia"]
    await h.discord.invoke(h.moderator, marked, "spoilers", up_to="S1E12")
    on = await set_daily(h, post)
    assert fit(on) == fit(await set_daily(h, marked, "14:00")) and "fit this thread now" in on.text
    await h.advance(dt.timedelta(hours=1, minutes=1))
    await posted_in(h, post)


async def test_a_locked_thread_is_refused_saying_to_unlock_it(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "closed", locked=True)
    refused = await set_daily(h, thread)
    assert refused.ephemeral
    assert refused.text == (
        f"I can't post the daily question in <#{thread.id}>: I need Manage Threads (the thread is locked) there. "
        "Unlock the thread, or pick another channel."
    )
    assert daily_enabled(h, thread) is None


async def _added_to(h: Harness, thread: Channel) -> None:
    """A moderator adds the bot to the private thread, and the bot learns it (a THREAD_CREATE carrying its thread member)."""
    h.discord.add_to_thread(thread)
    await eventually(lambda: getattr(h.bot.get_channel(thread.id), "me", None) is not None, 2.0, every=0.01)


async def test_a_private_thread_the_bot_is_not_in_is_refused_and_when_taken_out_told_saying_to_add_it(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Discord hides it from the bot whatever its channel allows: taken, it was turned off at its first post, the
    # moderator told to fix "the channel's permissions" (rehearse64). Season-2 news is refused the same way.
    secret = h.discord.add_thread(h.channels["trivia"], "mods only", private=True)
    need = "I need to be added to this private thread (mention me in it, or add me from its member list), or pick another channel."
    refused = await set_daily(h, secret)
    assert refused.ephemeral and refused.text == f"I can't post the daily question in <#{secret.id}>: {need}"
    assert daily_enabled(h, secret) is None
    news = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=secret)
    assert news.text == f"I can't post in <#{secret.id}>: {need}"
    await _added_to(h, secret)
    assert "fit this thread now" in (await set_daily(h, secret)).text
    assert "will be announced in" in (await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=secret)).text
    # then taken out of it: the bot sees it (discord.py kept its thread member), so setting it there is refused again
    h.discord.remove_from_thread(secret)
    await handled(h, "thread_remove")
    assert (await set_daily(h, secret)).text == f"I can't post the daily question in <#{secret.id}>: {need}"
    # and the news already set there: the test says so (never "allow it in the channel's settings": none grants it),
    # and the post's refusal (Missing Access, nothing its channel denies) says the same
    tested = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    assert (f"I can't post in <#{secret.id}>: I need {PRIVATE_THREAD_NEED}, so the test will fail there and announcements "
            "there turn off. Once I am added, run `/season2set announce set` for it again.") in tested.text, tested.text
    notice = await h.discord.wait_for_message(
        h.discord.dm_channel(h.moderator), lambda m: "announcements turned off" in m.text, timeout=10)
    assert f"so I stopped announcing there. {need} Then run `/season2set announce set`" in notice.text, notice.text
    # and the list says what the refusal recorded, where the cache (which knows only the parent) lacks nothing
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert (f"<#{secret.id}>: official, off (missing permissions) · {need.removesuffix(', or pick another channel.')}, "
            "then run `/season2set announce set` for it again") in listed.text, listed.text
    # Discord not answering in time whether the thread is hidden from me (a 5xx, retried after 1 s): the list says
    # what the refusal recorded, never "I can post there again" on the parent's word
    monkeypatch.setattr(channels, "ASK_FOR", 0.05)
    h.discord.fail_next("GET", f"/channels/{secret.id}", 500)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert "I can post there again" not in listed.text and f"{need.removesuffix(', or pick another channel.')}, " in listed.text
    # added back, the list no longer repeats the need the refusal recorded: only the command to turn it on is left
    await _added_to(h, secret)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert (f"<#{secret.id}>: official, off (missing permissions) · I can post there again: "
            "run `/season2set announce set` for it to turn it on") in listed.text, listed.text


async def test_a_thread_where_the_bot_may_not_send_is_refused_naming_the_permission(h: Harness) -> None:
    quiet = h.discord.add_channel(h.guild, "quiet")
    h.discord.set_overwrite(quiet, None, deny=SEND_MESSAGES_IN_THREADS)  # the bot's own overwrite
    thread = h.discord.add_thread(quiet, "quiet thread")
    refused = await set_daily(h, thread)
    assert refused.ephemeral and "I need Send Messages in Threads there" in refused.text
    assert daily_enabled(h, thread) is None


async def test_an_archived_thread_is_accepted_and_each_days_question_reopens_it(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "quiet week")
    h.discord.archive_thread(thread)
    on = await set_daily(h, thread)
    assert "couldn't understand" not in on.text and f"<#{thread.id}> at 13:00 UTC" in on.text
    assert "The thread is archived: each day's question reopens it." in on.text
    await h.advance(dt.timedelta(hours=1, minutes=1))
    await posted_in(h, thread)
    assert not thread.archived


async def test_a_thread_archived_since_is_reopened_by_the_next_question_and_yesterdays_closes(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "goes quiet")
    await set_daily(h, thread)
    await h.advance(dt.timedelta(hours=1, minutes=1))
    [first] = await posted_in(h, thread)
    h.discord.archive_thread(thread)  # Discord archives it after a quiet day
    await h.advance(dt.timedelta(hours=24))
    await posted_in(h, thread, 2)
    assert not thread.archived and daily_enabled(h, thread) is True
    def closed() -> bool:  # yesterday's question closes once today's is up
        return any(str(b["custom_id"]).startswith("trivia-daily-closed:") for b in h.discord.message(first.id).buttons)

    assert await eventually(closed, 10.0, every=0.05)


async def test_a_thread_locked_since_turns_the_daily_off_once_and_the_moderator_is_told_why(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "to be locked")
    await set_daily(h, thread)
    h.discord.archive_thread(thread, locked=True)  # a moderator locks it
    with caplog.at_level(logging.WARNING, logger="cogs.trivia.host"):
        for _ in range(3):  # three days: the first post is refused, the next ones are not tried
            await h.advance(dt.timedelta(hours=1, minutes=1))
            await h.advance(dt.timedelta(hours=22, minutes=59))
    await until_off(h, thread)
    assert len([r for r in caplog.records if "daily question" in r.getMessage()]) == 1
    await h.discord.invoke(h.moderator, h.general, "trivia", "lists")
    told = await h.discord.wait_for_message(h.general, lambda m: "is off since" in m.text, timeout=5)
    assert told.ephemeral and f"<#{thread.id}>" in told.text and "its thread is locked" in told.text
    assert "`/triviaset daily`" in told.text
    shown = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
    assert f"<#{thread.id}>: off since" in shown.text and "its thread is locked" in shown.text


async def test_a_deleted_thread_turns_the_daily_off_and_the_moderator_is_told_why(h: Harness) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "to be deleted")
    await set_daily(h, thread)
    h.discord.delete_channel(thread)
    await until_off(h, thread)
    assert not any(name.endswith(str(thread.id)) for name in h.bot.scheduler.job_names())
    await h.discord.invoke(h.moderator, h.general, "trivia", "lists")
    told = await h.discord.wait_for_message(h.general, lambda m: "is off since" in m.text, timeout=5)
    assert told.ephemeral and f"<#{thread.id}>" in told.text and "its thread was deleted" in told.text
    assert "Pick another channel or thread for it with `/triviaset daily`." in told.text


async def test_a_thread_deleted_while_the_bot_was_away_stops_at_its_first_post_and_is_told(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "gone meanwhile")
    await set_daily(h, thread)
    await h._stop_bot()
    h.discord.delete_channel(thread)
    await h._start_bot()
    with caplog.at_level(logging.WARNING, logger="cogs.trivia.host"):
        for _ in range(2):
            await h.advance(dt.timedelta(hours=1, minutes=1))
            await h.advance(dt.timedelta(hours=22, minutes=59))
    await until_off(h, thread)
    assert len([r for r in caplog.records if "is gone" in r.getMessage()]) == 1
    await h.discord.invoke(h.moderator, h.general, "trivia", "lists")
    told = await h.discord.wait_for_message(h.general, lambda m: "is off since" in m.text, timeout=5)
    assert "was deleted" in told.text
