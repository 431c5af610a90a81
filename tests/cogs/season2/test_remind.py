"""/season2 remind as a fan reads it: what they will get and when, where it cannot arrive, and
nothing promised once season 2 is out."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.harness import Harness

START = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.season2"), sync=SyncMode.GLOBAL
    ) as harness:
        yield harness


async def _release_date(h: Harness, when: str) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.netflix.com/tudum/aouad-s2", date="2026-12-01", official=True, release_date=when,
    )
    assert "Recorded" in reply.text, reply.text


async def test_before_any_date_it_says_reminders_start_once_a_date_is_confirmed(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.discord.dm_channel(h.fan), "season2", "remind", on=True)
    assert reply.ephemeral
    assert "No release date is confirmed yet" in reply.text
    assert "30 days, 7 days, 1 day and 1 hour before the release, and at release" in reply.text
    assert "privacy settings" not in reply.text  # in the bot's DMs, they arrive


async def test_in_a_server_it_warns_that_closed_direct_messages_get_nothing(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    assert "may send you direct messages" in reply.text


async def test_with_a_release_date_it_says_when_the_next_reminder_comes(h: Harness) -> None:
    await _release_date(h, "2027-01-20 08:00 UTC")  # 48 days ahead: the 30-day one is next
    reply = await h.discord.invoke(h.fan, h.discord.dm_channel(h.fan), "season2", "remind", on=True)
    due = dt.datetime(2026, 12, 21, 8, 0, tzinfo=dt.UTC)
    assert f"The next one: 30 days before the release, <t:{int(due.timestamp())}:R>." in reply.text


async def test_once_season_two_is_out_it_promises_no_countdown_and_puts_no_one_on_the_list(h: Harness) -> None:
    await _release_date(h, "2026-12-10 08:00 UTC")
    await h.advance(dt.timedelta(days=10))
    reply = await h.discord.invoke(h.fan, h.discord.dm_channel(h.fan), "season2", "remind", on=True)
    assert "Season 2 came out" in reply.text and "no countdown left" in reply.text
    assert "before the release" not in reply.text and "to stop" not in reply.text  # nothing to stop (fix84)
    off = await h.discord.invoke(h.fan, h.discord.dm_channel(h.fan), "season2", "remind", on=False)
    assert off.text.startswith("You weren't getting season 2 reminders"), off.text


async def test_turning_reminders_off_says_so_and_asking_for_what_already_is_says_nothing_changed(h: Harness) -> None:
    never = await h.discord.invoke(h.fan, h.general, "season2", "remind", on=False)
    assert never.text.startswith("You weren't getting season 2 reminders") and "nothing changed" in never.text
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    again = await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    assert again.text.startswith("You were already on the list.")
    off = await h.discord.invoke(h.fan, h.general, "season2", "remind", on=False)
    assert off.text.startswith("You won't get season 2 reminders by direct message any more.")
    assert "`/season2 remind` turns them back on" in off.text
    switched = await h.discord.invoke(h.fan, h.general, "season2", "remind")
    assert switched.text.startswith("You're on the list.")


async def test_a_countdown_due_while_the_bot_was_down_is_sent_after_the_restart(h: Harness) -> None:
    # Nothing waits in memory (APScheduler's 1 s misfire grace would drop it): the schedule is rebuilt
    # from the database at start, and a reminder two hours late is still news.
    await _release_date(h, "2026-12-10 08:00 UTC")
    dm = h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.fan, dm, "season2", "remind", on=True)
    await h._stop_bot()
    h.clock.advance(dt.datetime(2026, 12, 9, 10, 0, tzinfo=dt.UTC) - h.clock.now())  # the 1-day one: 2 h late
    await h._start_bot()
    await h.advance(dt.timedelta(seconds=5))
    countdown = await h.discord.wait_for_message(dm, lambda m: "1d to go" in m.text, timeout=8)
    await h.restart()
    await h.advance(dt.timedelta(minutes=1))
    assert [m.id for m in h.discord.messages(dm) if "to go" in m.text] == [countdown.id]  # once, restart or not


async def test_a_fan_whose_at_release_reminder_fell_while_the_bot_was_down_is_told_once_that_season_2_is_out(
    h: Harness,
) -> None:
    """Channels got a late "Season 2 is out" post; the fan who asked for the countdown by DM got nothing."""
    await _release_date(h, "2026-12-10 08:00 UTC")
    dm = h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.fan, dm, "season2", "remind", on=True)
    await h._stop_bot()
    h.clock.advance(dt.datetime(2026, 12, 10, 18, 0, tzinfo=dt.UTC) - h.clock.now())  # 10 h past the release
    await h._start_bot()
    await h.advance(dt.timedelta(seconds=5))
    out = await h.discord.wait_for_message(dm, lambda m: "Season 2 is out" in m.text, timeout=8)
    await h.restart()
    await h.advance(dt.timedelta(minutes=1))
    assert [m.id for m in h.discord.messages(dm) if "Season 2 is out" in m.text] == [out.id]


async def test_a_fan_whose_reminder_was_refused_is_told_so_when_they_ask_again(h: Harness) -> None:
    release = START + dt.timedelta(days=3)
    await _release_date(h, release.strftime("%Y-%m-%d %H:%M UTC"))
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    h.discord.refuse_dms(h.fan, 50007)
    await h.advance(release - dt.timedelta(days=1, minutes=-1) - START)  # the 1-day reminder, refused
    again = await h.discord.invoke(h.fan, h.general, "season2", "remind")
    assert "Your last reminder" in again.text and "never reached you" in again.text
    # Discord gives one error for DMs turned off and for a bot blocked: the cause is not stated as sure
    assert "direct messages from this server's members are off in your privacy settings, or" in again.text
    assert "You're on the list" in again.text and "1 hour before the release" in again.text


async def test_a_countdown_by_direct_message_names_the_show_and_how_to_stop(h: Harness) -> None:
    release = START + dt.timedelta(days=3)
    await _release_date(h, release.strftime("%Y-%m-%d %H:%M UTC"))
    dm = h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    await h.advance(release - dt.timedelta(days=1, minutes=-1) - START)  # the 1-day reminder
    countdown = await h.discord.wait_for_message(dm, lambda m: "1d to go" in m.text, timeout=8)
    assert countdown.embed is not None
    author = str(countdown.embed["author"]["name"])
    assert author.startswith("All of Us Are Dead") and "/season2 remind: run it again to stop" in author


async def test_a_fan_is_told_once_that_season_2_is_out_and_that_it_comes_late_after_the_bot_was_down_for_weeks(
    h: Harness,
) -> None:
    """A channel's "Season 2 is out" is news for a week; a fan who asked by DM was promised it however late."""
    await _release_date(h, "2026-12-10 08:00 UTC")
    dm = h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.fan, dm, "season2", "remind", on=True)
    await h._stop_bot()
    h.clock.advance(dt.datetime(2026, 12, 24, 8, 0, tzinfo=dt.UTC) - h.clock.now())  # two weeks past the release
    await h._start_bot()
    await h.advance(dt.timedelta(seconds=5))
    out = await h.discord.wait_for_message(dm, lambda m: "Season 2 is out" in m.text, timeout=8)
    release = int(dt.datetime(2026, 12, 10, 8, 0, tzinfo=dt.UTC).timestamp())
    assert f"Released <t:{release}:F> (<t:{release}:R>)." in out.text
    assert "This comes late: I couldn't send it when season 2 came out." in out.text
    await h.restart()
    await h.advance(dt.timedelta(minutes=1))
    assert [m.id for m in h.discord.messages(dm) if "Season 2 is out" in m.text] == [out.id]


async def test_a_fan_told_at_the_release_hears_nothing_of_lateness(h: Harness) -> None:
    await _release_date(h, "2026-12-10 08:00 UTC")
    dm = h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.fan, dm, "season2", "remind", on=True)
    await h.advance(dt.datetime(2026, 12, 10, 8, 0, 30, tzinfo=dt.UTC) - h.clock.now())
    out = await h.discord.wait_for_message(dm, lambda m: "Season 2 is out" in m.text, timeout=8)
    assert "late" not in out.text


async def test_a_fan_who_opted_in_after_the_release_is_not_told_it_is_out(h: Harness) -> None:
    """They were told at once that season 2 came out; a channel set up later sends them nothing."""
    await _release_date(h, "2026-12-10 08:00 UTC")
    await h.advance(dt.datetime(2026, 12, 11, 8, 0, tzinfo=dt.UTC) - h.clock.now())
    dm = h.discord.dm_channel(h.fan)
    reply = await h.discord.invoke(h.fan, dm, "season2", "remind", on=True)
    assert "Season 2 came out" in reply.text
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=h.channels["announcements"])
    await h.discord.wait_for_message(h.channels["announcements"], lambda m: "Season 2 is out" in m.text, timeout=8)
    await h.advance(dt.timedelta(minutes=1))
    assert [m for m in h.discord.messages(dm) if "Season 2 is out" in m.text] == []
