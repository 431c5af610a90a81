"""A subscription's ping role after setup: deleted, or no longer one the bot may ping.

Announcements then reach the channel but ping no one; the moderators see why in `announce list`
and `announce test`, and no post names a deleted role ("@deleted-role") to the members."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import MENTION_EVERYONE
from db.season2 import subscriptions as subscriptions_db

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2")

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("pings"), clock=ManualClock(START), extensions=EXTENSIONS) as harness:
        yield harness


async def test_a_role_the_bot_may_no_longer_ping_is_named_in_the_list_and_the_test(h: Harness) -> None:
    news = h.channels["announcements"]
    role = h.discord.add_role(h.guild, "S2 news")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role)
    h.discord.edit_role(role, mentionable=False)
    h.discord.set_overwrite(news, None, deny=MENTION_EVERYONE)
    try:
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        why = f"I can't ping <@&{role.id}> there: make the role mentionable, or give me Mention Everyone"
        assert f"<#{news.id}>: official, pinging <@&{role.id}>, on" in listed.text and why in listed.text
        tested = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
        assert f"In <#{news.id}>, {why}." in tested.text
        h.discord.edit_role(role, mentionable=True)  # mended: nothing more said
        fine = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        assert "can't ping" not in fine.text
    finally:
        h.discord.set_overwrite(news, None)
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")


async def test_a_deleted_ping_role_is_not_named_and_the_moderators_are_told_what_to_do(h: Harness) -> None:
    news = h.channels["announcements"]
    role = h.discord.add_role(h.guild, "Zombie squad")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role)
    h.discord.delete_role(role)
    try:
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        assert f"<@&{role.id}>" not in listed.text
        assert "the role it pinged was deleted, so it pings no one: run `/season2set announce set`" in listed.text
        reported = await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="teaser",
                                          source_url="https://www.netflix.com/tudum/aouad-s2", date="2026-02-28",
                                          official=True)
        assert "will ping" not in reported.text and not reported.buttons  # no role left to ping: not asked first
        post = await h.discord.wait_for_message(news, lambda m: m.interaction_id is None and "Teaser" in m.text, timeout=8)
        assert f"<@&{role.id}>" not in post.text and post.mentions_pinged == []
    finally:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")


async def test_a_deleted_ping_role_is_not_named_for_a_channel_i_can_no_longer_find(h: Harness) -> None:
    gone = h.discord.add_channel(h.guild, "s2-gone")
    role = h.discord.add_role(h.guild, "Gone squad")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=gone, role=role)
    await h._stop_bot()  # both deleted while the bot is down: no event tells it
    h.discord.delete_role(role)
    h.discord.delete_channel(gone)
    await h._start_bot()
    try:
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        assert "(deleted): official, off (channel deleted)" in listed.text  # the look-up turned it off: its role is moot
        assert f"<@&{role.id}>" not in listed.text  # never "@deleted-role"
    finally:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")


async def test_set_again_after_its_ping_role_was_deleted_never_asks_for_that_role_again(h: Harness) -> None:
    news = h.channels["announcements"]
    role = h.discord.add_role(h.guild, "Hyosan pings")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role)
    h.discord.delete_role(role)
    try:
        again = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
        assert f"<@&{role.id}>" not in again.text and "give `role` again" not in again.text, again.text
        assert f"will be announced in <#{news.id}>." in again.text
    finally:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")


async def test_set_again_without_a_role_that_still_exists_says_it_no_longer_pings_it(h: Harness) -> None:
    news = h.channels["announcements"]
    role = h.discord.add_role(h.guild, "Still here")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role)
    try:
        again = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
        assert f"It no longer pings <@&{role.id}>" in again.text
    finally:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")


async def test_set_again_after_a_refusal_turned_it_off_keeps_its_ping_role(h: Harness) -> None:
    # fix49b: the fix the bot's notice tells of (`announce set` for it again) kept the level and pings, not the role
    news = h.channels["announcements"]
    role = h.discord.add_role(h.guild, "Refused news")
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role, level="reported")
    async with h.db.transaction() as conn:
        (sub,) = [s for s in await subscriptions_db.list_subscriptions(conn) if s.channel_id == news.id]
        await subscriptions_db.disable_subscription(conn, sub.id, "missing permissions", START)
    try:
        again = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
        assert f"<@&{role.id}>" in again.text and "no longer pings" not in again.text, again.text
        assert "Season 2 news (reported)" in again.text
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        assert f"<#{news.id}>: reported, pinging <@&{role.id}>, on" in listed.text, listed.text
    finally:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")


async def test_set_again_without_pings_keeps_the_channels_ping_choice_and_the_list_shows_it(h: Harness) -> None:
    news = h.channels["announcements"]
    role = h.discord.add_role(h.guild, "Quiet news")
    h.discord.edit_role(role, mentionable=False)  # pinged by nothing, it need not be one the bot may ping
    h.discord.set_overwrite(news, None, deny=MENTION_EVERYONE)
    try:
        first = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role, pings="none")
        again = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role)
        assert f"pinging no one (pings: none; <@&{role.id}> kept)" in first.text and again.text == first.text
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        assert f"<#{news.id}>: official, pinging no one" in listed.text and "can't ping" not in listed.text
        loud = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role, pings="all")
        assert f"I can't ping <@&{role.id}>" in loud.text  # asked to ping it, it must be pingable
    finally:
        h.discord.set_overwrite(news, None)
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")
