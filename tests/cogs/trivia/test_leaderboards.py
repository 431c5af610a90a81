"""/trivia leaderboard through the local Discord: the top N, the sorts, one list's board, the board of
every server (Red's `trivia leaderboard global`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.harness import Harness
from bot.sandbox.models import Channel, Member
from bot.trivia.snapshot import correct_choice
from tests.cogs.trivia.test_games import TRIVIA, _answer_of, _import_known_list, _wait_for
from tests.conftest import START

# Every test here only reads the boards: each world is built once for the module (three games on
# its own bot: five seconds of setup that every test paid again).
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    """A server where the fan won one game of the list "known"."""
    async with Harness.start(tmp_path_factory.mktemp("one"), clock=ManualClock(START), extensions=TRIVIA) as harness:
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



async def test_a_player_who_keeps_their_stats_private_is_on_no_board_until_they_say_otherwise(h: Harness) -> None:
    channel, fan = h.channels["trivia"], f"<@{h.fan.id}>"
    hidden = await h.discord.invoke(h.fan, channel, "trivia", "stats", private=True)
    assert hidden.ephemeral and "left off every trivia leaderboard" in hidden.text and "Games" in hidden.text
    for scope in ("server", "global"):
        board = await h.discord.invoke(h.moderator, channel, "trivia", "leaderboard", scope=scope)
        assert fan not in board.text and "Games were played, but nobody is on this board yet." in board.text
    asked = await h.discord.invoke(h.moderator, channel, "trivia", "stats", member=h.fan)
    assert asked.ephemeral and asked.text == "That member keeps their trivia stats private."
    own = await h.discord.invoke(h.fan, channel, "trivia", "stats")
    assert own.ephemeral and "Games" in own.text
    back = await h.discord.invoke(h.fan, channel, "trivia", "stats", private=False)
    assert back.text.startswith("You are back on the trivia leaderboards.")
    assert fan in (await h.discord.invoke(h.moderator, channel, "trivia", "leaderboard")).text


async def _win_a_game(h: Harness, member: Member, channel: Channel) -> None:
    await h.discord.invoke(member, channel, "trivia", "start", questions=1)
    message = (await _wait_for(h, channel, "Question", len(_titled(h, channel, "Question")) + 1))[-1]
    game_id, q_index, question = await _answer_of(h, channel.id)
    await h.discord.click(member, message, f"trivia:{game_id}:{q_index}:{correct_choice(question)}")
    await h.advance(dt.timedelta(seconds=25))
    await _wait_for(h, channel, "We have a winner", len(_titled(h, channel, "We have a winner")) + 1)


def _titled(h: Harness, channel: Channel, title: str) -> list[object]:
    return [m for m in h.discord.messages(channel) if m.embed and str(m.embed.get("title", "")).startswith(title)]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def two_servers(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Harness, Channel, Member]]:
    """The fan won a game here; a stranger won two in another server (the commands are global)."""
    async with Harness.start(
        tmp_path_factory.mktemp("two"), clock=ManualClock(START), extensions=TRIVIA, sync=SyncMode.GLOBAL,
    ) as harness:
        await _win_a_game(harness, harness.fan, harness.channels["trivia"])
        other = harness.discord.add_guild("Other fans")
        quiz = harness.discord.add_channel(other, "quiz")
        stranger = harness.discord.add_member(other, "stranger")
        for _ in range(2):
            await _win_a_game(harness, stranger, quiz)
        yield harness, quiz, stranger


async def test_the_global_board_ranks_every_servers_players_and_names_only_this_servers(
    two_servers: tuple[Harness, Channel, Member],
) -> None:
    h, quiz, stranger = two_servers
    board = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "leaderboard", scope="global", sort="games")
    assert board.embeds[0]["title"] == "Global trivia leaderboard"
    first, second = [line for line in board.text.splitlines() if line.startswith("**")]
    assert first.startswith("**1.** a player from another server:") and "2 games" in first
    assert second.startswith(f"**2.** <@{h.fan.id}>:")
    assert str(stranger.id) not in board.text
    # seen from the other server, the stranger is named and the fan is not
    theirs = await h.discord.invoke(stranger, quiz, "trivia", "leaderboard", scope="global", sort="games")
    assert f"<@{stranger.id}>" in theirs.text and str(h.fan.id) not in theirs.text


async def test_the_server_board_leaves_other_servers_out(two_servers: tuple[Harness, Channel, Member]) -> None:
    h, _, stranger = two_servers
    board = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "leaderboard")
    assert f"<@{h.fan.id}>" in board.text and "another server" not in board.text and str(stranger.id) not in board.text


async def test_a_list_on_the_global_board_is_refused_privately(two_servers: tuple[Harness, Channel, Member]) -> None:
    h, _, _ = two_servers
    board = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "leaderboard", scope="global", list="aouad")
    assert board.ephemeral and "covers every list" in board.text

