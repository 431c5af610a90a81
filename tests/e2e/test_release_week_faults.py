"""Release week under faults, in a big server run by busy moderators (scen47, stop 47).

One bot, driven through the local Discord phase by phase; the clock is the injected ManualClock.
What the moderators and fans expect, written before reading the code that implements it:

E1  Every subscribed channel gets the season-2 release-date news exactly once.
E2  Discord answering 500 to the first post does not lose it nor double it.
E3  Discord answering 429 to the first post does not lose it nor double it.
E4  A restart mid-delivery (one channel served, the others not yet) ends with every channel
    holding it exactly once.
E5  A subscribed channel that was deleted does not stop the others getting it.
E6  A subscribed channel where the bot lost Send Messages does not stop the others.
E7  The moderators' notices channel is told about each broken subscription, naming the channel
    (or that it is gone) and what to do, in words (no error codes, no traceback).
E8  ... and told once: the next post or tick does not repeat the same notice.
E9  A subscription on a thread that was archived still gets the post (Discord reopens it).
E10 TVmaze down for an hour then back with the same list: no second announcement, and the
    moderators hear of the outage at most once.
E11 A feed carrying the same news twice under two URLs is posted at most once.
E12 A moderator's report whose date contradicts TVmaze's listed date: the reply says so, and
    members are not told a second, different date as settled.
E13 /season2 status shows the release date with its source, no traceback.
E14 Each countdown reminder (1 day, 1 hour, at release) is posted once, even across a restart.
E15 No countdown reminder is posted after the release has passed (a restart late does not catch up
    stale "1 day to go" posts).
E16 A member whose DMs are closed does not keep the others from their DM reminder.
E17 A member's closed DMs are not reported to the moderators' channel (their business alone).
E18 The announcement pings the chosen role once; nothing else pings. (Checked as: only the posts
    in the channel the role was chosen for ping, and only that role; the countdown posts there
    ping it too, a policy this probe leaves as it is.)
E19 Nothing posted in an unmarked channel (news, reminders, episode rooms' names) shows a
    season-2 episode title; notices neither.
E20 An episode room opens once per new episode, and not again after a restart.

Second batch, written after the first run and before reading the code behind them:
E21 A locked news thread does not stop the others; the notices channel says it is locked, once.
E22 The member whose DMs are closed, asking `/season2 remind` again, learns why the reminders stopped.
E23 Send Messages given back and the channel set again: the next countdown reaches it.
E24 `/season2set announce list` no longer lists the deleted channel as receiving news, and shows
    the channel that lost Send Messages as stopped.
E25 After the release `/season2 status` says season 2 is out, with no countdown left in it.

Blind: E1-E20 held 17/20 on the first run; the 3 misses were this test's own wording, not the
bot's (E7, E8: a channel name read with Discord's markdown escapes; E12: the standing date is shown
as a Discord timestamp, not as "5 March"), corrected on their lines: 20/20. E21-E25 held 3/5 on
their first run, the 2 misses again the test's wording (E22: "direct messages", not "DM"; E24: the
deleted channel is listed as "#s2-news-kr (deleted)"): 5/5 corrected.
Reading the posts showed what no check caught: the locked thread's notice said "Give me Manage
Threads (the thread is locked) there", asking for a permission instead of saying to unlock the
thread. The notices now word what the bot lacks as the test post and the posts list do
(bot.permissions.lacking_there), and `announce list` says the same of a channel a refusal turned
off, rather than "give them back to me" (a locked thread never had Manage Threads); E7, E21 and
E24 assert it (23/25 on the code before). After: 25/25.
The log showed one more: a restart while a calendar job ran (a poll, housekeeping) cancelled it at
once, whatever the scheduler's grace, and APScheduler logged it as a failure with a traceback;
calendar jobs now get the grace (bot/scheduling.py), and the last assertion checks the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import Channel, Message
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze
from tests.e2e import driving
from tests.e2e.driving import Expectations
from tests.e2e.reading import everything

pytestmark = pytest.mark.timeout(120)

START = dt.datetime(2027, 2, 10, 12, 0, tzinfo=dt.UTC)
RELEASE = dt.datetime(2027, 3, 5, 8, 0, tzinfo=dt.UTC)
STANDING = f"<t:{int(RELEASE.timestamp())}"  # the release as Discord shows it, in each reader's own zone
TITLES = ["Back to Hyosan", "The Death of Su-hyeok", "Six", "Four"]
SPOILER_TITLE = "The Death of Su-hyeok"
NETFLIX = "https://about.netflix.com/en/news/all-of-us-are-dead-season-2-premiere-date"
SOOMPI = "https://www.soompi.com/article/1700001wpp/all-of-us-are-dead-season-2-march-12"
TRAILER = "https://www.soompi.com/article/1700002wpp/aouad-s2-trailer"
EXTENSIONS = ("cogs.meta", "cogs.season2")


@pytest.fixture
async def sources() -> AsyncIterator[tuple[LocalTVmaze, LocalNewsFeed]]:
    async with LocalTVmaze() as tvmaze, LocalNewsFeed() as feed:
        tvmaze.add_season(2, episode_order=4, premiere_date=RELEASE.date().isoformat())
        tvmaze.add_episodes(2, 4, airstamp=RELEASE.isoformat(), names=TITLES)
        feed.add_headline("Zombie films of the year, ranked", publisher="Soompi", published=START)
        yield tvmaze, feed


def read(message: Message) -> str:
    """What a member reads: Discord shows "#s2\\-news" as "#s2-news"."""
    return everything(message).replace("\\", "")


def posts(h: Harness, channel: Channel, text: str = "") -> list[Message]:
    return [m for m in driving.bot_posts(h, channel) if text.lower() in read(m).lower()]


def texts(messages: list[Message]) -> list[str]:
    return [read(m) for m in messages]


async def settle(h: Harness, rounds: int = 6) -> None:
    """The bot's queues worked through, its clock moved 5 s a round so that retries fall due."""
    for _ in range(rounds):
        await driving.quiet(h)
        await h.advance(dt.timedelta(seconds=5))
    await driving.quiet(h)


async def confirm(h: Harness, reply: Message) -> Message:
    """An official report may ask first (a role to ping, another date standing): the moderator confirms."""
    for button in reply.buttons:
        if any(word in str(button.get("label", "")).lower() for word in ("confirm", "yes", "post")):
            return await h.discord.click(h.moderator, reply, str(button["custom_id"]))
    return reply


async def test_release_week_under_faults_reaches_every_channel_once_and_tells_the_moderators(
    tmp_path: Path, sources: tuple[LocalTVmaze, LocalNewsFeed], caplog: pytest.LogCaptureFixture
) -> None:
    tvmaze, feed = sources
    e = Expectations()
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=EXTENSIONS,
        tvmaze_base_url=tvmaze.base_url, rss_feeds=(feed.feed_url,),
    ) as h:
        d, mod, general = h.discord, h.moderator, h.general
        news = h.channels["announcements"]
        korean = d.add_channel(h.guild, "s2-news-kr")
        spanish = d.add_channel(h.guild, "s2-news-es")
        mods = d.add_channel(h.guild, "mod-notices")
        thread = d.add_thread(general, "season 2 news")
        locked = d.add_thread(general, "s2 news (locked)")
        closed = d.add_member(h.guild, "dms-closed", permissions=MEMBER_PERMISSIONS)
        role = d.add_role(h.guild, "s2-ping", mentionable=True)
        await driving.quiet(h)

        # -- the moderators set up, the weeks before ------------------------------------------------
        await d.invoke(mod, general, "season2set", "notices", channel=mods)
        await d.invoke(mod, general, "season2set", "announce", "set", channel=news, role=role, level="reported")
        for target in (korean, spanish, thread, locked):
            await d.invoke(mod, general, "season2set", "announce", "set", channel=target)
        await d.invoke(mod, general, "season2set", "rooms", "on", channel=general)
        for member in (closed, h.fan):  # the one whose DMs close asked first, so is tried first
            await d.invoke(member, general, "season2", "remind", on=True)
        d.refuse_dms(closed)
        await h.bot.scheduler.run_now("season2-poll")
        await settle(h)

        # -- faults land: a channel deleted, one loses Send Messages, a thread archived, one locked -
        d.delete_channel(korean)
        await driving.handled(h, "guild_channel_delete")
        d.deny(spanish)
        await driving.handled(h, "guild_channel_update")
        d.archive_thread(thread)
        d.archive_thread(locked, locked=True)
        await driving.quiet(h)

        # -- Netflix's date, reported by a moderator, while Discord answers 500 once ---------------
        d.fail_next("POST", f"/channels/{news.id}/messages", 500)
        await confirm(h, await d.invoke(
            mod, general, "season2set", "report", milestone="release_date_announced", source_url=NETFLIX,
            date="yesterday", official=True, release_date="2027-03-05 17:00 KST",
        ))
        await settle(h)
        dated = "release date"
        e.check("E1", len(posts(h, news, dated)) == 1, f"news: {texts(posts(h, news))}")
        e.check("E2", len(posts(h, news, dated)) == 1)
        e.check("E9", len(posts(h, thread, dated)) == 1, f"thread: {texts(posts(h, thread))}")
        e.check("E5", bool(posts(h, news, dated)) and bool(posts(h, thread, dated)))
        e.check("E6", bool(posts(h, news, dated)))
        notices = texts(posts(h, mods))
        about_kr = [n for n in notices if "s2-news-kr" in n]
        about_es = [n for n in notices if f"<#{spanish.id}>" in n]
        about_locked = [n for n in notices if f"<#{locked.id}>" in n]
        e.check("E7", bool(about_kr) and bool(about_es)
                and all("I need Send Messages there. Allow it for me" in n for n in about_es)
                and not any(re.search(r"\b50\d{3}\b|Traceback|Forbidden", n) for n in notices), f"notices: {notices}")
        e.check("E21", len(about_locked) == 1 and "Unlock the thread" in about_locked[0], f"notices: {notices}")

        # -- the same news twice under two URLs in a feed, while Discord answers 429 once ----------
        d.fail_next("POST", f"/channels/{news.id}/messages", 429, retry_after=0.05)
        for link in (TRAILER, TRAILER + "?utm_source=rss"):
            feed.add_headline("All of Us Are Dead season 2 drops its main trailer ahead of March 5 premiere",
                              link=link, publisher="Soompi", published=h.clock.now())
        await h.bot.scheduler.run_now("season2-poll")
        await settle(h)
        e.check("E11", len(posts(h, news, "trailer")) <= 1, f"trailer posts: {texts(posts(h, news, 'trailer'))}")
        e.check("E3", len(posts(h, news, dated)) == 1)

        # -- a moderator reports a date that contradicts the one standing ---------------------------
        before = len(driving.bot_posts(h, news))
        other = read(await d.invoke(
            mod, general, "season2set", "report", milestone="release_date_announced", source_url=SOOMPI,
            date="today", official=False, release_date="2027-03-12 17:00 KST",
        ))
        await settle(h)
        later = texts(driving.bot_posts(h, news)[before:])
        # corrected after the blind run: the standing date is shown as a Discord timestamp
        e.check("E12", STANDING in other and "not the release date that stands" in other
                and not any("12 March" in t or "2027-03-12" in t for t in later), f"reply: {other} / posts: {later}")
        status = read(await d.invoke(h.fan, general, "season2", "status"))
        e.check("E13", STANDING in status and "Traceback" not in status, status)

        # -- TVmaze down for an hour, then back with the same list ----------------------------------
        seen_notices = len(posts(h, mods))
        tvmaze.fail(500, times=2)
        await h.advance(dt.timedelta(minutes=61))
        await settle(h)
        await h.advance(dt.timedelta(minutes=121))
        await settle(h)
        outage = texts(posts(h, mods)[seen_notices:])
        e.check("E10", len(posts(h, news, dated)) == 1 and len([n for n in outage if "TVmaze" in n]) <= 1,
                f"outage notices: {outage}")
        e.check("E8", len(about_kr) == 1 and len(about_es) == 1 and not [n for n in outage if "s2-news" in n],
                f"notices: {notices + outage}")

        listed = read(await d.invoke(mod, general, "season2set", "announce", "list"))
        # corrected after the blind run: the deleted channel is listed, as deleted
        e.check("E24", "#s2-news-kr (deleted): official, off" in listed
                and f"<#{spanish.id}>: official, off (missing permissions) · I need Send Messages there" in listed
                and "I need Manage Threads (the thread is locked) there: unlock the thread" in listed, listed)
        d.deny(spanish, send=False)
        await driving.handled(h, "guild_channel_update")
        await d.invoke(mod, general, "season2set", "announce", "set", channel=spanish)

        # -- the countdown, a restart after the 1-day reminder ---------------------------------------
        await h.advance(RELEASE - dt.timedelta(days=1, minutes=-1) - h.clock.now())
        await settle(h, rounds=2)
        await h.restart()
        await settle(h)
        e.check("E14", len(posts(h, news, "1d to go")) == 1 and len(posts(h, thread, "1d to go")) == 1,
                f"news: {texts(posts(h, news))}")
        e.check("E23", len(posts(h, spanish, "1d to go")) == 1, f"{texts(posts(h, spanish))}")
        again = read(await d.invoke(closed, general, "season2", "remind"))
        # corrected after the blind run: "direct messages", as the reply says it
        e.check("E22", "never reached you" in again and "direct messages" in again, again)
        e.check("E16", any("1d to go" in read(m) for m in d.dm_messages(h.fan)), f"{texts(d.dm_messages(h.fan))}")

        # -- the 1-hour reminder: the thread's post is held by a 429 when the bot is restarted ------
        # a short Retry-After, as Discord gives: the 429 is recorded before discord.py reads it, so the
        # restart begins while the bot still sleeps it out, and the post is retried in the stop's grace
        d.fail_next("POST", f"/channels/{thread.id}/messages", 429, retry_after=0.25)
        held = d.wait_for_request(lambda r: r.injected and r.path == f"/channels/{thread.id}/messages", timeout=10)
        due = asyncio.create_task(h.advance(RELEASE - dt.timedelta(minutes=59) - h.clock.now()))
        await held
        await h.restart()
        with contextlib.suppress(Exception):  # the stopped bot's own step
            await due
        await settle(h)
        e.check("E4", len(posts(h, news, "1h to go")) == 1 and len(posts(h, thread, "1h to go")) == 1,
                f"news: {texts(posts(h, news))}; thread: {texts(posts(h, thread))}")

        # -- the release, then two days on ------------------------------------------------------------
        await h.advance(RELEASE + dt.timedelta(minutes=1) - h.clock.now())
        await settle(h)
        released = {c.id: len(driving.bot_posts(h, c)) for c in (news, thread)}
        await h.advance(dt.timedelta(days=2))
        await settle(h)
        card = read(await d.invoke(h.fan, general, "season2", "status"))
        e.check("E25", "out" in card.lower() and "to go" not in card.lower(), card)
        late = [read(m) for c in (news, thread) for m in driving.bot_posts(h, c)[released[c.id]:] if "to go" in read(m)]
        e.check("E15", not late, f"late: {late}")
        e.check("E17", not any("dms-closed" in n or str(closed.id) in n for n in texts(posts(h, mods))))
        e.check("E1", len(posts(h, news, "out now")) == 1 and len(posts(h, thread, "out now")) == 1)
        shown = [m for c in (news, thread, mods) for m in driving.bot_posts(h, c)]
        # episode 1's room is spoiler-safe up to S2E1 only: episode 2's title stays out of it too
        first_room = [m for t in d.threads(general) if t.name.endswith("Episode 1") for m in d.messages(t)]
        e.check("E19", bool(first_room) and not any(SPOILER_TITLE in read(m) for m in shown + first_room)
                and not any(SPOILER_TITLE in t.name for t in d.threads(general)))
        pinged = [m for c in (thread, spanish, mods) for m in driving.bot_posts(h, c) if m.mentions_pinged]
        e.check("E18", not pinged and all(m.mentions_pinged in ([], [f"role:{role.id}"]) for m in posts(h, news))
                and len([m for m in posts(h, news, dated) if m.mentions_pinged]) == 1, f"pinged: {texts(pinged)}")
        rooms = [t.name for t in d.threads(general) if t.id not in (thread.id, locked.id)]
        await h.restart()
        await settle(h)
        reopened = [t.name for t in d.threads(general) if t.id not in (thread.id, locked.id)]
        e.check("E20", len(rooms) == 4 and reopened == rooms, f"rooms {rooms} then {reopened}")
    assert not e.missed, e.verdict()
    # the restarts landed while calendar jobs ran (a poll, housekeeping): each finished in its grace,
    # and the operator's log shows no failure for them
    assert not [r.getMessage() for r in caplog.records if "raised an exception" in r.getMessage()]
