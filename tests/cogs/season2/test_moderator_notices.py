"""Notices for moderators reach moderators only (cogs/season2/notices.py, transport.py): what a member
and a moderator each see when the bot loses the announcement channel (a 403 disables it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Channel, Message
from bot.sandbox.models import SEND_MESSAGES, VIEW_CHANNEL
from db import outbox as outbox_db
from db import times
from tests.e2e.driving import settled
from tests.polling import eventually

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2")
NOTICE = "turned off"


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS) as harness:
        yield harness


def _private_channel(h: Harness, name: str) -> Channel:
    """A channel @everyone may not view; the moderator and the bot are let in by name."""
    channel = h.discord.add_channel(h.guild, name)
    _make_private(h, channel)
    return channel


def _make_private(h: Harness, channel: Channel) -> None:
    everyone = h.discord.store.guild_roles[h.guild.id][h.guild.id]
    h.discord.set_overwrite(channel, everyone, deny=VIEW_CHANNEL)
    h.discord.set_overwrite(channel, h.moderator, allow=VIEW_CHANNEL)
    h.discord.set_overwrite(channel, None, allow=VIEW_CHANNEL | SEND_MESSAGES)


def _can_read(h: Harness, member: object, channel: Channel) -> bool:
    return bool(h.discord.store.channel_permissions(member, channel) & VIEW_CHANNEL)  # type: ignore[arg-type]


def _notices(h: Harness, channel: Channel) -> list[Message]:
    return [m for m in h.discord.messages(channel) if m.interaction_id is None and NOTICE in m.text]


async def _lose_the_news_channel(h: Harness) -> None:
    """A moderator sets up announcements; the bot then loses Send Messages there and a post finds it."""
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.channels["trivia"], "season2set", "announce", "set", channel=news)
    h.discord.deny(news)
    await h.discord.invoke(
        h.moderator, h.channels["trivia"], "season2set", "report", milestone="teaser",
        source_url="https://www.netflix.com/tudum/aouad-s2", date="2026-02-28", official=True,
    )


async def _eventually(check: Callable[[], object], what: str) -> None:
    if not await eventually(lambda: bool(check()), 10.0, every=0.05):
        raise AssertionError(f"never happened: {what}")


def _everywhere_members_read(h: Harness) -> list[Message]:
    """Every notice in a channel the fan can read, or in the fan's DMs."""
    seen = [m for c in h.channels.values() if _can_read(h, h.fan, c) for m in _notices(h, c)]
    return seen + [m for m in h.discord.dm_messages(h.fan) if NOTICE in m.text]


async def test_a_notice_goes_to_the_moderators_chosen_channel_which_members_cannot_read(h: Harness) -> None:
    mods = _private_channel(h, "mod-log")
    reply = await h.discord.invoke(h.moderator, h.channels["trivia"], "season2set", "notices", channel=mods)
    assert f"now go to <#{mods.id}>" in reply.text and "Members can read" not in reply.text
    await _lose_the_news_channel(h)
    await _eventually(lambda: _notices(h, mods), "the notice in the moderators' channel")
    assert _can_read(h, h.moderator, mods) and not _can_read(h, h.fan, mods)
    assert f"<#{h.channels['announcements'].id}>" in _notices(h, mods)[0].text
    assert _everywhere_members_read(h) == []
    assert [m for m in h.discord.dm_messages(h.moderator) if NOTICE in m.text] == []  # told once, in one place


async def test_a_notice_channel_the_bot_lost_hands_the_notice_to_the_moderators_dm(h: Harness) -> None:
    mods = _private_channel(h, "mod-log")
    await h.discord.invoke(h.moderator, h.channels["trivia"], "season2set", "notices", channel=mods)
    h.discord.set_overwrite(mods, None, allow=VIEW_CHANNEL, deny=SEND_MESSAGES)  # the bot may no longer post there
    await _lose_the_news_channel(h)
    await _eventually(lambda: [m for m in h.discord.dm_messages(h.moderator) if NOTICE in m.text], "the DM")
    assert _notices(h, mods) == [] and _everywhere_members_read(h) == []


async def test_choosing_a_channel_members_read_for_notices_says_they_will_see_them(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "notices", channel=h.channels["trivia"])
    assert "Members can read" in reply.text
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"Notices for moderators: <#{h.channels['trivia'].id}>." in listed.text
    cleared = await h.discord.invoke(h.moderator, h.general, "season2set", "notices")
    assert "by direct message to the moderator" in cleared.text
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert "Notices for moderators: by DM" in listed.text


async def test_without_a_chosen_channel_the_moderator_who_set_it_up_is_told_by_dm(h: Harness) -> None:
    await _lose_the_news_channel(h)
    await _eventually(lambda: [m for m in h.discord.dm_messages(h.moderator) if NOTICE in m.text], "the DM")
    assert _everywhere_members_read(h) == []  # the system channel (#general) members read says nothing


async def test_with_dms_closed_a_system_channel_only_moderators_read_is_used(h: Harness) -> None:
    _make_private(h, h.general)  # the system channel made private
    h.discord.refuse_dms(h.moderator)
    await _lose_the_news_channel(h)
    await _eventually(lambda: _notices(h, h.general), "the notice in the private system channel")
    assert not _can_read(h, h.fan, h.general)
    assert _everywhere_members_read(h) == []


@pytest.mark.contract_probe  # the local Discord refuses the DM open (400 40003) on purpose
async def test_a_moderator_dm_that_cannot_be_opened_hands_the_notice_to_the_private_system_channel(h: Harness) -> None:
    _make_private(h, h.general)
    h.discord.refuse_dm_opens(times=50)  # "opening direct messages too fast", however often it is tried
    await _lose_the_news_channel(h)
    await _eventually(lambda: _notices(h, h.general), "the notice in the private system channel")
    assert len(_notices(h, h.general)) == 1 and _everywhere_members_read(h) == []


async def _sent(h: Harness) -> None:
    """Wait until the dispatcher has recorded the one notice as sent."""
    async def sent() -> bool:
        async with h.db.read() as conn:
            return [row.state for row in await outbox_db.outbox_rows(conn) if row.kind == "notice"] == ["sent"]

    if not await eventually(sent, 4.0):
        raise AssertionError("the notice was never recorded as sent")


@pytest.mark.parametrize("downtime", ["longer than Discord remembers nonces", "short, the moderators' channel fixed meanwhile"])
async def test_a_notice_dm_sent_before_a_crash_is_not_sent_again_after_a_restart(h: Harness, downtime: str) -> None:
    mods = _private_channel(h, "mod-log")
    await h.discord.invoke(h.moderator, h.channels["trivia"], "season2set", "notices", channel=mods)
    h.discord.set_overwrite(mods, None, allow=VIEW_CHANNEL, deny=SEND_MESSAGES)  # it goes on to the DM
    await _lose_the_news_channel(h)
    dms = lambda: [m for m in h.discord.dm_messages(h.moderator) if NOTICE in m.text]  # noqa: E731
    await _eventually(dms, "the DM")
    await _sent(h)
    # A copy that crashed after Discord made the DM and before it recorded it: the restarted copy finds
    # the DM, though the moderators' channel is tried first (and may take notices again by then).
    long = downtime.startswith("longer")
    crashed_at = h.clock.now() - (dt.timedelta(hours=1) if long else dt.timedelta(seconds=30))
    async with h.db.transaction() as conn:
        await conn.execute(
            "UPDATE season2_outbox SET state = 'sending', claimed_by = 'crashed copy', attempted_at = ? WHERE kind = 'notice'",
            (times.encode(crashed_at),),
        )
    if long:
        h.discord.nonce_window = 0
    else:
        h.discord.set_overwrite(mods, None, allow=VIEW_CHANNEL | SEND_MESSAGES)
    await h.advance(dt.timedelta(seconds=10))
    await _sent(h)
    assert len(dms()) == 1 and _notices(h, mods) == []


async def test_with_nowhere_private_the_next_moderator_command_is_told_privately_once(h: Harness) -> None:
    h.discord.refuse_dms(h.moderator)  # and #general, the system channel, is read by every member
    await _lose_the_news_channel(h)
    await h.advance(dt.timedelta(minutes=1))
    await settled(h)
    assert _everywhere_members_read(h) == [] and _notices(h, h.general) == []
    trivia = h.channels["trivia"]
    await h.discord.invoke(h.moderator, trivia, "season2set", "announce", "list")

    def told() -> list[Message]:
        return [m for m in h.discord.messages(trivia, include_ephemeral=True) if m.ephemeral and NOTICE in m.text]

    await _eventually(told, "the held notice told to the next moderator")
    await h.discord.invoke(h.moderator, trivia, "season2set", "announce", "list")
    await settled(h)
    assert len(told()) == 1  # once
    assert _everywhere_members_read(h) == []
