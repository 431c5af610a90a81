"""Red-DiscordBot's matching complaints (Red issues 331, 2168), typed in a game through the local
Discord: "Paris." and "pokemon" (for Pokémon) win, and one message listing several cities does not."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from tests.cogs.trivia.test_games import TRIVIA, _advance, _answer_of, _wait_for
from tests.e2e.driving import settled

LIST = "AUTHOR: a mod\nCapital of France?:\n- Paris\nWhich franchise is Pikachu from?:\n- Pokémon\n".encode()


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await harness.discord.invoke(
            harness.moderator, harness.channels["general"], "triviaset", "import", file=Attachment("mix.yaml", LIST)
        )
        yield harness


async def test_punctuation_and_accents_win_and_a_list_of_candidates_does_not(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", category="mix", mode="typed", questions=2)
    for number in (1, 2):
        await _wait_for(h, channel, "Question", number)
        _, _, question = await _answer_of(h, channel.id)
        paris = question.answers[0] == "Paris"
        await h.discord.say(h.fan, channel, "london paris berlin" if paris else "pokemon digimon yugioh")
        await settled(h)  # the list of candidates handled
        assert len(await _wait_for(h, channel, "Correct!", number - 1)) == number - 1
        await h.discord.say(h.fan, channel, "Paris." if paris else "pokemon")
        correct = (await _wait_for(h, channel, "Correct!", number))[-1]
        assert f"<@{h.fan.id}>" in correct.text
        await _advance(h, 5)
