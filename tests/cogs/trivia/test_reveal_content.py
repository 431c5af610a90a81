"""What a reveal tells the channel, through the local Discord: the answer and its explanation after
a right answer and after a timeout (sir-lancebot's explanations), and the bot's point when it plays
and nobody got the question (Red's bot_plays)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from tests.cogs.trivia.test_games import TRIVIA, _advance, _answer_of, _wait_for

EXPLAINED = b"""hyosan: 1
name: explained
questions:
  - {id: e-1, question: 'Which planet is the red one?', answers: [Mars], spoils: 0,
     choices: [Mars, Venus, Saturn, Jupiter], explanation: 'Iron oxide on its surface makes it red.'}
  - {id: e-2, question: 'Which planet has the famous rings?', answers: [Saturn], spoils: 0,
     choices: [Saturn, Venus, Mars, Mercury], explanation: 'Its rings are mostly ice.'}
"""


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        reply = await harness.discord.invoke(
            harness.moderator, harness.channels["general"], "triviaset", "import",
            file=Attachment("explained.yaml", EXPLAINED),
        )
        assert "Imported" in reply.text, reply.text
        yield harness


async def test_the_explanation_follows_a_right_answer_and_a_timeout(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", category="explained", mode="typed", questions=2)
    await _wait_for(h, channel, "Question 1")
    _, _, first = await _answer_of(h, channel.id)
    await h.discord.say(h.fan, channel, first.answers[0])
    correct = (await _wait_for(h, channel, "Correct!"))[-1]
    assert f"The answer: **{first.answers[0]}**" in correct.text and first.explanation in correct.text
    await _advance(h, 5)
    await _wait_for(h, channel, "Question 2")
    _, _, second = await _answer_of(h, channel.id)
    await _advance(h, 25)
    timed_out = (await _wait_for(h, channel, "Time's up"))[-1]
    assert f"The answer: **{second.answers[0]}**" in timed_out.text and second.explanation in timed_out.text


async def test_with_bot_plays_on_the_bot_scores_a_question_nobody_got_and_can_win(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "settings", bot_plays=True)
    await h.discord.invoke(h.fan, channel, "trivia", "start", category="explained", mode="typed", questions=1)
    await _wait_for(h, channel, "Question 1")
    await _advance(h, 25)
    reveal = (await _wait_for(h, channel, "Time's up"))[-1]
    assert "Scored: **hyosan** (the bot) (+15)" in reveal.text
    over = (await _wait_for(h, channel, "We have a winner"))[-1]
    assert "**hyosan** (the bot) won with the top score when the questions ran out." in over.text
    board = await h.discord.invoke(h.fan, channel, "trivia", "leaderboard")
    # the bot is never on the board, and a game was played: never "No finished games yet."
    assert "Games were played, but nobody is on this board yet." in board.text, board.text
