"""A game or a daily question is refused at once where the bot can't post, with what it needs:
the command's own reply reaches the member whatever the channel allows (an interaction answer
needs no permission), so without this check the game was announced, then silently abandoned at
its first question, and the daily question was promised and never came."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

import pytest

from bot.harness import Harness
from bot.sandbox import Channel, Message
from bot.sandbox.models import EMBED_LINKS, VIEW_CHANNEL
from tests.polling import eventually


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
    assert reply.ephemeral and "I need View Channel and Send Messages here." in reply.text
    assert count(h, "trivia_games") == 0


async def test_a_refusal_names_only_the_permissions_the_channel_denies(hyosan: Harness) -> None:
    h = hyosan
    channel = h.discord.add_channel(h.guild, "quiet")
    h.discord.set_overwrite(channel, None, deny=VIEW_CHANNEL)
    unseen = await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=3)
    assert "I need View Channel here." in unseen.text  # Discord takes Send Messages with it
    h.discord.set_overwrite(channel, None, deny=EMBED_LINKS)
    plain = await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=3)
    assert "I need Embed Links here." in plain.text
    closed = h.discord.add_thread(h.general, "closed", locked=True)  # only Manage Threads posts there
    refused = await h.discord.invoke(h.moderator, closed, "trivia", "start", questions=3)
    assert "in this thread: I need Manage Threads (the thread is locked) here." in refused.text
    # a role change the bot has not heard of yet: the interaction's own permissions are Discord's word
    role = h.discord.store.guild_roles[h.guild.id][h.discord.store.bot_roles[h.guild.id]]
    role.permissions &= ~EMBED_LINKS
    unheard = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "start", questions=3)
    assert "I need Embed Links here." in unheard.text  # else announced, then questions with no words
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
    assert reply.text == (
        f"I can't post the daily question in <#{locked.id}>: I need Send Messages there. "
        "Allow it for me in the channel's settings (Edit Channel > Permissions), or pick another channel."
    )
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


def question_recorded(h: Harness, message_id: int) -> bool:
    with sqlite3.connect(h.db_path) as conn:
        row = conn.execute("SELECT 1 FROM trivia_game_questions WHERE message_id = ?", (message_id,)).fetchone()
    return row is not None


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
    await eventually(lambda: not daily_enabled(h, quiz), 5.0, every=0.05)  # the gateway's CHANNEL_DELETE reached the bot
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


def told(h: Harness) -> list[str]:
    return [m.text for m in h.discord.messages(h.general, include_ephemeral=True) if "is off since" in m.text]


async def test_a_daily_question_the_bot_may_no_longer_post_stops_and_the_next_moderator_is_told_once(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    h = hyosan
    start = h.clock.now()
    quiz = h.discord.add_channel(h.guild, "quiz")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="13:00")
    h.discord.deny(quiz)  # a moderator takes Send Messages away from the bot there
    with caplog.at_level(logging.WARNING, logger="cogs.trivia.host"):
        for _ in range(3):  # three days: the first post is refused, the next ones are not tried
            await h.advance(dt.timedelta(hours=2))  # (the bot's clock starts at 12:00)
            await h.advance(dt.timedelta(hours=22))
    assert daily_enabled(h, quiz) is False
    assert [r.getMessage() for r in caplog.records if "daily question" in r.getMessage()] == [
        f"the daily question in channel {quiz.id} is turned off: I lost permission to post there (I need Send Messages)"
    ]
    await h.discord.invoke(h.fan, h.general, "trivia", "lists")  # a member is not told
    assert told(h) == []
    await h.discord.invoke(h.moderator, h.general, "trivia", "lists")
    notice = await h.discord.wait_for_message(h.general, lambda m: "is off since" in m.text, timeout=5)
    assert notice.ephemeral
    assert notice.text.startswith(f"The daily question in <#{quiz.id}> is off since {start.day} {start:%B %Y}: I lost "
                                  "permission to post there (I need Send Messages).")
    assert "`/triviaset daily`" in notice.text
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
    assert len(told(h)) == 1  # once


async def test_the_trivia_settings_show_a_daily_question_the_bot_turned_off_and_why(hyosan: Harness) -> None:
    h = hyosan
    start = h.clock.now()
    quiz = h.discord.add_channel(h.guild, "quiz")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="13:00")
    h.discord.deny(quiz)
    await h.advance(dt.timedelta(hours=2))
    await eventually(lambda: not daily_enabled(h, quiz), 5.0, every=0.05)  # the refused post has turned it off
    shown = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
    assert f"<#{quiz.id}>: off since {start.day} {start:%B %Y}: I lost permission to post there" in shown.text


async def test_setting_the_daily_question_again_clears_the_notice_and_it_posts_again(hyosan: Harness) -> None:
    h = hyosan
    quiz = h.discord.add_channel(h.guild, "quiz")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="13:00")
    h.discord.deny(quiz)
    await h.advance(dt.timedelta(hours=2))
    await eventually(lambda: not daily_enabled(h, quiz), 5.0, every=0.05)  # the refused post has turned it off
    assert daily_enabled(h, quiz) is False
    h.discord.deny(quiz, send=False)
    again = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="13:00")
    assert "will appear" in again.text
    await h.discord.invoke(h.moderator, h.general, "trivia", "lists")
    assert told(h) == [] and daily_enabled(h, quiz) is True
    await h.advance(dt.timedelta(days=1))
    assert [m for m in h.discord.messages(quiz) if m.buttons]


async def _cut_off_mid_question(h: Harness) -> tuple[Channel, Message]:
    """A fan's game in #quiz whose Send Messages a moderator takes away on its first question, then the question's
    time run out (the reveal is refused: the game ends). The channel and that question."""
    quiz = h.discord.add_channel(h.guild, "quiz")
    await h.discord.invoke(h.fan, quiz, "trivia", "start", questions=3)
    question = await h.discord.wait_for_message(quiz, lambda m: bool(m.embeds and m.buttons))
    # the bot has Discord's answer: the question's time runs from then
    await eventually(lambda: question_recorded(h, question.id), 5.0, every=0.05)
    h.discord.deny(quiz)
    await h.advance(dt.timedelta(seconds=40))
    return quiz, question


async def test_a_game_whose_channel_stops_taking_posts_says_why_on_its_last_question(hyosan: Harness) -> None:
    h = hyosan
    quiz, question = await _cut_off_mid_question(h)
    cut = await h.discord.wait_for_message(quiz, lambda m: m.id == question.id and "game ended" in m.text)
    assert cut.content == (
        "This game ended here: I can no longer post in this channel (I need Send Messages). "
        "A moderator can allow it for me in the channel's settings (Edit Channel > Permissions)."
    )
    assert all(button.get("disabled") for button in cut.buttons)


async def test_a_game_cut_off_tells_the_member_who_started_it_privately_once(hyosan: Harness) -> None:
    # Trivia queues this notice in the one outbox (bot/outbox.py), which sends it as every notice for moderators.
    h = hyosan
    quiz, _ = await _cut_off_mid_question(h)
    told = await h.discord.wait_for_message(
        h.discord.dm_channel(h.fan), lambda m: bool(m.embeds) and m.embeds[0].get("title") == "A trivia game stopped")
    assert f"<#{quiz.id}>" in str(told.embeds[0]["description"]) and "Send Messages" in str(told.embeds[0]["description"])
    await h.advance(dt.timedelta(seconds=40))
    assert len([m for m in h.discord.dm_messages(h.fan) if m.embeds and m.embeds[0].get("title") == "A trivia game stopped"]) == 1
