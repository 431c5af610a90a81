"""A few days named together, as a release window (pure; bot/season2/windows.py reads them with
the other windows, and adds the year when none is typed).

- a run of days in a month: "March 3-5 2027", "3-5 March 2027", "3rd to 5th of March 2027", "between
  March 3 and 5 2027", "March 3 thru 5 2027"; or across two: "March 30 - April 2 2027";
- either of two days: "March 3 or 4 2027";
- a week of a month: "the first week of April 2027" (1-7 April), "the 3rd week of March 2027"
  (15-21), "the last week of March 2027" (its last seven days).
The label names the days ("3 to 5 March 2027", "15 to 21 March 2027") and reads back as the same
window. A run that ends before it begins, or a day the month does not have, names none.
"""

from __future__ import annotations

import calendar
import datetime as dt

from bot.lazy_re import Pattern, compile_later
from bot.season2.dates import MONTHS
from bot.season2.day_numbers import year_written
from bot.text import MONTH_NAMES, ordinal_number

_YEAR = r"(\d{4}|'\d{2})"
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_JOIN = r"\s*(-|to|through|thru|until|till|and|or)\s*"
_LEAD = r"^(?:from |between )?"
_MONTH_DAYS = compile_later(rf"{_LEAD}([a-z]+)\.? (?:the )?{_D}{_JOIN}(?:the )?{_D}(?: of)? {_YEAR}$")  # march 3-5 2027
_DAYS_MONTH = compile_later(rf"{_LEAD}(?:the )?{_D}{_JOIN}(?:the )?{_D}(?: of)? ([a-z]+)\.? {_YEAR}$")  # 3-5 march 2027
_ACROSS = compile_later(rf"{_LEAD}([a-z]+)\.? {_D}{_JOIN}([a-z]+)\.? {_D} {_YEAR}$")  # march 30 - april 2 2027
_ACROSS_DAY_FIRST = compile_later(rf"{_LEAD}{_D}(?: of)? ([a-z]+)\.?{_JOIN}{_D}(?: of)? ([a-z]+)\.? {_YEAR}$")
_WEEK = compile_later(
    rf"^(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last|final) week (?:of|in) ([a-z]+)\.? {_YEAR}$"
)


def _day(year: int, month_word: str, day: str) -> dt.date | None:
    if month_word not in MONTHS:
        return None
    try:
        return dt.date(year, MONTHS[month_word], int(day))
    except ValueError:
        return None


def span_label(first: dt.date, last: dt.date, word: str) -> str:
    """Days `first` to `last` as read back: "3 to 5 March 2027", "12 or 13 February 2027"."""
    if first.month == last.month:
        return f"{first.day} {word} {last.day} {MONTH_NAMES[first.month - 1]} {first.year}"
    return f"{first.day} {MONTH_NAMES[first.month - 1]} {word} {last.day} {MONTH_NAMES[last.month - 1]} {first.year}"


# Each way of writing a run of days, with where its groups are: (first day's month, first day,
# the word joining them, last day's month, last day, year).
_SPANS: tuple[tuple[Pattern, tuple[int, int, int, int, int, int]], ...] = (
    (_MONTH_DAYS, (1, 2, 3, 1, 4, 5)),
    (_DAYS_MONTH, (4, 1, 2, 4, 3, 5)),
    (_ACROSS, (1, 2, 3, 4, 5, 6)),
    (_ACROSS_DAY_FIRST, (2, 1, 3, 5, 4, 6)),
)


def read_day_span(text: str) -> tuple[str, dt.date, dt.date] | None:
    """(label, first day, last day) of the days `text` names together, or None."""
    if m := _WEEK.match(text):
        year = year_written(m.group(3))
        start = _day(year, m.group(2), "1")
        if start is None:
            return None
        length = calendar.monthrange(year, start.month)[1]
        offset = length - 7 if m.group(1) in ("last", "final") else 7 * ((ordinal_number(m.group(1)) or 1) - 1)
        begins = start + dt.timedelta(days=offset)
        return span_label(begins, begins + dt.timedelta(days=6), "to"), begins, begins + dt.timedelta(days=6)
    first: dt.date | None = None
    last: dt.date | None = None
    how = ""
    for pattern, (first_month, first_day, joiner, last_month, last_day, year_at) in _SPANS:
        if m := pattern.match(text):
            year = year_written(m.group(year_at))
            first = _day(year, m.group(first_month), m.group(first_day))
            last = _day(year, m.group(last_month), m.group(last_day))
            how = m.group(joiner)
            break
    if first is None or last is None or first >= last or (last - first).days > 31:
        return None
    if how == "and" and not text.startswith("between "):
        return None  # "March 3 and 5" is two days, not a run
    return span_label(first, last, "or" if how == "or" else "to"), first, last
