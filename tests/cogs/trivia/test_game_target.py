"""The announced length and target of a game agree with how it is played, through the local
Discord: a Red list's max_score is a number of right answers, and so is /trivia start first_to."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from tests.cogs.trivia.test_games import TRIVIA, _answer_of, _import_known_list, _wait_for


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        yield harness

RED = b"""AUTHOR: tests
CONFIG:
  max_score: 2
Which city is the capital of France?:
- Paris
How many legs does a spider have?:
- 8
What colour is a clear sky?:
- blue
Which planet is called the red planet?:
- Mars
"""


async def _import_red(h: Harness) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import", file=Attachment("redscore.yaml", RED)
    )
    assert "Imported" in reply.text, reply.text


async def test_the_start_message_says_a_points_game_may_end_before_its_last_question(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "start", questions=10)
    assert "up to 10 questions" in reply.text
    assert "first to 50 points wins" in reply.text and "else the top score after the last question" in reply.text


async def test_a_game_too_short_to_reach_the_points_target_promises_only_the_top_score(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "start", questions=1)
    assert "1 question" in reply.text
    assert "The top score after the question wins." in reply.text
    assert "first to 50 points" not in reply.text


async def test_a_red_max_score_game_is_announced_and_won_in_right_answers(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import_red(h)
    reply = await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed", category="redscore")
    assert "up to 4 questions" in reply.text and "first to 2 right answers wins" in reply.text
    for number in (1, 2):
        await _wait_for(h, channel, "Question", number)
        _, _, question = await _answer_of(h, channel.id)
        await h.discord.say(h.fan, channel, question.answers[0])
        await _wait_for(h, channel, "Correct!", number)
        if number == 1:
            assert not [m for m in h.discord.messages(channel) if m.embed and m.embed.get("title") == "We have a winner!"]
            await h.advance(dt.timedelta(seconds=5))
    over = await _wait_for(h, channel, "We have a winner")
    assert f"<@{h.fan.id}>" in over[-1].text and "right answers to win" in over[-1].text


async def test_first_to_one_right_answer_ends_the_game_at_the_first(h: Harness) -> None:
    channel = h.channels["trivia"]
    reply = await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed", questions=5, first_to=1)
    assert "first to 1 right answer wins" in reply.text
    await _wait_for(h, channel, "Question")
    _, _, question = await _answer_of(h, channel.id)
    await h.discord.say(h.fan, channel, question.answers[0])
    over = await _wait_for(h, channel, "We have a winner")
    assert f"<@{h.fan.id}>" in over[-1].text
