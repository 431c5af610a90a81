"""Two copies of `hyosan run` on one token (issue 14, fault 5): one answers, whatever reaches both.

Both processes get every gateway event; only the owner of the database's lock (bot/ownership.py)
handles interactions and messages, so nothing happens twice, and a stopped owner hands over to the
waiting copy without losing or doubling an interaction."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import signal
import sqlite3

import pytest

from bot.sandbox import SandboxError
from tests.e2e.conftest import BotProcess, World, spawn, spawn_ready
from tests.e2e.trivia_world import latest_game, question_of, titled, wait_titled, wait_until


async def _second_copy(world: World, **env: str) -> BotProcess:
    bot = await spawn(world, **env)
    try:
        await world.discord.wait_until_ready(sessions=2, timeout=30)
    except BaseException:
        await bot.stop()
        raise
    return bot


def _callbacks_per_interaction(world: World) -> collections.Counter[str]:
    return collections.Counter(
        r.path.split("/")[2] for r in world.discord.requests if r.method == "POST" and r.path.endswith("/callback")
    )


def _opted_in(world: World, user_id: int) -> bool:
    with contextlib.closing(sqlite3.connect(world.workdir / "hyosan.db", timeout=5)) as conn:
        row = conn.execute("SELECT 1 FROM season2_reminder_optins WHERE user_id = ?", (user_id,)).fetchone()
    return row is not None


@pytest.mark.slow
async def test_two_copies_answer_each_interaction_and_count_each_guess_once(world: World) -> None:
    first = await spawn_ready(world)
    second = await _second_copy(world)
    try:
        for _ in range(3):
            reply = await world.discord.invoke(world.fan, world.general, "about")
            assert reply.embed is not None
        # /season2 remind switches once per press and ends as its last reply says
        for press in range(6):
            reply = await world.discord.invoke(world.fan, world.general, "season2", "remind")
            assert ("won't" not in reply.text) is (press % 2 == 0)
            assert _opted_in(world, world.fan.id) is (press % 2 == 0)
        # a wrong guess counts once, so the right one is still within two guesses
        await world.discord.invoke(world.moderator, world.general, "triviaset", "settings", guesses=2)
        await world.discord.invoke(world.fan, world.general, "trivia", "start", questions=1, mode="typed")
        await wait_titled(world, world.general, "Question 1")
        game = latest_game(world)
        assert game is not None
        await world.discord.say(world.fan, world.general, "surely not this zzz")
        await world.discord.say(world.fan, world.general, question_of(world, game["id"], 0)["answers"][0])
        await wait_titled(world, world.general, "Correct!")
        assert len(titled(world, world.general, "Question 1")) == 1
        assert set(_callbacks_per_interaction(world).values()) == {1}
    finally:
        await second.stop()
        await first.stop()
    for bot in (first, second):
        _, stderr = await bot.wait()
        assert "Traceback" not in stderr and "40060" not in stderr


@pytest.mark.slow
async def test_a_rolling_deploy_hands_over_without_losing_or_doubling_an_interaction(world: World) -> None:
    old = await spawn_ready(world)
    new: BotProcess | None = None
    answered: list[int] = []
    failed: list[str] = []

    stop = asyncio.Event()

    async def keep_asking() -> None:
        while not stop.is_set():
            try:
                reply = await world.discord.invoke(world.fan, world.general, "about", timeout=10)
                answered.append(reply.interaction_id or 0)
            except SandboxError as exc:
                failed.append(str(exc))
            await asyncio.sleep(0.02)

    try:
        await world.discord.invoke(world.moderator, world.general, "triviaset", "settings", answer_time=120)
        await world.discord.invoke(world.fan, world.general, "trivia", "start", questions=2)
        [question] = await wait_titled(world, world.general, "Question 1")
        new = await _second_copy(world)
        asking = asyncio.create_task(keep_asking())
        try:
            await asyncio.sleep(0.3)
            old.signal(signal.SIGTERM)  # the deploy stops the old copy while users keep going
            code, stderr = await old.wait(timeout=30)
            assert code == 0 and "Traceback" not in stderr
            answered_by_then = len(answered)
            await wait_until(lambda: len(answered) >= answered_by_then + 5, "the new copy to answer on its own")
        finally:
            stop.set()
            await asyncio.wait([asking], timeout=15)
            asking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asking
        assert failed == []
        assert set(_callbacks_per_interaction(world).values()) == {1}
        # the game went over with its question: no new post, and its buttons work for the new copy
        game = latest_game(world)
        assert game is not None
        ack = await world.discord.click(world.fan, question, f"trivia:{game['id']}:0:1")
        assert "Locked in" in ack.text
        assert len(titled(world, world.general, "Question")) == 1
    finally:
        await old.stop()
        if new is not None:
            await new.stop()


@pytest.mark.slow
@pytest.mark.contract_probe  # two copies that do not share a database both answer, on purpose
async def test_a_copy_that_loses_the_race_logs_one_warning_line(world: World) -> None:
    """Two copies with different databases (so no shared lock): both answer, Discord refuses the
    second answer with 40060, and that copy says so in one warning line, without a traceback."""
    (world.workdir / "other").mkdir()
    # Started together: with no database in common neither waits for the other, and the two
    # start-ups overlap instead of following each other.
    started = await asyncio.gather(
        spawn_ready(world), _second_copy(world, HYOSAN_DB=str(world.workdir / "other" / "hyosan.db")),
        return_exceptions=True,
    )
    failed = [copy for copy in started if isinstance(copy, BaseException)]
    if failed:  # each helper stopped its own copy; stop the one that did start
        for copy in started:
            if isinstance(copy, BotProcess):
                await copy.stop()
        raise failed[0]
    first, second = (copy for copy in started if isinstance(copy, BotProcess))
    try:
        for _ in range(3):
            reply = await world.discord.invoke(world.fan, world.general, "about")
            assert reply.embed is not None
        await asyncio.sleep(0.5)
    finally:
        first.signal(signal.SIGTERM)
        second.signal(signal.SIGTERM)
    logs = [(await bot.wait())[1] for bot in (first, second)]
    warnings = [line for log in logs for line in log.splitlines() if "40060" in line]
    assert len(warnings) == 3 and all("WARNING" in line for line in warnings)
    assert all("Traceback" not in log and "ERROR" not in log for log in logs)
