"""`hyosan run` killed with SIGKILL in the middle of a season-2 fan-out, then restarted: every
channel still ends with exactly one announcement (counted in the sandbox), and the nonce, not
luck, is what keeps a resent row from showing twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.fanout import fanout_world

# The bot paces its sends at 25 a second: 120 channels are 5 s of fan-out, killed after the first
# 40 with a whole concurrency's worth of sends still to go (bench.fanout's crash run does 1000).
CHANNELS = 120


@pytest.mark.slow
async def test_sigkill_mid_fanout_then_restart_gives_every_channel_exactly_one_message(tmp_path: Path) -> None:
    async with fanout_world(tmp_path, CHANNELS) as world:
        first = await world.start_bot()
        await world.report()
        await world.wait_delivered(CHANNELS // 3, timeout=20)
        await world.kill(first)
        delivered_at_kill = world.delivered()
        assert delivered_at_kill < CHANNELS, "the kill came too late to test anything"
        await world.start_bot()
        await world.wait_delivered(CHANNELS, timeout=20)
        counts = world.counts()
    assert counts["duplicates"] == 0
    assert counts["losses"] == 0
    assert counts["messages_created"] == CHANNELS
    # Rows in flight at the kill are sent again with the same nonce: bounded by the concurrency.
    assert counts["sends_accepted"] - CHANNELS <= 50


@pytest.mark.slow
async def test_a_restart_after_the_fanout_sends_nothing_again(tmp_path: Path) -> None:
    async with fanout_world(tmp_path, 20) as world:
        first = await world.start_bot()
        await world.report()
        await world.wait_delivered(20, timeout=10)
        await world.wait_recorded(timeout=10)
        await world.kill(first)
        await world.start_bot()
        before = world.counts()["sends_attempted"]
        await world.discord.invoke(world.moderator, world.general, "season2", "status", timeout=10)
        assert world.counts()["sends_attempted"] == before
        assert world.counts()["messages_created"] == 20
