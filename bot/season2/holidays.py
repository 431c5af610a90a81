"""Holidays as moderators name a release day: "christmas", "xmas 9pm KST", "new year's day",
"chuseok 2027", "seollal", "valentine's", "easter 2027", 크리스마스, 추석, 설날, 부활절 (pure;
bot/season2/dates.py reads the day, bot/season2/reports.py asks again when it can't). The days off
around Seollal and Chuseok ("the seollal holidays 2027", 설 연휴, 추석 연휴) are three days, a window
(`holiday_window`, read by bot/season2/windows.py): the day before, the day, the day after (a
substitute holiday the government adds after a Sunday is not in it).

A holiday is read only when it is plain which one is meant:
- with its year ("chuseok 2027", "christmas '26") it is that year's;
- "this christmas" is this year's; "next"/"last" is the coming/past one when this year's is on the
  other side of today, and asked again when it is not (on 2 December, "next christmas": this
  month's, or next year's?);
- alone, it is the nearest on the side asked for (a release ahead, a report's day back) when that
  one is also the nearest of all; else asked again (on 2 December, "chuseok" ahead is 9 months
  away while the last one was 2 months ago: which did the source mean?).
Lunar New Year falls a day apart in Korea (Seollal) and China in some years (2027, 2028): then it
is asked again too; "seollal" and 설날 are Korea's. The lunar holidays are known from 2022 to 2032
(Korea's public holidays; a year outside is refused saying so). "new year" alone may be 1 January
or the year itself, so it is asked again; "new year's", "new year's day", "new year 2027" are
1 January.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.season2.day_numbers import year_written

# Korea's public holidays (the days themselves, not the days around them), and China's Spring
# Festival where it differs from Seollal.
_SEOLLAL = {
    2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 7), 2028: (1, 27),
    2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11),
}
_SPRING_FESTIVAL_APART = {2027: (2, 6), 2028: (1, 26)}
# Checked on 2 December 2026 against public tables of Korea's public holidays for 2027 (lists kept from
# timeanddate.com and publicholidays.co.kr, found with the search tool): Seollal 7 February 2027 (days
# off 6 to 8, and a substitute on the 9th), Chuseok 15 September 2027 (days off 14 to 16).
_CHUSEOK = {
    2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3),
    2029: (9, 22), 2030: (9, 12), 2031: (10, 1), 2032: (9, 19),
}


def _fixed(month: int, day: int) -> Callable[[int], dt.date | None]:
    return lambda year: dt.date(year, month, day)


def _table(table: dict[int, tuple[int, int]]) -> Callable[[int], dt.date | None]:
    return lambda year: dt.date(year, *table[year]) if year in table else None


def _easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus, as Western churches keep it: 28 March 2027)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def _after_easter(days: int) -> Callable[[int], dt.date | None]:
    return lambda year: _easter(year) + dt.timedelta(days=days)


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday of November


#: Each holiday: the words for it, its name as shown, and its day in a year (None: not known).
_HOLIDAYS: tuple[tuple[str, str, Callable[[int], dt.date | None]], ...] = (
    (r"christmas eve|xmas eve", "Christmas Eve", _fixed(12, 24)),
    (r"christmas(?: day)?|xmas(?: day)?|x-mas", "Christmas", _fixed(12, 25)),
    (r"boxing day", "Boxing Day", _fixed(12, 26)),
    (r"new ?year'?s'? eve|nye", "New Year's Eve", _fixed(12, 31)),
    (r"new ?year'?s'?(?: day)?|new year(?: day)?|nyd", "New Year's Day", _fixed(1, 1)),
    (r"valentine(?:'?s'?)?(?: day)?|vday|v-day", "Valentine's Day", _fixed(2, 14)),
    (r"white day", "White Day", _fixed(3, 14)),
    (r"halloween", "Halloween", _fixed(10, 31)),
    (r"easter(?: sunday| day)?", "Easter", _easter),
    (r"good friday", "Good Friday", _after_easter(-2)),
    (r"easter monday", "Easter Monday", _after_easter(1)),
    (r"(?:us |american )?thanksgiving(?: day)?", "Thanksgiving", _thanksgiving),
    (r"seollal|seolnal|korean new year", "Seollal", _table(_SEOLLAL)),
    (r"lunar new year|chinese new year|cny|spring festival", "Lunar New Year", _table(_SEOLLAL)),
    (r"chuseok|chuseok day|hangawi|korean thanksgiving", "Chuseok", _table(_CHUSEOK)),
)
_NAMES = "|".join(f"(?:{words})" for words, _, _ in _HOLIDAYS)
_HOLIDAY = compile_later(
    rf"^(?:(?:on|at)\s+)?(?:(this|next|last|the)\s+)?(?:(\d{{4}}|this year|next year|last year)\s+)?({_NAMES})(?:\s+(?:of\s+)?(\d{{4}}|'\d{{2}}))?$"
)
#: "new year" alone: 1 January, or the year?
_NEW_YEAR_ALONE = compile_later(r"^(?:(?:in|on|at|around)\s+)?(?:the\s+)?new year$")


def _which(said: str) -> tuple[str, Callable[[int], dt.date | None]]:
    return next((name, day) for words, name, day in _HOLIDAYS if re.fullmatch(words, said))


def _nearest(day: Callable[[int], dt.date | None], today: dt.date, ahead: bool) -> dt.date | None:
    years = range(today.year, today.year + 3) if ahead else range(today.year, today.year - 3, -1)
    found = [d for y in years if (d := day(y)) is not None and ((d >= today) if ahead else (d <= today))]
    return found[0] if found else None


def _read(text: str, today: dt.date, ahead: bool) -> tuple[str, dt.date | tuple[dt.date, dt.date] | None] | None:
    """(the holiday's name, its day or the two it may be, or None when its year is not known)."""
    m = _HOLIDAY.match(text)
    if m is None or _NEW_YEAR_ALONE.match(text):
        return None
    which, year_text = m.group(1), m.group(2) or m.group(4)
    name, day = _which(m.group(3))
    if year_text is not None and year_text.endswith(" year"):  # 내년 설날, 올해 크리스마스
        return name, day(today.year + {"this": 0, "next": 1, "last": -1}[year_text.split()[0]])
    if year_text is not None:
        return name, day(year_written(year_text))
    if which == "this":
        return name, day(today.year)
    this_year = day(today.year)
    coming, past = _nearest(day, today, True), _nearest(day, today, False)
    if which == "next":
        if this_year is not None and this_year > today:
            return name, (this_year, _nearest(day, this_year + dt.timedelta(days=1), True) or this_year)
        return name, coming
    if which == "last":  # the most recent one ("last chuseok" in December: September's)
        return name, past
    if coming is None or past is None:
        return name, coming if ahead else past
    if ahead and (coming - today) <= (today - past):
        return name, coming
    if not ahead and (today - past) <= (coming - today):
        return name, past
    return name, (past, coming)


def read_holiday(text: str, today: dt.date, *, ahead: bool) -> dt.date | None:
    """The day a holiday names (see the module's docstring), or None when it names none or may
    name two (`holiday_question` then says what to ask)."""
    read = _read(text, today, ahead)
    if read is None or not isinstance(read[1], dt.date):
        return None
    name, day = read[0], read[1]
    if name == "Lunar New Year" and day.year in _SPRING_FESTIVAL_APART:
        return None  # Korea's and China's are a day apart that year
    return day


def holiday_without_year(text: str) -> bool:
    """Whether `text` names a holiday without its year ("christmas", "this chuseok"): its year was read."""
    m = _HOLIDAY.match(text)
    return m is not None and m.group(2) is None and m.group(4) is None


def _shown(day: dt.date) -> str:
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def holiday_question(text: str, today: dt.date, *, ahead: bool) -> str | None:
    """What to ask when a holiday is typed that names no one day, else None."""
    if (days := _HOLIDAY_DAYS.match(_days_off(text))) and holiday_window(text, today) is None:
        name = "Chuseok" if days.group(3) == "chuseok" else "Seollal"
        return f"I know the {name} holidays only from 2022 to 2032: write the days themselves (6 to 8 February 2027)."
    if _NEW_YEAR_ALONE.match(text):
        year = today.year + 1
        return (f"\u201cnew year\u201d could be New Year's Day ({_shown(dt.date(year, 1, 1))}) or any time in {year}: "
                f"write 1 January {year}, or a window ({year}, early {year}).")
    read = _read(text, today, ahead)
    if read is None:
        return None
    name, day = read
    if day is None:
        return f"I know {name}'s date only from 2022 to 2032: write the date itself (YYYY-MM-DD)."
    if isinstance(day, tuple):
        first, second = day
        meant = second if ahead else first  # the one on the side asked for, as the example
        return (f"\u201c{name}\u201d could be {name} {first.year} ({_shown(first)}) or {name} {second.year} "
                f"({_shown(second)}): write it with its year ({name.lower()} {meant.year}) or as the date "
                f"({meant.isoformat()}).")
    if name == "Lunar New Year" and day.year in _SPRING_FESTIVAL_APART:
        china = dt.date(day.year, *_SPRING_FESTIVAL_APART[day.year])
        return (f"Lunar New Year {day.year} falls on {_shown(day)} in Korea (Seollal) and on {_shown(china)} in "
                f"China: write the date the source gives ({day.isoformat()} or {china.isoformat()}).")
    return None


#: The days off around a lunar holiday: "the seollal holidays", "chuseok break", 설 연휴 ("seollal holidays").
_HOLIDAY_DAYS = compile_later(
    r"^(?:(?:during|over|in|on|around)\s+)?(?:the\s+)?(?:(this|next)\s+)?(?:(\d{4}|next year|this year)\s+)?"
    r"(seollal|lunar new year|korean new year|chuseok)(?:'s)?\s+(?:holidays?|break|long weekend|days off)"
    r"(?:\s+(?:of\s+)?(\d{4}|'\d{2}))?(?:\s+\(?(\d{1,2}(?: [a-z]+)? to \d{1,2} [a-z]+ \d{4})\)?)?$"
)  # the days after it are its label's, read back only when they are its days
#: "during seollal", "over chuseok 2027": a span said of the lunar holiday is its days off.
_DURING = compile_later(r"^((?:during|over|throughout)\s+(?:the\s+)?(?:(?:this|next)\s+)?(?:(?:\d{4}|next year|this year)\s+)?"
                     r"(?:seollal|lunar new year|korean new year|chuseok)(?:'s)?)(?=(?:\s+(?:of\s+)?(?:\d{4}|'\d{2}))?$)")


def _days_off(text: str) -> str:
    """`text` with the days off named when a span is said of the holiday itself ("during seollal")."""
    return _DURING.sub(r"\1 holidays", text)


def holiday_window(text: str, today: dt.date) -> tuple[str, dt.date, dt.date, bool] | None:
    """(label, first day, last day, whether its year was read from today) of the days off around
    Seollal or Chuseok that `text` names (the day before, the day, the day after), or None (a year
    the table does not know: `holiday_question` says so). Without its year: the next not over yet."""
    m = _HOLIDAY_DAYS.match(_days_off(text))
    if m is None:
        return None
    name, table = ("Chuseok", _CHUSEOK) if m.group(3) == "chuseok" else ("Seollal", _SEOLLAL)
    year_text = m.group(2) or m.group(4)
    if year_text in ("this year", "next year"):
        years: tuple[int, ...] = (today.year + (year_text == "next year"),)
    elif year_text is not None:
        years = (year_written(year_text),)
    else:
        years = (today.year, today.year + 1) if m.group(1) != "next" else (today.year, today.year + 1, today.year + 2)
    for year in years:
        if year not in table:
            return None
        day = dt.date(year, *table[year])
        first, last = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
        if year_text is None and (last < today or (m.group(1) == "next" and first <= today)):
            continue
        shown = (f"{first.day} to {last.day} {last:%B %Y}" if first.month == last.month
                 else f"{first.day} {first:%B} to {last.day} {last:%B %Y}")
        if m.group(5) is not None and m.group(5) != shown.lower():
            return None
        return f"the {name} holidays {year} ({shown})", first, last, year_text is None
    return None
