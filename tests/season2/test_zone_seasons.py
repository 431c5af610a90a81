"""Time zones whose names say a season or name several places (bot/zones.py `season_problem`,
`AMBIGUOUS_ZONES`; reports.py asks): a release time is stored only when its zone names one moment that
day, never read as one of two."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.season2.reports import ReportError, parse_release
from tests.table import table

NOW = dt.datetime(2026, 12, 2, 6, 0, tzinfo=dt.UTC)


def utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)


@table(
    ("typed", "asked"),
    [
        # US summer time begins 14 March 2027 and ends 7 November 2027
        ("march 5 2027 5pm PDT", r"PDT is UTC-7, but on 5 March 2027 .* PST \(UTC-8\): write PT"),
        ("5pm PDT, Friday March 5 2027", r"5 March 2027 .* PST"),
        ("march 5 2027 8pm EDT", r"EDT is UTC-4, .* EST \(UTC-5\): write ET"),
        ("july 4 2027 8pm EST", r"EST is UTC-5, but on 4 July 2027 .* EDT \(UTC-4\)"),
        ("Dec 1 2027 21:00 CDT", r"CDT is UTC-5, .* CST \(UTC-6\): write CT"),
        ("tomorrow 5pm EDT", r"3 December 2026 .* EST"),
        ("jan 4 2027 9pm CEST", r"CEST is UTC\+2, .* CET \(UTC\+1\).*\(UTC\+2 or UTC\+1\)"),
        ("july 1 2027 10am AEDT", r"AEDT is UTC\+11, .* AEST \(UTC\+10\)"),
        ("feb 12 2027 9am BST", r"British Summer Time \(UTC\+1\), but on 12 February 2027 the UK keeps GMT.*UTC\+6"),
        ("12 Feb 2027 09:00 (BST)", r"British Summer Time"),
        ("friday march 5 2027 at 5pm pacific daylight time", r"PDT is UTC-7, .* PST"),  # the season in words
        ("july 4 2027 5pm pacific standard time", r"PST is UTC-8, .* PDT"),
        # a time the clock change skips, or says twice
        ("march 14 2027 2:30am PT", r"skip 02:30 on 14 March 2027 .*UTC-8 or UTC-7"),
        ("nov 7 2027 1:30am ET", r"01:30 on 7 November 2027 comes twice in ET .*UTC-4 or UTC-5"),
        # IST is India's, Israel's and Ireland's summer time
        ("feb 12 2027 9am IST", r"IST could be India \(UTC\+5:30\), Israel \(UTC\+2\) or Irish"),
        ("june 12 2027 21:30 IST", r"IST could be India"),
        ("12:30 PM IST, 29 Jan 2027", r"IST could be India"),
    ],
)
def test_a_zone_that_names_no_one_moment_that_day_is_asked_saying_why(typed: str, asked: str) -> None:
    with pytest.raises(ReportError, match=asked):
        parse_release(typed, NOW)


@table(
    ("typed", "expected"),
    [
        ("march 20 2027 5pm PDT", utc(2027, 3, 21, 0)),  # in its season
        ("march 5 2027 5pm PST", utc(2027, 3, 6, 1)),
        ("march 5 2027 5pm PT", utc(2027, 3, 6, 1)),  # PT follows the season itself
        ("march 15 2027 5pm PT", utc(2027, 3, 16, 0)),
        ("june 12 2027 9am BST", utc(2027, 6, 12, 8)),
        ("july 1 2027 9pm CEST", utc(2027, 7, 1, 19)),
        ("jan 15 2027 10am AEDT", utc(2027, 1, 14, 23)),
        ("march 5 2027 17:00 (UTC-7)", utc(2027, 3, 6, 0)),  # an offset said is the offset meant
        ("march 5 2027 5pm (GMT-7)", utc(2027, 3, 6, 0)),
        ("march 5 2027 17:00 UTC-7", utc(2027, 3, 6, 0)),
        ("march 5 2027 17:00 KST (UTC+9)", utc(2027, 3, 5, 8)),
        ("march 5 2027 12:30 UTC+5:30", utc(2027, 3, 5, 7)),
        ("march 14 2027 3:30am PT", utc(2027, 3, 14, 10, 30)),  # just after the change
        ("nov 7 2027 1:30am EST", utc(2027, 11, 7, 6, 30)),  # the second 1:30 that night, named
        ("nov 7 2027 1:30am EDT", utc(2027, 11, 7, 5, 30)),
        ("july 4 2027 5pm pacific time", utc(2027, 7, 5, 0)),
        ("july 4 2027 5pm eastern daylight time", utc(2027, 7, 4, 21)),
        ("jan 4 2027 5pm central standard time", utc(2027, 1, 4, 23)),
        ("jan 29 2027 5:30pm India time", utc(2027, 1, 29, 12)),
        ("june 1 2027 5pm uk summer time", utc(2027, 6, 1, 16)),
        ("june 1 2027 5pm uk time", utc(2027, 6, 1, 16)),  # the UK's clock keeps summer time: BST in June
        ("jan 15 2027 5pm london time", utc(2027, 1, 15, 17)),  # and GMT in January
    ],
)
def test_a_zone_in_its_season_or_an_offset_is_read(typed: str, expected: dt.datetime) -> None:
    assert parse_release(typed, NOW) == expected


@table(
    ("typed", "expected"),
    [
        ("2027-03-05 05:00 America/Sao_Paulo", utc(2027, 3, 5, 8)),  # no summer time there since 2019
        ("5 marzo 2027 02:00 America/Mexico_City", utc(2027, 3, 5, 8)),  # nor there since 2022; a Spanish month
        ("5 de março de 2027 05:00 america/sao_paulo", utc(2027, 3, 5, 8)),
        ("july 4 2027 5pm America/New_York", utc(2027, 7, 4, 21)),  # its summer time
    ],
)
def test_a_time_in_a_tz_database_zone_is_read_on_that_places_clock(typed: str, expected: dt.datetime) -> None:
    assert parse_release(typed, NOW) == expected


def test_a_tz_database_zone_that_does_not_exist_is_refused() -> None:
    with pytest.raises(ReportError):
        parse_release("2027-03-05 05:00 America/Atlantis", NOW)


def test_a_day_without_a_time_names_no_hour_so_its_zone_asks_nothing() -> None:
    assert parse_release("march 5 2027 PDT", NOW) == utc(2027, 3, 5)


def test_a_report_day_said_with_an_out_of_season_zone_is_not_read_as_a_moment() -> None:
    from bot.season2.dates import zone_problem

    problem = zone_problem("march 5 2027 5pm PDT (9am KST)", NOW)
    assert problem is not None and re.search("PST", problem)
    assert zone_problem("march 5 2027 5pm PT", NOW) is None
