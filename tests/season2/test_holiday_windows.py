"""Easter and the days off around Seollal and Chuseok as moderators name a release (bot/season2/holidays.py:
Easter's day by the computus; 설 연휴, "the chuseok holidays" a window of three days, read back by its label)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.reports import ReportError, parse_release
from bot.season2.windows import Window, read_window
from tests.table import table

NOW = dt.datetime(2026, 12, 2, 6, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


@table(
    ("typed", "expected"),
    [
        ("easter 2027", dt.date(2027, 3, 28)),
        ("Easter Sunday 2027", dt.date(2027, 3, 28)),
        ("easter", dt.date(2027, 3, 28)),  # the next one, nearer than April's
        ("2027 부활절", dt.date(2027, 3, 28)),
        ("good friday 2027", dt.date(2027, 3, 26)),
        ("easter monday 2028", dt.date(2028, 4, 17)),
        ("easter 2029", dt.date(2029, 4, 1)),
        ("easter 2030", dt.date(2030, 4, 21)),
    ],
)
def test_easter_is_its_day_that_year(typed: str, expected: dt.date) -> None:
    assert parse_release(typed, NOW) == dt.datetime(expected.year, expected.month, expected.day, tzinfo=dt.UTC)


def test_easter_with_a_time_is_that_moment() -> None:
    assert parse_release("easter 2027 5pm KST", NOW) == dt.datetime(2027, 3, 28, 8, tzinfo=dt.UTC)


@table(
    ("typed", "first", "last", "year_read"),
    [
        ("설 연휴 2027", dt.date(2027, 2, 6), dt.date(2027, 2, 8), False),  # Seollal is Sunday 7 February
        ("2027년 설 연휴", dt.date(2027, 2, 6), dt.date(2027, 2, 8), False),
        ("2027 설날 연휴", dt.date(2027, 2, 6), dt.date(2027, 2, 8), False),
        ("설 연휴", dt.date(2027, 2, 6), dt.date(2027, 2, 8), True),
        ("during the seollal holidays 2027", dt.date(2027, 2, 6), dt.date(2027, 2, 8), False),
        ("lunar new year holidays 2028", dt.date(2028, 1, 26), dt.date(2028, 1, 28), False),
        ("추석 연휴", dt.date(2027, 9, 14), dt.date(2027, 9, 16), True),
        ("chuseok break 2031", dt.date(2031, 9, 30), dt.date(2031, 10, 2), False),
        # a span said of the holiday itself is its days off (Seollal 7 February 2027, Chuseok 15 September 2027)
        ("during seollal", dt.date(2027, 2, 6), dt.date(2027, 2, 8), True),
        ("during seollal 2027", dt.date(2027, 2, 6), dt.date(2027, 2, 8), False),
        ("over chuseok", dt.date(2027, 9, 14), dt.date(2027, 9, 16), True),
        ("over chuseok 2027", dt.date(2027, 9, 14), dt.date(2027, 9, 16), False),
        ("over the chuseok 2028", dt.date(2028, 10, 2), dt.date(2028, 10, 4), False),
        ("During Seollal", dt.date(2027, 2, 6), dt.date(2027, 2, 8), True),
    ],
)
def test_the_days_off_around_a_lunar_holiday_are_a_window_that_reads_back(
    typed: str, first: dt.date, last: dt.date, year_read: bool
) -> None:
    window = parse_release(typed, NOW)
    assert isinstance(window, Window)
    assert (window.first, window.last, window.year_read) == (first, last, year_read)
    assert read_window(window.label, TODAY) == window
    assert str(first.day) in window.label


@table(
    ("typed", "refused"),
    [
        ("seollal holidays 2035", "only from 2022 to 2032"),
        ("추석 연휴 2040", "Chuseok holidays only from 2022 to 2032"),
        ("easter weekend 2027", "names no day"),
        ("during seollal 2040", "Seollal holidays only from 2022 to 2032"),
    ],
)
def test_a_holiday_period_not_known_is_refused_saying_why(typed: str, refused: str) -> None:
    with pytest.raises(ReportError, match=refused):
        parse_release(typed, NOW)


def test_a_label_with_other_days_is_not_read_as_the_holidays() -> None:
    assert read_window("the Seollal holidays 2027 (6 to 9 February 2027)", TODAY) is None
