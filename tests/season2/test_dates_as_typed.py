"""Release dates and windows typed the way moderators type them (bot/season2/dates.py, windows.py,
reports.py): a time before its day with words around it, a weekday alone, a season said with "this",
and the vague ones refused saying what works."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.model import Milestone
from bot.season2.reports import ReportError, check_dates, parse_release, parse_report_day
from bot.season2.windows import Window, read_window

#: A Wednesday in December: the spring of this year is over.
NOW = dt.datetime(2026, 12, 2, 6, 0, tzinfo=dt.UTC)
JAN_15_5PM_KST = dt.datetime(2027, 1, 15, 8, 0, tzinfo=dt.UTC)  # a Friday


@pytest.mark.parametrize(
    "typed",
    [
        "at 5pm KST on Jan 15 2027", "5pm KST, Friday Jan 15 2027", "17:00 KST fri 15 jan 2027",
        "@ 17:00 KST, 15 January 2027", "on Jan 15 2027 at 5pm KST", "at 17:00 KST on Friday 15 January 2027",
        "5pm KST - Friday Jan 15 2027", "5pm KST \u2013 Fri. 15 Jan 2027", "15th of January 2027, 17h KST",
        "17h KST 15/01/2027", "5:00 PM (KST) on Friday, January 15th, 2027",
    ],
)
def test_a_time_before_its_day_with_at_on_or_a_weekday_is_read(typed: str) -> None:
    assert parse_release(typed, NOW) == JAN_15_5PM_KST


@pytest.mark.parametrize("typed", ["5pm KST, Thursday Jan 15 2027", "at 17:00 KST on sat 15 jan 2027"])
def test_a_wrong_weekday_after_a_time_is_refused_naming_the_right_one(typed: str) -> None:
    with pytest.raises(ReportError, match="15 January 2027 is a Friday"):
        parse_release(typed, NOW)


@pytest.mark.parametrize(
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


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [("this spring", "2027-04-10", "spring 2027"), ("this spring", "2027-06-01", "spring 2028"),
     ("this winter", "2027-01-20", "winter 2027"), ("next winter", "2027-01-20", "winter 2028"),
     ("this summer", "2027-02-01", "summer 2027")],
)
def test_this_season_is_the_one_under_way_or_the_next(typed: str, today: str, expected: str) -> None:
    window = read_window(typed, dt.date.fromisoformat(today))
    assert window is not None and window.label == expected and window.year_read


@pytest.mark.parametrize(
    ("typed", "label"),
    [("early 2027", "early 2027"), ("mid-Feb", "mid-February 2027"), ("Q1 2027", "Q1 2027"),
     ("first half of 2027", "the first half of 2027"), ("sometime in march", "March 2027"),
     ("late feb", "late February 2027")],
)
def test_the_windows_fans_type_are_read_with_their_precision(typed: str, label: str) -> None:
    window = parse_release(typed, NOW)
    assert isinstance(window, Window) and window.label == label


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tomorrow 9pm KST", dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)),
        ("9pm KST tomorrow", dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)),
        ("tonight 9pm KST", dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)),
        ("this friday", dt.datetime(2026, 12, 4, tzinfo=dt.UTC)),
        ("Friday at 5pm KST", dt.datetime(2026, 12, 4, 8, 0, tzinfo=dt.UTC)),
        ("this coming Sat 00:00 PT", dt.datetime(2026, 12, 5, 8, 0, tzinfo=dt.UTC)),
    ],
)
def test_a_day_said_from_today_is_read_to_its_day_or_minute(typed: str, expected: dt.datetime) -> None:
    assert parse_release(typed, NOW) == expected


#: 16:00 UTC on 2 December is already 3 December in Korea, still 2 December in California.
LATE_UTC = dt.datetime(2026, 12, 2, 16, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
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


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("last friday", dt.date(2026, 11, 27)), ("Friday", dt.date(2026, 11, 27)), ("on Nov 15", dt.date(2026, 11, 15)),
     ("at 5pm KST on Nov 15 2026", dt.date(2026, 11, 15)), ("wednesday", dt.date(2026, 12, 2))],
)
def test_a_report_day_said_as_a_weekday_is_the_last_one(typed: str, expected: dt.date) -> None:
    assert parse_report_day(typed, NOW.date()) == expected


@pytest.mark.parametrize("typed", ["next friday", "Next Fri 5pm KST", "next saturday"])
def test_next_weekday_is_refused_naming_both_days_it_could_be(typed: str) -> None:
    with pytest.raises(ReportError, match=r"could be \w+day \d+ December 2026 or \w+day \d+ December 2026") as refused:
        parse_release(typed, NOW)
    assert "this " in str(refused.value)


@pytest.mark.parametrize("typed", ["next week", "sometime next week", "soon", "tonight", "TBA", "this weekend"])
def test_a_vague_time_is_refused_saying_what_forms_work(typed: str) -> None:
    with pytest.raises(ReportError, match="names no day") as refused:
        parse_release(typed, NOW)
    assert "14 March 2027" in str(refused.value) and "Q1 2027" in str(refused.value)


@pytest.mark.parametrize("typed", ["by Jan 15 2027", "before March 2027", "no later than spring 2027"])
def test_a_limit_is_refused_as_no_release_date(typed: str) -> None:
    with pytest.raises(ReportError, match="is a limit"):
        parse_release(typed, NOW)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("**March 14, 2027** 5pm KST", "2027-03-14T08:00:00+00:00"), ("`2027-03-14 17:00 KST`", "2027-03-14T08:00:00+00:00"),
     ("||Q1 2027||", "Q1 2027"), ("~spring 2027", "spring 2027"), ("__early 2027__", "early 2027")],
)
def test_a_date_pasted_with_markdown_is_read_as_the_date_it_shows(typed: str, expected: str) -> None:
    read = parse_release(typed, NOW)
    assert (read.label if isinstance(read, Window) else read.isoformat() if read else None) == expected


@pytest.mark.parametrize(
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


@pytest.mark.parametrize("release", ["today", "2026-12-01 17:00 KST", "tomorrow 9pm KST"])
def test_a_release_date_of_today_or_later_is_still_news(release: str) -> None:
    release_at = parse_release(release, NOW)
    assert isinstance(release_at, dt.datetime)
    check_dates(Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 11, 30), release_at, NOW)
