"""A near miss in a typed game, through the local Discord: told to the player alone (a direct
message, with the guesses left), never in the channel, where it would hint the answer to everyone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from tests.cogs.trivia.test_games import TRIVIA, _wait_for
from tests.polling import eventually

FILMS = b"AUTHOR: a mod\nWhich musical has the Jets and the Sharks?:\n- West Side Story\n"


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await harness.discord.invoke(
            harness.moderator, harness.channels["general"], "triviaset", "import", file=Attachment("films.yaml", FILMS)
        )
        yield harness


async def _dms(h: Harness, count: int) -> list[str]:
    if await eventually(lambda: len(h.discord.dm_messages(h.fan)) >= count, 5.0, every=0.05):
        return [m.text for m in h.discord.dm_messages(h.fan)]
    raise AssertionError(f"no {count} direct messages: {[m.text for m in h.discord.dm_messages(h.fan)]}")


async def test_a_near_miss_is_told_privately_with_the_guesses_left_and_the_right_answer_still_wins(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", category="films", mode="typed", questions=1)
    await _wait_for(h, channel, "Question 1")
    await h.discord.say(h.fan, channel, "west side")
    (told,) = await _dms(h, 1)
    assert told.endswith(f"in <#{channel.id}>: So close! Check your spelling: 2 guesses left on this question.")
    assert "[your guess](https://discord.com/channels/" in told  # a DM says which guess, where
    bot_lines = [m.text for m in h.discord.messages(channel) if m.author_id == h.discord.bot_user_id]
    assert not any("So close" in line or "Story" in line for line in bot_lines), bot_lines
    await h.discord.say(h.fan, channel, "west side story")
    await _wait_for(h, channel, "Correct!")
