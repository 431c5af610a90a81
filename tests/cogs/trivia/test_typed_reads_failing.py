"""Typed answers through the local Discord while the bot's storage can't be read (issue 14, fault 8 for reads): a fan
who types is told plainly that it can't be looked up now, once a minute per channel; nothing is half-written (the
guess is not counted, and counts once reads work again) and no traceback is logged. Reads fail as a failing disk makes
them (SQLite's disk I/O error on every read of the bot's read connection); writes go on."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from tests.cogs.trivia.test_games import TRIVIA, _answer_of, _import_known_list, _wait_for
from tests.e2e.driving import settled

READ_FAILED = "I can't look that up right now (the bot's storage is failing). Try again later."


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        yield harness


def _fail_reads(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every read of the bot's read connection fails from now on as SQLite reports a failing disk (SQLITE_IOERR_READ),
    until `monkeypatch.undo()`."""
    reader: Any = h.db._reader

    async def failing(*_: object, **__: object) -> None:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR_READ  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(reader, "execute", failing)


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Errors logged by trivia or on its behalf (discord.py logs a listener's traceback at ERROR)."""
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR and not r.name.startswith("bot.season2")]


def _told(h: Harness) -> list[str]:
    return [m.text for m in h.discord.messages(h.channels["trivia"]) if READ_FAILED in m.text]


async def test_a_choice_typed_in_a_buttons_game_while_reads_fail_is_told_once_without_a_traceback(
    h: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="buttons")
    await _wait_for(h, channel, "Question 1")
    _fail_reads(h, monkeypatch)
    for typed in ("b", "is it c?"):
        await h.discord.say(h.fan, channel, typed)
    await settled(h)
    assert _told(h) == [f"<@{h.fan.id}> {READ_FAILED}"]  # once a minute, not once per message
    assert _errors(caplog) == []


async def test_a_reply_to_the_question_while_reads_fail_is_told_and_counts_once_reads_work_again(
    h: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=2, mode="typed")
    asked = (await _wait_for(h, channel, "Question 1"))[-1]
    _, _, question = await _answer_of(h, channel.id)
    _fail_reads(h, monkeypatch)
    await h.discord.say(h.fan, channel, question.answers[0], reply_to=asked)
    await settled(h)
    assert _told(h) == [f"<@{h.fan.id}> {READ_FAILED}"]
    assert not [m for m in h.discord.messages(channel) if m.embed and "Correct" in str(m.embed.get("title", ""))]
    assert _errors(caplog) == []
    monkeypatch.undo()
    await h.discord.say(h.fan, channel, question.answers[0], reply_to=asked)
    won = await _wait_for(h, channel, "Correct!")
    assert f"<@{h.fan.id}>" in won[-1].text


async def test_a_late_answer_after_the_game_while_reads_fail_is_told_without_a_traceback(
    h: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=1, mode="typed")
    await _wait_for(h, channel, "Question 1")
    _, _, question = await _answer_of(h, channel.id)
    await h.discord.say(h.moderator, channel, question.answers[0])
    await _wait_for(h, channel, "Correct!")
    await settled(h)
    _fail_reads(h, monkeypatch)
    await h.discord.say(h.fan, channel, question.answers[0])
    await settled(h)
    assert _told(h) == [f"<@{h.fan.id}> {READ_FAILED}"]
    assert _errors(caplog) == []
