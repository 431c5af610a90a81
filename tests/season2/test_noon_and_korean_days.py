"""Noon after a day's number and Korean's day of the month alone, as moderators type them
(bot/season2/day_parts.py, dates_korean.py, through reports.parse_release)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.reports import ReportError, parse_release
from tests.table import table

NOW = dt.datetime(2027, 1, 14, 12, 0, tzinfo=dt.UTC)  # a Thursday
FEB_12_NOON_KST = dt.datetime(2027, 2, 12, 3, 0, tzinfo=dt.UTC)


@table("typed", ["feb 12 noon KST", "February 12 noon KST", "feb 12 12 noon kst",
                                   "Feb 12 at 12 noon KST", "2027-02-12 12 noon KST", "feb 12 midday KST"])
def test_noon_after_the_days_number_keeps_the_day(typed: str) -> None:
    assert parse_release(typed, NOW) == FEB_12_NOON_KST


def test_twelve_noon_said_with_a_day_from_today_is_noon() -> None:
    assert parse_release("tomorrow 12 noon kst", NOW) == dt.datetime(2027, 1, 15, 3, 0, tzinfo=dt.UTC)


@table(("typed", "release_at"), [
    ("12일 오후 5시", dt.datetime(2027, 2, 12, 8, 0, tzinfo=dt.UTC)),  # the next 12th, Korea's time
    ("20일 밤 9시", dt.datetime(2027, 1, 20, 12, 0, tzinfo=dt.UTC)),
])
def test_a_korean_day_of_the_month_alone_is_the_next_one(typed: str, release_at: dt.datetime) -> None:
    assert parse_release(typed, NOW) == release_at


@table("typed", ["12일간", "feb 12 midnight kst", "12 noon kst"])
def test_a_count_of_days_an_unclear_midnight_or_noon_without_its_day_are_asked(typed: str) -> None:
    with pytest.raises(ReportError):
        parse_release(typed, NOW)
