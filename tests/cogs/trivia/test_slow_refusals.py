"""/trivia skip, /trivia stop and /trivia start when their write is slow (still running when the command must be
acknowledged): a refusal is still told privately, never in a public "thinking" message the channel sees, and a
skip or stop that goes through is still said to the channel.

The slowness is held, not slept: the write waits until the test lets it go, and the cog acknowledges at once
(`ack_by` 0 instead of 1.5 s), so each test sees the private "thinking" first, whatever the machine's speed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Channel, Member, Message
from tests.cogs.trivia.test_games import TRIVIA, _import_known_list, _wait_for


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        yield harness


class Held:
    """The game service's `name` (start, skip, stop): each call waits, in call order, until `release`
    lets it read and write; the commands acknowledge at once, so the write is slower than the ack."""

    def __init__(self, h: Harness, name: str) -> None:
        cog: Any = h.bot.get_cog("Trivia")
        cog.ack_by = 0.0
        real: Callable[..., Awaitable[Any]] = getattr(cog.service, name)
        self._gates: list[asyncio.Event] = []

        async def held(*args: Any, **kwargs: Any) -> Any:
            gate = asyncio.Event()
            self._gates.append(gate)
            await gate.wait()
            return await real(*args, **kwargs)

        setattr(cog.service, name, held)

    def release(self) -> None:
        """Let the oldest call still held go on."""
        next(gate for gate in self._gates if not gate.is_set()).set()


async def _thinking(h: Harness, member: Member, channel: Channel, *path: str, **options: Any) -> asyncio.Future[Message]:
    """Run /trivia `path` as `member`; returns (the reply to come) once the player sees a private "thinking"."""
    thinking = asyncio.ensure_future(h.discord.wait_for_message(
        channel, lambda m: m.loading and m.ephemeral, include_existing=False))
    reply = asyncio.ensure_future(h.discord.invoke(member, channel, "trivia", *path, timeout=10, **options))
    await thinking
    return reply


def _public_in(h: Harness, channel: Any, words: str) -> list[Any]:
    return [m for m in h.discord.messages(channel) if words in m.text and not m.ephemeral]


async def test_a_slow_skip_by_another_player_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    held = Held(h, "skip")
    reply = await _thinking(h, h.fan, channel, "skip")
    held.release()
    refused = await reply
    assert refused.ephemeral and "Only the player who started this game or a moderator can skip" in refused.text
    assert not _public_in(h, channel, "Only the player who started")


async def test_a_slow_skip_without_a_game_is_refused_privately(h: Harness) -> None:
    held = Held(h, "skip")
    reply = await _thinking(h, h.fan, h.channels["trivia"], "skip")
    held.release()
    refused = await reply
    assert refused.ephemeral and "No game is running in this channel." in refused.text


async def test_a_slow_skip_that_goes_through_is_still_told_to_the_channel(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=3, category="known")
    await _wait_for(h, channel, "Question")
    held = Held(h, "skip")
    reply = await _thinking(h, h.fan, channel, "skip")
    held.release()
    done = await reply
    assert done.ephemeral and "Skipped" in done.text
    said = await h.discord.wait_for_message(channel, lambda m: f"<@{h.fan.id}> skipped question 1" in m.text)
    assert not said.ephemeral
    await _wait_for(h, channel, "Skipped!")


async def test_a_slow_stop_whose_game_ended_meanwhile_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    held = Held(h, "stop")
    first = await _thinking(h, h.fan, channel, "stop")
    second = await _thinking(h, h.moderator, channel, "stop")  # both checked while the game still runs
    held.release()
    await first  # the first write stops the game ...
    held.release()
    refused = await second  # ... and the second finds no game any more when its write runs
    assert refused.ephemeral and "No game is running in this channel." in refused.text
    assert not _public_in(h, channel, "No game is running")


async def test_a_slow_stop_that_goes_through_is_still_told_to_the_channel(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    held = Held(h, "stop")
    reply = await _thinking(h, h.fan, channel, "stop")
    held.release()
    done = await reply
    assert done.ephemeral and "Stopped" in done.text
    said = await h.discord.wait_for_message(channel, lambda m: "stopped the game" in m.text)
    assert not said.ephemeral


async def test_a_slow_start_where_a_game_is_already_running_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    held = Held(h, "start")
    reply = await _thinking(h, h.moderator, channel, "start", questions=2, category="known")
    held.release()
    refused = await reply
    assert refused.ephemeral and "A game is already running in this channel." in refused.text
    assert not _public_in(h, channel, "already running")


async def test_a_slow_start_that_goes_through_is_still_told_to_the_channel(h: Harness) -> None:
    channel = h.channels["trivia"]
    held = Held(h, "start")
    reply = await _thinking(h, h.fan, channel, "start", questions=2, category="known")
    held.release()
    done = await reply
    assert done.ephemeral and "Started" in done.text
    said = await h.discord.wait_for_message(channel, lambda m: "started trivia" in m.text)
    assert not said.ephemeral
    await _wait_for(h, channel, "Question")
