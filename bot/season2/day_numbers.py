"""The numbers of a day as typed, checked (pure; used by bot/season2/dates.py).

- A day that no calendar has says why, so the refusal can ("2027 is not a leap year", "April has
  30 days", "there is no month 13"): `make_day` raises `NoSuchDay` with the reason.
- A year of two digits ("1/15/27", "15.01.27", "27.03.05", "5 March 27"): each order a moderator may
  mean (day-month-year, month-day-year, and year-month-day as in Korea) whose year is one a report
  can name (a release from this year to five years ahead; a source's day from five years back to
  this year): read when one is left, asked again when two are (`short_year_readings`).
- Ordinal words next to a month ("March fifth", "the twenty-first of March") as numbers.
- Midnight said with a day that ends at a midnight fans count to ("midnight tonight", "new year's
  eve midnight": the turn of the year) may be the one it begins with, so it is asked
  (`midnight_unclear`), never read a day early.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from bot.lazy_re import compile_later
from bot.text import MONTH_NAMES, ORDINAL_WORDS, ordinal


def year_written(text: str) -> int:
    """A year as typed: "2027", or "'27" (this century)."""
    return 2000 + int(text[1:]) if text.startswith("'") else int(text)


class NoSuchDay(ValueError):
    """A day the calendar does not have; the message says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_day_of_month(month: int, day: int, year: int | None = None) -> None:
    """NoSuchDay when `day` of `month` (of `year`, when given) does not exist."""
    if not 1 <= month <= 12:
        raise NoSuchDay(f"there is no month {month}: a year has 12")
    name = MONTH_NAMES[month - 1]
    most = 29 if month == 2 else calendar.monthrange(2001, month)[1]
    if day < 1 or day > most:
        if month == 2:
            raise NoSuchDay(f"February has 28 days (29 in a leap year): there is no {day} February")
        raise NoSuchDay(f"{name} has {most} days: there is no {day} {name}")
    if year is not None and month == 2 and day == 29 and not calendar.isleap(year):
        raise NoSuchDay(f"{year} is not a leap year: February {year} has 28 days, so there is no 29 February {year}")


def make_day(year: int, month: int, day: int) -> dt.date:
    """The day, or NoSuchDay saying why there is none."""
    check_day_of_month(month, day, year)
    return dt.date(year, month, day)


def nearest_day(month: int, day: int, today: dt.date, *, ahead: bool) -> dt.date:
    """`day` of `month` typed without its year: the nearest such day on the asked side of `today`
    (`ahead`: today or later; else today or earlier, with a day's slack: "today" may already be
    tomorrow's UTC date where the source is, as in Korea). 29 February is that year's, or NoSuchDay
    saying so (on 2 December 2026, "Feb 29" is no day of February 2027: a slip, not 2028)."""
    check_day_of_month(month, day)
    # Where the day falls in a year (29 February where there is none: 1 March).
    this_year = dt.date(today.year, month, min(day, 28)) + dt.timedelta(days=max(day - 28, 0))
    if ahead:
        year = today.year if this_year >= today else today.year + 1
    else:
        year = today.year if this_year <= today + dt.timedelta(days=1) else today.year - 1
    return make_day(year, month, day)


def plausible_years(today: dt.date, ahead: bool) -> range:
    """The years a day typed with two digits of its year may be in."""
    return range(today.year, today.year + 6) if ahead else range(today.year - 5, today.year + 1)


def short_year_readings(a: int, b: int, c: int, today: dt.date, ahead: bool) -> tuple[dt.date, ...]:
    """The days "a/b/c" may be, with two digits of its year: the last number when that is a year a
    report can name (day-month or month-day; NoSuchDay when neither is a day, "30/2/27"), else the
    first (year-month-day, as in Korea: "27.03.05")."""
    years = plausible_years(today, ahead)
    if 2000 + c in years:
        found = set()
        for month, day in ((b, a), (a, b)):
            try:
                found.add(dt.date(2000 + c, month, day))
            except ValueError:
                continue
        if not found and (b <= 12 or a <= 12):  # "30/2/27", "2/30/27": no such day, not 2030
            check_day_of_month(*((b, a) if b <= 12 else (a, b)), 2000 + c)
        if 2000 + a in years:  # "26/12/31": 26 December 2031, or 2026-12-31 as in Korea? asked
            try:
                found.add(dt.date(2000 + a, b, c))
            except ValueError:
                pass
        return tuple(sorted(found))
    if 2000 + a in years and c <= 31:
        return (make_day(2000 + a, b, c),)
    return ()


#: The days of a month in words: "first" to "thirty-first" ("twenty-first" also "twenty first", "twentyfirst").
_DAY_ORDINALS: dict[str, int] = {
    **{word: n for word, n in ORDINAL_WORDS.items() if n <= 31},
    **{f"{tens}{sep}{word}": base + n for tens, base, last in (("twenty", 20, 9), ("thirty", 30, 1))
       for word, n in ORDINAL_WORDS.items() if n <= last for sep in ("-", " ", "")},
}
_ORDINAL_WORD = "|".join(sorted(map(re.escape, _DAY_ORDINALS), key=len, reverse=True))


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked again of the same one
def ordinals_as_numbers(text: str, months: str, flags: int = 0) -> str:
    """"march fifth", "the fifth of march" as "march 5th", "the 5th of march" (only beside a month:
    "the first half" stays, and "april first week" is a week, not the 1st). `flags`: re.I for headlines typed in
    capitals ("APRIL TWENTY-THIRD")."""
    def number(word: str) -> str:
        return ordinal(_DAY_ORDINALS[word.lower()])

    text = re.sub(rf"\b({_ORDINAL_WORD})(?=\s+(?:of\s+)?(?:{months})\b)", lambda m: number(m.group(1)), text, flags=flags)
    return re.sub(rf"\b((?:{months})\.? (?:the )?)({_ORDINAL_WORD})\b(?!\s+(?:week|weekend|half|quarter|part|episode|season|look|teaser|trailer|poster|time)s?\b)",
                  lambda m: m.group(1) + number(m.group(2)), text, flags=flags)


def impossible_time(norm: str) -> str | None:
    """Why the time of day in `norm` (as bot/season2/dates.py puts it) is none ("25:00", "5:75pm", "13pm"), else None."""
    if m := re.search(r"(?<![\d.:/-])(\d{1,2})[:.](\d{2})(?![\d.:/-])\s*(am|pm|a\.m\.|p\.m\.)?", norm):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 24 or minute > 59 or (m.group(3) and not 1 <= hour <= 12):
            return f"{m.group(0).strip()} is not a time of day"
    if (m := re.search(r"(?<![\d.:])(\d{1,2})\s*(am|pm)\b", norm)) and not 1 <= int(m.group(1)) <= 12:
        return f"{m.group(0)} is not a time of day"
    return None


#: Days whose "midnight" is as often the one that ends them as the one they begin with.
_ENDS_AT_MIDNIGHT = compile_later(
    r"^(?:(?:on|at)\s+)?(?:today|tonight|(?:(?:this|\d{4})\s+)?(?:(?:christmas|xmas|new ?year'?s'?) eve|nye)"
    r"(?:\s+(?:of\s+)?(?:\d{4}|'\d{2}))?)$"
)


_MIDNIGHT_WORD = compile_later(r"(?i)\bmidnight\b|자정")


def midnight_unclear(day: str, clock: tuple[int, int] | None, said: str) -> bool:
    """Whether 00:00 with `day` (as bot/season2/dates.py puts it) may be either of two midnights:
    a day that ends at one fans count to, or any day with the word as typed (`said`): "dec 31
    midnight" and "내일 자정" are said of a day's end as often as of its start, as deadlines are."""
    if clock != (0, 0):
        return False
    return _ENDS_AT_MIDNIGHT.match(day.strip().rstrip(",")) is not None or _MIDNIGHT_WORD.search(said) is not None


def short_year_days_in(norm: str, today: dt.date, ahead: bool) -> tuple[dt.date, ...]:
    """The days a numeric date with two digits of its year, first in `norm`, may be."""
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})\.?(?=$|[\s,])", norm)
    try:
        return () if m is None else short_year_readings(int(m.group(1)), int(m.group(2)), int(m.group(3)), today, ahead)
    except ValueError:
        return ()
