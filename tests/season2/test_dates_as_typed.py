"""Release dates and windows typed the way moderators type them (bot/season2/dates.py, windows.py,
reports.py): a time before its day with words around it, a weekday alone, a season said with "this",
and the vague ones refused saying what works."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.season2.dates import ambiguous_weekday, read_day, said_from_today
from bot.season2.model import Milestone
from bot.season2.reports import (
    ReportError,
    check_dates,
    check_window,
    parse_release,
    parse_report_day,
    parse_timed_release,
)
from bot.season2.windows import Window, read_window
from tests.table import table

#: A Wednesday in December: the spring of this year is over.
NOW = dt.datetime(2026, 12, 2, 6, 0, tzinfo=dt.UTC)
JAN_15_5PM_KST = dt.datetime(2027, 1, 15, 8, 0, tzinfo=dt.UTC)  # a Friday


@table(
    "typed",
    [
        "at 5pm KST on Jan 15 2027", "5pm KST, Friday Jan 15 2027", "17:00 KST fri 15 jan 2027",
        "@ 17:00 KST, 15 January 2027", "on Jan 15 2027 at 5pm KST", "at 17:00 KST on Friday 15 January 2027",
        "5pm KST - Friday Jan 15 2027", "5pm KST \u2013 Fri. 15 Jan 2027", "15th of January 2027, 17h KST",
        "17h KST 15/01/2027", "5:00 PM (KST) on Friday, January 15th, 2027",
        # the hour said in words: "in the evening", "in the afternoon", "o'clock", "Korean time"
        "Jan 15 2027 5 in the afternoon KST", "5 in the evening on Jan 15 2027 KST",
        "Jan 15 2027, 5 o'clock in the afternoon KST", "Jan 15 2027 at 5 in the evening Korean time",
        "at 5 in the evening KST on Friday 15 January 2027",
    ],
)
def test_a_time_before_its_day_with_at_on_or_a_weekday_is_read(typed: str) -> None:
    assert parse_release(typed, NOW) == JAN_15_5PM_KST


@table("typed", ["5pm KST, Thursday Jan 15 2027", "at 17:00 KST on sat 15 jan 2027"])
def test_a_wrong_weekday_after_a_time_is_refused_naming_the_right_one(typed: str) -> None:
    with pytest.raises(ReportError, match="15 January 2027 is a Friday"):
        parse_release(typed, NOW)


@table(
    ("typed", "expected"),
    [
        ("this spring", "spring 2027"), ("this summer", "summer 2027"), ("This Fall", "fall 2027"),
        ("this winter", "winter 2027"), ("season 2 comes out this spring", "spring 2027"),
        ("this coming spring", "spring 2027"), ("next spring", "spring 2027"), ("next month", "January 2027"),
        ("this month", "December 2026"), ("end of january", "late January 2027"),
        ("the beginning of March 2027", "early March 2027"), ("middle of feb", "mid-February 2027"),
    ],
)
def test_a_season_or_month_said_from_today_is_the_one_not_over_and_says_its_year(typed: str, expected: str) -> None:
    window = parse_release(typed, NOW)
    assert isinstance(window, Window) and window.label == expected
    assert window.last >= NOW.date()
    assert window.year_read or any(c.isdigit() for c in typed)


@table(
    ("typed", "today", "expected"),
    [("this spring", "2027-04-10", "spring 2027"), ("this spring", "2027-06-01", "spring 2028"),
     ("this winter", "2027-01-20", "winter 2027"), ("next winter", "2027-01-20", "winter 2028"),
     ("this summer", "2027-02-01", "summer 2027")],
)
def test_this_season_is_the_one_under_way_or_the_next(typed: str, today: str, expected: str) -> None:
    window = read_window(typed, dt.date.fromisoformat(today))
    assert window is not None and window.label == expected and window.year_read


@table(
    ("typed", "label"),
    [("early 2027", "early 2027"), ("mid-Feb", "mid-February 2027"), ("Q1 2027", "Q1 2027"),
     ("first half of 2027", "the first half of 2027"), ("sometime in march", "March 2027"),
     ("late feb", "late February 2027")],
)
def test_the_windows_fans_type_are_read_with_their_precision(typed: str, label: str) -> None:
    window = parse_release(typed, NOW)
    assert isinstance(window, Window) and window.label == label


@table(
    ("typed", "expected"),
    [
        ("tomorrow 9pm KST", dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)),
        ("9pm KST tomorrow", dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)),
        ("tonight 9pm KST", dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)),
        ("this friday", dt.datetime(2026, 12, 4, tzinfo=dt.UTC)),
        ("Friday at 5pm KST", dt.datetime(2026, 12, 4, 8, 0, tzinfo=dt.UTC)),
        ("this coming Sat 00:00 PT", dt.datetime(2026, 12, 5, 8, 0, tzinfo=dt.UTC)),
        ("Thursday 9pm UTC-3", dt.datetime(2026, 12, 4, 0, 0, tzinfo=dt.UTC)),  # Chile in its summer: 00:00 UTC
    ],
)
def test_a_day_said_from_today_is_read_to_its_day_or_minute(typed: str, expected: dt.datetime) -> None:
    assert parse_release(typed, NOW) == expected


#: An hour is an hour even where it is 00:00 UTC; a day alone gives none, whatever zone follows it.
@table(
    ("typed", "given"),
    [
        ("march 14 2027 00:00 UTC", True),
        ("14 March 2027 0:00 UTC", True),
        ("14 March 2027 12am GMT", True),
        ("2027-03-14T00:00:00Z", True),
        ("2027년 3월 14일 오전 9시", True),  # 00:00 UTC
        ("june 4 2027 5pm PDT", True),  # 00:00 UTC on 5 June
        ("Thursday 9pm UTC-3", True),
        ("march 14 2027", False),
        ("14 March 2027 KST", False),
        ("this friday", False),
        ("the first half of 2027", False),  # a window
        ("", False),
    ],
)
def test_a_reported_release_says_whether_its_hour_was_given(typed: str, given: bool) -> None:
    assert parse_timed_release(typed, NOW)[1] is given


#: An hour that names no one moment is asked again, never read as a day without its hour.
@table(
    "typed",
    [
        "march 14 2027 midnight GMT",  # which midnight (the reply says so)
        "march 13 2027 5pm PDT",  # PDT is not kept on 13 March 2027
    ],
)
def test_a_reported_hour_that_names_no_one_moment_is_asked_again(typed: str) -> None:
    with pytest.raises(ReportError):
        parse_timed_release(typed, NOW)


#: 16:00 UTC on 2 December is already 3 December in Korea, still 2 December in California.
LATE_UTC = dt.datetime(2026, 12, 2, 16, 0, tzinfo=dt.UTC)


@table(
    ("typed", "expected"),
    [
        ("tonight 9pm KST", dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)),
        ("tomorrow 9pm KST", dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)),
        ("today 11pm PT", dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.UTC)),
        ("tomorrow 5pm", dt.datetime(2026, 12, 3, 17, 0, tzinfo=dt.UTC)),
    ],
)
def test_today_and_tomorrow_are_the_days_where_the_zone_named_is(typed: str, expected: dt.datetime) -> None:
    assert parse_release(typed, LATE_UTC) == expected


@table(
    ("typed", "expected"),
    [("last friday", dt.date(2026, 11, 27)), ("Friday", dt.date(2026, 11, 27)), ("on Nov 15", dt.date(2026, 11, 15)),
     ("at 5pm KST on Nov 15 2026", dt.date(2026, 11, 15)), ("wednesday", dt.date(2026, 12, 2))],
)
def test_a_report_day_said_as_a_weekday_is_the_last_one(typed: str, expected: dt.date) -> None:
    assert parse_report_day(typed, NOW.date()) == expected


@table("typed", ["next friday", "Next Fri 5pm KST", "next saturday"])
def test_next_weekday_is_refused_naming_both_days_it_could_be(typed: str) -> None:
    with pytest.raises(ReportError, match=r"could be \w+day \d+ December 2026 or \w+day \d+ December 2026") as refused:
        parse_release(typed, NOW)
    assert "this " in str(refused.value)


@table("typed", ["next week", "sometime next week", "soon", "tonight", "TBA", "this weekend"])
def test_a_vague_time_is_refused_saying_what_forms_work(typed: str) -> None:
    with pytest.raises(ReportError, match="names no day") as refused:
        parse_release(typed, NOW)
    assert "14 March 2027" in str(refused.value) and "Q1 2027" in str(refused.value)


@table("typed", ["by Jan 15 2027", "before March 2027", "no later than spring 2027"])
def test_a_limit_is_refused_as_no_release_date(typed: str) -> None:
    with pytest.raises(ReportError, match="is a limit"):
        parse_release(typed, NOW)


@table(
    ("typed", "expected"),
    [("**March 14, 2027** 5pm KST", "2027-03-14T08:00:00+00:00"), ("`2027-03-14 17:00 KST`", "2027-03-14T08:00:00+00:00"),
     ("||Q1 2027||", "Q1 2027"), ("~spring 2027", "spring 2027"), ("__early 2027__", "early 2027")],
)
def test_a_date_pasted_with_markdown_is_read_as_the_date_it_shows(typed: str, expected: str) -> None:
    read = parse_release(typed, NOW)
    assert (read.label if isinstance(read, Window) else read.isoformat() if read else None) == expected


@table(
    ("milestone", "said", "release"),
    [(Milestone.RELEASE_DATE_ANNOUNCED, "2026-10-01", "2026-11-01"), (Milestone.RELEASE_DATE_CHANGED, "2026-10-01", "1 Nov 2026 5pm KST"),
     (Milestone.DELAYED, "2026-09-01", "2026-11-20"), (Milestone.RELEASE_DATE_ANNOUNCED, "2026-11-01", "last friday")],
)
def test_a_release_date_already_past_is_refused_as_news_saying_what_to_report(
    milestone: Milestone, said: str, release: str
) -> None:
    release_at = parse_release(release, NOW)
    assert isinstance(release_at, dt.datetime)
    with pytest.raises(ReportError, match=r"has already passed: if season 2 came out then, report it with milestone .Released"):
        check_dates(milestone, dt.date.fromisoformat(said), release_at, NOW)


@table("release", ["today", "2026-12-01 17:00 KST", "tomorrow 9pm KST"])
def test_a_release_date_of_today_or_later_is_still_news(release: str) -> None:
    release_at = parse_release(release, NOW)
    assert isinstance(release_at, dt.datetime)
    check_dates(Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 11, 30), release_at, NOW)


# --- A weekday said alone, every way, on every day of the week -------------------------------------------------

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_A_WEEK = [dt.date(2026, 11, 30) + dt.timedelta(days=n) for n in range(7)]  # Monday to Sunday


def _weeks(day: dt.date) -> tuple[tuple[int, int], int]:
    """(the Monday week, the Sunday week) a day is in, as day numbers of their first day."""
    monday = day - dt.timedelta(days=day.weekday())
    sunday = day - dt.timedelta(days=(day.weekday() + 1) % 7)
    return (monday.toordinal(), sunday.toordinal()), day.weekday()


@table(
    ("said", "ahead", "fits"),
    [
        ("{}", True, lambda d, t: 0 <= (d - t).days <= 6),
        ("on {}", False, lambda d, t: -6 <= (d - t).days <= 0),
        ("this {}", True, lambda d, t: 0 <= (d - t).days <= 6),
        ("this coming {}", True, lambda d, t: 1 <= (d - t).days <= 7),
        ("next {}", True, lambda d, t: all(a - b == 7 for a, b in zip(_weeks(d)[0], _weeks(t)[0], strict=True))),
        ("last {}", False, lambda d, t: all(b - a == 7 for a, b in zip(_weeks(d)[0], _weeks(t)[0], strict=True))),
        ("{} next week", True, lambda d, t: all(a - b == 7 for a, b in zip(_weeks(d)[0], _weeks(t)[0], strict=True))),
        ("this week's {}", False, lambda d, t: all(a == b for a, b in zip(_weeks(d)[0], _weeks(t)[0], strict=True))),
    ],
)
def test_a_weekday_said_alone_is_its_one_day_or_asked_again_naming_both(said: str, ahead: bool, fits: object) -> None:
    """Read, it is that weekday and the day the words name whichever day a week starts on; else
    both days it could be are named (never unread without a reason, never guessed)."""
    assert callable(fits)
    for today in _A_WEEK:
        now = dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC)
        for number, name in enumerate(_WEEKDAY_NAMES):
            typed = said.format(name)
            day = read_day(typed, today, ahead=ahead)
            if day is None:
                both = ambiguous_weekday(typed, now, ahead=ahead)
                assert both is not None and both[0].weekday() == both[1].weekday() == number, (typed, today)
                assert (both[1] - both[0]).days == 7
            else:
                assert day.weekday() == number and fits(day, today), (typed, today, day)


#: A Wednesday: Friday is ahead this week, Tuesday behind.
@table(
    ("typed", "expected"),
    [("this friday", "2026-12-04"), ("This Fri 5pm KST", "2026-12-04T08:00"), ("this wednesday", "2026-12-02"),
     ("next tuesday", "2026-12-08"), ("next wed", "2026-12-09"), ("coming friday", "2026-12-04"),
     ("friday next week", "2026-12-11"), ("next week friday 17:00 KST", "2026-12-11T08:00"),
     ("this week's friday", "2026-12-04"), ("on Fri", "2026-12-04"), ("tuesday", "2026-12-08"),
     ("thrusday 9pm kst", "2026-12-03T12:00")],
)
def test_a_weekday_ahead_or_behind_this_week_is_read_where_only_one_day_fits(typed: str, expected: str) -> None:
    read = parse_release(typed, NOW)
    assert isinstance(read, dt.datetime) and read.isoformat().startswith(expected)


@table(
    ("typed", "first", "second"),
    [("this tuesday", "Tuesday 1 December", "Tuesday 8 December"), ("next friday", "Friday 4", "Friday 11"),
     ("this coming wednesday", "Wednesday 2", "Wednesday 9"), ("next sunday 5pm kst", "Sunday 6", "Sunday 13"),
     ("sunday next week", "Sunday 6", "Sunday 13"), ("다음 금요일", "Friday 4", "Friday 11"),
     ("이번 주 일요일", "Sunday 29 November", "Sunday 6 December")],
)
def test_a_weekday_that_may_name_two_days_is_refused_naming_both(typed: str, first: str, second: str) -> None:
    with pytest.raises(ReportError, match=rf"could be {first}.* or {second}.*: write the date you mean"):
        parse_release(typed, NOW)


@table("typed", ["last tuesday", "last monday 5pm"])
def test_a_report_day_last_weekday_of_this_week_or_the_one_before_is_asked_again(typed: str) -> None:
    with pytest.raises(ReportError, match="could be"):
        parse_report_day(typed, NOW.date())


#: 20:00 UTC on Thursday 3 December is 05:00 on Friday in Korea, noon on Thursday in California.
THURSDAY_LATE_UTC = dt.datetime(2026, 12, 3, 20, 0, tzinfo=dt.UTC)


#: 9am KST is 00:00 UTC (an hour given: `parse_timed_release`).
@table(
    ("typed", "expected"),
    [("this Friday 9am KST", dt.datetime(2026, 12, 4, 0, 0, tzinfo=dt.UTC)),
     ("friday 9am kst", dt.datetime(2026, 12, 4, 0, 0, tzinfo=dt.UTC)),
     ("next friday 5pm kst", dt.datetime(2026, 12, 11, 8, 0, tzinfo=dt.UTC)),  # Friday there: a week on
     ("this friday 9am pt", dt.datetime(2026, 12, 4, 17, 0, tzinfo=dt.UTC)),
     ("이번 주 금요일 오전 9시", dt.datetime(2026, 12, 4, 0, 0, tzinfo=dt.UTC)),
     ("내일 오후 5시", dt.datetime(2026, 12, 5, 8, 0, tzinfo=dt.UTC))],
)
def test_a_weekday_with_a_zone_counts_from_that_zones_day(typed: str, expected: dt.datetime) -> None:
    assert parse_release(typed, THURSDAY_LATE_UTC) == expected


def test_next_weekday_is_asked_again_where_the_zone_has_not_reached_it() -> None:
    with pytest.raises(ReportError, match="could be Friday 4 December 2026 or Friday 11 December 2026"):
        parse_release("next friday 5pm pt", THURSDAY_LATE_UTC)


# --- Korean, said from today, and as moderators type it -----------------------------------------------------------


@table(
    ("typed", "expected"),
    [("오늘", "2026-12-02T00:00"), ("내일", "2026-12-03T00:00"), ("모레", "2026-12-04T00:00"), ("글피", "2026-12-05T00:00"),
     ("내일 오후 5시", "2026-12-03T08:00"), ("오늘 밤 9시 반", "2026-12-02T12:30"), ("모레 17시", "2026-12-04T08:00"),
     ("이번 주 금요일 저녁 7시", "2026-12-04T10:00"), ("다음 주 금요일", "2026-12-11T00:00"), ("금요일 오후 5시", "2026-12-04T08:00"),
     ("12월 25일 밤 9시 반", "2026-12-25T12:30"), ("12월 25일 새벽 2시", "2026-12-24T17:00"), ("12월 25일 낮 2시", "2026-12-25T05:00"),
     ("12월 25일 정오", "2026-12-25T03:00"), ("Dec 25 오후 5시", "2026-12-25T08:00"), ("12월 25일 오후 5시 UTC", "2026-12-25T17:00"),
     # a day said in Korean with its time in figures is Korea's time too (was read as UTC, 9 hours late)
     ("2027년 3월 5일 17:00", "2027-03-05T08:00"), ("2027년 3월 5일 5pm", "2027-03-05T08:00"), ("3월 5일 5:30pm", "2027-03-05T08:30"),
     ("12월 25일 21:30", "2026-12-25T12:30"), ("금요일 17:00", "2026-12-04T08:00"), ("2027년 3월 5일 5pm PT", "2027-03-06T01:00")],
)
def test_a_korean_day_said_from_today_and_its_time_are_koreas(typed: str, expected: str) -> None:
    read = parse_release(typed, NOW)
    assert isinstance(read, dt.datetime) and read.isoformat().startswith(expected)


@table(("typed", "expected"), [("어제", dt.date(2026, 12, 1)), ("그저께", dt.date(2026, 11, 30)),
                                                 ("지난주 금요일", dt.date(2026, 11, 27)), ("오늘", dt.date(2026, 12, 2))])
def test_a_korean_report_day_said_from_today_is_read(typed: str, expected: dt.date) -> None:
    assert parse_report_day(typed, NOW.date()) == expected


@table(
    ("typed", "label"),
    [("2027년 3월", "March 2027"), ("내년 상반기", "the first half of 2027"), ("2027년 하반기", "the second half of 2027"),
     ("다음 달", "January 2027"), ("내달", "January 2027"), ("3월 또는 4월", "March or April 2027"), ("3월 중순", "mid-March 2027"), ("2027년 3월 말", "late March 2027"), ("내년 초", "early 2027"),
     ("2027년 1분기", "Q1 2027"), ("2027년 봄", "spring 2027"), ("내년", "2027")],
)
def test_a_korean_window_is_the_window_it_names(typed: str, label: str) -> None:
    window = parse_release(typed, NOW)
    assert isinstance(window, Window) and window.label == label


def test_the_first_half_of_next_year_in_korean_is_january_to_june_never_a_day() -> None:
    window = parse_release("내년 상반기", NOW)
    assert isinstance(window, Window) and (window.first, window.last) == (dt.date(2027, 1, 1), dt.date(2027, 6, 30))


def test_this_years_autumn_said_in_december_is_refused_as_over() -> None:
    window = parse_release("올해 가을", NOW)
    assert isinstance(window, Window)
    with pytest.raises(ReportError, match=r"(?i)fall 2026 is over"):
        check_window(Milestone.RELEASE_WINDOW, window, NOW)


@table("typed", ["내일 5시", "12월 25일 12시", "12월 24일 밤 12시", "12월 25일 오전 12시", "토요일 밤 1시"])
def test_a_korean_hour_that_names_neither_half_of_the_day_is_asked_again(typed: str) -> None:
    with pytest.raises(ReportError, match=r"morning or afternoon.*오후 5시 or 17시"):
        parse_release(typed, NOW)


# --- English as moderators type it ----------------------------------------------------------------------------------


@table(
    ("typed", "expected"),
    [("mar 3rd", "2027-03-03T00:00"), ("3/13", "2027-03-13"), ("13/3", "2027-03-13"), ("3/3", "2027-03-03"),
     ("the 13th", "2026-12-13"), ("on the 15th at 5pm kst", "2026-12-15T08:00"), ("2027 march 3", "2027-03-03"),
     ("5 Mar 2027 (Fri)", "2027-03-05"), ("2027-03-05 fri 17:00 kst", "2027-03-05T08:00"), ("Jan 15 '27", "2027-01-15"),
     ("Janurary 15 2027", "2027-01-15"), ("febuary 3 2027 5pm kst", "2027-02-03T08:00"), ("tmrw 5pm kst", "2026-12-03T08:00"),
     ("day after tmrw", "2026-12-04"), ("a week from today", "2026-12-09"), ("jan 15 21h30 kst", "2027-01-15T12:30"),
     ("jan 15 9:30 p.m. kst", "2027-01-15T12:30"), ("jan 15 5pm korea time", "2027-01-15T08:00"),
     ("jan 15 5pm KST (3am EST)", "2027-01-15T08:00"), ("jan 15, 5pm KST (midnight PT)", "2027-01-15T08:00"),
     ("jan 15 5pm KST / 12am PT", "2027-01-15T08:00"), ("jan 15 5pm KST (UTC+9)", "2027-01-15T08:00"),
     ("March 14 2027 (5pm KST)", "2027-03-14T08:00"), ("jan 15 (fri) 5pm kst", "2027-01-15T08:00"),
     # any place bot.zones.PLACES knows, "<place> time": its clock that day (Paris keeps CET in January)
     ("jan 15 4pm manila time", "2027-01-15T08:00"), ("jan 15 9am paris time", "2027-01-15T08:00"),
     ("jan 15 3am new york time", "2027-01-15T08:00")],
)
def test_days_and_times_typed_in_a_hurry_are_read(typed: str, expected: str) -> None:
    read = parse_release(typed, NOW)
    assert isinstance(read, dt.datetime) and read.isoformat().startswith(expected)


@table(
    ("typed", "label"),
    [("2027-03", "March 2027"), ("03/2027", "March 2027"), ("3-2027", "March 2027"), ("H1 27", "the first half of 2027"),
     ("1H27", "the first half of 2027"), ("Q2'27", "Q2 2027"), ("spring 27", "spring 2027"),
     ("end of the month", "late December 2026"), ("end of next month", "late January 2027"),
     ("this december", "December 2026"), ("next march", "March 2027"), ("eoy 2027", "late 2027"),
     ("year-end", "late 2026")],
)
def test_months_and_parts_of_years_typed_short_are_windows(typed: str, label: str) -> None:
    window = parse_release(typed, NOW)
    assert isinstance(window, Window) and window.label == label


@table(
    ("typed", "says"),
    [("5pm", "a time without its day"), ("noon", "a time without its day"), ("midnight kst", "a time without its day"),
     ("17:00 KST", "a time without its day"), ("밤 9시 반", "a time without its day"),
     ("friday at 5", "morning or afternoon"), ("tonight at 9", "morning or afternoon"), ("jan 15 at 5", "morning or afternoon"),
     ("3/4", "3 April or 4 March"), ("3/4 5pm kst", "3 April or 4 March"), ("jan 15 5pm KTS", "don't know the time zone"),
     ("jan 15 5pm CST", "US Central .* or China"), ("jan 15 5pm KST (4am EST)", "not the same moment"),
     ("jan 15 5pm KST (UTC+8)", "not the same moment"), ("in a couple weeks", "names no day"),
     ("in 3 months", "names no day"), ("다음 주", "names no day")],
)
def test_a_moment_that_could_be_misread_is_refused_saying_why_and_what_works(typed: str, says: str) -> None:
    with pytest.raises(ReportError, match=says) as refused:
        parse_release(typed, NOW)
    assert re.search(r"\d", str(refused.value).split("\u201d")[-1])  # an example of what works


def test_next_month_name_that_could_be_this_years_or_next_is_not_read() -> None:
    assert read_window("next june", dt.date(2027, 3, 2)) is None


@table(
    ("typed", "from_today"),
    [("the 15th", True), ("friday next week", True), ("모레 오후 5시", True), ("이번 주 금요일", True),
     ("day after tomorrow 5pm kst", True), ("a week from today", True), ("next tuesday", True),
     ("jan 15 2027", False), ("2027-03-14 17:00 KST", False)],
)
def test_a_day_said_from_today_is_known_so_the_reply_says_which_day(typed: str, from_today: bool) -> None:
    assert said_from_today(typed) is from_today


# ---------------------------------------------------------------- two-digit years, holidays, runs of days


@table(
    ("typed", "expected"),
    [("1/15/27", "2027-01-15T00:00"), ("15.01.27", "2027-01-15T00:00"), ("27.03.05", "2027-03-05T00:00"),
     ("5th march 27", "2027-03-05T00:00"), ("feb 14, 27", "2027-02-14T00:00"), ("1/15/27 5pm kst", "2027-01-15T08:00"),
     ("27년 3월 5일", "2027-03-05T00:00"), ("2027. 3. 5.", "2027-03-05T00:00"), ("march the fifth 2027", "2027-03-05T00:00"),
     ("the twenty-first of march", "2027-03-21T00:00")],
)
def test_a_day_with_two_digits_of_its_year_or_its_day_in_words_is_read_when_one_order_fits(typed: str, expected: str) -> None:
    assert parse_release(typed, NOW) == dt.datetime.fromisoformat(expected).replace(tzinfo=dt.UTC)


@table(("typed", "both"), [("3/4/27", "4 March 2027 or 3 April 2027"), ("05.03.27", "5 March 2027 or 3 May 2027")])
def test_a_two_digit_year_that_fits_two_orders_is_asked_naming_both(typed: str, both: str) -> None:
    with pytest.raises(ReportError, match=both):
        parse_release(typed, NOW)


@table(
    ("typed", "why"),
    [("2027-02-29", "2027 is not a leap year"), ("feb 29", "2027 is not a leap year"), ("29 February 2027 5pm KST", "leap year"),
     ("2027년 2월 29일", "2027 is not a leap year"), ("31 april 2027", "April has 30 days"), ("2027-13-01", "no month 13"),
     ("30/2/27", "no 30 February"), ("2/30/27", "no 30 February"), ("june 31st", "June has 30 days")],
)
def test_a_day_the_calendar_lacks_is_refused_saying_why_never_moved_to_another(typed: str, why: str) -> None:
    with pytest.raises(ReportError, match=why):
        parse_release(typed, NOW)


def test_a_report_day_the_calendar_lacks_is_refused_saying_why() -> None:
    with pytest.raises(ReportError, match="2026 is not a leap year"):
        parse_report_day("2026-02-29", NOW.date())


@table("typed", ["march 5 2027 25:00 kst", "march 5 2027 5:75pm", "14 March 2027 13pm"])
def test_a_time_of_day_that_is_none_is_refused_naming_it(typed: str) -> None:
    with pytest.raises(ReportError, match="is not a time of day"):
        parse_release(typed, NOW)


@table(
    ("typed", "expected"),
    [("christmas", "2026-12-25T00:00"), ("xmas 9pm kst", "2026-12-25T12:00"), ("Christmas Day 2027", "2027-12-25T00:00"),
     ("크리스마스", "2026-12-25T00:00"), ("new year's day", "2027-01-01T00:00"), ("nye 9pm kst", "2026-12-31T12:00"),
     ("seollal", "2027-02-07T00:00"), ("설날", "2027-02-07T00:00"), ("내년 설날", "2027-02-07T00:00"),
     ("chuseok 2027", "2027-09-15T00:00"), ("2027년 추석", "2027-09-15T00:00"), ("valentine's day 5pm kst", "2027-02-14T08:00"),
     ("this christmas", "2026-12-25T00:00")],
)
def test_a_holiday_is_read_when_one_day_fits(typed: str, expected: str) -> None:
    assert parse_release(typed, NOW) == dt.datetime.fromisoformat(expected).replace(tzinfo=dt.UTC)


@table(
    ("typed", "asks"),
    [("chuseok", "Chuseok 2026 .* or Chuseok 2027"), ("추석", "Chuseok 2026 .* or Chuseok 2027"),
     ("halloween", "Halloween 2026 .* or Halloween 2027"), ("next christmas", "Christmas 2026 .* or Christmas 2027"),
     ("lunar new year", "in Korea \\(Seollal\\) and .* in China"), ("new year", "New Year's Day .* or any time in 2027")],
)
def test_a_holiday_that_may_be_two_days_is_asked_again(typed: str, asks: str) -> None:
    with pytest.raises(ReportError, match=asks):
        parse_release(typed, NOW)


@table(
    ("typed", "expected"),
    [("chuseok", "2026-09-25"), ("last christmas", "2025-12-25"), ("halloween", "2026-10-31"), ("26.11.30", "2026-11-30"),
     ("11/30/26", "2026-11-30")],
)
def test_a_report_day_named_by_a_holiday_or_a_short_year_looks_back(typed: str, expected: str) -> None:
    assert parse_report_day(typed, NOW.date()) == dt.date.fromisoformat(expected)


def test_a_holiday_as_a_report_day_asks_when_last_years_is_far_and_this_years_ahead() -> None:
    with pytest.raises(ReportError, match=r"Christmas 2025 .* or Christmas 2026 .*christmas 2025"):
        parse_report_day("christmas", NOW.date())


@table(
    ("typed", "label", "first", "last"),
    [("march 3-5", "3 to 5 March 2027", "2027-03-03", "2027-03-05"), ("3-5 march", "3 to 5 March 2027", "2027-03-03", "2027-03-05"),
     ("between march 3 and 5", "3 to 5 March 2027", "2027-03-03", "2027-03-05"),
     ("march 3~5", "3 to 5 March 2027", "2027-03-03", "2027-03-05"), ("3월 3일~5일", "3 to 5 March 2027", "2027-03-03", "2027-03-05"),
     ("march 3 or 4", "3 or 4 March 2027", "2027-03-03", "2027-03-04"),
     ("march 30 - april 2", "30 March to 2 April 2027", "2027-03-30", "2027-04-02"),
     ("3rd week of march", "15 to 21 March 2027", "2027-03-15", "2027-03-21"),
     ("the last week of feb", "22 to 28 February 2027", "2027-02-22", "2027-02-28"),
     ("dec 20-22", "20 to 22 December 2026", "2026-12-20", "2026-12-22")],
)
def test_a_run_of_days_or_a_week_of_a_month_is_a_window_that_reads_back(typed: str, label: str, first: str, last: str) -> None:
    window = parse_release(typed, NOW)
    assert isinstance(window, Window)
    assert (window.label, window.first.isoformat(), window.last.isoformat()) == (label, first, last)
    assert read_window(window.label, NOW.date()) == window


@table("typed", ["around march 5", "~march 5", "march 5th-ish", "around valentines", "about christmas"])
def test_a_rough_day_is_refused_offering_the_day_and_its_window(typed: str) -> None:
    with pytest.raises(ReportError, match="rough day") as refused:
        parse_release(typed, NOW)
    assert re.search(r"\(\d{1,2} [A-Z][a-z]+ 20\d\d\)", str(refused.value))


@table("typed", ["unknown", "n/a", "not announced", "no date yet", "?"])
def test_words_for_no_date_say_to_leave_the_option_out(typed: str) -> None:
    with pytest.raises(ReportError, match="leave the option out"):
        parse_release(typed, NOW)


@table("typed", ["2027 at the earliest", "spring 2027 or later"])
def test_an_open_ended_window_is_a_limit(typed: str) -> None:
    with pytest.raises(ReportError, match="is a limit"):
        parse_release(typed, NOW)


@table("typed", ["next spring or summer", "30/2/27", "march 5-3"])
def test_what_could_be_read_as_a_moment_that_is_over_or_another_is_not_read(typed: str) -> None:
    with pytest.raises(ReportError):
        parse_release(typed, NOW)


def test_more_zones_are_known_and_a_shared_abbreviation_is_asked() -> None:
    assert parse_release("jan 15 2027 5pm hst", NOW) == dt.datetime(2027, 1, 16, 3, 0, tzinfo=dt.UTC)
    with pytest.raises(ReportError, match="AST could be"):
        parse_release("jan 15 2027 5pm ast", NOW)


@table(("typed", "said"), [("christmas", True), ("xmas 9pm kst", True), ("1/15/27", True),
                                             ("christmas 2027", False), ("2027-01-15 17:00 KST", False)])
def test_a_day_whose_year_was_read_for_it_is_said_back(typed: str, said: bool) -> None:
    assert said_from_today(typed) is said


@table(
    ("typed", "offers"),
    [("jan 15 2027 5pm ast", "UTC-4 or UTC+3"), ("jan 15 2027 5pm GST", "UTC+4 or UTC-2"),
     ("jan 15 2027 5pm cst", "CT or UTC-6, or UTC+8")],
)
def test_a_shared_zone_abbreviation_offers_the_ways_to_write_its_own_places(typed: str, offers: str) -> None:
    with pytest.raises(ReportError, match=re.escape(f"write {offers}")):
        parse_release(typed, NOW)


@table(
    "typed",
    ["midnight tonight kst", "tonight at midnight KST", "today midnight kst", "오늘 자정", "오늘 밤 자정",
     "tonight 12:00am kst", "midnight new year's eve kst", "new years eve at midnight KST", "12am NYE kst",
     "new year's eve 2026 midnight kst", "christmas eve midnight kst", "크리스마스 이브 자정"],
)
def test_midnight_with_a_day_that_ends_at_one_is_asked_never_read_as_the_one_past(typed: str) -> None:
    with pytest.raises(ReportError, match="which midnight"):
        parse_release(typed, NOW)


@table(
    "typed",
    ["tomorrow midnight kst", "tomorrow at midnight KST", "dec 31 midnight kst", "12월 31일 자정", "내일 자정",
     "midnight on march 5 2027 kst", "march 5th, midnight (KST)", "Friday 15 January 2027 at midnight UTC"],
)
def test_the_word_midnight_with_any_day_is_asked_as_deadlines_say_it_of_the_day_s_end(typed: str) -> None:
    with pytest.raises(ReportError, match="which midnight"):
        parse_release(typed, NOW)


@table(
    ("typed", "expected"),
    [("new year's eve 11pm kst", "2026-12-31T14:00"), ("tomorrow 00:00 kst", "2026-12-02T15:00"),
     ("2027-01-01 00:00 KST", "2026-12-31T15:00"), ("tonight 9pm kst", "2026-12-02T12:00"),
     ("jan 15, 5pm KST (midnight PT)", "2027-01-15T08:00")],
)
def test_a_midnight_or_an_eve_that_names_one_moment_is_still_read(typed: str, expected: str) -> None:
    assert parse_release(typed, NOW) == dt.datetime.fromisoformat(expected).replace(tzinfo=dt.UTC)


@table(
    ("typed", "day", "month"),
    [("5/27", "27 May 2027", "May 2027"), ("12/27", "27 December 2026", "December 2027"),
     ("3 / 28", "28 March 2027", "March 2028"), ("11/26", "26 November 2027", "November 2026")],
)
def test_a_month_and_a_number_that_may_be_its_year_is_asked_naming_both(typed: str, day: str, month: str) -> None:
    with pytest.raises(ReportError, match=f"write the day with its year \\({day}\\) or the month and year \\({month}\\)"):
        parse_release(typed, NOW)


@table(("typed", "expected"), [("3/13", "2027-03-13"), ("5/27 9pm kst", "2027-05-27T12:00")])
def test_a_month_and_a_day_no_year_could_be_is_still_read(typed: str, expected: str) -> None:
    assert parse_release(typed, NOW) == dt.datetime.fromisoformat(expected).replace(tzinfo=dt.UTC)


@table(
    ("typed", "expected"),
    [
        ("Jan 15 2027 noon KST", dt.datetime(2027, 1, 15, 3, 0, tzinfo=dt.UTC)),
        ("Jan 15 2027 at midday KST", dt.datetime(2027, 1, 15, 3, 0, tzinfo=dt.UTC)),
        ("Jan 15 2027 half past 5 in the evening KST", dt.datetime(2027, 1, 15, 8, 30, tzinfo=dt.UTC)),
        ("Jan 15 2027 at 8 in the morning PT", dt.datetime(2027, 1, 15, 16, 0, tzinfo=dt.UTC)),
        ("jan 15 2027 at 5 in the evening", dt.datetime(2027, 1, 15, 17, 0, tzinfo=dt.UTC)),
        ("friday 5 in the evening KST", dt.datetime(2026, 12, 4, 8, 0, tzinfo=dt.UTC)),
        ("noon tomorrow KST", dt.datetime(2026, 12, 3, 3, 0, tzinfo=dt.UTC)),
    ],
)
def test_a_time_said_in_words_is_read(typed: str, expected: dt.datetime) -> None:
    assert parse_release(typed, NOW) == expected


@table(
    ("typed", "understood", "example"),
    [
        ("at 5 in the evening", "17:00 UTC", "“tomorrow 5 in the evening”"),
        ("5 in the afternoon", "17:00 UTC", "“tomorrow 5 in the afternoon”"),
        ("noon KST", "03:00 UTC", "“tomorrow noon KST”"),
        ("midnight", "without its day", "14 March 2027 17:00 KST"),
        ("Jan 15 2027 in the evening", "Friday 15 January 2027", "“15 January 2027 17:00 KST”"),
        ("the evening of Jan 15 2027", "Friday 15 January 2027", "“15 January 2027 17:00 KST”"),
        ("Jan 15 2027 10 in the afternoon KST", "Friday 15 January 2027", "“15 January 2027 17:00 KST”"),
        ("Jan 15 2027 at 5 in the evening on Netflix", "Friday 15 January 2027", "17:00 KST"),
    ],
)
def test_a_refusal_says_what_was_understood_and_one_way_that_works(typed: str, understood: str, example: str) -> None:
    with pytest.raises(ReportError) as refused:
        parse_release(typed, NOW)
    assert understood in str(refused.value) and example in str(refused.value)
    if "“" in example:  # the example it gives is read
        said = example.strip("“”")
        assert parse_release(said, NOW) is not None


def test_a_report_day_given_as_a_month_offers_a_day_of_it() -> None:
    with pytest.raises(ReportError, match=r"“February 2026” is February 2026, not one day.*1 February 2026"):
        parse_report_day("February 2026", NOW.date())
