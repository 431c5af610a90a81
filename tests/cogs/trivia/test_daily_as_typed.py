"""/triviaset daily's time as moderators really type it: "at 9pm", "every day at 21:00", "0900",
"오후 9시" are times, never "a time zone with summer time" or "couldn't read that". A time written in
Korean with no zone is Korea's time (KST), as a season-2 date written in Korean is; the reply names
the zone it read, and shows the time in Discord's <t:…:t> form, each reader's own zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("daily"), clock=ManualClock(START)) as harness:
        yield harness


@pytest.mark.parametrize(
    ("typed", "utc"),
    [
        ("at 9pm", "21:00"), ("every day at 21:00", "21:00"), ("daily at 9:30am", "09:30"), ("around noon", "12:00"),
        ("0900", "09:00"), ("2130 UTC", "21:30"),
        ("오후 9시", "12:00"), ("오전 9시 30분", "00:30"), ("저녁 8시 반", "11:30"), ("21시", "12:00"),
        ("밤 9시 반", "12:30"), ("매일 오후 9시 (한국 시간)", "12:00"), ("오후 9시 UTC", "21:00"),
    ],
)
async def test_a_daily_time_as_typed_is_set(h: Harness, typed: str, utc: str) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time=typed)
    assert f"at {utc} UTC" in reply.text, reply.text


@pytest.mark.parametrize(
    ("typed", "utc"),
    [("밤 12시", "15:00"), ("자정", "15:00"), ("정오", "03:00"), ("낮 12시", "03:00"), ("낮 2시", "05:00"),
     ("새벽 12시 30분", "15:30"), ("오후 12시", "03:00")],
)
async def test_korean_noon_and_midnight_are_read_as_korea_time(h: Harness, typed: str, utc: str) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time=typed)
    assert f"at {utc} UTC" in reply.text, reply.text


@pytest.mark.parametrize(("typed", "utc"), [("밤 1시", "16:00"), ("밤 2시 반", "17:30"), ("밤 3시", "18:00")])
async def test_a_korean_small_hour_at_night_is_after_midnight_never_the_afternoon(h: Harness, typed: str, utc: str) -> None:
    """"밤 1시" is 1 a.m. in Korea (as "밤 12시" is midnight), never 1 p.m."""
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time=typed)
    assert f"at {utc} UTC" in reply.text, reply.text


async def test_a_korean_hour_without_morning_or_evening_is_asked_about(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time="9시")
    assert "morning or the evening" in reply.text


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [("오후 9시", "21:00 Korea time (KST)"), ("저녁 9시", "21:00 Korea time (KST)"), ("밤 9시 반", "21:30 Korea time (KST)"),
     ("9pm KST", "21:00 Korea time (KST)"), ("21:00 UTC+9", "21:00 UTC+9"), ("9am JST", "09:00 JST")],
)
async def test_the_reply_names_the_zone_it_read_the_time_in(h: Harness, typed: str, read_as: str) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time=typed)
    assert f"I read the time you gave as {read_as}." in reply.text, reply.text


async def test_a_time_without_a_zone_in_english_is_read_as_utc_and_said_so(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time="9pm")
    assert "at 21:00 UTC" in reply.text and "read the time you gave as UTC" in reply.text, reply.text


async def test_the_reply_shows_the_time_in_each_readers_own_zone(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time="오후 9시")
    next_post = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)  # 21:00 in Korea, the next day at START
    assert f"<t:{int(next_post.timestamp())}:t>" in reply.text, reply.text


async def test_a_korean_hour_without_morning_or_evening_is_asked_about_with_korean_examples(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time="매일 9시")
    assert "morning or the evening" in reply.text and "오후 9시" in reply.text, reply.text


async def test_the_settings_and_the_other_channels_show_the_daily_time_in_each_readers_own_zone(h: Harness) -> None:
    quiz, other = h.channels["trivia"], h.general
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="오후 9시")
    try:
        next_post = f"<t:{int(dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC).timestamp())}:t> your time"
        shown = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
        assert f"<#{quiz.id}> at 12:00 UTC ({next_post})" in shown.text, shown.text
        not_on = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=other, enabled=False)
        assert f"still goes to <#{quiz.id}> at 12:00 UTC ({next_post})" in not_on.text, not_on.text
    finally:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, enabled=False)
