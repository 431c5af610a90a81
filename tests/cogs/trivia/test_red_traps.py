"""Red-DiscordBot's YAML traps in a list a moderator uploads, then played through the local Discord:
an unquoted 007 stays 007 (YAML reads 7), 1:30 stays 1:30 (YAML 1.1 reads 90), a question written
twice is said rather than silently collapsed, and a typo that would make every answer right (an
answer written as a bare string, Red PR 1067) is refused with its line."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from tests.cogs.trivia.test_games import TRIVIA, _advance, _answer_of, _wait_for

TRAPS = (
    b"AUTHOR: a mod\n"
    b"Which agent number is James Bond?:\n- 007\n"
    b"How long is the intro, in minutes and seconds?:\n- 1:30\n"
    b"Capital of France?:\n- Paris\n"
    b"Capital of France?:\n- Lyon\n"
)


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        yield harness


async def _import(h: Harness, data: bytes) -> str:
    reply = await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import", file=Attachment("traps.yaml", data)
    )
    return reply.text


async def test_unquoted_007_and_1_30_are_kept_as_written_and_a_repeated_question_is_said(h: Harness) -> None:
    said = await _import(h, TRAPS)
    assert said.startswith("Imported **traps**: 3 questions."), said
    assert "007" in said and "1:30" in said and "line 8" in said
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", category="traps", mode="typed", questions=3)
    typed = {"Which agent number is James Bond?": ("7", "007"), "How long is the intro, in minutes and seconds?": ("90", "1:30")}
    for number in (1, 2, 3):
        await _wait_for(h, channel, "Question", number)
        _, _, question = await _answer_of(h, channel.id)
        wrong, right = typed.get(question.text, ("Lyon", "Paris"))
        await h.discord.say(h.fan, channel, wrong)
        await asyncio.sleep(0.1)
        assert len(await _wait_for(h, channel, "Correct!", number - 1)) == number - 1
        await h.discord.say(h.fan, channel, right)
        await _wait_for(h, channel, "Correct!", number)
        await _advance(h, 5)


async def test_an_answer_written_as_a_bare_string_is_refused_with_its_line(h: Harness) -> None:
    said = await _import(h, b"AUTHOR: a mod\nCapital of Italy?:\n- Rome\nCapital of Spain?: Madrid\n")
    assert "Nothing was imported" in said and "line 4" in said
