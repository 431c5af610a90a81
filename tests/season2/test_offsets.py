"""Reminder offsets as moderators type them (bot/season2/offsets.py): one time or several."""

from __future__ import annotations

import pytest

from bot.season2.delivery.reminders import DAY, HOUR
from bot.season2.offsets import parse_offsets, read_offsets
from tests.table import table

MINUTE = 60


def test_offsets_parse_from_friendly_text() -> None:
    assert parse_offsets("30d, 7d, 1d, 1h, 0") == (30 * DAY, 7 * DAY, DAY, HOUR, 0)
    assert parse_offsets("2w 15m") == (14 * DAY, 900)
    assert parse_offsets("none") == ()


@table(
    ("text", "expected"),
    [
        ("1 day, 1 hour", (DAY, HOUR)),
        ("a week, 2 days and an hour before", (7 * DAY, 2 * DAY, HOUR)),
        ("1h30m", (HOUR + 30 * 60,)),
        ("1 hour 30 minutes", (HOUR + 30 * 60,)),
        ("one day; at release", (DAY, 0)),
        ("30d 7d 1d 0", (30 * DAY, 7 * DAY, DAY, 0)),
        ("2 weeks before release, on release day", (14 * DAY, 0)),
        ("day before and hour before", (DAY, HOUR)),
        ("the day before & the hour before", (DAY, HOUR)),
        ("a month before", (30 * DAY,)),
        ("1.5h", (90 * 60,)),
        ("half an hour", (30 * 60,)),
        ("an hour and a half", (90 * 60,)),
        ("a day and a half before, 1h", (36 * 3600, 3600)),
        ("a fortnight, a week", (14 * DAY, 7 * DAY)),
        ("thirteen days, sixty minutes", (13 * DAY, HOUR)),  # any number word (bot.text.NUMBER_WORDS)
        ("fourteen days and fifty minutes before", (14 * DAY, 50 * 60)),
    ],
)
def test_offsets_read_as_moderators_write_them(text: str, expected: tuple[int, ...]) -> None:
    assert parse_offsets(text) == expected


@table("text", ["3x", "5", "9999d", "-1h", "1d banana", "1y", "90s", "13 months"])
def test_bad_offsets_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_offsets(text)


@table(
    ("text", "says"),
    [("-1d", "without the minus"), ("90s", "to the minute"), ("400d", "more than a year"), ("7", "needs a unit")],
)
def test_a_refused_offset_says_what_to_write_instead(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_offsets(text)


def test_a_refused_offset_is_quoted_inert_and_short() -> None:
    with pytest.raises(ValueError) as refused:
        parse_offsets("@everyone||" + "x" * 4000)
    message = str(refused.value)
    assert "@everyone" not in message and "||" not in message
    assert len(message) < 200




@table(
    "text",
    [
        "1h 30m", "1H 30M", "1 hour 30 minutes", "90m", "90 minutes", "1.5h", "1.5 hours", "1½h", "an hour and a half",
        "one and a half hours", "an hour and 30 minutes", "1 hour and 30 mins", "1h and 30m", "1 hr 30 min before",
        "an hour and thirty minutes before release", "1h30", "1 h 30", "1 hour 30",
    ],
)
def test_a_time_written_in_units_together_is_one_reminder(text: str) -> None:
    assert parse_offsets(text) == (90 * MINUTE,)


@table(
    ("text", "expected"),
    [
        ("2d 12h", 60 * HOUR),
        ("2 days 12 hours", 60 * HOUR),
        ("2 days and 12 hours before", 60 * HOUR),
        ("2 and a half days", 60 * HOUR),
        ("2d 12h 30m", 60 * HOUR + 30 * MINUTE),
        ("1 week 3 days", 10 * DAY),
        ("an hour and a quarter", 75 * MINUTE),
        ("1h 15m", 75 * MINUTE),
    ],
)
def test_other_compound_times_are_one_reminder(text: str, expected: int) -> None:
    assert parse_offsets(text) == (expected,)


@table(
    ("text", "expected"),
    [
        ("1h, 1d", (DAY, HOUR)),
        ("1h, 30m", (HOUR, 30 * MINUTE)),
        ("1 hour and 1 day", (DAY, HOUR)),  # a larger unit after a smaller one: two
        ("1d 1h", (DAY, HOUR)),  # one of the next unit: the day-before and hour-before reminders
        ("a day and an hour before", (DAY, HOUR)),
        ("1 day 1 hour", (DAY, HOUR)),
        ("2 days before and 12 hours before", (2 * DAY, 12 * HOUR)),  # each says "before": two
        ("7d 1d 1h 0", (7 * DAY, DAY, HOUR, 0)),
        ("1d 30m", (DAY, 30 * MINUTE)),  # not the next unit down
        ("1h 30m, 1d, at release", (DAY, 90 * MINUTE, 0)),
        ("1 week, 2 days and 12 hours", (7 * DAY, 60 * HOUR)),
    ],
)
def test_a_list_stays_a_list(text: str, expected: tuple[int, ...]) -> None:
    assert parse_offsets(text) == expected


def test_what_was_read_as_one_time_is_named_for_the_reply() -> None:
    read = read_offsets("7d, 1 hour 30 minutes, 2d 12h, 1d 1h, 1h30m")
    assert read.offsets == (7 * DAY, 60 * HOUR, DAY, 90 * MINUTE, HOUR)
    assert read.combined == (("1h 30m", 90 * MINUTE), ("2d 12h", 60 * HOUR))


def test_a_compound_time_over_a_year_is_refused_as_one() -> None:
    with pytest.raises(ValueError, match="more than a year"):
        parse_offsets("12 months 2 weeks")


def test_minutes_after_hours_keep_the_reminders_listed_after_them() -> None:
    assert parse_offsets("1h30 and 1d") == (DAY, 90 * MINUTE)
    assert parse_offsets("2 hours 15, 7d") == (7 * DAY, 135 * MINUTE)


@table("typed", ["**7d**, `1d`", "`7d, 1d`", "||7d||, __1d__"])
def test_markdown_pasted_around_the_times_is_read_past(typed: str) -> None:
    assert parse_offsets(typed) == (7 * 86400, 86400)


@table("typed", ["7d, 1d <@&123>", "**7d** <@&1> @everyone", "1d @here"])
def test_a_ping_beside_the_times_is_refused_saying_where_the_reminders_ping_is_set(typed: str) -> None:
    with pytest.raises(ValueError, match=r"^the countdown reminders ping no one, and the release pings the role "
                                         r"its announcement channel pings \(`/season2set announce set` with `role`\): "
                                         r"give only the times here"):
        parse_offsets(typed)


@table(
    ("text", "expected"),
    [
        ("하루 전, 1시간 전", (DAY, HOUR)),
        ("일주일 전, 하루 전, 공개 시", (7 * DAY, DAY, 0)),
        ("30일 전, 7일 전, 1일 전, 1시간 전, 공개 당일", (30 * DAY, 7 * DAY, DAY, HOUR, 0)),
        ("한 달 전, 2주 전, 이틀 전", (30 * DAY, 14 * DAY, 2 * DAY)),
        ("3시간 전, 30분 전, 공개될 때", (3 * HOUR, 30 * MINUTE, 0)),
        ("1시간 반 전", (90 * MINUTE,)),
        ("1개월 전 그리고 1주일 전", (30 * DAY, 7 * DAY)),
        ("두 시간 전", (2 * HOUR,)),
    ],
)
def test_offsets_typed_in_korean_are_read(text: str, expected: tuple[int, ...]) -> None:
    assert parse_offsets(text) == expected


@table("text", ["기본값", "기본", "초기화"])
def test_the_default_reminders_asked_for_in_korean(text: str) -> None:
    assert parse_offsets(text) == parse_offsets("default")


@table("text", ["없음", "끄기"])
def test_no_reminders_asked_for_in_korean(text: str) -> None:
    assert parse_offsets(text) == ()
