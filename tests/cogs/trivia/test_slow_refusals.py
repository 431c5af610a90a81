"""/trivia skip, /trivia stop and /trivia start when their write is slow (the answer is acknowledged after 1.5 s):
a refusal is still told privately, never in a public "thinking" message the channel sees, and a
skip or stop that goes through is still said to the channel."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from tests.cogs.trivia.test_games import TRIVIA, _import_known_list, _wait_for

#: Longer than acks.ACK_BY: the command is acknowledged before its write is done.
SLOW = 2.0


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        yield harness


def _slow(h: Harness, name: str) -> None:
    """The game service's `name` (skip, stop) waits SLOW seconds before it reads or writes."""
    cog: Any = h.bot.get_cog("Trivia")
    service = cog.service
    real: Callable[..., Awaitable[Any]] = getattr(service, name)

    async def slow(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(SLOW)
        return await real(*args, **kwargs)

    setattr(service, name, slow)


def _public_in(h: Harness, channel: Any, words: str) -> list[Any]:
    return [m for m in h.discord.messages(channel) if words in m.text and not m.ephemeral]


async def test_a_slow_skip_by_another_player_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    _slow(h, "skip")
    refused = await h.discord.invoke(h.fan, channel, "trivia", "skip", timeout=10)
    assert refused.ephemeral and "Only the player who started this game or a moderator can skip" in refused.text
    assert not _public_in(h, channel, "Only the player who started")


async def test_a_slow_skip_without_a_game_is_refused_privately(h: Harness) -> None:
    _slow(h, "skip")
    refused = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "skip", timeout=10)
    assert refused.ephemeral and "No game is running in this channel." in refused.text


async def test_a_slow_skip_that_goes_through_is_still_told_to_the_channel(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=3, category="known")
    await _wait_for(h, channel, "Question")
    _slow(h, "skip")
    done = await h.discord.invoke(h.fan, channel, "trivia", "skip", timeout=10)
    assert done.ephemeral and "Skipped" in done.text
    said = await h.discord.wait_for_message(channel, lambda m: f"<@{h.fan.id}> skipped question 1" in m.text)
    assert not said.ephemeral
    await _wait_for(h, channel, "Skipped!")


async def test_a_slow_stop_whose_game_ended_meanwhile_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    _slow(h, "stop")
    first = asyncio.create_task(h.discord.invoke(h.fan, channel, "trivia", "stop", timeout=10))
    await asyncio.sleep(0.2)
    second = await h.discord.invoke(h.moderator, channel, "trivia", "stop", timeout=10)
    await first
    # one of the two stops the game; the other finds no game any more when its write runs
    assert second.ephemeral and "No game is running in this channel." in second.text
    assert not _public_in(h, channel, "No game is running")


async def test_a_slow_stop_that_goes_through_is_still_told_to_the_channel(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    _slow(h, "stop")
    done = await h.discord.invoke(h.fan, channel, "trivia", "stop", timeout=10)
    assert done.ephemeral and "Stopped" in done.text
    said = await h.discord.wait_for_message(channel, lambda m: "stopped the game" in m.text)
    assert not said.ephemeral


async def test_a_slow_start_where_a_game_is_already_running_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    _slow(h, "start")
    refused = await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=2, category="known", timeout=10)
    assert refused.ephemeral and "A game is already running in this channel." in refused.text
    assert not _public_in(h, channel, "already running")


async def test_a_slow_start_that_goes_through_is_still_told_to_the_channel(h: Harness) -> None:
    channel = h.channels["trivia"]
    _slow(h, "start")
    done = await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known", timeout=10)
    assert done.ephemeral and "Started" in done.text
    said = await h.discord.wait_for_message(channel, lambda m: "started trivia" in m.text)
    assert not said.ephemeral
    await _wait_for(h, channel, "Question")
