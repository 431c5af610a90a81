"""A game or a daily question is refused at once where the bot can't post, with what it needs:
the command's own reply reaches the member whatever the channel allows (an interaction answer
needs no permission), so without this check the game was announced, then silently abandoned at
its first question, and the daily question was promised and never came."""

from __future__ import annotations

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
