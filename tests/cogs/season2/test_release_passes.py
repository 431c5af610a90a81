"""After the release moment, as fans and moderators see it through the local Discord: the status card
and /ask say season 2 is out (the one status both read, computed again by the calendar job of that
moment), a restart after the moment agrees, a moved date moves the moment, and the release is posted
once (the at-release reminder, or "Season 2 is out" where a server has none), never again as a second announcement,
whatever ran around the moment: a poll that began before it and committed after it, the clock jumping past it."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message
from bot.show import EpisodeInfo
from cogs.season2.commands import RELEASE_JOB

START = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
RELEASE = dt.datetime(2026, 12, 10, 8, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2", "cogs.lore")


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS) as harness:
        yield harness


async def _report_date(h: Harness, when: str, milestone: str = "release_date_announced") -> None:
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone=milestone,
        source_url="https://www.netflix.com/tudum/aouad-s2", date="today", official=True, release_date=when,
    )
    assert "status changed" in reply.text, reply.text


async def _card(h: Harness) -> Message:
    reply = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert reply.embed is not None
    return reply


async def _until(h: Harness, when: dt.datetime) -> None:
    await h.advance(when - h.clock.now())


async def test_the_card_says_release_date_announced_until_the_moment_then_released(h: Harness) -> None:
    await _report_date(h, "2026-12-10 17:00 KST")
    await _until(h, RELEASE - dt.timedelta(minutes=1))
    before = await _card(h)
    assert before.embed is not None and before.embed["title"] == "Season 2: Release date announced"
    await _until(h, RELEASE)
    after = await _card(h)
    assert after.embed is not None and after.embed["title"] == "Season 2: Released"
    assert "**Out now:** released" in (after.embed.get("description") or "")


@pytest.mark.parametrize("question", ["is season 2 out yet?", "can i watch season 2 now", "when does s2 come out"])
async def test_ask_agrees_that_season_two_is_out_once_the_moment_passed(h: Harness, question: str) -> None:
    await _report_date(h, "2026-12-10 08:00 UTC")
    await _until(h, RELEASE + dt.timedelta(hours=3))
    answer = await h.discord.invoke(h.fan, h.general, "ask", question=question)
    assert f"Season 2 came out on <t:{int(RELEASE.timestamp())}:F>." in answer.text
    assert "release date is" not in answer.text


async def test_a_bot_that_was_down_across_the_moment_starts_with_season_two_out(h: Harness) -> None:
    await _report_date(h, "2026-12-10 08:00 UTC")
    h.clock.advance(RELEASE - h.clock.now() + dt.timedelta(days=2))  # nothing ran: the bot was "down"
    await h.restart()
    card = await _card(h)
    assert card.embed is not None and card.embed["title"] == "Season 2: Released"


async def test_a_date_moved_later_moves_the_moment(h: Harness) -> None:
    await _report_date(h, "2026-12-10 08:00 UTC")
    assert h.bot.scheduler.next_run(RELEASE_JOB) == RELEASE
    await _report_date(h, "2026-12-24 08:00 UTC", milestone="release_date_changed")
    await _until(h, RELEASE + dt.timedelta(days=1))
    card = await _card(h)
    assert card.embed is not None and card.embed["title"] == "Season 2: Release date announced"
    await _until(h, dt.datetime(2026, 12, 24, 8, 0, tzinfo=dt.UTC))
    card = await _card(h)
    assert card.embed is not None and card.embed["title"] == "Season 2: Released"


async def test_the_release_is_posted_once_as_the_at_release_reminder(h: Harness) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    await _report_date(h, "2026-12-10 08:00 UTC")
    await _until(h, RELEASE)
    await h.discord.wait_for_message(news, lambda m: "Season 2 is out now" in m.text, timeout=8)
    await h.bot.scheduler.run_now()
    await h.advance(dt.timedelta(minutes=5))
    posts = [m.embed["title"] for m in h.discord.messages(news) if m.embed and m.author_id == h.discord.bot_user_id]
    assert posts.count("Season 2 is out now") == 1
    assert "Season 2: Released" not in posts


async def test_a_server_without_the_at_release_reminder_is_told_once_that_season_two_is_out(h: Harness) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="7d, 1d")
    await _report_date(h, "2026-12-10 08:00 UTC")
    await _until(h, RELEASE)
    post = await h.discord.wait_for_message(news, lambda m: "Season 2 is out" in m.text, timeout=8)
    assert post.embed is not None and post.embed["title"] == "Season 2 is out"
    await h.restart()
    await h.advance(dt.timedelta(hours=7))
    posts = [m.embed["title"] for m in h.discord.messages(news) if m.embed and m.author_id == h.discord.bot_user_id]
    assert [p for p in posts if p.startswith("Season 2 is out") or p == "Season 2: Released"] == ["Season 2 is out"]


async def test_a_channel_set_up_again_after_a_lost_permission_on_release_day_is_told_once_that_season_two_is_out(
    h: Harness,
) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    await _report_date(h, "2026-12-10 08:00 UTC")
    await _until(h, RELEASE - dt.timedelta(hours=2))
    h.discord.deny(news)
    await _until(h, RELEASE + dt.timedelta(minutes=1))  # the at-release post is refused: announcements turned off
    await h.advance(dt.timedelta(minutes=1))
    h.discord.set_overwrite(news, None)  # a moderator gives the permission back and sets the channel again
    for _ in range(2):
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
        await h.advance(dt.timedelta(minutes=1))
    await h.discord.wait_for_message(news, lambda m: "Season 2 is out" in m.text, timeout=8)
    await h.advance(dt.timedelta(minutes=5))  # (a retry of the refused at-release post would come by now)
    posts = [m.embed["title"] for m in h.discord.messages(news) if m.embed and m.author_id == h.discord.bot_user_id]
    # Told once, by whichever comes first once the channel is back: the refused at-release post retried ("Season 2 is
    # out now") or the catch-up for a channel set up after the release ("Season 2 is out"); never both.
    told = [p for p in posts if p.startswith("Season 2 is out") or p == "Season 2: Released"]
    assert len(told) == 1 and told[0] in {"Season 2 is out", "Season 2 is out now"}, posts


async def test_without_embed_links_no_bare_ping_is_posted_and_the_moderator_is_told(h: Harness) -> None:
    news = h.channels["announcements"]
    fans = h.discord.add_role(h.guild, "Fans")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=fans)
    h.discord.set_overwrite(news, None, deny=discord.Permissions(embed_links=True).value)
    prompt = await h.discord.invoke(  # its announcement would be a ping with its embed dropped
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.netflix.com/tudum/aouad-s2", date="today", official=True, release_date="2026-12-10 08:00 UTC",
    )
    await h.discord.click(h.moderator, prompt, prompt.buttons[0]["custom_id"])  # "Post it and ping"
    notice = await h.discord.wait_for_message(h.discord.dm_channel(h.moderator), lambda m: "Embed Links" in m.text,
                                              timeout=8)
    assert "turned off" in notice.text
    assert [m for m in h.discord.messages(news) if m.author_id == h.discord.bot_user_id] == []


async def test_once_the_bot_says_season_two_is_out_fans_and_moderators_may_say_they_are_there(h: Harness) -> None:
    # TVmaze lists the drop 17 hours after the moment Netflix gave (midnight in Korea): Netflix's word counts
    later = RELEASE + dt.timedelta(hours=17)
    h.bot.show.add_episodes(2, [EpisodeInfo(2, n, None, later) for n in range(1, 7)])
    await _report_date(h, "2026-12-10 17:00 KST")
    await _until(h, RELEASE - dt.timedelta(minutes=1))
    early = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    assert "Season 2, episode 1 is not out yet" in early.text
    await _until(h, RELEASE + dt.timedelta(minutes=1))
    assert "Season 2: Released" in (await _card(h)).text
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    assert "Saved: you have watched up to season 2, episode 1." in saved.text
    marked = await h.discord.invoke(h.moderator, h.channels["trivia"], "spoilers", up_to="S2E6")
    assert "everything up to season 2, episode 6 may be discussed" in marked.text


async def test_a_delay_holds_the_episodes_back_though_tvmaze_still_lists_the_old_day(h: Harness) -> None:
    h.bot.show.add_episodes(2, [EpisodeInfo(2, n, None, RELEASE) for n in range(1, 7)])
    await _report_date(h, "2026-12-10 17:00 KST")
    await _report_date(h, "2026-12-17 17:00 KST", milestone="release_date_changed")
    await _until(h, RELEASE + dt.timedelta(hours=1))
    refused = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    assert "Season 2, episode 1 is not out yet" in refused.text
    await _until(h, RELEASE + dt.timedelta(days=7, minutes=1))
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    assert "Saved: you have watched up to season 2, episode 1." in saved.text


async def test_a_story_question_after_the_release_does_not_say_season_two_is_not_out(h: Harness) -> None:
    await _report_date(h, "2026-12-10 17:00 KST")
    await _until(h, RELEASE + dt.timedelta(minutes=1))
    answer = await h.discord.invoke(h.fan, h.general, "ask", question="who is the new villain in season 2?")
    assert "has not come out" not in answer.text
    assert "Season 2 is out, but my sources do not say anything yet" in answer.text


async def test_on_release_day_before_any_listing_s2e1_may_be_set_once_the_bot_says_season_two_is_out(h: Harness) -> None:
    await _report_date(h, "2026-12-10 17:00 KST")  # and no source lists season 2's episodes yet
    early = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    assert "Season 2, episode 1 is not out yet" in early.text
    await _until(h, RELEASE + dt.timedelta(minutes=1))
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    assert "Saved: you have watched up to season 2, episode 1." in saved.text
    latest = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="latest")
    assert "everything up to season 2, episode 1 may be discussed" in latest.text


@pytest.mark.parametrize("question", ["is season 2 out yet?", "is s2 ep 1 out yet", "when does s2 come out"])
async def test_at_the_release_instant_before_its_job_has_run_ask_the_card_and_progress_all_say_out(
    h: Harness, question: str
) -> None:
    await _report_date(h, "2026-12-10 17:00 KST")
    h.clock.advance(RELEASE - h.clock.now())  # the instant itself: the calendar job of the moment has not run
    answer = await h.discord.invoke(h.fan, h.general, "ask", question=question)
    said = answer.text.split("**Q:**")[-1].split("\n", 1)[-1]  # the answer, not the question
    assert re.search(r"Season 2 (came out on|is out)", said) and not re.search(r"No\.|release date is|not out", said), said
    card = await _card(h)
    assert card.embed is not None and card.embed["title"] == "Season 2: Released"
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    assert "Saved: you have watched up to season 2, episode 1." in saved.text


def _tracking(h: Harness) -> Any:
    cog: Any = h.bot.get_cog("Season2")
    return cog.service.tracking


async def _poll(h: Harness) -> None:
    """A source polled with nothing new: its ingest reads the clock, then opens its one write transaction."""
    await _tracking(h).ingest([])


async def _straddling_poll(h: Harness, *, job_waits: bool) -> None:
    """A poll that read the clock a minute before the moment and commits just after it: another write
    holds the database while the clock passes the moment (and, with `job_waits`, the moment's job starts
    and queues behind the poll)."""
    await _until(h, RELEASE - dt.timedelta(minutes=1))
    async with h.bot.database.transaction():
        poll = asyncio.create_task(_poll(h))
        await asyncio.sleep(0)  # the poll reads the clock and waits for the write lock
        h.clock.advance(dt.timedelta(minutes=1, seconds=1))
        job = asyncio.create_task(h.advance(dt.timedelta(0))) if job_waits else None
        await asyncio.sleep(0)
    await poll
    if job is not None:
        await job


async def _jump_then_poll(h: Harness) -> None:
    h.clock.advance(RELEASE - h.clock.now() + dt.timedelta(hours=1))  # the demo's advance: nothing has run yet
    await _poll(h)


async def _down_across_the_moment(h: Harness) -> None:
    await _until(h, RELEASE - dt.timedelta(minutes=1))
    h.clock.advance(dt.timedelta(hours=2))  # nothing ran: the bot was "down"
    await h.restart()


ORDERS = {
    "a poll that began before the moment commits after it, before the moment's job ran": (
        lambda h: _straddling_poll(h, job_waits=False)),
    "a poll that began before the moment commits after it while the moment's job waits": (
        lambda h: _straddling_poll(h, job_waits=True)),
    "the clock jumps past the moment and a poll commits before the moment's job": _jump_then_poll,
    "the bot is down across the moment": _down_across_the_moment,
}


@pytest.mark.parametrize("order", list(ORDERS))
async def test_a_subscribed_channel_is_told_once_that_season_two_is_out_whatever_ran_around_the_moment(
    h: Harness, order: str
) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="7d, 1d")
    await _report_date(h, "2026-12-10 08:00 UTC")
    await ORDERS[order](h)
    await h.advance(dt.timedelta(minutes=5))
    await h.discord.wait_for_message(news, lambda m: "Season 2 is out" in m.text, timeout=8)
    await h.advance(dt.timedelta(hours=1))
    posts = [m.embed["title"] for m in h.discord.messages(news) if m.embed and m.author_id == h.discord.bot_user_id]
    assert [p for p in posts if p.startswith("Season 2 is out") or p == "Season 2: Released"] == ["Season 2 is out"]
    card = await _card(h)
    assert card.embed is not None and card.embed["title"] == "Season 2: Released"
