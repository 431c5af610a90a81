"""Release windows as moderators type them, for season-2 reports (pure: bot/season2/reports.py checks
what a window may be).

A window is a span of days named without its day:
- a year: "2027", "sometime in 2027", "in '27", "next year";
- a half: "the first half of 2027", "H1 2027", "1H 2027", "2027 H2", "the latter half of 2027", "H1 '27",
  "1H27" (two digits of a year after a half, quarter or season);
- a quarter: "Q1 2027", "1Q 2027", "Q2'27", "the first quarter of 2027";
- a part of a year: "early 2027", "mid-2027", "late 2027", "the beginning of 2027", "the end of 2027",
  "early next year", "eoy", "year-end 2027";
- a season: "spring 2027", "summer of 2027", "fall 2027", "next summer" (the next one not yet begun;
  winter 2027 is the winter that ends in 2027: December 2026 to February 2027);
- a month: "March 2027", "2027-03", "03/2027", "early March 2027", "mid-March 2027", "this month",
  "the end of next month", "this December", "next March" (not read when this year's is still ahead);
- a few days (bot/season2/day_spans.py): "March 3-5", "between March 3 and 5", "March 30 - April 2",
  "the 3rd week of March", 3월 3일~5일;
- two of them: "late 2026 or early 2027", "March or April 2027", "March to May 2027", "between
  March and May 2027", "Q1-Q2 2027";
- in Korean (bot/season2/dates_korean.py): 2027년 3월, 3월 중순, 2027년 상반기, 내년 상반기, 1분기, 2027년 봄,
  올해 가을, 내년, 내년 초, 연말, 다음 달.
A half, quarter, season or month typed without its year ("Q2", "spring", "the first half", "in
March", "spring or summer") is the next such window not over yet, counted from `today`: the one
under way ("Q4" on 2 December 2026 is Q4 2026), else the next to begin ("spring" then is spring
2027). Such a window says so (`year_read`), so that the reply can say how it was read. A part of a
year without the year ("early", "late", "the end") names no window and is refused, as is a pair
whose first comes after the second with the year given once ("Q4 or Q1 2027": which Q4?).
Words around it that say nothing more are allowed ("season 2 comes out in spring 2027", "expected
sometime in 2027", "pushed back to late 2027"); anything else is not read as a window ("by 2027"
and "2027 at the earliest" are open-ended, so they are refused rather than guessed).

A window has a canonical label ("the first half of 2027", "Q1 2027", "mid-2027", "March to May
2027") that reads back as the same window: the label is what a claim stores, and what a reader
sees, always as a window, never as a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from bot.lazy_re import compile_later
from bot.season2.dates import MONTHS
from bot.season2.dates_abroad import abroad_in_english
from bot.season2.dates_korean import korean_to_english
from bot.season2.day_numbers import year_written
from bot.season2.day_spans import read_day_span
from bot.season2.holidays import holiday_window
from bot.season2.typed_dates import plain_typed
from bot.text import MONTH_NAMES, ordinal_number

#: Words around a window that say nothing more ("season 2 is expected to come out in ...").
_FILLER = frozenset(
    "season 2 s2 two ii all of us are dead aouad it it's its will would should could is was be been to comes come "
    "coming out release released releases releasing premiere premieres premiering arrives arrive arriving "
    "drops drop dropping lands land landing hits hit expected expect slated scheduled set planned due targeted "
    "targeting target aimed aiming for sometime some time in during around about on netflix the estimated "
    "likely probably possibly maybe now said says reportedly reports report window release-window date : - "
    "a an pushed pushed-back back moved delayed postponed rescheduled tba tbd tbc approx approx. approximately "
    "circa ca.".split()
)
_YEAR = r"(\d{4}|'\d{2}|this year|next year|the year)"
_HALF = compile_later(rf"^(?:h([12])|([12])h|(first|1st|second|2nd|latter|last|back|front) half)(?: of)?(?: the year)? {_YEAR}$")
_HALF_AFTER = compile_later(rf"^{_YEAR} h([12])$")
_QUARTER = compile_later(rf"^(?:q([1-4])|([1-4])q|(first|1st|second|2nd|third|3rd|fourth|4th|last|final) quarter)(?: of)? {_YEAR}$")
_QUARTER_AFTER = compile_later(rf"^{_YEAR} q([1-4])$")
_PART = compile_later(
    rf"^(early|mid|late|beginning of|start of|middle of|end of)(?:[ -]| in )?(?:the )?{_YEAR}$"
)
_SEASON = compile_later(rf"^(spring|summer|autumn|fall|winter)(?: of)? {_YEAR}$")
_SEASON_AFTER = compile_later(rf"^{_YEAR} (spring|summer|autumn|fall|winter)$")
_SEASON_RELATIVE = compile_later(r"^(this|next|this coming|the coming|coming) (spring|summer|autumn|fall|winter)$")
_MONTH_RELATIVE = compile_later(
    r"^(?:(early|mid|late|beginning of|start of|middle of|end of)(?:[ -]| in )?)?(?:the )?(this|next|the) month$"
)
_MONTH = compile_later(
    rf"^(?:(early|mid|late|beginning of|start of|middle of|end of)(?:[ -]| in )?(?:the )?)?([a-z]+)\.?(?: of)? {_YEAR}$"
)
_NAMED = (r"(?:spring|summer|autumn|fall|winter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
          r"|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NAMED_SPAN = compile_later(r"\b(" + _NAMED + r")-(?=" + _NAMED + r"\b)")
#: A year typed in any form: a window with one is never read as one without.
_HAS_YEAR = compile_later(r"\d{4}|'\d{2}\b|\byear\b")
#: What makes a window without its year: a half, a quarter, a season or a month ("early" alone does not).
_NAMES_A_WINDOW = compile_later(r"\b(?:q[1-4]|[1-4]q|h[12]|[12]h|half|quarter|" + _NAMED[3:-1] + r")\b")
_JOIN = compile_later(r"^(?:from |between )?(.+?) (or|to|through|thru|until|till|and|-) (.+)$")
_PARTS = {"early": (1, 4, "early"), "beginning of": (1, 4, "early"), "start of": (1, 4, "early"),
          "mid": (5, 8, "mid-"), "middle of": (5, 8, "mid-"), "late": (9, 12, "late"), "end of": (9, 12, "late")}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@dataclass(frozen=True)
class Window:
    """A span of days (`first` to `last`, both included) and how it reads."""

    label: str
    first: dt.date
    last: dt.date
    #: Typed without its year, which was read from today (the reply says so: "read as spring 2027").
    year_read: bool = field(default=False, compare=False)

    @property
    def phrase(self) -> str:
        """As the end of a sentence: "in the first half of 2027", "in Q1 2027"."""
        return f"in {self.label}"


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(label: str, year: int, first: int, last: int) -> Window:
    return Window(label, dt.date(year, first, 1), _last_day(year, last))


def _year(text: str, today: dt.date) -> int:
    if text in ("this year", "the year"):  # "the end of the year": this one
        return today.year
    if text == "next year":
        return today.year + 1
    return year_written(text)


def _season(name: str, year: int) -> Window:
    start = _SEASONS[name]
    if name == "winter":  # the winter that ends in `year`
        return Window(f"winter {year}", dt.date(year - 1, 12, 1), _last_day(year, 2))
    return _months(f"{name} {year}", year, start, start + 2)


def _next_season(which: str, name: str, today: dt.date) -> Window:
    """"this spring" is the one under way or the next to begin (said in December, spring 2027, not the
    spring that is over); "next spring" the next to begin. Either says how its year was read."""
    year = today.year
    while (_season(name, year).first <= today) if which != "this" else (_season(name, year).last < today):
        year += 1
    return replace(_season(name, year), year_read=True)


def _relative_month(which: str, today: dt.date) -> Window:
    month = today.month + (1 if which == "next" else 0)
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return replace(_months(f"{MONTH_NAMES[month - 1]} {year}", year, month, month), year_read=True)


def _named_month(which: str, month: int, today: dt.date) -> Window | None:
    """"this March": the one under way or the next to begin; "next March" the next to begin when
    this year's is past or under way (said in February, this year's or next year's? not read)."""
    if which == "next" and month > today.month:
        return None
    year = today.year + (1 if month < today.month or (which == "next" and month == today.month) else 0)
    return replace(_months(f"{MONTH_NAMES[month - 1]} {year}", year, month, month), year_read=True)


def _single(text: str, today: dt.date) -> Window | None:
    """One window (no "or"/"to"), or None."""
    text = text.removeprefix("the ")
    if span := read_day_span(text):  # "March 3-5 2027", "the third week of March 2027"
        return Window(*span)
    if days_off := holiday_window(text, today):  # "the seollal holidays 2027", 설 연휴
        return Window(*days_off)
    if re.fullmatch(_YEAR, text):
        year = _year(text, today)
        return _months(str(year), year, 1, 12)
    if (m := _HALF.match(text)) or (m := _HALF_AFTER.match(text)):
        groups = [g for g in m.groups() if g]
        year = _year(next(g for g in groups if re.fullmatch(_YEAR, g)), today)
        word = next(g for g in groups if not re.fullmatch(_YEAR, g))
        second = word in ("2", "second", "2nd", "latter", "last", "back")
        return _months(f"the {'second' if second else 'first'} half of {year}", year, 7 if second else 1,
                       12 if second else 6)
    if (m := _QUARTER.match(text)) or (m := _QUARTER_AFTER.match(text)):
        groups = [g for g in m.groups() if g]
        year = _year(next(g for g in groups if re.fullmatch(_YEAR, g)), today)
        word = next(g for g in groups if not re.fullmatch(_YEAR, g))
        quarter = 4 if word in ("last", "final") else ordinal_number(word) or int(word)
        return _months(f"Q{quarter} {year}", year, 3 * quarter - 2, 3 * quarter)
    if m := _PART.match(text):
        first, last, word = _PARTS[m.group(1)]
        year = _year(m.group(2), today)
        return _months(f"{word}{'' if word.endswith('-') else ' '}{year}", year, first, last)
    if (m := _SEASON.match(text)) or (m := _SEASON_AFTER.match(text)):
        name = m.group(1) if m.group(1) in _SEASONS else m.group(2)
        return _season(name, _year(m.group(2) if name == m.group(1) else m.group(1), today))
    if m := _SEASON_RELATIVE.match(text):
        return _next_season(m.group(1), m.group(2), today)
    if (m := re.match(r"^(this|this coming|coming|next) ([a-z]+)$", text)) and m.group(2) in MONTHS:
        return _named_month(m.group(1), MONTHS[m.group(2)], today)
    if m := _MONTH_RELATIVE.match(text):
        whole = _relative_month(m.group(2), today)
        within = _single(f"{m.group(1)} {whole.label.lower()}", today) if m.group(1) else whole
        return None if within is None else replace(within, year_read=True)
    if (m := _MONTH.match(text)) and m.group(2) in MONTHS:
        month, year = MONTHS[m.group(2)], _year(m.group(3), today)
        name = f"{MONTH_NAMES[month - 1]} {year}"
        part = None if m.group(1) is None else _PARTS[m.group(1)][2].rstrip("-").strip()
        if part is None:
            return _months(name, year, month, month)
        days = {"early": (1, 10), "mid": (11, 20), "late": (21, _last_day(year, month).day)}[part]
        label = f"mid-{name}" if part == "mid" else f"{part} {name}"
        return Window(label, dt.date(year, month, days[0]), dt.date(year, month, days[1]))
    return None


def _trailing_year(text: str) -> str | None:
    m = re.search(rf"(?:^| ){_YEAR}$", text)
    return m.group(1) if m else None


def _joined(text: str, today: dt.date) -> Window | None:
    """Two windows joined ("late 2026 or early 2027", "March to May 2027"); the first may take the
    second's year."""
    m = _JOIN.match(text)
    if m is None:
        return None
    left_text, how, right_text = m.group(1), m.group(2), m.group(3)
    if how == "and" and not text.startswith("between "):
        return None
    right = _single(right_text, today)
    if right is None:
        return None
    left = _single(left_text, today)
    year = _trailing_year(right_text)
    if left is None and year is not None:
        left = _single(f"{left_text} {year}", today)
        if left is not None and left.first > right.first:
            return None  # "Q4 or Q1 2027": the Q4 before it, or the one after? Not guessed.
    if left is None:
        return None
    if left.first > right.first:
        return None  # "May to March 2027" is no span; "next spring or summer" is not summer 2026
    shown_left = left.label
    suffix = f" {right.last.year}"
    if right.label.endswith(suffix) and shown_left.endswith(suffix) and not re.fullmatch(r"\d{4}", shown_left):
        shown_left = shown_left.removesuffix(suffix)  # "March or April 2027"
    word = "or" if how == "or" else "to"
    return Window(f"{shown_left} {word} {right.label}", min(left.first, right.first), max(left.last, right.last))


def read_window(text: str, today: dt.date) -> Window | None:
    """The window `text` names (see the module's docstring), or None. Relative years ("next
    year", "next summer") count from `today`, and so does a window typed without its year ("Q2",
    "spring"): the next one not over yet, marked `year_read`."""
    norm = _normal(text)
    found = _read(norm, today)
    if found is not None or _HAS_YEAR.search(norm) or not _NAMES_A_WINDOW.search(norm):
        return found
    for year in (today.year, today.year + 1):  # every window labelled with a year ends in it or later
        found = _read(f"{norm} {year}", today)
        if found is None:
            return None
        if found.last >= today:
            return replace(found, year_read=True)
    return None


_BARE_PART = compile_later(r"^(?:(?:sometime|some time|in|around|about|the|by) )*(early|mid|late|beginning|start|middle|end)"
                        r"(?: of)?(?: the)?$")


def yearless_part(text: str) -> str | None:
    """The part of a year typed alone ("early", "late", "the end of"), which names no year: the
    word to write with one ("early", "mid-", "late"), or None."""
    words = [w for w in _normal(text).split() if w not in _FILLER or w in ("the", "in", "around", "about")]
    m = _BARE_PART.match(" ".join(words))
    return None if m is None else _PARTS[m.group(1) if m.group(1) in _PARTS else f"{m.group(1)} of"][2]


def _numeric_month(m: re.Match[str]) -> str:
    year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return f"{MONTH_NAMES[int(month) - 1].lower()} {year}" if 1 <= int(month) <= 12 else m.group(0)


def _normal(text: str) -> str:
    norm = korean_to_english(abroad_in_english(plain_typed(text)))[0]  # "2027년 상반기", "내년 봄", "3월 중순"; "junio de 2027"
    norm = re.sub(r"\b(?:eoy|year[- ]end|end of year) (\d{4}|'\d{2})", r"end of \1", norm)
    norm = re.sub(r"\b(?:eoy|year[- ]end|end of year)\b", "end of the year", norm)
    norm = re.sub(r"\b(beginning|start) of year\b", r"\1 of the year", norm)
    # "next year march", "내년 3월" (next year's March): the year after what it dates
    norm = re.sub(r"^(this year|next year) ((?:early |mid |late )?[a-z]+|h[12]|q[1-4])$", r"\2 \1", norm)
    norm = " ".join(re.sub(r"[:,;()\"]", " ", norm).split()).rstrip(".!?")
    # "2027-03", "03/2027": a month of a year (a day needs its day: "2027-03-14" is no window)
    norm = re.sub(r"(?<![\d/.-])(?:(\d{4})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{4}))(?![\d/.-])", _numeric_month, norm)
    # "H1 27", "1H27", "Q2'27", "spring 27": a year of two digits after a half, quarter or season
    norm = re.sub(r"\b(h[12]|[12]h|q[1-4]|[1-4]q|spring|summer|fall|autumn|winter) ?'?(\d{2})\b", r"\1 '\2", norm)
    norm = re.sub(r"\b(q[1-4]|h[12]|\d{4}) ?- ?(?=(?:q[1-4]|h[12]|\d{4})\b)", r"\1 - ", norm)  # "Q1-Q2 2027"
    norm = _NAMED_SPAN.sub(r"\1 - ", norm)  # "March-April 2027", "spring-summer 2027"
    return re.sub(r"(?<=[a-z0-9]) ?/ ?(?=[a-z0-9])", " or ", norm)  # "late 2026/early 2027", "spring/summer"


#: Words after a window that say nothing more ("Q1 2027 (tba)", "spring 2027, reportedly").
_AFTER = frozenset("tba tbd tbc approx approx. approximately reportedly probably likely maybe expected tentatively "
                   "tentative estimated".split())


def _read(norm: str, today: dt.date) -> Window | None:
    words = norm.split()
    while len(words) > 1 and words[-1] in _AFTER:
        words.pop()
    for start in range(len(words)):
        if start and words[start - 1] not in _FILLER:
            return None
        rest = " ".join(words[start:])
        found = _single(rest, today) or _joined(rest, today)
        if found is not None:
            return found
    return None
