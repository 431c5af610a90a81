"""Two members starting a game in one channel at the same moment (Red let both through): one game
starts, the other is told privately that a game is already running."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from tests.cogs.trivia.test_games import TRIVIA


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        yield harness


async def test_two_members_starting_at_once_get_one_game_and_the_other_is_told_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    first, second = await asyncio.gather(
        h.discord.invoke(h.fan, channel, "trivia", "start", questions=1),
        h.discord.invoke(h.moderator, channel, "trivia", "start", questions=1),
    )
    started = [r for r in (first, second) if "started trivia" in r.text]
    refused = [r for r in (first, second) if r not in started]
    assert len(started) == 1 and len(refused) == 1, (first.text, second.text)
    assert refused[0].ephemeral and "already running" in refused[0].text
