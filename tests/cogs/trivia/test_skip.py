"""/trivia skip: the starter or a moderator closes the open question at once; its answer is
revealed as at time up, the answers locked in so far count, and the game goes on."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.trivia.snapshot import correct_choice
from tests.cogs.trivia.test_games import TRIVIA, _advance, _answer_of, _import_known_list, _wait_for


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        yield harness


async def test_the_starter_skips_a_question_its_answer_is_shown_and_the_next_one_follows(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=3, category="known")
    message = (await _wait_for(h, channel, "Question"))[-1]
    game_id, q_index, question = await _answer_of(h, channel.id)
    await h.discord.click(h.moderator, message, f"trivia:{game_id}:{q_index}:{correct_choice(question)}")
    reply = await h.discord.invoke(h.fan, channel, "trivia", "skip")
    assert not reply.ephemeral and f"<@{h.fan.id}> skipped question 1" in reply.text
    revealed = (await _wait_for(h, channel, "Skipped!"))[-1]
    assert f"The answer: **{question.shown_answer}**" in revealed.text
    assert f"<@{h.moderator.id}> (+" in revealed.text  # the answer locked in before the skip counts
    closed = h.discord.message(message.id)
    assert all(b["disabled"] for b in closed.buttons if str(b["custom_id"]).startswith("trivia:"))
    await _advance(h, 5)
    await _wait_for(h, channel, "Question 2 of 3")


async def test_a_moderator_may_skip_but_another_player_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=2, category="known")
    await _wait_for(h, channel, "Question")
    refused = await h.discord.invoke(h.fan, channel, "trivia", "skip")
    assert refused.ephemeral and "Only the player who started this game or a moderator can skip" in refused.text
    assert not [m for m in h.discord.messages(channel) if m.embed and m.embed.get("title") == "Skipped!"]


async def test_skip_without_a_game_is_refused_privately(h: Harness) -> None:
    refused = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "skip")
    assert refused.ephemeral and "No game is running in this channel." in refused.text


async def test_skipping_during_the_pause_between_questions_is_refused_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=3, category="known")
    await _wait_for(h, channel, "Question")
    await h.discord.invoke(h.fan, channel, "trivia", "skip")
    await _wait_for(h, channel, "Skipped!")
    again = await h.discord.invoke(h.fan, channel, "trivia", "skip")
    assert again.ephemeral and "No question is open right now" in again.text


async def test_skipping_the_last_question_ends_the_game_with_its_scores(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1, category="known")
    message = (await _wait_for(h, channel, "Question"))[-1]
    game_id, q_index, question = await _answer_of(h, channel.id)
    await h.discord.click(h.fan, message, f"trivia:{game_id}:{q_index}:{correct_choice(question)}")
    await h.discord.invoke(h.fan, channel, "trivia", "skip")
    over = (await _wait_for(h, channel, "We have a winner"))[-1]
    assert f"<@{h.fan.id}>" in over.text
