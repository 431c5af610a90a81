"""A leaderboard never cuts a rank in two: asked for the top 1 when two players share first place,
it shows both (Red paid a tie to one of them at random, Red-DiscordBot #3931), and says why it
shows more than asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import Member
from bot.trivia.snapshot import correct_choice
from tests.cogs.trivia.test_games import TRIVIA, _answer_of, _import_known_list, _wait_for


@pytest.fixture
async def world(tmp_path: Path, clock: ManualClock) -> AsyncIterator[tuple[Harness, Member]]:
    """The fan and the moderator answer one question right at the same moment; a third player answers wrong."""
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        third = harness.discord.add_member(harness.guild, "third")
        channel = harness.channels["trivia"]
        await harness.discord.invoke(harness.fan, channel, "trivia", "start", category="known", questions=1)
        message = (await _wait_for(harness, channel, "Question"))[-1]
        game_id, q_index, question = await _answer_of(harness, channel.id)
        right = correct_choice(question)
        assert right is not None
        for player, choice in ((harness.fan, right), (harness.moderator, right), (third, (right + 1) % 4)):
            await harness.discord.click(player, message, f"trivia:{game_id}:{q_index}:{choice}")
        await harness.advance(dt.timedelta(seconds=25))
        await _wait_for(harness, channel, "A shared win")
        yield harness, third


async def test_the_top_one_of_a_board_with_two_players_level_first_shows_both(world: tuple[Harness, Member]) -> None:
    h, third = world
    board = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "leaderboard", top=1)
    lines = str(board.embeds[0]["description"]).splitlines()
    assert sorted(line.split(":")[0] for line in lines) == sorted(
        [f"**1.** <@{h.fan.id}>", f"**1.** <@{h.moderator.id}>"])
    assert f"<@{third.id}>" not in board.text
    footer = board.embeds[0]["footer"]["text"]
    assert footer == "Top 1 (2 with the players tied with the last) by total points; equal scores share a rank."


async def test_a_board_whose_cut_falls_between_two_scores_shows_exactly_the_top_asked(
    world: tuple[Harness, Member],
) -> None:
    h, third = world
    board = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "leaderboard", top=2)
    assert f"<@{third.id}>" not in board.text
    assert board.embeds[0]["footer"]["text"] == "Top 2 by total points; equal scores share a rank."


async def test_the_global_board_does_not_cut_a_tie_either(world: tuple[Harness, Member]) -> None:
    h, _ = world
    board = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "leaderboard", top=1, scope="global")
    assert f"<@{h.fan.id}>" in board.text and f"<@{h.moderator.id}>" in board.text
