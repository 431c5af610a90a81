"""A step of a game that Discord refuses for good (Red's games die silently on an error, Red issue
3578): the game goes on, and the channel is told what it will not see, without any show content. A
game that keeps failing to move on in hyosan itself ends, saying so, and frees its channel."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from tests.cogs.trivia.test_games import TRIVIA, _advance, _import_known_list, _wait_for

REFUSED = {"code": 50035, "message": "Invalid Form Body"}


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        await harness.discord.invoke(
            harness.moderator, harness.channels["trivia"], "triviaset", "settings", pause=0, points_to_win=10000
        )
        yield harness


async def _notice(h: Harness, words: str, timeout: float = 5.0) -> str:
    for _ in range(int(timeout / 0.05)):
        found = [m.text for m in h.discord.messages(h.channels["trivia"]) if words in m.text]
        if found:
            return found[-1]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no {words!r} in {[m.text for m in h.discord.messages(h.channels['trivia'])]}")


async def test_a_refused_answer_is_said_to_be_missing_and_the_game_goes_on(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="typed", category="known")
    await _wait_for(h, channel, "Question 1")
    h.discord.fail_next("POST", "/channels/*/messages", 400, body=REFUSED)  # question 1's reveal
    await _advance(h, 25)
    notice = await _notice(h, "could not be posted")
    assert "The answer to question 1 could not be posted. The game goes on." in notice
    assert "Answer" not in notice
    await _wait_for(h, channel, "Question 2")


async def test_a_refused_question_is_said_to_be_unanswerable_before_its_answer_comes(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="typed", category="known")
    await _wait_for(h, channel, "Question 1")
    # question 1's reveal, the notice saying so (best effort: lost), then question 2
    h.discord.fail_next("POST", "/channels/*/messages", 400, times=3, body=REFUSED)
    await _advance(h, 25)
    notice = await _notice(h, "Question 2 could not be posted")
    assert "nobody can answer it" in notice
    for _ in range(5):
        await _advance(h, 25)
    await _wait_for(h, channel, "Game over")
    texts = [m.text for m in h.discord.messages(channel)]
    assert texts.index(notice) < max(i for i, t in enumerate(texts) if t.startswith("Time's up"))


async def test_refused_final_scores_point_to_the_leaderboard(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1, mode="typed", category="known")
    await _wait_for(h, channel, "Question 1")
    # the reveal, the notice saying so (best effort: lost), then the final scores
    h.discord.fail_next("POST", "/channels/*/messages", 400, times=3, body=REFUSED)
    await _advance(h, 25)
    notice = await _notice(h, "final scores could not be posted")
    assert "/trivia leaderboard" in notice


def _break_question(db_path: Path, q_index: int) -> None:
    """Off the event loop: a write the bot holds open is committed while this one waits for it (on the
    loop, the wait blocked that commit and the write failed as locked)."""
    with sqlite3.connect(db_path, timeout=30) as conn:
        conn.execute("UPDATE trivia_game_questions SET question_json = '{broken' WHERE q_index = ?", (q_index,))


async def test_a_game_that_fails_to_move_on_ends_saying_so_and_frees_the_channel(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=3, mode="typed", category="known")
    await _wait_for(h, channel, "Question 1")
    await asyncio.to_thread(_break_question, h.db_path, 1)  # the next question's stored copy is unreadable
    with caplog.at_level(logging.CRITICAL, logger="cogs.trivia.host"):  # the tracebacks are expected
        for _ in range(10):
            await _advance(h, 20)
            await asyncio.sleep(0.05)
        over = (await _wait_for(h, channel, "Game over"))[-1]
    assert "Something went wrong moving this game on, so it was stopped (no winner)" in over.text
    again = await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1, category="known")
    assert "started trivia" in again.text
