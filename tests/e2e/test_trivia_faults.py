"""Trivia against `hyosan run` killed at chosen moments (issue 14, faults 3 and 4): what the game
committed is shown after a restart, exactly once, and a restarted game goes on where it stood."""

from __future__ import annotations

import os
import signal

import pytest

from bot.sandbox.models import Message
from tests.e2e.conftest import World, spawn_ready
from tests.e2e.trivia_world import latest_game, question_of, stop_failing, titled, wait_titled, wait_until


@pytest.mark.slow
@pytest.mark.parametrize(
    ("questions", "then"), [(2, "Question 2"), (1, "We have a winner")], ids=["mid-game", "last-question"]
)
async def test_a_reveal_held_up_when_the_bot_is_killed_is_posted_after_the_restart(
    world: World, questions: int, then: str
) -> None:
    channel = world.general
    bot = await spawn_ready(world)
    try:
        await world.discord.invoke(world.moderator, channel, "triviaset", "settings", pause=0)
        await world.discord.invoke(world.fan, channel, "trivia", "start", questions=questions, mode="typed")
        await wait_titled(world, channel, "Question 1")
        game = latest_game(world)
        assert game is not None
        answer = question_of(world, game["id"], 0)["answers"][0]
        # Discord holds every post in the channel back (429s beyond discord.py's own retries)...
        world.discord.fail_next("POST", f"/channels/{channel.id}/messages", 429, times=100_000, retry_after=0.2)
        await world.discord.say(world.fan, channel, answer)
        # ...while the question closes (and, at the last question, the game ends with its winner)...
        await wait_until(lambda: (latest_game(world) or {}).get("current_index") == 1
                         or (latest_game(world) or {}).get("status") == "finished", "the question to close")
        bot.signal(signal.SIGKILL)  # ...and the bot is killed before it could post any of it.
        await bot.wait()
        stop_failing(world)
        assert not titled(world, channel, "Correct!")
        bot = await spawn_ready(world)
        reveal = await wait_titled(world, channel, "Correct!")
        await wait_titled(world, channel, then)
        assert len(reveal) == 1 and f"<@{world.fan.id}>" in reveal[0].text
        assert len(titled(world, channel, then)) == 1
        assert len(titled(world, channel, "Question 1")) == 1
    finally:
        await bot.stop()


@pytest.mark.slow
async def test_killed_after_discord_created_the_question_it_is_not_posted_twice(world: World) -> None:
    channel = world.general
    bot = await spawn_ready(world)
    pid = bot.process.pid

    def kill_at_the_question(kind: str, message: Message, old: Message | None) -> None:
        # Runs inside the local Discord as it creates the message, before it answers the bot.
        if kind == "create" and message.embed and str(message.embed.get("title", "")).startswith("Question"):
            world.discord.store.listeners.remove(kill_at_the_question)
            os.kill(pid, signal.SIGKILL)

    try:
        await world.discord.invoke(world.moderator, channel, "triviaset", "settings", answer_time=60)
        world.discord.store.listeners.append(kill_at_the_question)
        await world.discord.invoke(world.fan, channel, "trivia", "start", questions=2)
        await bot.wait()
        game = latest_game(world)
        assert game is not None
        bot = await spawn_ready(world)
        await wait_until(lambda: _question_message_recorded(world, game["id"]), "the question's message recorded")
        [question] = titled(world, channel, "Question")
        assert (latest_game(world) or {})["deadline"] == game["deadline"]  # no fresh answer time either
        ack = await world.discord.click(world.fan, question, f"trivia:{game['id']}:0:0")
        assert "Locked in" in ack.text
    finally:
        await bot.stop()


def _question_message_recorded(world: World, game_id: int) -> bool:
    import contextlib
    import sqlite3

    with contextlib.closing(sqlite3.connect(world.workdir / "hyosan.db", timeout=5)) as conn:
        row = conn.execute(
            "SELECT message_id FROM trivia_game_questions WHERE game_id = ? AND q_index = 0", (game_id,)
        ).fetchone()
    return row is not None and row[0] is not None


@pytest.mark.slow
async def test_a_crash_loop_neither_reposts_nor_holds_the_question(world: World) -> None:
    """Killed again and again: each process takes the game up where it stood (its question's one
    message, its deadline unchanged), and the buttons of that message close when the game ends."""
    channel = world.general
    bot = await spawn_ready(world)
    try:
        await world.discord.invoke(world.moderator, channel, "triviaset", "settings", answer_time=120)
        await world.discord.invoke(world.fan, channel, "trivia", "start", questions=2)
        [question] = await wait_titled(world, channel, "Question 1")
        game = latest_game(world)
        assert game is not None
        for _ in range(2):
            bot.signal(signal.SIGKILL)
            await bot.wait()
            bot = await spawn_ready(world)
        assert len(titled(world, channel, "Question")) == 1
        now = latest_game(world) or {}
        assert (now["deadline"], now["posted_at"]) == (game["deadline"], game["posted_at"])
        ack = await world.discord.click(world.fan, question, f"trivia:{game['id']}:0:0")
        assert "Locked in" in ack.text  # the one message still takes answers
        await world.discord.invoke(world.fan, channel, "trivia", "stop")
        await wait_titled(world, channel, "Game over")
        closed = world.discord.message(question.id)
        assert closed.buttons and all(b["disabled"] for b in closed.buttons if b["custom_id"].startswith("trivia:"))
    finally:
        await bot.stop()
