"""/triviaset daily's time as moderators really type it: "at 9pm", "every day at 21:00", "0900",
"오후 9시" are times, never "a time zone with summer time" or "couldn't read that"."""

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
        ("오후 9시", "21:00"), ("오전 9시 30분", "09:30"), ("저녁 8시 반", "20:30"), ("21시", "21:00"),
        ("매일 오후 9시 (한국 시간)", "12:00"),
    ],
)
async def test_a_daily_time_as_typed_is_set(h: Harness, typed: str, utc: str) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time=typed)
    assert f"at {utc} UTC" in reply.text, reply.text


async def test_a_korean_hour_without_morning_or_evening_is_asked_about(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=h.channels["trivia"], time="9시")
    assert "morning or the evening" in reply.text
