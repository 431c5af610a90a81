"""`hyosan run` as a subprocess under Discord's faults (issue 14): a global 429 longer than the
send deadline delays posts and never stops them (fault 1), and a fan-out killed mid-way and
restarted after Discord has forgotten its nonces still gives every channel exactly one message
(fault 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.fanout import run_crash
from tests.e2e.conftest import World, spawn_ready

CHANNELS = 60
#: How long the local Discord remembers a nonce, and how long the bot trusts it to: both shorter than
#: a restart of `hyosan run` (a new process importing discord.py and the lore, logging in), so the
#: restart alone is a downtime past the nonce window, with no wait added (one is asserted).
DISCORD_NONCE_WINDOW = 0.25


def _bot_tests(world: World, channel_name: str) -> int:
    (channel,) = [c for c in world.discord.store.channels.values() if c.name == channel_name]
    return sum(
        1 for m in world.discord.messages(channel)
        if m.interaction_id is None and m.author_id == world.discord.bot_user_id and "test" in m.text
    )


@pytest.mark.slow
async def test_a_global_429_longer_than_the_send_deadline_never_stops_later_posts(world: World) -> None:
    news = world.discord.add_channel(world.guild, "news")
    bot = await spawn_ready(world, HYOSAN_SEND_DEADLINE="0.3s")
    try:
        await world.discord.invoke(world.moderator, world.general, "season2set", "announce", "set", channel=news, timeout=10)
        world.discord.fail_next("POST", f"/channels/{news.id}/messages", 429, retry_after=1.5, global_=True)
        await world.discord.invoke(world.moderator, world.general, "season2set", "announce", "test", timeout=10)
        await world.discord.wait_for_message(news, lambda _: _bot_tests(world, "news") >= 1, timeout=15)
        await world.discord.invoke(world.moderator, world.general, "season2set", "announce", "test", timeout=10)
        await world.discord.wait_for_message(news, lambda _: _bot_tests(world, "news") >= 2, timeout=15)
        assert _bot_tests(world, "news") == 2
        # The 429 was global and longer than the deadline, and the post still came after it.
        posts = [r.status for r in world.discord.requests if r.path == f"/channels/{news.id}/messages"]
        assert posts[:2] == [429, 200]
    finally:
        await bot.stop()


@pytest.mark.slow
async def test_a_fanout_killed_then_down_longer_than_the_nonce_window_gives_each_channel_one_message(
    tmp_path: Path,
) -> None:
    result = await run_crash(
        tmp_path, CHANNELS, kill_after=CHANNELS // 3, nonce_window=DISCORD_NONCE_WINDOW, HYOSAN_NONCE_WINDOW="0.2s"
    )
    assert result["delivered_when_killed"] < CHANNELS, "the kill came too late to test anything"
    assert result["nonce_age_at_restart_s"] > DISCORD_NONCE_WINDOW, "Discord could still have held the nonces"
    assert result["duplicates"] == 0
    assert result["losses"] == 0
    assert result["messages_created"] == CHANNELS
    # The rows in flight at the kill were looked for, not blindly sent again.
    assert result["history_lookups"] > 0
