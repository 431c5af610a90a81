"""The daily question: posted once a day per channel, one answer per member, streaks."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import ManualClock
from bot.show import NOTHING, Position
from bot.trivia.daily import DailyService, hour_minute, next_post_at, parse_time
from bot.trivia.model import Question, TriviaError
from db.connection import Database
from db.trivia import reports as report_store
from db.trivia import settings as settings_store
from tests.table import table

QUESTIONS = [
    Question(id=f"d{i}", text=f"Q{i}?", answers=(f"a{i}",), choices=(f"a{i}", "x", "y", "z"), spoils=NOTHING)
    for i in range(5)
] + [Question(id="late", text="Late?", answers=("l",), choices=("l", "x", "y", "z"), spoils=Position(1, 9))]


async def _mark(_: int) -> Position:
    return NOTHING


def _daily(db: Database, clock: ManualClock) -> DailyService:
    return DailyService(db, clock, QUESTIONS, _mark)


async def test_the_question_is_posted_once_its_time_has_come(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)  # the clock is at 12:00 UTC
    await service.configure(1, 10, "13:00", True)
    assert await service.due() == []
    clock.advance(dt.timedelta(hours=1))
    posts = await service.due()
    assert len(posts) == 1 and posts[0].question.spoils == NOTHING
    assert await service.due() == []


async def test_a_claim_given_back_at_a_stop_is_claimed_again_at_the_next_start(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    yesterday = (await service.due())[0]
    await service.record_message(10, 555)
    clock.advance(dt.timedelta(days=1))
    today = (await service.due())[0]
    await service.release([today])  # the bot stopped before sending it
    again = await service.due()
    assert len(again) == 1 and again[0].day == today.day
    assert again[0].before is not None and again[0].before[:2] == (555, yesterday.day)


async def test_a_posted_claim_is_never_given_back(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    post = (await service.due())[0]
    await service.record_message(10, 777)
    await service.release([post])
    assert await service.due() == []


async def test_consecutive_right_answers_grow_the_streak(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    streaks = []
    for _ in range(3):
        post = (await service.due())[0]
        right = post.question.choices.index(post.question.answers[0])
        streaks.append((await service.answer(10, post.day, 7, right)).streak)
        assert (await service.answer(10, post.day, 7, right)).status == "already"
        clock.advance(dt.timedelta(days=1))
    assert streaks == [1, 2, 3]


async def test_a_wrong_answer_resets_the_streak(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    post = (await service.due())[0]
    wrong = next(i for i, c in enumerate(post.question.choices) if c != post.question.answers[0])
    result = await service.answer(10, post.day, 7, wrong)
    assert result.status == "wrong" and result.streak == 0


def test_a_malformed_time_is_refused() -> None:
    with pytest.raises(TriviaError):
        parse_time("25:00")
    assert parse_time("9:05") == "09:05"


@table(
    ("typed", "stored"),
    [("9pm", "21:00"), ("9 PM", "21:00"), ("9:30 p.m.", "21:30"), ("7am", "07:00"), ("12am", "00:00"),
     ("12pm", "12:00"), ("noon", "12:00"), ("midnight", "00:00"), ("21h", "21:00"), ("21h30", "21:30"),
     ("9.30", "09:30"), ("09:00 UTC", "09:00"), ("18", "18:00"),
     # Korea's and Japan's time keep one offset all year; written offsets are turned into UTC too.
     ("9pm KST", "12:00"), ("21:00 kst", "12:00"), ("9pm korea time", "12:00"), ("9pm 한국시간", "12:00"),
     ("3am KST", "18:00"), ("9am JST", "00:00"), ("21:00 UTC+9", "12:00"), ("9pm GMT-5", "02:00"),
     ("9:30pm UTC+5:30", "16:00"), ("9pm ph time", "13:00")],
)
def test_a_time_is_read_as_moderators_type_it(typed: str, stored: str) -> None:
    assert parse_time(typed) == stored


@table(
    ("typed", "said"),
    [("9", "morning or the evening"), ("13pm", "not a time"), ("24:00", "not a time of day"),
     ("9pm PST", "in UTC"), ("21:00 est", "in UTC"), ("tea time", "couldn't read"), ("9 kst", "morning or the evening"),
     ("21:00 UTC+15", "not a time zone"), ("9pm uk time", "in UTC"), ("9pm london time", "in UTC"),
     ("9pm paris time", "in UTC")],
)
def test_a_time_it_cannot_place_is_refused_saying_how_to_write_it(typed: str, said: str) -> None:
    with pytest.raises(TriviaError, match=said):
        parse_time(typed)


def test_the_next_daily_post_is_today_until_its_time_has_passed() -> None:
    morning = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
    assert next_post_at("09:00", morning) == dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
    assert next_post_at("07:30", morning) == dt.datetime(2026, 12, 3, 7, 30, tzinfo=dt.UTC)


def test_a_post_time_splits_into_hour_and_minute() -> None:
    assert hour_minute(parse_time("7:05")) == (7, 5)
    assert hour_minute("23:59") == (23, 59)


TWO_LISTS = [
    Question(id=f"{name}{i}", text=f"{name} {i}?", answers=(f"a{i}",), choices=(f"a{i}", "x", "y", "z"),
             list_name=name, category=f"{name}-category")
    for name in ("kept", "off") for i in range(5)
]


async def _days_of_questions(db: Database, clock: ManualClock, days: int = 8) -> set[str]:
    service = DailyService(db, clock, TWO_LISTS, _mark)
    await service.configure(1, 10, "09:00", True)
    seen: set[str] = set()
    for _ in range(days):
        seen |= {post.question.list_name for post in await service.due()}
        clock.advance(dt.timedelta(days=1))
    return seen


async def test_the_daily_question_never_comes_from_a_list_turned_off(db: Database, clock: ManualClock) -> None:
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, 1, disabled_lists=("off",))
    assert await _days_of_questions(db, clock) == {"kept"}


async def test_the_daily_question_never_comes_from_a_category_turned_off(db: Database, clock: ManualClock) -> None:
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, 1, disabled_categories=("off-category",))
    assert await _days_of_questions(db, clock) == {"kept"}


async def test_no_daily_question_when_every_list_is_turned_off(db: Database, clock: ManualClock) -> None:
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, 1, disabled_lists=("kept", "off"))
    assert await _days_of_questions(db, clock, days=2) == set()


async def test_no_daily_question_repeats_before_every_other_one_was_asked(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    asked = []
    for _ in range(10):  # five spoiler-free questions: each once in five days, then each once again
        asked.append((await service.due())[0].question.id)
        clock.advance(dt.timedelta(days=1))
    assert len(set(asked[:5])) == 5 and len(set(asked[5:])) == 5
    assert asked[5] != asked[4]


async def test_a_question_the_moderators_retired_is_never_the_daily_question(db: Database, clock: ManualClock) -> None:
    async with db.transaction() as conn:
        for i in range(4):
            await report_store.retire_question(conn, 1, f"d{i}", clock.now())
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    for _ in range(3):
        assert (await service.due())[0].question.id == "d4"
        clock.advance(dt.timedelta(days=1))


async def test_a_new_content_pack_gives_the_next_daily_question(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    await service.due()
    corrected = Question(id="d0", text="Q0, corrected?", answers=("a0",), choices=("a0", "x", "y", "z"), spoils=NOTHING)
    service.use_built_in([corrected])
    clock.advance(dt.timedelta(days=1))
    assert (await service.due())[0].question.text == "Q0, corrected?"


async def test_an_answer_after_the_daily_question_was_turned_off_does_not_count(db: Database, clock: ManualClock) -> None:
    service = _daily(db, clock)
    await service.configure(1, 10, "09:00", True)
    post = (await service.due())[0]
    await service.configure(1, 10, "09:00", False)
    right = post.question.choices.index(post.question.answers[0])
    assert (await service.answer(10, post.day, 7, right)).status == "closed"


def test_a_daily_time_in_a_tz_zone_without_summer_time_is_turned_into_utc() -> None:
    assert parse_time("21:00 America/Sao_Paulo") == "00:00"


def test_a_daily_time_in_a_tz_zone_with_summer_time_is_refused() -> None:
    with pytest.raises(TriviaError):
        parse_time("21:00 America/New_York")
