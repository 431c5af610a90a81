"""Days and moments as moderators type them, for season-2 reports (pure: no range checks here,
bot/season2/reports.py checks what a date may be).

A day: 2026-07-23, 2026/07/23, 20260723, 23 July 2026, 23-Jul-2026, July 23rd, 2026, Thursday,
July 23, 2026, 23.7.2026, 7/23/2026 (only when the order is plain: a day over 12), today,
yesterday, tomorrow, 3 days ago, a week ago; without a year ("July 23") the nearest such day on
the side the caller asks for (a report looks back, a release date ahead).

A moment: a day with a time or without (17:00, 5pm, 5:30 pm, noon, midnight), in UTC unless a
time zone follows: a name (KST, JST, PT, PST, PDT, ET, EST, EDT, CT, MT, BST, CET, CEST, IST, SGT,
UTC, GMT, Z) or an offset (+09:00, GMT+9, UTC-5); ISO 8601 stamps (2027-03-14T17:00:00+09:00);
or from now (+10d, +36h, in 10 days, 2 weeks from now). The time may come first ("5pm KST, Jan 15
2027"), and Korean is read too (2027년 1월 15일 (금) 오후 5시 (한국시간); a time in Korean is KST when no
zone is given). A month or a season without its day
("March 2027", "H1 2027", "early 2027") is a window, not a day: `window_words` spots it so the
refusal can say so.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

MONTHS = {
    name: number for number, names in enumerate((
        ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
        ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
        ("nov", "november"), ("dec", "december"),
    ), start=1) for name in names
}
_WEEKDAY_WORD = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?"
_WEEKDAY = re.compile(rf"^{_WEEKDAY_WORD},?\s+")
#: A weekday alone: "Friday", "this Friday", "this coming Fri", "last Friday", "next Friday" (which
#: is refused as ambiguous: the coming one, or the one a week later?).
_WEEKDAY_ALONE = re.compile(rf"^(?:(this coming|this|coming|last|past|next)\s+)?{_WEEKDAY_WORD}$")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ORD = r"(?:st|nd|rd|th)?"
_DAY_FIRST = re.compile(rf"^(\d{{1,2}}){_ORD}[\s-]+(?:of\s+)?([a-z]+)\.?,?(?:[\s-]+(\d{{4}}))?$")  # 1 March 2026
_MONTH_FIRST = re.compile(rf"^([a-z]+)\.?[\s-]+(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?$")  # March 1, 2026
_NUMERIC = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")  # 2026/03/01, 23.7.2025, 7/23/2025
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")  # 20260301
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT = r"(\d{1,3}|a|an|one|two|three|four|five|six|seven)"
_AGO = re.compile(rf"^{_COUNT}\s+(days?|weeks?)\s+ago$")
_FROM_NOW = re.compile(rf"^(?:\+\s*(\d{{1,4}})\s*([dhw])|in\s+{_COUNT}\s+(days?|hours?|weeks?)|{_COUNT}\s+(days?|hours?|weeks?)\s+from\s+now)$")
_TIME = re.compile(r"^(.*?)[\s,]+(?:at\s+|@\s*)?(\d{1,2})(?:[:.h](\d{2})(?::\d{2})?)?\s*(am|pm|a\.m\.|p\.m\.)?$")
_WINDOW = re.compile(
    r"^(?:(?:early|mid|late|end of|the end of|beginning of|start of|spring|summer|fall|autumn|winter|h[12]|q[1-4]"
    r"|first half(?: of)?|second half(?: of)?|[a-z]+)\s+)?(?:of\s+)?(\d{4})$"
)

# Time zones fans name. Fixed offsets for the unambiguous abbreviations; the American ones without
# S/D follow daylight saving (PT is PST in winter, PDT in summer), as Netflix's "midnight PT" does.
_FIXED_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "kst": 9 * 60, "jst": 9 * 60, "sgt": 8 * 60, "pht": 8 * 60, "hkt": 8 * 60,
    "wib": 7 * 60, "ist": 5 * 60 + 30, "bst": 60, "cet": 60, "cest": 120, "aest": 600, "aedt": 660,
    "pst": -8 * 60, "pdt": -7 * 60, "est": -5 * 60, "edt": -4 * 60, "cst": -6 * 60, "cdt": -5 * 60,
    "mst": -7 * 60, "mdt": -6 * 60,
}
_AMERICAN = {"pt": ("America/Los_Angeles", -8), "et": ("America/New_York", -5), "ct": ("America/Chicago", -6),
             "mt": ("America/Denver", -7)}
_ZONE_NAMES = "|".join(sorted([*_FIXED_ZONES, *_AMERICAN], key=len, reverse=True))
_ZONE = re.compile(
    rf"^(.*?)\s*\(?(?:(?:\b|(?<=\d))({_ZONE_NAMES})\b\s*(?:([+-])\s*(\d{{1,2}})(?::?(\d{{2}}))?)?"
    rf"|(?<=:\d\d)\s*([+-])(\d{{2}}):?(\d{{2}}))\)?$"  # a bare offset follows a clock time (17:00+09:00)
)


# Korean as Korean servers' moderators write a date: 2027년 1월 15일 (금) 오후 5시 (한국시간).
_MONTH_NAMES = tuple(max((name for name, n in MONTHS.items() if n == month), key=len) for month in range(1, 13))
_KO_DAY = re.compile(r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:\s*\(?([월화수목금토일])(?:요일)?\)?(?!\S))?")
_KO_WEEKDAYS = dict(zip("월화수목금토일", ("mon", "tue", "wed", "thu", "fri", "sat", "sun"), strict=True))
_KO_TIME = re.compile(r"(오전|오후)?\s*(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분|\s*반)?")
_KO_ZONE = re.compile(r"\(?\s*(?:한국|서울)\s*시간?\s*(?:기준)?\s*\)?")


def _korean(text: str) -> str:
    if not re.search(r"[년월일시]", text):
        return text

    def day(m: re.Match[str]) -> str:
        month = int(m.group(2))
        name = _MONTH_NAMES[month - 1] if 1 <= month <= 12 else f"month{month}"
        # (its weekday goes first, as in English, so that a wrong one is refused: "(화)" on a Friday)
        weekday = f"{_KO_WEEKDAYS[m.group(4)]} " if m.group(4) else ""
        return f"{weekday}{int(m.group(3))} {name}" + (f" {m.group(1)}" if m.group(1) else "")

    def clock(m: re.Match[str]) -> str:
        minutes = "30" if m.group(0).endswith("반") else f"{int(m.group(3) or 0):02d}"
        half = {"오전": "am", "오후": "pm"}.get(m.group(1) or "", "")
        if not half and 1 <= int(m.group(2)) <= 11:
            return " 시?"  # "5시" is five in the morning or the afternoon: unread, so the reply asks for 오전/오후 or 17시
        return f" {int(m.group(2))}:{minutes}{half}"

    korean = text.replace("정오", "noon").replace("자정", "midnight")
    text = _KO_ZONE.sub(" kst", _KO_TIME.sub(clock, _KO_DAY.sub(day, korean)))
    text = " ".join(text.split())
    if _KO_TIME.search(korean) and not _ZONE.match(text):
        text += " kst"  # a time written in Korean is Korea's ("오후 5시" is 08:00 UTC), unless a zone says otherwise
    return text


#: Markdown a date pasted from Discord or an article may carry: **bold**, `code`, ||bars||, ~approx.
MARKDOWN_MARKS = str.maketrans("", "", "*_`|~")


def _normal(text: str) -> str:
    return _korean(" ".join(text.translate(MARKDOWN_MARKS).strip().lower().replace("\u2212", "-").replace("\u2013", "-").replace("\u2014", "-").split()))


# A time written before its day: "5pm KST, Jan 15 2027", "17:00 on 15 January 2027". Only a clock
# with minutes or am/pm counts, so "15 January" stays a day.
_TIME_FIRST = re.compile(
    rf"^(\d{{1,2}}(?:[:.h]\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)?)\s*(\(?(?:{_ZONE_NAMES})\)?)?(?:\s*[,|\u00b7-]\s*|\s+on\s+|\s+)(?:on\s+)?(.+)$"
)


#: Words before a moment that say nothing ("at 5pm KST on Jan 15 2027", "on Friday").
_LEAD = re.compile(r"^(?:(?:at|on|@)\s+)+")  # not "by": "by Jan 15" is open-ended, refused


def _time_last(norm: str) -> str:
    norm = _LEAD.sub("", norm)
    m = _TIME_FIRST.match(norm)
    if m is None or not re.search(r"[:.h]\d{2}|[ap]\.?m\.?$", m.group(1)):
        return norm
    return " ".join(part for part in (m.group(3).strip(), m.group(1), m.group(2)) if part)


def _count(word: str) -> int:
    return _COUNT_WORDS.get(word) or int(word)


def _dated(year: int | None, month: int, day: int, today: dt.date, ahead: bool) -> dt.date:
    if year is not None:
        return dt.date(year, month, day)
    # No year: the nearest such day on the asked side (Feb 29 falls to a year that has one).
    for shift in (0, 1, 2, 3, 4) if ahead else (0, -1, -2, -3, -4):
        try:
            candidate = dt.date(today.year + shift, month, day)
        except ValueError:
            continue
        # Looking back, "today" may already be tomorrow's UTC date where the source is (Korea).
        if (candidate >= today) if ahead else (candidate <= today + dt.timedelta(days=1)):
            return candidate
    raise ValueError("no such day")


def read_day(text: str, today: dt.date, *, ahead: bool = False) -> dt.date | None:
    """A day as typed (see the module's docstring), or None. `ahead`: a day without a year is the
    next one to come, else the last one past."""
    norm = _normal(text)
    weekday = _WEEKDAY.match(norm)
    if weekday is not None:
        day = read_day(norm[weekday.end():], today, ahead=ahead)
        said = _WEEKDAYS.index(weekday.group(1)[:3])
        return day if day is not None and day.weekday() == said else None  # "Monday 14 March 2027" is a Sunday
    relative = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if norm in relative:
        return today + dt.timedelta(days=relative[norm])
    if alone := _WEEKDAY_ALONE.match(norm):
        return _weekday_alone(alone.group(1), _WEEKDAYS.index(alone.group(2)[:3]), today, ahead)
    try:
        if m := _AGO.match(norm):
            return today - dt.timedelta(days=_count(m.group(1)) * (7 if m.group(2).startswith("w") else 1))
        if (m := _DAY_FIRST.match(norm)) and m.group(2) in MONTHS:
            year = int(m.group(3)) if m.group(3) else None
            return _dated(year, MONTHS[m.group(2)], int(m.group(1)), today, ahead)
        if (m := _MONTH_FIRST.match(norm)) and m.group(1) in MONTHS:
            year = int(m.group(3)) if m.group(3) else None
            return _dated(year, MONTHS[m.group(1)], int(m.group(2)), today, ahead)
        if m := _COMPACT.match(norm):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _NUMERIC.match(norm):
            a, b, c = (int(g) for g in m.groups())
            if len(m.group(1)) == 4:
                return dt.date(a, b, c)
            if len(m.group(3)) != 4:
                return None
            if a > 12 >= b:
                return dt.date(c, b, a)  # 23/7/2026
            if b > 12 >= a:
                return dt.date(c, a, b)  # 7/23/2026
            return dt.date(c, b, a) if a == b else None  # 3/4/2026 could be either
    except ValueError:
        return None
    return None


def _weekday_alone(which: str | None, weekday: int, today: dt.date, ahead: bool) -> dt.date | None:
    """"Friday" ahead is the next Friday (today on a Friday), looking back the last one (today on a
    Friday); "this coming Friday" is always ahead, "last Friday" always before today; "next Friday"
    is not read (`ambiguous_weekday`)."""
    if which == "next":
        return None
    forward = (weekday - today.weekday()) % 7
    if which in ("last", "past"):
        return today - dt.timedelta(days=(today.weekday() - weekday) % 7 or 7)
    if which in ("coming", "this coming") or ahead:
        return today + dt.timedelta(days=forward)
    return today - dt.timedelta(days=(today.weekday() - weekday) % 7)


_FROM_TODAY = re.compile(
    rf"^(?:today|tonight|tomorrow|yesterday|(?:(?:this coming|this|coming|last|past)\s+)?{_WEEKDAY_WORD})(?=$|\s+(?:at\s+)?\d)"
    r"|^(?:\+|in\s)|\bago$|\bfrom\s+now$"
)


def said_from_today(text: str) -> bool:
    """Whether a moment is said from today ("tomorrow 9pm KST", "this Friday", "in 3 days"), so the
    reply says which day it was read as."""
    return bool(_FROM_TODAY.search(_prepared(text)))


def ambiguous_weekday(text: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The two days "next Friday" may mean (the coming one, or the one a week after), else None."""
    norm = _prepared(text)
    m = re.match(rf"^next\s+{_WEEKDAY_WORD}(?=$|\s)", norm)
    if m is None:
        return None
    coming = today + dt.timedelta(days=(_WEEKDAYS.index(m.group(1)[:3]) - today.weekday()) % 7 or 7)
    return coming, coming + dt.timedelta(days=7)


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
    return day if day is not None and day.weekday() != _WEEKDAYS.index(weekday.group(1)[:3]) else None


def ambiguous_day(text: str) -> tuple[int, int] | None:
    """(a, b) when `text` is a numeric day that reads both ways (3/4/2026), else None."""
    m = _NUMERIC.match(_normal(text))
    if m and len(m.group(3)) == 4 and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        return int(m.group(1)), int(m.group(2))
    return None


def window_words(text: str) -> bool:
    """Whether `text` names a month, a season or a year without its day ("March 2027", "H1 2027")."""
    return bool(_WINDOW.match(_normal(text)))


def _zone_offset(name: str | None, sign: str | None, hours: str | None, minutes: str | None,
                 local: dt.datetime) -> dt.timedelta | None:
    """The UTC offset of a named zone (plus any "+9" after it) at the local time `local`."""
    extra = dt.timedelta(hours=int(hours or 0), minutes=int(minutes or 0)) * (-1 if sign == "-" else 1)
    if extra > dt.timedelta(hours=14) or extra < dt.timedelta(hours=-12):
        return None
    if name is None:
        return extra
    if name in _FIXED_ZONES:
        return dt.timedelta(minutes=_FIXED_ZONES[name]) + extra
    zone_name, standard = _AMERICAN[name]
    try:
        offset = local.replace(tzinfo=zoneinfo.ZoneInfo(zone_name)).utcoffset()
    except zoneinfo.ZoneInfoNotFoundError:  # no time zone database: standard time
        offset = None
    return (offset if offset is not None else dt.timedelta(hours=standard)) + extra


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
    """A moment as typed (see the module's docstring) in UTC, or None. A day without a time is
    its UTC midnight whatever zone follows it (the day is what was said; the hour comes from a
    source that gives one, such as the first episode's airstamp)."""
    parts = _moment_parts(text, now, ahead)
    if parts is None:
        return None
    local, offset = parts
    return (local - offset).replace(tzinfo=dt.UTC)


def read_local_day(text: str, today: dt.date, *, ahead: bool = False) -> dt.date | None:
    """The day of a moment as typed, where it was said: "dec 31 11pm pt" is 31 December, though it
    is 1 January in UTC."""
    parts = _moment_parts(text, dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC), ahead)
    return None if parts is None else parts[0].date()


def _prepared(text: str) -> str:
    """A moment as typed, put in one order: its day first, then its time and zone."""
    norm = _normal(text)
    norm = re.sub(r"\b(?:12\s*)?noon\b", "12:00", re.sub(r"\b(?:12\s*)?midnight\b", "00:00", norm))
    norm = re.sub(r"(?<![+\d])\b(\d{1,2})h(?=$|[\s,(])", r"\1:00", norm)  # "17h KST", as in Europe
    norm = _time_last(norm)
    # "tonight 9pm KST" is today's; "tonight" alone names no time, so it stays unread (not midnight past)
    return re.sub(r"^tonight(?=\s+\d)", "today", norm)


def _moment_parts(text: str, now: dt.datetime, ahead: bool) -> tuple[dt.datetime, dt.timedelta] | None:
    """A moment as typed: its wall-clock time where it was said (naive) and that place's UTC offset."""
    norm = _prepared(text)
    if stamp := _iso(norm):
        return stamp.replace(tzinfo=None), stamp.utcoffset() or dt.timedelta(0)
    if m := _FROM_NOW.match(norm):
        amount, unit = (m.group(1), m.group(2)) if m.group(1) else (
            (m.group(3), m.group(4)) if m.group(3) else (m.group(5), m.group(6)))
        size = {"d": dt.timedelta(days=1), "h": dt.timedelta(hours=1), "w": dt.timedelta(weeks=1)}[unit[0]]
        later = (now + _count(amount) * size).replace(second=0, microsecond=0)
        return later.astimezone(dt.UTC).replace(tzinfo=None), dt.timedelta(0)
    zone: tuple[str | None, str | None, str | None, str | None] | None = None
    norm = re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})t(?=\d)", r"\1 ", norm)  # 2026-07-23T16:00 UTC
    if (z := _ZONE.match(norm)) and z.group(1):
        norm = z.group(1).strip().rstrip(",")
        zone = (z.group(2), z.group(3) or z.group(6), z.group(4) or z.group(7), z.group(5) or z.group(8))
    elif norm.endswith("z") and re.search(r"\d:?\d{2}z$", norm):
        norm, zone = norm[:-1], ("z", None, None, None)
    utc_now = now.astimezone(dt.UTC)
    # "today", "tomorrow", "this Friday" are days where the zone is: 9pm KST "tonight" is Korea's.
    offset_now = None if zone is None else _zone_offset(*zone, local=utc_now.replace(tzinfo=None))
    today = (utc_now + (offset_now or dt.timedelta(0))).date()
    day = read_day(norm, today, ahead=ahead)
    if day is not None:
        return dt.datetime(day.year, day.month, day.day), dt.timedelta(0)
    m = _TIME.match(norm)
    if m is None or (m.group(3) is None and m.group(4) is None):
        return None  # "2027-03-14 17" is not a time
    day, clock = read_day(m.group(1), today, ahead=ahead), _clock(m.group(2), m.group(3), m.group(4))
    if day is None or clock is None:
        return None
    local = dt.datetime(day.year, day.month, day.day, *clock)
    offset = dt.timedelta(0) if zone is None else _zone_offset(*zone, local=local)
    if offset is None:
        return None
    return local, offset
