"""What a Red-DiscordBot user expects of a game, played through the local Discord: a game nobody
answers stops by itself (Red's 120 s), an administrator stops anyone's game as Red's admins do,
and the next games do not repeat the questions just asked (Red draws afresh each game)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from bot.clock import ManualClock
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import RateLimits, Sandbox
from tests.cogs.trivia.test_games import TRIVIA, _advance, _import_known_list, _questions, _wait_for


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    # whole games post more than Discord's 5 messages per 5 s; waiting that out is tested elsewhere
    async with (
        Sandbox(rate_limits=RateLimits.unlimited()) as sandbox,
        Harness.start(tmp_path, clock=clock, extensions=TRIVIA, sandbox=sandbox) as harness,
    ):
        await _import_known_list(harness)
        yield harness


async def test_a_game_nobody_answers_stops_by_itself_without_a_winner(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=8, mode="typed", category="known")
    await _wait_for(h, channel, "Question 1")
    for _ in range(30):  # the clock moves in steps, each deadline firing as it passes, until the game is over
        await _advance(h, 12)
        await asyncio.sleep(0.05)
        if any("Game over" in m.text for m in h.discord.messages(channel)):
            break
    over = (await _wait_for(h, channel, "Game over"))[-1]
    assert "Nobody answered for a while, so the game stopped (no winner)." in over.text
    assert len(_questions(h, channel)) < 8


async def test_an_administrator_stops_a_game_someone_else_started(h: Harness) -> None:
    admin = h.discord.add_member(
        h.guild, "admin", permissions=MEMBER_PERMISSIONS | discord.Permissions(administrator=True).value
    )
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=3, category="known")
    stopped = await h.discord.invoke(admin, channel, "trivia", "stop")
    assert not stopped.ephemeral and "nobody wins a stopped game" in stopped.text


async def test_the_next_game_does_not_repeat_the_questions_just_asked(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "settings", idle_stop=3600, pause=0)
    asked: list[set[str]] = []
    for game in (1, 2):
        before = len(_questions(h, channel))
        await h.discord.invoke(h.fan, channel, "trivia", "start", questions=4, category="known")
        for number in range(1, 5):
            await _wait_for(h, channel, "Question", before + number)
            await _advance(h, 25)
        await _wait_for(h, channel, "Game over", game)
        asked.append({str(m.embed["description"]) for m in _questions(h, channel)[before:] if m.embed})
    first, second = asked
    # the list has 8 questions: two games of 4 ask each of them once
    assert len(first) == len(second) == 4 and not first & second
