"""The daily question played through the local Discord: posted at its time, answered once a day
with a button, and each player told privately whether they were right, what the answer was and why
(a wrong answer no longer leaves the player guessing), with their streak."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import Message
from bot.trivia import snapshot
from db.trivia import daily as daily_store
from tests.cogs.trivia.test_games import TRIVIA
from tests.polling import eventually


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        yield harness


async def _posted(h: Harness, count: int) -> list[Message]:
    channel = h.channels["trivia"]
    def found() -> list[Message]:
        return [m for m in h.discord.messages(channel) if m.text.startswith("**Daily question")]

    if await eventually(lambda: len(found()) >= count, 20.0, every=0.05):  # the job runs on the bot's own loop
        return found()
    raise AssertionError(f"no daily question in {[m.text for m in h.discord.messages(channel)]}")


async def _closed(h: Harness, message: Message) -> Message:
    """`message` once the bot has closed it (edited after, or just before, the next day's post)."""
    def now() -> Message:
        return next(m for m in h.discord.messages(h.channels["trivia"]) if m.id == message.id)

    if await eventually(lambda: bool(_choices(now())), 20.0, every=0.05):
        return now()
    raise AssertionError(f"the question was never closed: {now().text}")


def _choices(message: Message) -> list[dict[str, object]]:
    return [b for b in message.buttons if str(b["custom_id"]).startswith("trivia-daily-closed:")]


async def _right_and_wrong(h: Harness, message: Message) -> tuple[str, str]:
    async with h.db.read() as conn:
        row = await daily_store.get_daily(conn, h.channels["trivia"].id)
    assert row is not None and row.question_json is not None
    right = snapshot.correct_choice(snapshot.load_question(row.question_json))
    ids = [str(b["custom_id"]) for b in message.buttons if str(b["custom_id"]).startswith("trivia-daily:")]
    return ids[right or 0], next(i for i in ids if not i.endswith(f":{right}"))


async def test_each_player_is_told_privately_the_answer_and_their_streak(h: Harness) -> None:
    channel = h.channels["trivia"]
    on = await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00")
    assert on.ephemeral and "A daily question will appear" in on.text
    await h.advance(dt.timedelta(hours=1, minutes=1))  # the bot's clock starts at 12:00
    message = (await _posted(h, 1))[-1]
    right, wrong = await _right_and_wrong(h, message)
    letter = "ABCDE"[int(right.rsplit(":", 1)[1])]
    missed = await h.discord.click(h.fan, message, wrong)
    assert missed.ephemeral and missed.text.startswith(f"Not this time. The answer: **{letter}. ")
    assert "streak starts again tomorrow" in missed.text
    won = await h.discord.click(h.moderator, message, right)
    assert won.ephemeral and won.text.startswith(f"Right! The answer: **{letter}. ")
    assert won.text.endswith("Your daily streak here: 1 (best 1).")
    again = await h.discord.click(h.fan, message, right)
    assert again.ephemeral and again.text == "You already answered today's question."
    await h.advance(dt.timedelta(days=1))
    message = (await _posted(h, 2))[-1]
    right, _ = await _right_and_wrong(h, message)
    second = await h.discord.click(h.moderator, message, right)
    assert "Your daily streak here: 2 (best 2)." in second.text


async def test_yesterdays_question_is_closed_showing_its_answer_once_todays_is_up(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00")
    await h.advance(dt.timedelta(hours=1, minutes=1))
    first = (await _posted(h, 1))[-1]
    right, _ = await _right_and_wrong(h, first)
    letter = "ABCDE"[int(right.rsplit(":", 1)[1])]
    await h.advance(dt.timedelta(days=1))
    await _posted(h, 2)
    closed = await _closed(h, first)
    assert f"The answer: **{letter}. " in closed.text and "closed" in closed.text
    assert len(_choices(closed)) == 4 and all(b.get("disabled") for b in _choices(closed))
    # yesterday's question can still be reported, as a game's reveal can
    menu = await h.discord.click(h.fan, closed, f"trivia-daily-report:{channel.id}:{right.split(':')[2]}")
    thanks = await h.discord.click(h.fan, menu, str(menu.buttons[1]["custom_id"]))
    assert "moderators will look at it" in thanks.text


async def test_turning_the_daily_question_off_closes_its_last_question_showing_the_answer(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00")
    await h.advance(dt.timedelta(hours=1, minutes=1))
    message = (await _posted(h, 1))[-1]
    right, _ = await _right_and_wrong(h, message)
    await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, enabled=False)
    closed = await _closed(h, message)
    assert "The answer: **" in closed.text and "turned off" in closed.text
    assert all(b.get("disabled") for b in _choices(closed)) and right not in str(closed.buttons)


async def test_a_server_that_keeps_answers_secret_closes_the_daily_question_without_its_answer(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "settings", reveal_answers=False)
    await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00")
    await h.advance(dt.timedelta(hours=1, minutes=1))
    first = (await _posted(h, 1))[-1]
    await h.advance(dt.timedelta(days=1))
    await _posted(h, 2)
    closed = await _closed(h, first)
    assert "The answer stays secret in this server." in closed.text and "The answer: " not in closed.text
    assert all(b.get("disabled") and b.get("style") != 3 for b in _choices(closed))


async def test_a_daily_question_is_reported_from_the_answer_reply_and_reaches_the_moderators(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00")
    await h.advance(dt.timedelta(hours=1, minutes=1))
    message = (await _posted(h, 1))[-1]
    _, wrong = await _right_and_wrong(h, message)
    told = await h.discord.click(h.fan, message, wrong)
    report = next(b for b in told.buttons if str(b["custom_id"]).startswith("trivia-daily-report:"))
    menu = await h.discord.click(h.fan, told, report["custom_id"])
    picked = next(b for b in menu.buttons if str(b["custom_id"]).endswith(":wrong"))
    thanks = await h.discord.click(h.fan, menu, picked["custom_id"])
    assert thanks.ephemeral and "moderators will look at it" in thanks.text
    queue = await h.discord.invoke(h.moderator, channel, "triviaset", "reports")
    question_text = message.text.splitlines()[1]
    assert "Wrong answer" in queue.text and question_text in queue.text


async def test_a_player_who_only_answered_daily_questions_and_left_is_named_on_the_board(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "daily", channel=channel, time="13:00")
    await h.advance(dt.timedelta(hours=1, minutes=1))
    message = (await _posted(h, 1))[-1]
    right, _ = await _right_and_wrong(h, message)
    daily_fan = h.discord.add_member(h.guild, "daily_dana")
    await h.discord.click(daily_fan, message, right)
    h.discord.remove_member(daily_fan)
    board = await h.discord.invoke(h.moderator, channel, "trivia", "leaderboard")
    assert "daily\\_dana** (left the server)" in board.text
