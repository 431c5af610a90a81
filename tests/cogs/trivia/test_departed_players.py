"""Leaderboards name players who have left the server (the bot has no members intent, so their
mention would read "@unknown-user"): by the display name they last answered under, made inert
(no markdown, no spoiler bars, no pings), while a member still here shows as a mention."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import Member
from bot.text import spoiler_bars
from bot.trivia.snapshot import correct_choice
from tests.cogs.trivia.test_games import TRIVIA, _answer_of, _import_known_list, _wait_for
from tests.conftest import START
from tests.polling import eventually

pytestmark = pytest.mark.asyncio(loop_scope="module")

HOSTILE = "**Nam-ra** @everyone ||dies||"  # 28 of the 32 characters a display name may have


async def _both_answer(h: Harness, players: list[Member], *, typed: bool = False) -> None:
    channel = h.channels["trivia"]
    before = len(_endings(h))
    extra = {"mode": "typed"} if typed else {}
    await h.discord.invoke(h.moderator, channel, "trivia", "start", category="known", questions=1, **extra)
    message = (await _wait_for(h, channel, "Question", before + 1))[-1]
    game_id, q_index, question = await _answer_of(h, channel.id)
    for player in players:
        if typed:
            await h.discord.say(player, channel, question.answers[0])
            await _wait_for(h, channel, "Correct!", len(_titled(h, "Correct!")) + 1)
        else:
            await h.discord.click(player, message, f"trivia:{game_id}:{q_index}:{correct_choice(question)}")
    await h.advance(dt.timedelta(seconds=25))
    if await eventually(lambda: len(_endings(h)) > before, 5.0):
        return
    raise AssertionError("the game did not end")


def _titled(h: Harness, title: str) -> list[object]:
    return [m for m in h.discord.messages(h.channels["trivia"]) if m.embed and str(m.embed.get("title", "")).startswith(title)]


def _endings(h: Harness) -> list[object]:
    return [m for m in h.discord.messages(h.channels["trivia"]) if m.text.endswith("final scores")]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    """The fan stayed; "hostile" (a name full of markdown and pings) and "typist" (who typed their
    answer) played, then left the server."""
    async with Harness.start(tmp_path_factory.mktemp("gone"), clock=ManualClock(START), extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        hostile = harness.discord.add_member(harness.guild, HOSTILE)
        typist = harness.discord.add_member(harness.guild, "타이피스트_kim")
        await _both_answer(harness, [harness.fan, hostile])
        await _both_answer(harness, [typist], typed=True)
        harness.discord.remove_member(hostile)
        harness.discord.remove_member(typist)
        harness.hostile, harness.typist = hostile, typist  # type: ignore[attr-defined]
        yield harness


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("**")]


async def test_a_player_who_left_is_named_by_the_name_they_answered_under_and_a_member_by_mention(h: Harness) -> None:
    board = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "leaderboard")
    hostile, typist = h.hostile, h.typist  # type: ignore[attr-defined]
    assert f"<@{h.fan.id}>" in board.text
    assert f"<@{hostile.id}>" not in board.text and f"<@{typist.id}>" not in board.text
    assert any("타이피스트\\_kim" in line and "(left the server)" in line for line in _lines(board.text)), board.text
    assert any("Nam\\-ra" in line and "(left the server)" in line for line in _lines(board.text)), board.text


async def test_a_departed_players_name_never_pings_nor_opens_a_spoiler_bar_nor_formats(h: Harness) -> None:
    board = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "leaderboard")
    line = next(line for line in _lines(board.text) if "Nam\\-ra" in line)
    assert spoiler_bars(board.text) % 2 == 0 and spoiler_bars(line) == 0
    assert "@everyone" not in line and "**Nam-ra**" not in line


async def test_the_global_board_names_a_player_who_left_this_server_the_same_way(h: Harness) -> None:
    board = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "leaderboard", scope="global")
    assert f"<@{h.fan.id}>" in board.text and "타이피스트\\_kim" in board.text and "(left the server)" in board.text
    assert "another server" not in board.text


async def test_a_player_who_left_before_names_were_kept_is_a_former_player_not_a_broken_mention(h: Harness) -> None:
    typist = h.typist  # type: ignore[attr-defined]
    async with h.db.transaction() as conn:  # as after migration 022: their games counted, no name seen yet
        await conn.execute("DELETE FROM trivia_player_names WHERE user_id = ?", (typist.id,))
    try:
        board = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "leaderboard")
    finally:
        async with h.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO trivia_player_names VALUES (?, ?, '타이피스트_kim', '2026-01-01T00:00:00.000000Z')",
                (h.guild.id, typist.id),
            )
    assert f"<@{typist.id}>" not in board.text and "타이피스트" not in board.text
    assert "a player who has left the server" in board.text
