"""Trivia through the local Discord when Discord, the interaction or the storage fails (issue 14,
faults 3, 4 and 8): what a game committed is shown once, whatever happens to the answer; the
buttons the game will not use close; a click is answered even when nothing can be saved."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import SandboxError
from bot.trivia.clicks import EARLY_CLOSE_MIN_SECONDS
from bot.trivia.snapshot import correct_choice
from cogs.trivia import host as trivia_host
from db.trivia import games as game_store
from tests.cogs.trivia.test_games import (
    TRIVIA,
    _advance,
    _answer_of,
    _import_known_list,
    _questions,
    _wait_for,
)
from tests.e2e.driving import settled


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        yield harness


def _no_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Errors logged by trivia or on its behalf (discord.py logs what a listener raises); season 2's
    own background jobs are not what these tests are about."""
    return [
        r.getMessage() for r in caplog.records
        if r.levelno >= logging.ERROR and not r.name.startswith("bot.season2")
    ]


async def _closed(h: Harness, message_id: int, timeout: float = 5.0) -> list[dict[str, object]]:
    """The message's buttons once its choices are closed (the edit is a post of its own, queued
    beside the game's next ones: it may land just after them)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        buttons = h.discord.message(message_id).buttons
        if buttons and all(b["disabled"] for b in buttons if str(b["custom_id"]).startswith("trivia:")):
            return buttons
        if loop.time() >= deadline:
            raise AssertionError(f"the buttons never closed: {buttons}")
        await asyncio.sleep(0.05)


async def _recorded(h: Harness, channel_id: int, timeout: float = 5.0) -> None:
    """Wait until the bot has recorded the current question's message (after Discord made it)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        async with h.db.read() as conn:
            game = await game_store.active_game_in_channel(conn, channel_id)
            row = None if game is None else await game_store.get_game_question(conn, game.id, game.current_index)
        if row is not None and row.message_id is not None:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the question's message was never recorded")


def _right_button(game_id: int, q_index: int, question: object) -> str:
    right = correct_choice(question)  # type: ignore[arg-type]
    return f"trivia:{game_id}:{q_index}:{right}"


# -- fault 3: nothing committed is lost -----------------------------------------------------------


async def test_a_completing_click_whose_interaction_expired_still_reveals_and_moves_on(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    channel = h.channels["trivia"]
    # pause 0, and no score ends the game before its third question, whichever questions are drawn
    await h.discord.invoke(h.moderator, channel, "triviaset", "settings", pause=0, points_to_win=10000)
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=3)
    first = (await _wait_for(h, channel, "Question 1"))[-1]
    game_id, _, question = await _answer_of(h, channel.id)
    await h.discord.click(h.fan, first, _right_button(game_id, 0, question))
    await _advance(h, 25)
    second = (await _wait_for(h, channel, "Question 2"))[-1]
    _, _, question = await _answer_of(h, channel.id)
    await _advance(h, EARLY_CLOSE_MIN_SECONDS + 1)
    # The fan is the only active player: this click closes the question. Its interaction has expired.
    h.discord.fail_next(  # every answer to it (an acknowledgement first, then the reply) is refused
        "POST", "/interactions/*/callback", 404, times=2, body={"code": 10062, "message": "Unknown interaction"}
    )
    clicked = asyncio.ensure_future(h.discord.click(h.fan, second, _right_button(game_id, 1, question)))
    await h.discord.wait_for_request(lambda r: r.injected and r.path.endswith("/callback"))
    await _wait_for(h, channel, "Everyone has answered")
    await _wait_for(h, channel, "Question 3")  # pause 0: the next question comes at once
    # the fan saw no answer, even once the game moved on (Discord refused it; past 3 s, the click failed)
    assert not clicked.done() or isinstance(clicked.exception(), SandboxError)
    clicked.cancel()
    assert _no_errors(caplog) == []


async def test_a_reveal_outlasting_discords_own_retries_of_a_429_storm_is_posted_once(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trivia_host, "FIRST_PAUSE", 0.1)  # the same backoff, sooner (not a second)
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="typed")
    await _wait_for(h, channel, "Question 1")
    _, _, question = await _answer_of(h, channel.id)
    # discord.py tries a 429 five times, then gives up: two more than that
    h.discord.fail_next("POST", f"/channels/{channel.id}/messages", 429, times=7, retry_after=0.05)
    await h.discord.say(h.fan, channel, question.answers[0])
    await _wait_for(h, channel, "Correct!", timeout=15)
    posts = [r for r in h.discord.requests if r.method == "POST" and r.path == f"/channels/{channel.id}/messages"]
    assert [r.status for r in posts].count(429) == 7
    assert len([m for m in h.discord.messages(channel) if m.embed and m.embed.get("title") == "Correct!"]) == 1


# -- fault 4: the buttons a game will not use close -------------------------------------------


async def test_a_stopped_game_closes_the_buttons_of_its_open_question(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=3)
    question = (await _wait_for(h, channel, "Question 1"))[-1]
    stopped = await h.discord.invoke(h.moderator, channel, "trivia", "stop")
    assert "nobody wins a stopped game" in stopped.text
    await _wait_for(h, channel, "Game over")
    closed = await _closed(h, question.id)
    assert all(b.get("style") != 3 for b in closed)  # stopped, not revealed: no answer shown


async def test_a_game_left_too_long_closes_its_question_at_the_restart(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=3)
    question = (await _wait_for(h, channel, "Question 1"))[-1]
    await _recorded(h, channel.id)  # stopped once the question is recorded as posted (not mid-post)
    h.clock.advance(dt.timedelta(hours=1))  # the bot is away for an hour
    await h.restart()
    over = (await _wait_for(h, channel, "Game over"))[-1]
    assert "offline too long" in over.text
    await _closed(h, question.id)
    assert len(_questions(h, channel)) == 1


# -- fault 8: clicks are answered whatever the storage does --------------------------------------


@contextlib.contextmanager
def _write_lock_held_elsewhere(path: Path) -> Iterator[None]:
    """Another program holding the database's write lock until the block ends."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None, check_same_thread=False)) as other:
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


async def _refuse_writes(h: Harness, refuse: bool = True) -> None:
    """The storage refuses every write from now on (SQLite answers SQLITE_READONLY), as a disk gone
    read-only does; reads go on."""
    # On the bot's own write connection, between its transactions (a transaction can't begin once
    # writes are refused, so this goes around Database.transaction).
    async with h.db._write_lock:
        await h.db._writer.execute(f"PRAGMA query_only = {'ON' if refuse else 'OFF'}")


async def test_a_click_when_nothing_can_be_saved_is_answered_and_says_why(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2)
    question = (await _wait_for(h, channel, "Question 1"))[-1]
    game_id, _, _ = await _answer_of(h, channel.id)
    await _refuse_writes(h)
    replies = [await h.discord.click(h.moderator, question, f"trivia:{game_id}:0:{i}") for i in range(3)]
    assert all(r.ephemeral and "can't save that right now" in r.text for r in replies)
    assert _no_errors(caplog) == []
    assert sum("database write failed" in r.getMessage() for r in caplog.records) == 1  # once, not per click


async def test_a_click_while_another_program_holds_the_database_is_acknowledged_then_told(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2)
    question = (await _wait_for(h, channel, "Question 1"))[-1]
    game_id, _, _ = await _answer_of(h, channel.id)
    await _recorded(h, channel.id)
    with _write_lock_held_elsewhere(h.db_path):
        reply = await h.discord.click(h.fan, question, f"trivia:{game_id}:0:0", timeout=10)
    assert reply.ephemeral and "busy" in reply.text
    # the database kept it waiting: the click was acknowledged first (a private "thinking" state)
    [callback] = [r for r in h.discord.requests if r.path.startswith(f"/interactions/{reply.interaction_id}/")
                  and r.path.endswith("/callback")]
    assert callback.json["type"] == 5 and callback.json["data"]["flags"] & 64


async def test_trivia_commands_say_clearly_when_nothing_can_be_saved(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _refuse_writes(h)
    start = await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2)
    settings = await h.discord.invoke(h.moderator, channel, "triviaset", "settings", answer_time=30)
    for reply in (start, settings):
        assert reply.ephemeral and "can't save that right now" in reply.text and "nothing was changed" in reply.text


async def test_typed_guesses_when_nothing_can_be_saved_get_one_notice_not_a_flood(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="typed")
    await _wait_for(h, channel, "Question 1")
    await _refuse_writes(h)
    for guess in ("one", "two", "three"):
        await h.discord.say(h.fan, channel, f"is it {guess}?")
    await h.discord.wait_for_message(channel, lambda m: "can't save that right now" in m.text, timeout=5)
    await settled(h)  # the other guesses are handled too
    assert len([m for m in h.discord.messages(channel) if "can't save that right now" in m.text]) == 1
    assert _no_errors(caplog) == []


async def test_a_deadline_while_nothing_can_be_saved_waits_quietly_and_closes_once_it_can(
    h: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pauses from a tenth of a second (not a second) between tries: the same backoff, sooner, so two
    # retries come at once and the close comes soon after writes work again.
    monkeypatch.setattr(trivia_host, "FIRST_PAUSE", 0.1)
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2)
    await _wait_for(h, channel, "Question 1")
    game_id, _, _ = await _answer_of(h, channel.id)
    await _refuse_writes(h)
    await _advance(h, 25)  # its time runs out: closing it can't be saved
    await _tried_again(h, game_id, times=2)  # the game's deadline is tried again meanwhile, after a pause
    assert _no_errors(caplog) == []
    assert sum("database write failed" in r.getMessage() for r in caplog.records) == 1
    await _refuse_writes(h, refuse=False)
    await _wait_for(h, channel, "Time's up", timeout=30)


async def _tried_again(h: Harness, game_id: int, times: int, timeout: float = 30.0) -> None:
    """Wait until the game's deadline failed `times` times more: each failure puts it off by a pause
    twice the last (on the bot's clock, which stands still here), from FIRST_PAUSE."""
    wanted = dt.timedelta(seconds=trivia_host.FIRST_PAUSE * 2 ** (times - 1))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout  # bounds a hang only: a loaded machine is slow, not wrong
    while (due := h.bot.scheduler.deadline(trivia_host.deadline_name(game_id))) is None or due - h.clock.now() < wanted:
        if loop.time() >= deadline:
            raise AssertionError(f"the game's deadline was not tried {times} times again: it is at {due}")
        await asyncio.sleep(0.02)


def _refuse_reads_of_the_game(
    h: Harness, monkeypatch: pytest.MonkeyPatch, game_id: int, *, phase: str, skip: int, refuse: int
) -> list[int]:
    """Reads of the game's row by the bot's read connection, while the game is in `phase`, fail as a failing disk
    makes them (SQLITE_IOERR_READ): the `refuse` reads after the first `skip` (after a restart too). Returns the
    refusals so far (one item each)."""
    original = aiosqlite.Connection.execute
    seen: list[int] = []
    refused: list[int] = []

    async def execute(conn: aiosqlite.Connection, sql: str, parameters: Any = None) -> aiosqlite.Cursor:
        if conn is h.db._reader and sql == "SELECT * FROM trivia_games WHERE id = ?" and parameters == (game_id,):
            row = await (await original(conn, sql, parameters)).fetchone()
            if row is not None and row["phase"] == phase:
                seen.append(game_id)
                if skip < len(seen) <= skip + refuse:
                    refused.append(game_id)
                    error = sqlite3.OperationalError("disk I/O error")
                    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_READ  # type: ignore[attr-defined]
                    raise error
        return await original(conn, sql, parameters)

    monkeypatch.setattr(aiosqlite.Connection, "execute", execute)
    return refused


async def test_a_game_whose_database_refused_a_read_at_the_questions_end_still_posts_its_final_scores(
    h: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2)
    await _wait_for(h, channel, "Question 1")
    game_id, _, _ = await _answer_of(h, channel.id)
    # the question closes; then the reads that time its pause (after the one of its deadline job) are refused
    refused = _refuse_reads_of_the_game(h, monkeypatch, game_id, phase="pause", skip=1, refuse=2)
    await _advance(h, 25)
    await _wait_for(h, channel, "Time's up")
    assert refused  # the fault happened
    await _advance(h, 15)  # the pause ends (a sweep passes too)
    await _wait_for(h, channel, "Question 2")
    await _advance(h, 25)
    over = (await _wait_for(h, channel, "Game over"))[-1]
    assert "Final scores" in str(over.embed)
    assert _no_errors(caplog) == []


async def test_a_game_taken_up_at_a_restart_while_its_database_refused_a_read_still_posts_its_final_scores(
    h: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1)
    await _wait_for(h, channel, "Question 1")
    game_id, _, _ = await _answer_of(h, channel.id)
    await _recorded(h, channel.id)
    refused = _refuse_reads_of_the_game(h, monkeypatch, game_id, phase="asking", skip=0, refuse=1)
    await h.restart()  # the read of its deadline as the bot takes it up is refused
    assert refused
    await _advance(h, 25)
    over = (await _wait_for(h, channel, "Game over"))[-1]
    assert "Final scores" in str(over.embed)
    assert _no_errors(caplog) == []
