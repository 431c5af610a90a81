"""A game or a daily question is refused at once where the bot can't post, with what it needs:
the command's own reply reaches the member whatever the channel allows (an interaction answer
needs no permission), so without this check the game was announced, then silently abandoned at
its first question, and the daily question was promised and never came."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sqlite3

import pytest

from bot.harness import Harness
from bot.sandbox import Channel


def count(h: Harness, table: str) -> int:
    with sqlite3.connect(h.db_path) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


@pytest.fixture
def locked(hyosan: Harness) -> Channel:
    """A channel members may use where the bot may not send messages."""
    channel = hyosan.discord.add_channel(hyosan.guild, "locked")
    hyosan.discord.deny(channel)
    return channel


async def test_a_game_is_not_started_where_the_bot_cannot_post(hyosan: Harness, locked: Channel) -> None:
    h = hyosan
    reply = await h.discord.invoke(h.moderator, locked, "trivia", "start", questions=3)
    assert reply.ephemeral
    assert reply.text == (
        "I can't post questions in this channel: I need Send Messages here. "
        "Start the game in another channel, or ask a moderator to let me post here."
    )
    assert count(h, "trivia_games") == 0
    assert h.discord.messages(locked) == []


async def test_a_game_where_the_bot_cannot_see_the_channel_names_what_it_needs(hyosan: Harness) -> None:
    h = hyosan
    hidden = h.discord.add_channel(h.guild, "hidden")
    h.discord.deny(hidden, view=True)
    reply = await h.discord.invoke(h.moderator, hidden, "trivia", "start", questions=3)
    assert reply.ephemeral and "I need View Channel, Send Messages here." in reply.text
    assert count(h, "trivia_games") == 0


async def test_a_game_starts_once_the_bot_may_post_again(hyosan: Harness, locked: Channel) -> None:
    h = hyosan
    await h.discord.invoke(h.moderator, locked, "trivia", "start", questions=3)
    h.discord.deny(locked, send=False)
    started = await h.discord.invoke(h.moderator, locked, "trivia", "start", questions=3)
    assert not started.ephemeral and "started trivia" in started.text
    question = await h.discord.wait_for_message(locked, lambda m: bool(m.embeds and m.buttons))
    assert question.embeds


async def test_a_daily_question_is_refused_for_a_channel_the_bot_cannot_post_in(hyosan: Harness, locked: Channel) -> None:
    h = hyosan
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=locked, time="09:00")
    assert reply.ephemeral
    assert reply.text == f"I can't post the daily question in <#{locked.id}>: I need Send Messages there."
    assert count(h, "trivia_daily") == 0


async def test_a_daily_question_can_still_be_turned_off_where_the_bot_lost_its_permission(
    hyosan: Harness, locked: Channel
) -> None:
    h = hyosan
    h.discord.deny(locked, send=False)
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=locked, time="23:59")
    h.discord.deny(locked)
    off = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=locked, enabled=False)
    assert off.ephemeral and "can't post" not in off.text


def daily_enabled(h: Harness, channel: Channel) -> bool | None:
    with sqlite3.connect(h.db_path) as conn:
        row = conn.execute("SELECT enabled FROM trivia_daily WHERE channel_id = ?", (channel.id,)).fetchone()
    return None if row is None else bool(row[0])


async def test_deleting_a_daily_question_channel_turns_its_daily_question_off(hyosan: Harness) -> None:
    h = hyosan
    quiz = h.discord.add_channel(h.guild, "quiz")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="23:00")
    assert daily_enabled(h, quiz) is True
    h.discord.delete_channel(quiz)
    for _ in range(100):  # until the gateway's CHANNEL_DELETE has reached the bot
        if not daily_enabled(h, quiz):
            break
        await asyncio.sleep(0.05)
    assert daily_enabled(h, quiz) is False
    assert not any(name.endswith(str(quiz.id)) for name in h.bot.scheduler.job_names())


async def test_a_channel_deleted_while_the_bot_was_away_stops_its_daily_question_at_the_first_post(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    h = hyosan
    quiz = h.discord.add_channel(h.guild, "quiz")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="13:00")
    await h._stop_bot()
    h.discord.delete_channel(quiz)
    await h._start_bot()
    with caplog.at_level(logging.WARNING, logger="cogs.trivia.host"):
        for _ in range(2):  # two days: the first post finds it gone, the second tries no more
            await h.advance(dt.timedelta(hours=2))  # (the bot's clock starts at 12:00)
            await h.advance(dt.timedelta(hours=22))
    assert daily_enabled(h, quiz) is False
    gone = [r for r in caplog.records if "is gone" in r.getMessage()]
    assert len(gone) == 1
    assert not [r for r in caplog.records if "could not post the daily question" in r.getMessage()]
