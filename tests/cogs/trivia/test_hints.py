"""Hints, list CONFIG, early close and difficulty through the sandbox (the real bot, a local Discord)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from bot.trivia.snapshot import correct_choice
from db.trivia import answers as answer_store
from db.trivia import settings as settings_store
from tests.cogs.trivia.test_games import TRIVIA, _advance, _answer_of, _wait_for
from tests.polling import eventually


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        yield harness

RED_CONFIG_LIST = b"""AUTHOR: tests
CONFIG:
  delay: 2
  bot_plays: true
  use_spoilers: true
Which city is the capital of France?:
- Paris
How many legs does a spider have?:
- 8
"""


def _hint_button(message: object, game_id: int, q_index: int) -> str:
    custom_id = f"trivia-hint:{game_id}:{q_index}"
    assert custom_id in [b["custom_id"] for b in message.buttons]  # type: ignore[attr-defined]
    return custom_id


async def test_the_hint_is_a_private_fifty_fifty_that_halves_the_points(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1, mode="buttons")
    message = (await _wait_for(h, channel, "Question"))[-1]
    game_id, q_index, question = await _answer_of(h, channel.id)
    assert "Difficulty" in message.text and "points" in message.text
    hint = await h.discord.click(h.fan, message, _hint_button(message, game_id, q_index))
    assert hint.ephemeral and "50/50" in hint.text and "halves" in hint.text
    assert len(hint.buttons) == 2
    right = correct_choice(question)
    assert f"trivia:{game_id}:{q_index}:{right}" in [b["custom_id"] for b in hint.buttons]
    # answering from the hint's own buttons works like the question's
    ack = await h.discord.click(h.fan, hint, f"trivia:{game_id}:{q_index}:{right}")
    assert "Locked in" in ack.text and "half points" in ack.text
    await _advance(h, 25)
    reveal = (await _wait_for(h, channel, "Time's up"))[-1]
    assert "hint" in reveal.text


async def test_spamming_the_hint_button_records_one_hint(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1)
    message = (await _wait_for(h, channel, "Question"))[-1]
    game_id, q_index, _ = await _answer_of(h, channel.id)
    custom_id = _hint_button(message, game_id, q_index)
    replies = await asyncio.gather(*(h.discord.click(h.fan, message, custom_id) for _ in range(6)))
    assert sum("(again)" not in r.text for r in replies) == 1
    assert len({tuple(b["custom_id"] for b in r.buttons) for r in replies}) == 1
    async with h.db.read() as conn:
        assert await answer_store.hinted_users(conn, game_id, q_index) == {h.fan.id}


async def test_a_typed_question_has_a_hint_showing_the_answers_shape(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=1, mode="typed")
    message = (await _wait_for(h, channel, "Question"))[-1]
    game_id, q_index, question = await _answer_of(h, channel.id)
    hint = await h.discord.click(h.fan, message, _hint_button(message, game_id, q_index))
    assert hint.ephemeral and "looks like" in hint.text
    assert question.answers[0] not in hint.text
    await h.discord.say(h.fan, channel, question.answers[0])
    await _wait_for(h, channel, "Correct!")
    await eventually(lambda: not h.discord.message(message.id).buttons, 2.0)  # the closed question loses its hint button
    assert h.discord.message(message.id).buttons == []


async def test_a_hint_button_still_works_after_a_restart(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1)
    message = (await _wait_for(h, channel, "Question"))[-1]
    game_id, q_index, _ = await _answer_of(h, channel.id)
    first = await h.discord.click(h.fan, message, _hint_button(message, game_id, q_index))
    await h.restart()
    again = await h.discord.click(h.fan, message, _hint_button(message, game_id, q_index))
    assert "(again)" in again.text
    assert [b["custom_id"] for b in again.buttons] == [b["custom_id"] for b in first.buttons]


async def test_a_question_closes_as_soon_as_every_active_player_answered(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2)
    first = (await _wait_for(h, channel, "Question"))[-1]
    game_id, _, question = await _answer_of(h, channel.id)
    await h.discord.click(h.fan, first, f"trivia:{game_id}:0:{correct_choice(question)}")
    await _advance(h, 25)
    await _wait_for(h, channel, "Time's up")
    await _advance(h, 5)
    second = (await _wait_for(h, channel, "Question", 2))[-1]
    await _advance(h, 6)  # past the minimum time open
    await h.discord.click(h.fan, second, f"trivia:{game_id}:1:0")
    await _wait_for(h, channel, "Everyone has answered")  # no clock move needed


async def test_an_imported_red_lists_config_runs_its_games(h: Harness) -> None:
    channel = h.channels["trivia"]
    reply = await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import", file=Attachment("redcfg.yaml", RED_CONFIG_LIST)
    )
    assert "Imported" in reply.text
    started = await h.discord.invoke(h.fan, channel, "trivia", "start", category="redcfg", questions=1, mode="typed")
    assert "answer time 4 s" in started.text and "the bot plays" in started.text
    await _wait_for(h, channel, "Question")
    await _advance(h, 5)  # nobody answers within the list's 4 s
    reveal = (await _wait_for(h, channel, "Time's up"))[-1]
    assert "hyosan" in reveal.text and "||" in str(reveal.embed)


async def test_settings_switch_list_overrides_and_the_bot_off_and_on(h: Harness) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "settings", lists_override=False, bot_plays=True,
        spoiler_answers=True,
    )
    assert reply.ephemeral and "Saved" in reply.text
    async with h.db.read() as conn:
        settings = await settings_store.get_settings(conn, h.guild.id)
    assert not settings.lists_override and settings.bot_plays and settings.spoiler_answers
