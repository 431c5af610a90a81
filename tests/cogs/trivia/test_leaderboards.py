"""/trivia leaderboard through the local Discord: the top N, the sorts, one list's board."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.trivia.snapshot import correct_choice
from tests.cogs.trivia.test_games import TRIVIA, _answer_of, _import_known_list, _wait_for


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    """A server where the fan won one game of the list "known"."""
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        channel = harness.channels["trivia"]
        await harness.discord.invoke(harness.fan, channel, "trivia", "start", category="known", questions=1)
        message = (await _wait_for(harness, channel, "Question"))[-1]
        game_id, q_index, question = await _answer_of(harness, channel.id)
        await harness.discord.click(harness.fan, message, f"trivia:{game_id}:{q_index}:{correct_choice(question)}")
        await harness.advance(dt.timedelta(seconds=25))
        await _wait_for(harness, channel, "We have a winner")
        yield harness


async def test_the_board_of_a_list_shows_its_players(h: Harness) -> None:
    board = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "leaderboard", list="known")
    assert "List **known** only." in board.text and f"<@{h.fan.id}>" in board.text


async def test_the_board_of_a_list_nobody_played_is_empty_and_of_no_list_is_refused_privately(h: Harness) -> None:
    board = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "leaderboard", list="aouad")
    assert "No finished games yet." in board.text and f"<@{h.fan.id}>" not in board.text
    # a list that does not exist is said privately: the channel's board would repeat any words typed
    for typed in ("Cheong-san dies in episode 11", "nam_ra_becomes_a_halfbie", "@everyone ||known"):
        board = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "leaderboard", list=typed)
        assert board.ephemeral and board.text.startswith("There is no list called"), board.text


async def test_the_board_by_average_shows_points_per_game_and_games(h: Harness) -> None:
    board = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "leaderboard", sort="average", top=1)
    assert "per game · 1 game ·" in board.text
    assert board.embeds[0]["footer"]["text"] == "Top 1 by average points per game; equal scores share a rank."

