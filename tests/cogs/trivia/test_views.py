"""The trivia buttons do their own work (no lookup of the cog), map refusals like the command tree,
and every game keeps its own deadline on the scheduler."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from cogs.trivia.host import deadline_name
from db.trivia import games as game_store
from tests.cogs.trivia.test_games import TRIVIA, _advance, _import_known_list, _questions, _wait_for


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        yield harness


async def test_a_refusal_inside_a_button_is_told_privately(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1)
    await _wait_for(h, channel, "Question")
    await _advance(h, 25)
    reveal = (await _wait_for(h, channel, "Time's up"))[-1]
    report = next(b for b in reveal.buttons if str(b.get("custom_id", "")).startswith("trivia-report:"))
    menu = await h.discord.click(h.fan, reveal, report["custom_id"])
    async with h.db.transaction() as conn:  # the game is gone by the time the reason is picked
        await conn.execute("DELETE FROM trivia_games")
    reason = next(b for b in menu.buttons if str(b.get("custom_id", "")).endswith(":wrong"))
    reply = await h.discord.click(h.fan, menu, reason["custom_id"])
    assert reply.ephemeral and reply.text == "That question is gone."


async def test_each_game_closes_on_its_own_deadline(h: Harness) -> None:
    first, second = h.channels["trivia"], h.channels["general"]
    await h.discord.invoke(h.fan, first, "trivia", "start", questions=2)
    await _wait_for(h, first, "Question")
    await _advance(h, 10)
    await h.discord.invoke(h.fan, second, "trivia", "start", questions=2)
    await _wait_for(h, second, "Question")
    async with h.db.read() as conn:
        games = {g.channel_id: g for g in await game_store.active_games(conn)}
    for game in games.values():
        assert h.bot.scheduler.deadline(deadline_name(game.id)) == game.deadline
    await _advance(h, 11)  # past the first game's answer time, not the second's
    await _wait_for(h, first, "Time's up")
    assert not any(m.embed and m.embed.get("title") == "Time's up!" for m in h.discord.messages(second))
    assert len(_questions(h, second)) == 1
    await _advance(h, 10)
    await _wait_for(h, second, "Time's up")


async def test_a_stopped_game_leaves_no_deadline_behind(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=3)
    await _wait_for(h, channel, "Question")
    async with h.db.read() as conn:
        game = await game_store.active_game_in_channel(conn, channel.id)
    assert game is not None and h.bot.scheduler.deadline(deadline_name(game.id)) is not None
    await h.discord.invoke(h.moderator, channel, "trivia", "stop")
    assert h.bot.scheduler.deadline(deadline_name(game.id)) is None
