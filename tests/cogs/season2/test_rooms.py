"""Episode rooms through the local Discord (issue 12 item 4): when an episode becomes available, a
thread in the chosen channel named without spoilers, marked spoiler-safe up to that episode, with a
spoiler-free starter; once per episode, restarts included; a missing permission turns rooms off
with one notice to the server."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.lore.progress import get_channel_mark
from bot.sandbox.models import CREATE_PUBLIC_THREADS, SEND_MESSAGES_IN_THREADS, VIEW_CHANNEL
from bot.sandbox.tvmaze import LocalTVmaze
from bot.show import Position
from tests.polling import eventually

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
AIRS = "2026-03-05T08:00:00+00:00"
EXTENSIONS = ("cogs.meta", "cogs.lore", "cogs.season2")
#: What a refusal names a moderator can do about a permission the bot lacks in a channel.
HOW = " for me in the channel's settings (Edit Channel > Permissions), or pick another channel."


@pytest.fixture
async def tvmaze() -> AsyncIterator[LocalTVmaze]:
    async with LocalTVmaze() as server:
        server.add_season(2, episode_order=3, premiere_date="2026-03-05")
        server.add_episodes(2, 3, airstamp=AIRS, names=["The Title Spoils", "Second", "Third"])
        yield server


@pytest.fixture
async def h(tmp_path: Path, tvmaze: LocalTVmaze) -> AsyncIterator[Harness]:
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=EXTENSIONS, tvmaze_base_url=tvmaze.base_url
    ) as harness:
        await harness.bot.scheduler.run_now("season2-poll")
        assert len(harness.bot.show.episodes_in(2)) == 3
        yield harness


async def rooms_on(h: Harness, channel: str = "general") -> str:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "rooms", "on", channel=h.channels[channel])
    return reply.text


async def test_a_room_opens_for_each_episode_when_it_comes_out(h: Harness) -> None:
    assert "Episode rooms are on" in await rooms_on(h)
    await h.advance(dt.timedelta(seconds=10))
    assert h.discord.threads(h.general) == [], "nothing is out yet"
    await h.advance(dt.timedelta(days=4))
    threads = h.discord.threads(h.general)
    assert [t.name for t in threads] == ["S2 · Episode 1", "S2 · Episode 2", "S2 · Episode 3"]
    first = threads[0]
    assert first.type == 11 and first.auto_archive_duration == 10080 and first.owner_id == h.discord.bot_user_id
    assert await get_channel_mark(h.db, first.id) == Position(2, 1)
    (starter,) = h.discord.messages(first)
    assert "Season 2, episode 1" in starter.text and "spoiler-safe up to S2E1" in starter.text
    assert f"<t:{int(dt.datetime(2026, 3, 5, 8, tzinfo=dt.UTC).timestamp())}:F>" in starter.text
    assert "Title Spoils" not in starter.text and starter.mentions_pinged == []


async def test_each_room_opens_once_across_sweeps_and_restarts(h: Harness) -> None:
    await rooms_on(h)
    await h.advance(dt.timedelta(days=4))
    await h.advance(dt.timedelta(minutes=1))
    await h.restart()
    await h.bot.scheduler.run_now()
    await h.advance(dt.timedelta(minutes=1))
    threads = h.discord.threads(h.general)
    assert len(threads) == 3 and all(len(h.discord.messages(t)) == 1 for t in threads)


async def test_rooms_turned_on_after_the_premiere_open_at_once(h: Harness) -> None:
    await h.advance(dt.timedelta(days=4))
    await rooms_on(h, "trivia")
    # opened right after the reply, without waiting for the next sweep
    await eventually(lambda: len(h.discord.threads(h.channels["trivia"])) == 3, 4.0)
    assert len(h.discord.threads(h.channels["trivia"])) == 3


async def test_rooms_refuse_a_channel_naming_only_the_permissions_it_denies(h: Harness) -> None:
    h.discord.set_overwrite(h.channels["trivia"], None, deny=CREATE_PUBLIC_THREADS)
    assert (await rooms_on(h, "trivia")).endswith("I need Create Public Threads there. Allow it" + HOW)
    h.discord.set_overwrite(h.channels["trivia"], None, deny=VIEW_CHANNEL)
    assert (await rooms_on(h, "trivia")).endswith("I need View Channel there. Allow it" + HOW)
    h.discord.set_overwrite(h.channels["trivia"], None, deny=VIEW_CHANNEL | SEND_MESSAGES_IN_THREADS)
    assert (await rooms_on(h, "trivia")).endswith("I need View Channel and Send Messages in Threads there. Allow them" + HOW)


async def test_a_permission_lost_later_turns_rooms_off_with_one_notice(h: Harness) -> None:
    await rooms_on(h, "trivia")
    h.discord.set_overwrite(h.channels["trivia"], None, deny=CREATE_PUBLIC_THREADS)
    await h.advance(dt.timedelta(days=4))
    await h.advance(dt.timedelta(minutes=5))
    moderator_dm = h.discord.dm_channel(h.moderator)  # the moderator who turned rooms on, not the members
    notice = await h.discord.wait_for_message(
        moderator_dm, lambda m: m.interaction_id is None and "Episode rooms turned off" in m.text, timeout=8
    )
    assert "Create Public Threads" in notice.text and notice.mentions_pinged == []
    assert h.discord.threads(h.channels["trivia"]) == []
    await h.advance(dt.timedelta(minutes=5))
    notices = [m for m in h.discord.messages(moderator_dm) if "Episode rooms turned off" in m.text]
    assert len(notices) == 1
    assert not [m for m in h.discord.messages(h.general) if "Episode rooms turned off" in m.text]


async def test_a_room_left_half_open_is_finished_in_the_same_thread(h: Harness) -> None:
    await rooms_on(h)
    h.discord.fail_next("POST", "/channels/*/messages", 400, times=1, body={"code": 50035, "message": "Invalid Form Body"})
    await h.advance(dt.timedelta(days=4))
    await h.advance(dt.timedelta(minutes=1))
    threads = h.discord.threads(h.general)
    assert len(threads) == 3 and all(len(h.discord.messages(t)) == 1 for t in threads)


async def test_rooms_off_stops_new_rooms(h: Harness) -> None:
    await rooms_on(h)
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "rooms", "off")
    assert "off" in reply.text
    await h.advance(dt.timedelta(days=4))
    assert h.discord.threads(h.general) == []


async def test_a_deleted_rooms_channel_turns_rooms_off_saying_it_is_gone_and_how_to_pick_another(h: Harness) -> None:
    await rooms_on(h, "trivia")
    h.discord.delete_channel(h.channels["trivia"])
    await h.advance(dt.timedelta(days=4))
    await h.advance(dt.timedelta(minutes=5))
    notice = await h.discord.wait_for_message(
        h.discord.dm_channel(h.moderator), lambda m: m.interaction_id is None and "Episode rooms turned off" in m.text,
        timeout=8,
    )
    assert "is gone: it was deleted" in notice.text and "Pick another channel with `/season2set rooms on`" in notice.text
    assert "permission" not in notice.text.lower() and "Give me" not in notice.text


async def test_rooms_moved_to_another_channel_say_the_first_channel_gets_no_more_rooms(h: Harness) -> None:
    await rooms_on(h, "announcements")
    moved = await rooms_on(h, "general")
    assert f"in <#{h.general.id}>" in moved
    assert f"instead of <#{h.channels['announcements'].id}>" in moved


async def test_rooms_turned_on_again_in_the_same_channel_do_not_speak_of_a_move(h: Harness) -> None:
    await rooms_on(h)
    again = await rooms_on(h)
    assert "instead of" not in again
