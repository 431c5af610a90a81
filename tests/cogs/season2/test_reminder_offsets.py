"""/season2set reminders as moderators type a time (through the local Discord): "1h 30m" and its
spellings are one reminder 90 minutes before the release, said so in the reply with how to have
separate ones; a list separated by commas stays a list; the countdown posts follow."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message

START = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
RELEASE = dt.datetime(2026, 12, 20, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.season2")) as harness:
        yield harness


async def _set(h: Harness, offsets: str) -> Message:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets=offsets)
    assert reply.ephemeral
    return reply


@pytest.mark.parametrize(
    "typed", ["1h 30m", "1 hour 30 minutes", "90m", "1.5h", "an hour and a half", "1 hour and 30 minutes"]
)
async def test_ninety_minutes_however_typed_is_one_reminder(h: Harness, typed: str) -> None:
    reply = await _set(h, typed)
    assert "Countdown reminders in this server: 90m." in reply.text


async def test_the_reply_says_which_time_was_read_as_one_and_how_to_split_it(h: Harness) -> None:
    reply = await _set(h, "7d, 2d 12h, 1h 30m")
    assert "Countdown reminders in this server: 7d, 60h, 90m." in reply.text
    assert "`2d 12h` is one reminder, 60 hours before the release; for separate reminders write `2d, 12h`." in reply.text
    assert "`1h 30m` is one reminder, 90 minutes before the release; for separate reminders write `1h, 30m`." in reply.text


@pytest.mark.parametrize("typed", ["1h, 1d", "1 hour and 1 day", "1d 1h", "a day before and an hour before"])
async def test_a_list_is_still_several_reminders(h: Harness, typed: str) -> None:
    reply = await _set(h, typed)
    assert "Countdown reminders in this server: 1d, 1h." in reply.text
    assert "is one reminder" not in reply.text


async def test_looking_at_the_setting_explains_commas_and_times_written_together(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders")
    assert "Separate reminders with commas" in reply.text and "`1h 30m`" in reply.text


async def test_one_ninety_minute_countdown_post_not_an_hour_and_a_half_hour_one(h: Harness) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    await _set(h, "1h 30m")
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.netflix.com/tudum/aouad-s2", date="today", official=True,
        release_date="2026-12-20 08:00 UTC",
    )
    assert "status changed" in reply.text
    await h.advance(RELEASE - dt.timedelta(minutes=90) - h.clock.now())
    await h.discord.wait_for_message(news, lambda m: "90m to go" in m.text, timeout=8)
    await h.advance(dt.timedelta(minutes=89))
    await h.bot.scheduler.run_now()
    countdown = [m.text for m in h.discord.messages(news) if "to go" in m.text]
    assert len(countdown) == 1, countdown


@pytest.mark.parametrize("typed", ["default", "Defaults", "reset", "back to default", "the default ones", "normal"])
async def test_reminders_turned_off_go_back_to_the_default_ones_as_a_moderator_says_it(h: Harness, typed: str) -> None:
    off = await _set(h, "off")
    assert "`default` brings back 30d, 7d, 1d, 1h, at release" in off.text
    back = await _set(h, typed)
    assert "Countdown reminders in this server: 30d, 7d, 1d, 1h, at release." in back.text


async def test_an_unreadable_offset_says_default_works_too(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="soonish")
    assert "`default` for 30d, 7d, 1d, 1h, at release" in reply.text


def received(post: Message) -> tuple[str, list[int]]:
    """The post's content and the roles its allowed mentions let ping."""
    return post.content, [int(r) for r in (post.allowed_mentions or {}).get("roles", [])]


async def test_pings_all_pings_the_countdown_too_and_pings_none_never_pings(h: Harness) -> None:
    loud, quiet = h.channels["announcements"], h.channels["trivia"]
    role = h.discord.add_role(h.guild, "S2 countdown")
    await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.netflix.com/tudum/aouad-s2", date="today", official=True,
        release_date="2026-12-20 08:00 UTC",
    )
    for channel, pings in ((loud, "all"), (quiet, "none")):
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel, role=role, pings=pings)
    await h.advance(RELEASE - dt.timedelta(days=7) - h.clock.now())
    for channel, pinged in ((loud, [f"role:{role.id}"]), (quiet, [])):
        post = await h.discord.wait_for_message(channel, lambda m: "7d to go" in m.text, timeout=8)
        assert received(post) == ((f"<@&{role.id}>", [role.id]) if pinged else ("", [])) and post.mentions_pinged == pinged
    await h.advance(RELEASE - h.clock.now())
    for channel, pinged in ((loud, [f"role:{role.id}"]), (quiet, [])):
        out = await h.discord.wait_for_message(channel, lambda m: "Season 2 is out" in m.text, timeout=8)
        assert received(out) == ((f"<@&{role.id}>", [role.id]) if pinged else ("", [])) and out.mentions_pinged == pinged


async def test_countdown_reminders_post_without_pinging_and_the_release_pings_the_role(h: Harness) -> None:
    news = h.channels["announcements"]
    role = h.discord.add_role(h.guild, "S2 countdown")
    await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.netflix.com/tudum/aouad-s2", date="today", official=True,
        release_date="2026-12-20 08:00 UTC",
    )
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role)
    for before in (dt.timedelta(days=7), dt.timedelta(hours=1)):
        await h.advance(RELEASE - before - h.clock.now())
        label = "7d" if before.days else "1h"
        post = await h.discord.wait_for_message(news, lambda m, label=label: f"{label} to go" in m.text, timeout=8)
        assert post.mentions_pinged == [] and f"<@&{role.id}>" not in post.text  # a countdown is quiet
    await h.advance(RELEASE - h.clock.now())
    out = await h.discord.wait_for_message(news, lambda m: "Season 2 is out" in m.text, timeout=8)
    assert out.mentions_pinged == [f"role:{role.id}"]
