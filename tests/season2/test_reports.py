"""What a moderator types into /season2set report (bot/season2/reports.py): report days, release times."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.season2.model import Milestone
from bot.season2.reports import ReportError, check_dates, check_source_url, parse_release, parse_report_day
from bot.season2.windows import Window
from tests.season2.delivery.helpers import T0
from tests.stall import read_at_once
from tests.table import table

TODAY = dt.date(2026, 3, 1)


def test_a_report_day_is_today_or_an_iso_date() -> None:
    assert parse_report_day(" Today ", TODAY) == TODAY
    assert parse_report_day("2026-02-14", TODAY) == dt.date(2026, 2, 14)


@table(
    "typed", ["14 February 2026", "February 14, 2026", "feb 14th 2026", "14/02/2026", "2/14/2026", "2026/02/14"]
)
def test_a_report_day_reads_as_moderators_write_it(typed: str) -> None:
    assert parse_report_day(typed, TODAY) == dt.date(2026, 2, 14)


def test_an_ambiguous_day_names_both_readings() -> None:
    with pytest.raises(ReportError, match="3 April or 4 March"):
        parse_report_day("03/04/2026", TODAY)


def test_yesterday_is_the_day_before_today() -> None:
    assert parse_report_day("yesterday", TODAY) == TODAY - dt.timedelta(days=1)


@table("typed", ["03/04/2026", "banana", "2026-13-01", "31 February 2026", "<@1>"])
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


@table("typed", ["9999-12-31T23:00-05:00", "december 31 9999 11pm pst", "0001-01-01 00:30 KST"])
def test_a_release_past_the_calendars_end_in_utc_is_refused_for_its_day_never_an_overflow(typed: str) -> None:
    with pytest.raises(ReportError, match="can't be right"):  # was OverflowError: "something went wrong on my side"
        parse_release(typed, T0)


def test_an_unreadable_release_is_refused_saying_which_days_and_windows_are_read() -> None:
    with pytest.raises(ReportError, match="release date") as refused:
        parse_release("when it's ready", T0)
    assert "14 March 2027" in str(refused.value) and "the first half of 2027" in str(refused.value)


@table(
    ("typed", "expected"),
    [
        ("Saturday, February 14, 2026", dt.date(2026, 2, 14)),
        ("14-Feb-2026", dt.date(2026, 2, 14)),
        ("20260214", dt.date(2026, 2, 14)),
        ("Feb 14", dt.date(2026, 2, 14)),  # no year: the last such day
        ("14 december", dt.date(2025, 12, 14)),
        ("3 days ago", dt.date(2026, 2, 26)),
        ("a week ago", dt.date(2026, 2, 22)),
        ("2026-02-14T10:00:00Z", dt.date(2026, 2, 14)),
        # said in Spanish or Portuguese (scen45: "hoy" was refused)
        ("hoy", dt.date(2026, 3, 1)), ("hoje", dt.date(2026, 3, 1)), ("ayer", dt.date(2026, 2, 28)),
        ("ontem", dt.date(2026, 2, 28)), ("hace 3 días", dt.date(2026, 2, 26)), ("há 3 dias", dt.date(2026, 2, 26)),
    ],
)
def test_a_report_day_reads_weekdays_missing_years_and_days_ago(typed: str, expected: dt.date) -> None:
    assert parse_report_day(typed, TODAY) == expected


KST_FIVE_PM = dt.datetime(2027, 3, 14, 8, 0, tzinfo=dt.UTC)  # 17:00 in Seoul


@table(
    "typed",
    [
        "2027-03-14 17:00 KST", "March 14, 2027 5pm KST", "14 March 2027 17:00 (KST)", "2027-03-14T17:00:00+09:00",
        "2027-03-14 17:00 GMT+9", "2027-03-14T08:00:00Z", "2027-03-14 08:00 UTC", "2027-03-14 00:00 PT",
        "March 14 2027 at 12am PST", "Sunday, March 14, 2027 17:00 KST",
    ],
)
def test_a_release_time_in_a_named_zone_or_offset_is_converted_to_utc(typed: str) -> None:
    assert parse_release(typed, T0) == KST_FIVE_PM


@table(
    "typed",
    ["5pm KST March 14 2027", "17:00 KST, 14 March 2027", "5:00 pm (KST) on 14/03/2027", "8am UTC 2027-03-14"],
)
def test_a_release_time_written_before_its_day_is_read(typed: str) -> None:
    assert parse_release(typed, T0) == KST_FIVE_PM


@table(
    "typed",
    ["2027년 3월 14일 오후 5시 (한국시간)", "2027년 3월 14일 (일) 17시 한국 시간", "2027년 3월 14일 오후 5시 한국시간 기준"],
)
def test_a_release_time_written_in_korean_is_read(typed: str) -> None:
    assert parse_release(typed, T0) == KST_FIVE_PM


@table("typed", ["2027년 3월 14일 오후 5시", "2027년 3월 14일 17시", "2027년 3월 14일 (일요일) 오후 5시"])
def test_a_time_written_in_korean_without_a_zone_is_korean_time(typed: str) -> None:
    assert parse_release(typed, T0) == KST_FIVE_PM


def test_a_time_written_in_korean_keeps_the_zone_typed_after_it() -> None:
    assert parse_release("2027년 3월 14일 오후 5시 UTC", T0) == dt.datetime(2027, 3, 14, 17, 0, tzinfo=dt.UTC)


@table("typed", ["2027년 3월 14일 (화) 오후 5시 (한국시간)", "2027년 3월 14일 금요일 17시", "2027년 3월 14일 (월)"])
def test_a_wrong_korean_weekday_is_refused(typed: str) -> None:
    with pytest.raises(ReportError, match="Sunday"):
        parse_release(typed, T0)


def test_a_report_day_written_in_korean_is_read() -> None:
    assert parse_report_day("2026년 2월 14일", TODAY) == dt.date(2026, 2, 14)


@table("typed", ["2027년 2월 30일", "2027년 13월 1일", "15 pm March 14 2027", "2027년 3월 14일 5시"])
def test_an_impossible_korean_or_time_first_date_is_refused(typed: str) -> None:
    with pytest.raises(ReportError, match="couldn't"):
        parse_release(typed, T0)


def test_pacific_and_eastern_time_follow_daylight_saving() -> None:
    assert parse_release("2027-01-14 00:00 PT", T0) == dt.datetime(2027, 1, 14, 8, 0, tzinfo=dt.UTC)
    assert parse_release("2027-07-14 00:00 PT", T0) == dt.datetime(2027, 7, 14, 7, 0, tzinfo=dt.UTC)
    assert parse_release("2027-07-14 3am ET", T0) == dt.datetime(2027, 7, 14, 7, 0, tzinfo=dt.UTC)


def test_a_release_day_without_a_year_is_the_next_one() -> None:
    assert T0.date() == dt.date(2026, 3, 1)
    assert parse_release("Feb 14", T0) == dt.datetime(2027, 2, 14, tzinfo=dt.UTC)
    assert parse_release("March 14", T0) == dt.datetime(2026, 3, 14, tzinfo=dt.UTC)


def test_a_release_from_now_reads_in_words() -> None:
    assert parse_release("in 10 days", T0) == parse_release("+10d", T0) == T0 + dt.timedelta(days=10)
    assert parse_release("2 weeks from now", T0) == T0 + dt.timedelta(weeks=2)
    assert parse_release("in 36 hours", T0) == T0 + dt.timedelta(hours=36)


@table(
    ("typed", "label"),
    [("March 2027", "March 2027"), ("H1 2027", "the first half of 2027"), ("early 2027", "early 2027"),
     ("2027", "2027"), ("first half of 2027", "the first half of 2027"), ("next summer", "summer 2026")],
)
def test_a_window_without_its_day_is_read_as_a_window_not_a_date(typed: str, label: str) -> None:
    window = parse_release(typed, T0)
    assert isinstance(window, Window) and window.label == label


def test_a_window_that_is_not_one_says_which_windows_are_read() -> None:
    with pytest.raises(ReportError, match="couldn't read the window") as refused:
        parse_release("holidays 2027", T0)
    assert "Q1 2027" in str(refused.value)


@table("typed", ["2027-03-14 17", "2027-03-14 13pm", "2027-03-14 25:00 KST", "14 March 2027 17:00 XYZ"])
def test_a_release_time_that_is_no_time_is_refused_with_examples(typed: str) -> None:
    with pytest.raises(ReportError, match="17:00 KST"):
        parse_release(typed, T0)


@table(
    ("typed", "expected"),
    [
        ("netflix.com/tudum", "https://netflix.com/tudum"),
        ("www.soompi.com/article/1", "https://www.soompi.com/article/1"),
        ("<https://www.soompi.com/article/1>", "https://www.soompi.com/article/1"),
    ],
)
def test_a_source_pasted_bare_or_in_brackets_is_the_address_it_shows(typed: str, expected: str) -> None:
    assert check_source_url(typed) == expected


@table("typed", ["junk", "javascript:alert(1)", "localhost/x", "127.0.0.1/x", "<javascript:alert(1)>"])
def test_a_bare_address_that_is_no_public_site_is_still_refused(typed: str) -> None:
    with pytest.raises(ReportError):
        check_source_url(typed)


_YEAR_END = dt.datetime(2026, 12, 30, 12, tzinfo=dt.UTC)


@table("typed", ["14-03-2027", "3-14-2027", "14 Mar 2027 00:00:00"])
def test_a_release_date_with_dashes_or_seconds_is_read(typed: str) -> None:
    assert parse_release(typed, _YEAR_END) == dt.datetime(2027, 3, 14, tzinfo=dt.UTC)


def test_a_bare_offset_after_a_clock_time_is_a_time_zone() -> None:
    assert parse_release("2027-03-14 17:00+09:00", _YEAR_END) == dt.datetime(2027, 3, 14, 8, tzinfo=dt.UTC)


def test_twelve_noon_is_midday() -> None:
    assert parse_release("14 March 2027 12 noon", _YEAR_END) == dt.datetime(2027, 3, 14, 12, tzinfo=dt.UTC)


def test_a_weekday_that_is_not_the_dates_is_refused_with_the_right_one() -> None:
    with pytest.raises(ReportError, match="Sunday"):
        parse_release("Monday 14 March 2027", _YEAR_END)


def test_a_report_day_with_a_local_time_is_that_local_day() -> None:
    # 11pm in California on 31 December is already 1 January in UTC: the source said it on the 31st
    assert parse_report_day("dec 31 11pm pt", dt.date(2027, 1, 2)) == dt.date(2026, 12, 31)


def test_a_day_without_a_year_that_is_already_today_in_korea_is_this_year() -> None:
    now = dt.datetime(2027, 1, 2, 16, tzinfo=dt.UTC)  # 3 January, 01:00 in Seoul
    day = parse_report_day("Jan 3", now.date())
    assert day == dt.date(2027, 1, 3)
    check_dates(Milestone.FILMING_WRAPPED, day, None, now)  # accepted: not "in the future"


@table(
    ("typed", "says"),
    [("early", "write early 2027"), ("late", "write late 2026 or late 2027"), ("sometime mid", "write mid-2027"),
     ("the end", "write late 2026 or late 2027")],
)
def test_a_part_of_a_year_alone_is_refused_naming_the_windows_it_could_be(typed: str, says: str) -> None:
    with pytest.raises(ReportError, match="names no year or month") as refused:
        parse_release(typed, dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC))
    assert says in str(refused.value)


def test_a_window_typed_without_its_year_is_read_as_the_next_one() -> None:
    window = parse_release("spring", dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC))
    assert isinstance(window, Window) and window.label == "spring 2027" and window.year_read


@table(
    ("typed", "meant"),
    [("htps://www.netflix.com/tudum", "https://www.netflix.com/tudum"), ("https//soompi.com/a/1", "https://soompi.com/a/1"),
     ("https:/www.soompi.com/a", "https://www.soompi.com/a"), ("netflix,com/tudum", "https://netflix.com/tudum"),
     ("hhttps://netflix.com/x", "https://netflix.com/x")],
)
def test_a_mistyped_source_address_is_refused_offering_the_one_meant(typed: str, meant: str) -> None:
    with pytest.raises(ReportError, match=f"did you mean <{re.escape(meant)}>"):
        check_source_url(typed)


def test_a_long_pasted_release_date_is_read_a_few_words_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day looked for in an unreadable release date is a few words at its start or end: a pasted
    6,000-character text is not read again once per word (its square took seconds on a loaded machine,
    past the 3 s Discord gives /season2set report to answer). The reply still names the day it read."""
    import bot.season2.reports as reports

    sizes: list[int] = []
    real = reports.read_day

    def counted(text: str, today: dt.date, **kwargs: bool) -> dt.date | None:
        sizes.append(len(text.split()))
        return real(text, today, **kwargs)

    monkeypatch.setattr(reports, "read_day", counted)
    with pytest.raises(ReportError):
        parse_release("@everyone @here <@&1> <@2> <#3> ||" * 170, T0)
    assert sizes and max(sizes) <= 12 and len(sizes) <= 30
    sizes.clear()
    with pytest.raises(ReportError, match="I read the day, Friday 15 January 2027, but not"):
        parse_release("Jan 15 2027 " + "in the evening " * 300, T0)
    assert max(sizes) <= 12


def test_a_pasted_wall_of_years_is_refused_within_discords_three_seconds() -> None:
    with read_at_once(), pytest.raises(ReportError, match="too long for a release date"):
        parse_release("2027 " * 1200, T0)


def test_a_part_2_report_takes_part_2s_day_and_needs_one() -> None:
    from bot.season2.reports import moderator_claim

    day = dt.datetime(2026, 5, 8, tzinfo=dt.UTC)
    made = moderator_claim(milestone=Milestone.PART_DATED, source_url="https://www.netflix.com/tudum/aouad", date=T0.date(),
                           official=True, now=T0, release_at=day)
    assert (made.milestone, made.release_at) == (Milestone.PART_DATED, day)
    with pytest.raises(ReportError, match="needs the release date"):
        moderator_claim(milestone=Milestone.PART_DATED, source_url="https://www.netflix.com/tudum/aouad", date=T0.date(),
                        official=True, now=T0)
