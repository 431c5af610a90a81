"""What a moderator types into /season2set report (bot/season2/reports.py): report days, release times."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.reports import ReportError, parse_release, parse_report_day
from tests.season2.delivery.helpers import T0

TODAY = dt.date(2026, 3, 1)


def test_a_report_day_is_today_or_an_iso_date() -> None:
    assert parse_report_day(" Today ", TODAY) == TODAY
    assert parse_report_day("2026-02-14", TODAY) == dt.date(2026, 2, 14)


@pytest.mark.parametrize(
    "typed", ["14 February 2026", "February 14, 2026", "feb 14th 2026", "14/02/2026", "2/14/2026", "2026/02/14"]
)
def test_a_report_day_reads_as_moderators_write_it(typed: str) -> None:
    assert parse_report_day(typed, TODAY) == dt.date(2026, 2, 14)


def test_an_ambiguous_day_names_both_readings() -> None:
    with pytest.raises(ReportError, match="3 April or 4 March"):
        parse_report_day("03/04/2026", TODAY)


def test_yesterday_is_the_day_before_today() -> None:
    assert parse_report_day("yesterday", TODAY) == TODAY - dt.timedelta(days=1)


@pytest.mark.parametrize("typed", ["03/04/2026", "banana", "2026-13-01", "31 February 2026", "<@1>"])
def test_an_unreadable_or_ambiguous_report_day_is_refused_with_the_expected_format(typed: str) -> None:
    with pytest.raises(ReportError, match="YYYY-MM-DD"):
        parse_report_day(typed, TODAY)


def test_no_release_text_means_no_release_time() -> None:
    assert parse_release(None, T0) is None
    assert parse_release("  ", T0) is None


def test_a_relative_release_counts_from_now_to_the_minute() -> None:
    now = T0 + dt.timedelta(seconds=42)
    assert parse_release("+10d", now) == T0 + dt.timedelta(days=10)
    assert parse_release("+36H", now) == T0 + dt.timedelta(hours=36)


def test_an_absolute_release_is_a_utc_day_or_minute() -> None:
    assert parse_release("2026-07-23", T0) == dt.datetime(2026, 7, 23, tzinfo=dt.UTC)
    assert parse_release("2026-07-23T16:00", T0) == dt.datetime(2026, 7, 23, 16, 0, tzinfo=dt.UTC)


def test_a_release_may_end_in_utc() -> None:
    expected = dt.datetime(2026, 7, 23, 16, 0, tzinfo=dt.UTC)
    assert parse_release("2026-07-23T16:00 UTC", T0) == expected
    assert parse_release("2026-07-23 16:00utc", T0) == expected


def test_a_release_reads_with_the_months_name_and_a_time_of_day() -> None:
    assert parse_release("23 July 2026 4pm", T0) == dt.datetime(2026, 7, 23, 16, 0, tzinfo=dt.UTC)
    assert parse_release("July 23, 2026 at 16:00", T0) == dt.datetime(2026, 7, 23, 16, 0, tzinfo=dt.UTC)


def test_an_unreadable_release_is_refused() -> None:
    with pytest.raises(ReportError, match="release date"):
        parse_release("next summer", T0)
