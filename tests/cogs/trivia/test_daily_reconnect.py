"""A gateway reconnect (a network blip, or a loop stall long enough for Discord to drop the session)
must not end or lose a server's daily question: resumed or identified again, the bot posts it at its
time as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Literal

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from tests.cogs.trivia.test_daily_play import _posted
from tests.cogs.trivia.test_games import TRIVIA


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        yield harness


@pytest.mark.parametrize("kind", ["close", "reconnect", "invalid_session"])
async def test_the_daily_question_still_posts_after_the_gateway_drops_the_session(
    h: Harness, kind: Literal["close", "reconnect", "invalid_session"]
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00")
    await h.discord.disconnect(kind)
    await h.discord.wait_until_ready(timeout=10)
    await h.advance(dt.timedelta(hours=1, minutes=1))  # the bot's clock starts at 12:00
    await _posted(h, 1)
    await h.discord.disconnect(kind)
    await h.discord.wait_until_ready(timeout=10)
    await h.advance(dt.timedelta(days=1))
    await _posted(h, 2)
