"""Days and moments as moderators type them, for season-2 reports (pure: no range checks here, bot/season2/reports.py checks what a date may be).

A day: 2026-07-23, 2026/07/23, 20260723, 23 July 2026, 23-Jul-2026, July 23rd, 2026, Jan 15 '27, 2027 March 3, the
3rd of March, Thursday, July 23, 2026, 5 Mar 2027 (Fri) (a weekday typed is checked), 23.7.2026, 7/23/2026 and 13/3
(only when the order is plain: a day over 12, or both the same), a year of two digits (1/15/27, 27.03.05, 5 March 27:
bot/season2/day_numbers.py, asked when two orders fit), a holiday (christmas, easter, seollal, chuseok 2027:
bot/season2/holidays.py), the 13th, today, yesterday, tomorrow (tmrw), the day after tomorrow, a week from today, 3
days ago, a week ago; without a year ("July 23") the nearest such day on the side the caller asks for (a report looks
back, a release date ahead). A weekday alone ("this Friday", "next Tue", "Friday next week") is read only when one
day fits whichever day a week starts on (`_weekday_alone`); when two do, `ambiguous_weekday` names both so that the
reply asks.

A moment: a day with a time or without (17:00, 5pm, 5:30 pm, 21h30, noon, midnight), in UTC unless a time zone
follows: a name (KST, JST, PT, PST, PDT, ET, EST, EDT, CT, MT, BST, CET, CEST, SGT, UTC, GMT, Z, "Korea time") or an
offset (+09:00, GMT+9, UTC-5, "17:00 (UTC-7)"); CST, IST (two places or three?) are asked again (`unknown_zone`), and
so is a name that says its season on a day its places keep the other ("5pm PDT" on 5 March 2027) or a time a clock
change skips or says twice (`zone_problem`). ISO 8601 stamps (2027-03-14T17:00:00+09:00); or from now (+10d, +36h, in
10 days, 2 weeks from now). The time may come first ("5pm KST, Jan 15 2027"); said twice ("5pm KST (3am ET)") it is
read only when both agree. Korean is read too (bot/season2/dates_korean.py: 2027년 1월 15일 (금) 오후 5시, 내일 밤 9시 반, 이번 주
금요일; a day or time in Korean is KST when no zone is given). A time without its day ("5pm KST") or an hour without am
or pm ("Friday at 5", "5시") is not read: `time_problem` says which, for the refusal. A month or a season without its
day ("March 2027", "H1 2027", "early 2027") is a window, not a day: `window_words` spots it so the refusal can say
so. A day no calendar has (29 February 2027, 31 April) is never moved to another: `day_problem` says why, for the
refusal. Time zones: bot/zones.py.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.season2.dates_korean import korean_to_english
from bot.season2.day_numbers import (
    NoSuchDay,
    impossible_time,
    make_day,
    midnight_unclear,
    nearest_day,
    ordinals_as_numbers,
    plausible_years,
    short_year_days_in,
    short_year_readings,
)
from bot.season2.day_parts import clock_words, noon_and_midnight
from bot.season2.holidays import holiday_question, holiday_without_year, read_holiday
from bot.season2.typed_dates import mend_typos, plain_typed
from bot.text import MONTH_NAMES, MONTH_SHORT, NUMBER_WORDS
from bot.zones import (
    FIXED_ZONES,
    SUMMER_TIME_ZONES,
    ZONE,
    ZONE_NAMES,
    ZONE_WORDS,
    offset_now,
    season_problem,
    split_zone,
    zone_offset,
    zone_said,
)

MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)} | MONTH_SHORT
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A weekday's word in full or short ("friday", "Fri.", "thurs").
WEEKDAY_WORD = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?"
_WEEKDAY_WORD = WEEKDAY_WORD
_WEEKDAY = compile_later(rf"^{_WEEKDAY_WORD},?\s+")
#: A weekday alone: "Friday", "on Friday", "this Friday", "this coming Fri", "last Friday", "next
#: Friday", "Friday next week", "this week's Friday" (`_weekday_alone` says which day each is).
_WEEKDAY_ALONE = compile_later(
    rf"^(?:(this coming|this|the coming|coming|upcoming|last|past|next|on)\s+)?(?:(this|next|last) week(?:'s)?\s+)?"
    rf"{_WEEKDAY_WORD}(?:,?\s+(this|next|last)\s+week)?$"
)
#: The weekdays as typed short, in `date.weekday()` order (their index is the weekday's number).
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ORD = r"(?:st|nd|rd|th)?"
_YEAR4 = r"(\d{4}|'?\d{2})"  # 2027, '27, and 27 after a day and its month ("5 March 27": `_year`)
_DAY_FIRST = compile_later(rf"^(?:the\s+)?(\d{{1,2}}){_ORD}[\s-]+(?:of\s+)?([a-z]+)\.?,?(?:[\s-]+{_YEAR4})?$")  # 1 March 2026
_MONTH_FIRST = compile_later(rf"^([a-z]+)\.?[\s-]+(?:the\s+)?(\d{{1,2}}){_ORD}(?:,?\s+{_YEAR4})?$")  # March 1, 2026
_YEAR_FIRST = compile_later(rf"^(\d{{4}}),?\s+([a-z]+)\.?\s+(\d{{1,2}}){_ORD}$")  # 2027 March 3
#: A day of the month alone, with its ordinal or "the": "the 13th", "on the 15th" (the next or last one).
_NTH = compile_later(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$|^the\s+(\d{1,2})$")
_NUMERIC_NO_YEAR = compile_later(r"^(\d{1,2})/(\d{1,2})$")  # 13/3, 3/13 (3/4 reads both ways; 9.30 may be a time)
_NUMERIC = compile_later(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\.?$")  # 2026/03/01, 23.7.2025, 7/23/2025, 27.03.05.
_COMPACT = compile_later(r"^(\d{4})(\d{2})(\d{2})$")  # 20260301
_COUNT_WORDS = {"a": 1, "an": 1, **{word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 7}}
_COUNT = r"(\d{1,3}|" + "|".join(_COUNT_WORDS) + ")"
#: A day some days or weeks from today, with a time after it: "in 3 days at 9pm KST".
_IN_DAYS = compile_later(rf"^(?:in\s+{_COUNT}\s+(days?|weeks?)|{_COUNT}\s+(days?|weeks?)\s+from\s+(?:now|today))$")
_AGO = compile_later(rf"^{_COUNT}\s+(days?|weeks?)\s+ago$")
_FROM_NOW = compile_later(rf"^(?:\+\s*(\d{{1,4}})\s*([dhw])|in\s+{_COUNT}\s+(days?|hours?|weeks?)|{_COUNT}\s+(days?|hours?|weeks?)\s+from\s+now)$")
_TIME = compile_later(r"^(.*?)[\s,]+(?:at\s+|@\s*)?(\d{1,2})(?:[:.h](\d{2})(?::\d{2})?)?\s*(am|pm|a\.m\.|p\.m\.)?$")
_WINDOW = compile_later(
    r"^(?:(?:early|mid|late|end of|the end of|beginning of|start of|spring|summer|fall|autumn|winter|h[12]|q[1-4]"
    r"|first half(?: of)?|second half(?: of)?|[a-z]+)\s+)?(?:of\s+)?(\d{4})$"
)

def _normal_said(text: str) -> tuple[str, bool]:
    """`text` lowercased, in English, its typos mended; and whether it was said in Korean."""
    from bot.season2.sources.headline_abroad import (
        days_in_english,  # (here: the headline readers import this module)
    )

    plain = days_in_english(plain_typed(text))  # "5 de marzo de 2027", "5 de março": as the feeds' posts are read
    plain = re.sub(r"\b(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\b\.?", r"\1-\2-\3", plain)  # 2027. 3. 5.
    english, korean = korean_to_english(plain)
    english = mend_typos(english)
    english = ordinals_as_numbers(english, _MONTH_WORDS)  # "march fifth", "the fifth of march"
    # a weekday after its date goes first, where it is checked: "5 Mar 2027 (Fri)", "2027-03-05 fri 17:00"
    english = re.sub(rf"^(.*\d)\s*,?\s*\(({_WEEKDAY_WORD})\)|^(.*\d)\s*,?\s+({_WEEKDAY_WORD})(?=$|\s+\d)",
                     lambda m: f"{m.group(2) or m.group(5)} {m.group(1) or m.group(4)}", english)
    return english, korean


def _normal(text: str) -> str:
    return _normal_said(text)[0]


# A time written before its day: "5pm KST, Jan 15 2027", "17:00 on 15 January 2027". Only a clock
# with minutes or am/pm counts, so "15 January" stays a day.
_TIME_FIRST = compile_later(rf"^(\d{{1,2}}(?:[:.h]\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)?)\s*(\(?(?:{ZONE_NAMES})\)?)?(?:\s*[,|\u00b7-]\s*|\s+on\s+|\s+)(?:on\s+)?(.+)$")

#: Words before a moment that say nothing ("at 5pm KST on Jan 15 2027", "on Friday").
_LEAD = compile_later(r"^(?:(?:at|on|@)\s+)+")  # not "by": "by Jan 15" is open-ended, refused


def _time_last(norm: str) -> str:
    norm = _LEAD.sub("", norm)
    m = _TIME_FIRST.match(norm)
    if m is None or not re.search(r"[:.h]\d{2}|[ap]\.?m\.?$", m.group(1)):
        return norm
    if re.fullmatch(rf"(?:am|pm|a\.m\.|p\.m\.)?\s*\(?(?:{ZONE_NAMES})?\)?", m.group(3).strip()):
        return norm  # "9pm kst", "9:30 p.m.": a time and its zone, no day
    rest, zone = m.group(3).strip(), m.group(2)
    if zone is None and (z := re.match(rf"^(.*\S)\s+\(?((?:{ZONE_NAMES}))\)?$", rest)):
        rest, zone = z.group(1), z.group(2)  # "9pm march 5th 2027 kst"
    return " ".join(part for part in (rest, m.group(1), zone) if part)


def _count(word: str) -> int:
    return _COUNT_WORDS.get(word) or int(word)


def _year(text: str | None, today: dt.date, ahead: bool) -> int | None:
    """A year typed after its day: 2027, '27, or 27 when that is a year a report can name."""
    if text is None or len(text) == 4:
        return None if text is None else int(text)
    year = 2000 + int(text.lstrip("'"))
    if text.startswith("'") or year in plausible_years(today, ahead):
        return year
    raise ValueError("not a year")  # "March 5 21": no report names 2021 ahead


def _nth(day: int, today: dt.date, ahead: bool) -> dt.date | None:
    """"The 13th": this month's, or the next (`ahead`) or last month's that has one."""
    step = 1 if ahead else -1
    year, month = today.year, today.month
    for _ in range(13):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and ((candidate >= today) if ahead else (candidate <= today)):
            return candidate
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return None


def _dated(year: int | None, month: int, day: int, today: dt.date, ahead: bool) -> dt.date:
    return make_day(year, month, day) if year is not None else nearest_day(month, day, today, ahead=ahead)


def read_day(text: str, today: dt.date, *, ahead: bool = False) -> dt.date | None:
    """A day as typed (see the module's docstring), or None. `ahead`: a day without a year is the
    next one to come, else the last one past."""
    norm = _normal(text)
    if alone := _WEEKDAY_ALONE.match(norm):
        read = _weekday_alone(alone, today, ahead)
        return read if isinstance(read, dt.date) else None
    weekday = _WEEKDAY.match(norm)
    if weekday is not None:
        day = read_day(norm[weekday.end():], today, ahead=ahead)
        said = WEEKDAYS.index(weekday.group(1)[:3])
        return day if day is not None and day.weekday() == said else None  # "Monday 14 March 2027" is a Sunday
    if norm in _RELATIVE:
        return today + dt.timedelta(days=_RELATIVE[norm])
    if m := re.fullmatch(r"today([+-]\d)", norm):  # 모레, 글피 (bot/season2/dates_korean.py)
        return today + dt.timedelta(days=int(m.group(1)))
    if (holiday := read_holiday(norm, today, ahead=ahead)) is not None:  # bot/season2/holidays.py
        return holiday
    try:
        return _day_of(norm, today, ahead)
    except ValueError:
        return None


def _day_of(norm: str, today: dt.date, ahead: bool) -> dt.date | None:
    """A day written with its numbers or its month's name; NoSuchDay (a ValueError) for one that
    does not exist, saying why."""
    if m := _IN_DAYS.match(norm):
        count, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return today + dt.timedelta(days=_count(count) * (7 if unit.startswith("w") else 1))
    if m := _AGO.match(norm):
        return today - dt.timedelta(days=_count(m.group(1)) * (7 if m.group(2).startswith("w") else 1))
    if (m := _DAY_FIRST.match(norm)) and m.group(2) in MONTHS:
        return _dated(_year(m.group(3), today, ahead), MONTHS[m.group(2)], int(m.group(1)), today, ahead)
    if (m := _MONTH_FIRST.match(norm)) and m.group(1) in MONTHS:
        return _dated(_year(m.group(3), today, ahead), MONTHS[m.group(1)], int(m.group(2)), today, ahead)
    if (m := _YEAR_FIRST.match(norm)) and m.group(2) in MONTHS:
        return make_day(int(m.group(1)), MONTHS[m.group(2)], int(m.group(3)))
    if m := _NTH.match(norm):
        return _nth(int(m.group(1) or m.group(2)), today, ahead)
    if m := _NUMERIC_NO_YEAR.match(norm):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b or a == b:
            return _dated(None, b, a, today, ahead)  # 13/3
        return _dated(None, a, b, today, ahead) if b > 12 >= a else None  # 3/13
    if m := _COMPACT.match(norm):
        return make_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _NUMERIC.match(norm):
        a, b, c = (int(g) for g in m.groups())
        if len(m.group(1)) == 4:
            return make_day(a, b, c)
        if len(m.group(1)) <= 2 and len(m.group(3)) <= 2 and (len(m.group(3)) == 2 or len(m.group(1)) == 2):
            readings = short_year_readings(a, b, c, today, ahead)  # 1/15/27, 27.03.05
            return readings[0] if len(readings) == 1 else None
        if len(m.group(3)) != 4:
            return None
        if a > 12 >= b:
            return make_day(c, b, a)  # 23/7/2026
        if b > 12 >= a:
            return make_day(c, a, b)  # 7/23/2026
        if a > 12 and b > 12:
            raise NoSuchDay(f"neither {a} nor {b} is a month")
        return make_day(c, b, a) if a == b else None  # 3/4/2026 could be either
    return None


def _day_part(text: str) -> str:
    """The day of a moment as typed, without its time, zone or weekday."""
    norm, _ = split_zone(_prepared(text))
    if (m := _TIME.match(norm)) and (m.group(3) or m.group(4)):
        norm = m.group(1).strip().rstrip(",")
    norm = _LEAD.sub("", norm)
    if weekday := _WEEKDAY.match(norm):
        norm = norm[weekday.end():]
    return re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})t.*$", r"\1", norm)


def day_problem(text: str, today: dt.date, *, ahead: bool, what: str = "date") -> str | None:
    """Why a day typed is not read, as a sentence to reply with: a day no calendar has ("2027 is
    not a leap year: ..."), a time of day that is none ("25:00"), or a holiday that may name two
    days ("chuseok" in December: this year's or next year's?); else None."""
    norm = _day_part(text)
    if (question := holiday_question(norm, today, ahead=ahead)) is not None:
        return question
    try:
        _day_of(norm, today, ahead)
    except NoSuchDay as no_day:
        return (f"I couldn't read the {what}: {no_day.reason}. Write the date the source gives as YYYY-MM-DD "
                "(2027-03-14) or with the month's name (14 March 2027).")
    except ValueError:
        pass
    if (reason := impossible_time(_prepared(text))) is not None:
        return f"I couldn't read the time: {reason}. Write it as 17:00 KST or 5pm KST."
    return None


def short_year_days(text: str, today: dt.date, *, ahead: bool) -> tuple[dt.date, ...]:
    """The days a numeric date with two digits of its year may be ("3/4/27": 3 April or 4 March 2027)."""
    return short_year_days_in(_prepared(text), today, ahead)


def _weekday_alone(m: re.Match[str], today: dt.date, ahead: bool) -> dt.date | tuple[dt.date, dt.date] | None:
    """The day a weekday said alone names, or the two it may name (then it is asked again, never
    guessed). A week runs Monday to Sunday, or Sunday to Saturday where the speaker is: a reading
    that changes with that is asked again too.
    - "Friday", "on Friday": ahead, the next one (today on a Friday); looking back, the last one.
    - "this Friday": this week's, or the coming one when this week's is past ("this Tuesday" said
      on a Wednesday: yesterday, or in six days? asked again when looking ahead; looking back,
      yesterday); "this coming Friday" the next one after today (asked again on a Friday).
    - "next Friday": the coming one when it falls in next week whichever day a week begins; said
      on a Wednesday, the Friday two days away or the one nine days away, so asked again.
      "last Friday" likewise, backwards.
    - "Friday next week", "this week's Friday", "Friday last week": that week's (asked again for
      a Sunday, which is in this week or the next as a week begins)."""
    which, week, weekday = m.group(1), m.group(2) or m.group(4), WEEKDAYS.index(m.group(3)[:3])
    if week is not None and which in ("this", "next", "last", "this coming", "coming", "the coming", "upcoming"):
        return None  # "next Friday next week"
    forward = (weekday - today.weekday()) % 7
    backward = (today.weekday() - weekday) % 7
    coming, past = today + dt.timedelta(days=forward), today - dt.timedelta(days=backward)
    # Where the weekday falls against today, in a week from Monday and in a week from Sunday.
    later_both = weekday > today.weekday() and (weekday + 1) % 7 > (today.weekday() + 1) % 7
    earlier_both = weekday < today.weekday() and (weekday + 1) % 7 < (today.weekday() + 1) % 7
    if week is not None:
        shift = {"this": 0, "next": 7, "last": -7}[week]
        monday = today - dt.timedelta(days=today.weekday())
        sunday = today - dt.timedelta(days=(today.weekday() + 1) % 7)
        days = sorted({monday + dt.timedelta(days=shift + weekday), sunday + dt.timedelta(days=shift + (weekday + 1) % 7)})
        return days[0] if len(days) == 1 else (days[0], days[1])  # a Sunday, or anything said on a Sunday
    if which == "next":
        if forward == 0:
            return today + dt.timedelta(days=7)
        return coming if earlier_both else (coming, coming + dt.timedelta(days=7))
    if which in ("last", "past"):
        if backward == 0:
            return today - dt.timedelta(days=7)
        return past if later_both else (past - dt.timedelta(days=7), past)
    if which in ("coming", "this coming", "the coming", "upcoming"):
        return coming if forward else (today, today + dt.timedelta(days=7))
    if which == "this":
        if forward == 0 or not earlier_both:
            return coming
        return (past, coming) if ahead else past
    return coming if ahead else past


_RELATIVE = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "day after tomorrow": 2, "the day after tomorrow": 2,
    "day before yesterday": -2, "the day before yesterday": -2, "a week from today": 7, "a week today": 7,
    "one week from today": 7, "a week from tomorrow": 8,
}


_FROM_TODAY = compile_later(
    rf"^(?:today(?:[+-]\d)?|tonight|tomorrow|yesterday|(?:the )?day (?:after tomorrow|before yesterday)|(?:a|one) week (?:from )?(?:today|tomorrow)|(?:the )?\d{{1,2}}(?:st|nd|rd|th)"
    rf"|(?:(?:this coming|this|the coming|coming|upcoming|last|past|next|on)\s+)?(?:(?:this|next|last) week(?:'s)?\s+)?"
    rf"{_WEEKDAY_WORD}(?:,?\s+(?:this|next|last)\s+week)?)(?=$|\s+(?:at\s+)?\d|\s+(?:kst|utc))"
    r"|^(?:\+|in\s)|\bago$|\bfrom\s+now$"
)


def said_from_today(text: str) -> bool:
    """Whether a moment is said from today ("tomorrow 9pm KST", "this Friday", "in 3 days") or read
    with a year chosen for it (a holiday without its year, "1/15/27"), so the reply says which day
    it was read as."""
    norm = _prepared(text)
    return bool(_FROM_TODAY.search(norm) or holiday_without_year(_day_part(text))
                or re.match(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{1,2}\.?(?=$|[\s,])", norm))


def ambiguous_weekday(text: str, now: dt.datetime, *, ahead: bool = True) -> tuple[dt.date, dt.date] | None:
    """The two days a weekday said alone may mean ("next Friday" said on a Wednesday: the coming
    one, or the one a week after; `_weekday_alone`), else None; today is the named zone's."""
    norm = _prepared(text)
    today = now.astimezone(dt.UTC).date()
    norm, zone = split_zone(norm)
    if zone is not None:
        today = (now.astimezone(dt.UTC) + (offset_now(zone, now) or dt.timedelta(0))).date()
    m = _TIME.match(norm)
    if m is not None and _WEEKDAY_ALONE.match(m.group(1)):
        norm = m.group(1)
    alone = _WEEKDAY_ALONE.match(norm)
    if alone is None:
        return None
    read = _weekday_alone(alone, today, ahead)
    return read if isinstance(read, tuple) else None


def wrong_weekday(text: str, today: dt.date, *, ahead: bool = False) -> dt.date | None:
    """The day `text` names when the weekday typed before it is not that day's ("Monday 14 March
    2027", a Sunday, or "5pm KST, Thursday Jan 15 2027"), else None."""
    norm = _prepared(text)
    weekday = _WEEKDAY.match(norm)
    if weekday is None:
        return None
    rest = norm[weekday.end():]
    day = read_day(rest, today, ahead=ahead)
    if day is None:
        moment = _moment_parts(rest, dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC), ahead)
        day = moment[0].date() if moment is not None else None
    return day if day is not None and day.weekday() != WEEKDAYS.index(weekday.group(1)[:3]) else None


def ambiguous_day(text: str) -> tuple[int, int] | None:
    """(a, b) when `text` is a numeric day that reads both ways (3/4/2026), else None."""
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?=$|[\s,])", _prepared(text))
    if m and (m.group(3) or "/" in m.group(0)) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        return int(m.group(1)), int(m.group(2))
    return None


_TIME_ALONE = compile_later(
    r"^(?:(?:at|@|around|about|approx\.?|by)\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|a|p)?(?:\s*-?\s*ish)?$"
)


def time_problem(text: str, today: dt.date) -> str | None:
    """Why a moment with a time is not read: "no day" ("5pm KST", "noon", "밤 9시 반"), "no half" for an hour
    of neither half of the day ("Friday at 5", "5시"), "which midnight" ("midnight tonight"), else None."""
    norm, _ = split_zone(_prepared(text))
    if "시?" in norm:
        return "no half"
    if _TIME_ALONE.match(norm) and not re.fullmatch(r"\d{1,2}", norm):
        return "no day"
    m = _TIME.match(norm)
    if m is not None and m.group(3) is None and m.group(4) is None and 1 <= int(m.group(2)) <= 12:
        said = re.sub(r"^tonight$", "today", m.group(1).strip().rstrip(","))
        if read_day(said, today) is not None or read_day(said, today, ahead=True) is not None:
            return "no half"
    if m is not None and midnight_unclear(m.group(1), _clock(m.group(2), m.group(3), m.group(4)), text):
        return "which midnight"
    return None


def window_words(text: str) -> bool:
    """Whether `text` names a month, a season or a year without its day ("March 2027", "H1 2027")."""
    return bool(_WINDOW.match(_normal(text)))


def _clock(hour_text: str, minute_text: str | None, meridiem: str | None) -> tuple[int, int] | None:
    hour, minute = int(hour_text), int(minute_text or 0)
    half = (meridiem or "").replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None  # "13pm" is no time
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def _iso(norm: str) -> dt.datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}t", norm):
        return None
    try:
        stamp = dt.datetime.fromisoformat(norm.upper())
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)


def read_moment(text: str, now: dt.datetime, *, ahead: bool = True) -> dt.datetime | None:
    """A moment as typed (see the module's docstring) in UTC, or None (`read_timed_moment`)."""
    found = read_timed_moment(text, now, ahead=ahead)
    return None if found is None else found[0]


def read_timed_moment(text: str, now: dt.datetime, *, ahead: bool = True) -> tuple[dt.datetime, bool] | None:
    """A moment as typed in UTC and whether its hour was given, or None. A day without a time is its
    UTC midnight whatever zone follows it (the day is what was said; the hour comes from a source that
    gives one, such as the first episode's airstamp); an hour given is kept even where it is 00:00 UTC."""
    parts = _moment_parts(text, now, ahead)
    if parts is None or time_problem(text, now.date()) == "which midnight":  # asked, never read as the one past
        return None
    local, offset, timed = parts
    try:
        return (local - offset).replace(tzinfo=dt.UTC), timed
    except OverflowError:  # "9999-12-31T23:00-05:00": past the calendar's end in UTC, no moment at all
        return None


def read_local_day(text: str, today: dt.date, *, ahead: bool = False) -> dt.date | None:
    """The day of a moment as typed, where it was said: "dec 31 11pm pt" is 31 December, though it
    is 1 January in UTC."""
    parts = _moment_parts(text, dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC), ahead)
    return None if parts is None else parts[0].date()


def unknown_zone(text: str, now: dt.datetime) -> str | None:
    """The zone typed after a time that hyosan does not know ("5pm HST") or that names two places
    ("CST": `AMBIGUOUS_ZONES`), else None."""
    m = re.match(r"^(.*\d(?:\s*(?:am|pm))?)\s+\(?([a-z]{2,5})\)?$", _prepared(text))
    if m is None or m.group(2) in FIXED_ZONES or m.group(2) in SUMMER_TIME_ZONES or m.group(2) in ("am", "pm", "th", "st", "nd", "rd"):
        return None
    return m.group(2).upper() if _moment_parts(m.group(1), now, True) is not None else None


def zone_problem(text: str, now: dt.datetime) -> str | None:
    """Why the zone named after a moment's time names no one moment that day (`season_problem`)."""
    before, zone = split_zone(said.group(1) if (said := _SAID_AGAIN.match(norm := _prepared(text))) and not _iso(norm) else norm)
    if zone is None or not zone[0] or zone[1] or read_day(before, now.date(), ahead=True) or not (parts := _one_moment(before, now, True)):
        return None
    return season_problem(zone[0], parts[0])


def said_twice_apart(text: str, now: dt.datetime) -> bool:
    """Whether a moment said twice ("5pm KST (4am ET)") names two different moments."""
    said = _SAID_AGAIN.match(_prepared(text))
    return said is not None and _one_moment(said.group(1), now, True) is not None and _moment_parts(text, now, True) is None


def _prepared(text: str) -> str:
    """A moment as typed, put in one order: its day first, then its time and zone."""
    norm, korean = _normal_said(text)
    if korean and not ZONE.match(norm):
        norm += " kst"  # a day or time said in Korean is Korea's ("오후 5시" is 08:00 UTC), unless a zone is named
    norm = ZONE_WORDS.sub(zone_said, clock_words(norm))  # "5 in the evening": 5pm
    norm = noon_and_midnight(norm)  # "12 noon" is noon; "feb 12 noon" the 12th at noon
    norm = re.sub(r"(?<![+\d])\b(\d{1,2})h(?=$|[\s,(])", r"\1:00", norm)  # "17h KST", as in Europe
    norm = re.sub(r"(?<![+\d])\b(\d{1,2})h(\d{2})\b", r"\1:\2", norm)  # "21h30"
    norm = re.sub(r"(?<=\d)([ap])(?=$|[\s,(])", r"\1m", norm)  # "5p KST", "9:30a"
    # "0800 UTC", "1700hrs KST" after a day with its year: a clock of four digits
    norm = re.sub(rf"^(.*\b\d{{4}}\b.*?[\s,])(?:at\s+)?([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?|h)?(?=\s*\(?(?:{ZONE_NAMES})\)?$)",
                  r"\1\2:\3 ", norm)
    norm = _time_last(norm)
    # "tonight 9pm KST" is today's; "tonight" alone names no time, so it stays unread (not midnight past)
    return re.sub(r"^tonight(?=\s+\d)", "today", norm)


#: The same moment said again elsewhere: "5pm KST (3am ET)", "5pm KST / 12am PT", "17:00 KST (UTC+9)".
_SAID_AGAIN = compile_later(r"^(.+?)\s*(?:\(([^()]*\d[^()]*)\)|(?<=[a-z])\s*/\s*(?=\d)(.+))$")
#: A moment's wall-clock time where it was said, that place's UTC offset, and whether its hour was given.
_Parts = tuple[dt.datetime, dt.timedelta, bool]
_OFFSET_ALONE = compile_later(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$")


def _moment_parts(text: str, now: dt.datetime, ahead: bool) -> _Parts | None:
    """A moment as typed: its wall-clock time where it was said (naive), that place's UTC offset, and
    whether its hour was given (a day alone is its midnight).
    Said twice ("5pm KST (3am ET)"), it is read only when both name the same moment: a slip in
    either is refused, never half-read."""
    norm = _prepared(text)
    said = _SAID_AGAIN.match(norm)
    if said is None or _iso(norm):
        return _one_moment(norm, now, ahead)
    first = _one_moment(said.group(1), now, ahead)
    again = (said.group(2) or said.group(3)).strip()
    if first is None:
        return None
    if read_day(said.group(1), now.date(), ahead=ahead) is not None and _TIME_ALONE.match(ZONE.sub(r"\1", again)):
        return _one_moment(_prepared(f"{said.group(1)} {again}"), now, ahead)  # "14 March 2027 (5pm KST)": its time
    local, offset, _ = first
    if (m := _OFFSET_ALONE.match(again)) and split_zone(said.group(1))[1] is None:  # "17:00 (UTC-7)": its zone
        return _one_moment(f"{said.group(1)} utc{m.group(1)}{m.group(2)}:{m.group(3) or '00'}", now, ahead)
    if m:  # "KST (UTC+9)": the zone's offset, said again
        stated = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)) * (-1 if m.group(1) == "-" else 1)
        return first if stated == offset else None
    instant = (local - offset).replace(tzinfo=dt.UTC)
    second = _one_moment(_prepared(again), instant, ahead)  # its day where it is, from the first's moment
    if second is None or (second[0] - second[1]).replace(tzinfo=dt.UTC) != instant:
        second = _one_moment(_prepared(f"today {again}"), instant, ahead)
    if second is None or (second[0] - second[1]).replace(tzinfo=dt.UTC) != instant:
        return None
    return first


def _one_moment(norm: str, now: dt.datetime, ahead: bool) -> _Parts | None:
    if stamp := _iso(norm):
        return stamp.replace(tzinfo=None), stamp.utcoffset() or dt.timedelta(0), True
    if m := _FROM_NOW.match(norm):
        amount, unit = (m.group(1), m.group(2)) if m.group(1) else (
            (m.group(3), m.group(4)) if m.group(3) else (m.group(5), m.group(6)))
        size = {"d": dt.timedelta(days=1), "h": dt.timedelta(hours=1), "w": dt.timedelta(weeks=1)}[unit[0]]
        later = (now + _count(amount) * size).replace(second=0, microsecond=0)
        return later.astimezone(dt.UTC).replace(tzinfo=None), dt.timedelta(0), True
    norm = re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})t(?=\d)", r"\1 ", norm)  # 2026-07-23T16:00 UTC
    norm, zone = split_zone(norm)
    if zone is None and norm.endswith("z") and re.search(r"\d:?\d{2}z$", norm):
        norm, zone = norm[:-1], ("z", None, None, None)
    utc_now = now.astimezone(dt.UTC)
    # "today", "tomorrow", "this Friday" are days where the zone is: 9pm KST "tonight" is Korea's.
    zone_now = None if zone is None else offset_now(zone, utc_now)
    today = (utc_now + (zone_now or dt.timedelta(0))).date()
    day = read_day(norm, today, ahead=ahead)
    if day is not None:
        return dt.datetime(day.year, day.month, day.day), dt.timedelta(0), False
    m = _TIME.match(norm)
    if m is None or (m.group(3) is None and m.group(4) is None):
        return None  # "2027-03-14 17" is not a time
    day, clock = read_day(m.group(1), today, ahead=ahead), _clock(m.group(2), m.group(3), m.group(4))
    if day is None or clock is None:
        return None
    local = dt.datetime(day.year, day.month, day.day, *clock)
    offset = dt.timedelta(0) if zone is None else zone_offset(*zone, local=local)
    if offset is None or (zone is not None and zone[0] and not zone[1] and season_problem(zone[0], local)):
        return None  # "5 March 2027 5pm PDT": Pacific time is PST that day (`zone_problem` says so)
    return local, offset, True
