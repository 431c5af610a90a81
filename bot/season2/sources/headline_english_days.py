"""English days a headline writes without their month, put with it so the day readers take them: a roundup's "March slate:
... on the 19th", a release's "premieres the 19th" with no month named (the next 19th, as Korean's "19일" is), "friday 26th"
(when the next 26th is a Friday), a day spelt out ("april second", "APRIL TWENTY-THIRD") and a month's week ("april first
week"). Read by `headline_parts.read_headline` before the listing forms; never a guess: a bare day beside a month named
elsewhere, or a weekday that disagrees with its day, is left as it is."""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.season2.dates import MONTHS, WEEKDAYS
from bot.season2.day_numbers import ordinals_as_numbers
from bot.season2.sources.headline_moments import ROUNDUP_AHEAD, day_or_none, headline_day
from bot.season2.sources.headline_words import WEEKDAY
from bot.text import MONTH_NAMES

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # (the longest first: "september" before "sep")

#: A month an English roundup names alone, then its bare days: "Netflix Korea's March slate: ... on the 19th",
#: "march lineup: aouad s2 (19th)". Only before a roundup's word (a month alone may be a window, "may" a verb).
#: Or a post that opens with the month and lists its days after a colon ("march is stacked: trigger 2 on the 12th, …").
_EN_MONTH_ALONE = compile_later(
    r"\b(?P<month>" + _MONTH_NAMES + r")\b\.?(?!\s*\d)"
    r"(?=(?:\s+[^\s;…:,]+){0,2}?\s+(?:slate|line-?ups?|releases|schedule|calendar|roundup|premieres)\b)"
    r"|^\W*(?P<opening>" + _MONTH_NAMES + r")\b\.?(?!\s*\d)(?=(?:\s+[^\s;…:,\d]+){0,3}?\s*:)", re.I)
#: A bare day of the month as English writes it: "on the 19th", "(19th)"; never "the 5th episode" or "the 2nd season".
_EN_BARE_DAY = compile_later(
    r"(?P<lead>\bthe\s+|\(\s*)(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?P<close>\s*\))?"
    # then nothing more of it: its end, a mark, or a time or a link word ("the 19th at 5pm KST", "the 5th and ...")
    r"(?=\s*(?:$|[^\w\s]|(?:at|and|on|in|for|with|or|is|was|will|it|its|so|but)\b))", re.I)
#: A month said alone, then its bare day after a comma ("drops in march, on the 19th"; as Portuguese and Spanish read put in
#: English: "estreia em março, no dia 19", "se estrena en marzo, el día 19"): that month's day (s2wild106); only a day ending its
#: clause (never "in march, 19 days to go", "…, on the 19th i have an exam"), the month the release's (never "i was born in march, on
#: the 19th", review70a).
_IN_MONTH_THEN_DAY = compile_later(
    r"(?P<verb>\b(?:premieres?|drops?|dropping|comes?\s+out|coming(?:\s+out)?|arrives?|arriving|releases?|released|out|lands?|returns?)"
    r"(?:\s+(?:on\s+netflix|globally|worldwide))?\s+)"
    r"in\s+(?P<month>" + _MONTH_NAMES + r")\b\.?\s*,\s*(?:(?:no|el|on)\s+)?(?:the\s+)?(?:d[ií]a\s+|on\s+)?(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?\b(?![:.,/-]\d)(?=\s*(?:$|[^\w\s]))", re.I)  # (ending its clause: never "…, on the 19th i have an exam")
#: A bare day with its month in brackets after it ("drops on the 19th (march)"): that month's day, the month certain (fix133).
_DAY_THEN_MONTH_BRACKETED = compile_later(r"\bthe\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\s*\(\s*(?P<month>" + _MONTH_NAMES + r")\.?\s*\)", re.I)
#: A time said between the release and its bare day ("drops at 7pm AEDT on the 19th").
_AT_TIME = r"(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?\s*(?:[a-z]{2,5}\s+)?)?"
#: A bare day said of the release with no month anywhere ("all of us are dead season 2 on the 19th", "premieres
#: the 19th"): the next such day, as Korean's "19일" is.
_EN_DAY_OF_RELEASE = compile_later(
    r"(?:\b(?:season|series|part)\s*(?:2|two)|\bs2|dead['’\"”]?\s*2)['’\"”]?\s+" + _AT_TIME + r"(?:on\s+)?$"
    r"|\b(?:premieres|drops|arrives|lands|debuts|releases|streams|hits netflix|coming|out|returns|goes live"
    r"|counting down to)\s+" + _AT_TIME + r"(?:on\s+)?$"
    # a move to the day: "they pushed aouad s2 to the 26th", "moved to the 26th"
    r"|\b(?:push(?:ed|es)?|mov(?:ed|es)|delay(?:ed|s)?|postpone[sd]?|bump(?:ed|s)?|shift(?:ed|s)?)\b[^;…]{0,40}?\b(?:to|until|till)\s+$"
    r"|\bdelay(?:ed)?\b[^;…]{0,40}?\bnow\s+$",  # "delayed by a week, now the 26th"
    re.I)


#: A month's full name alone ("april is horror month, aouad s2 on the 16th"): a bare day may be that month's or the
#: next one's, never guessed from today ("may", a verb too, is left out).
_MONTH_NAMED_ALONE = compile_later(r"\b(?:" + "|".join(m.lower() for m in MONTH_NAMES if m != "May") + r")\b(?!\.?\s*\d)", re.I)
#: A month with its day anywhere in a headline ("March 19"): a bare day beside it is not guessed from today.
_EN_MONTH_DAY = compile_later(r"\b(?:" + "|".join(MONTHS) + r")\b\.?\s*\d", re.I)


#: A month's week said after it, as fans write it: "april first week" is the first week of April (`day_spans`).
_MONTHS_WEEK = compile_later(rf"\b({_MONTH_NAMES})\.?\s+(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\b", re.I)


def with_days_spelt(text: str) -> str:
    """A day of the month spelt out beside its month as its number: "april second", "APRIL TWENTY-THIRD", "the ninth of
    April" as "april 2nd", "APRIL 23rd", "the 9th of April" (`day_numbers.ordinals_as_numbers`); a month's week after it
    ("april first week") as "the first week of april"."""
    return ordinals_as_numbers(_MONTHS_WEEK.sub(r"the \2 week of \1", text), _MONTH_NAMES, re.I)


#: An ISO week named ("2027-W11", "W11", "iso week 11"): a bare day said with it is that week's, never the next such day (s2wild95).
#: (its year before it with a space too, "2027 W2"; with none, the coming week of that number, "W2" written in late December, s2wild103)
_ISO_WEEK = compile_later(r"\b(?:(?P<year>20\d\d)[-\s]?)?W(?P<week>\d{1,2})\b|\biso\s+week\s+(?P<iso>\d{1,2})\b", re.I)
#: An ISO week right before the weekday and day read from it ("2027 W2, friday January 15"): said by the day, set aside.
_ISO_WEEK_BEFORE_DAY = compile_later(rf"\b(?:20\d\d[-\s]?)?W\d{{1,2}}\b\s*,?\s*(?=(?:{WEEKDAY})\s+(?:{_MONTH_NAMES})\s+\d)", re.I)

_WEEK_NUMBERED = compile_later(r"\bweek\s*(?:no\.?\s*|#\s*)?\d{1,2}\b", re.I)
#: The month asked or said unknown ("drops on the 19th but idk which month lol", "the 19th, what month tho?"): no month is certain
#: (s2wild108).
_MONTH_ASKED = compile_later(r"\b(?:which|what)\s+month\b", re.I)


def _such_day(day: int, written: dt.date, text: str) -> dt.date | None:
    """The day numbered `day` of the ISO week `text` names (None when that week has none), else the next such day."""
    if (week := _ISO_WEEK.search(text)) is None:
        # (a week numbered by no ISO calendar, "week 12 (US)", "week 3 of filming": which month is unsure, s2wild96)
        return None if _WEEK_NUMBERED.search(text) or _MONTH_ASKED.search(text) else _next_such_day(day, written)
    number = int(week["week"] or week["iso"])
    try:
        monday = dt.date.fromisocalendar(int(week["year"] or written.year), number, 1)
        if week["year"] is None and monday + dt.timedelta(days=6) < written:
            monday = dt.date.fromisocalendar(written.year + 1, number, 1)
    except ValueError:
        return None
    return next((d for d in (monday + dt.timedelta(days=n) for n in range(7)) if d.day == day), None)


def _next_such_day(day: int, written: dt.date) -> dt.date | None:
    """The next day of the month numbered `day` from `written` (`written` itself included), or None when that month has none."""
    following = (written.year + 1, 1) if written.month == 12 else (written.year, written.month + 1)
    return day_or_none(written.year, written.month, day) if day >= written.day else day_or_none(*following, day)


def with_english_days(text: str, written: dt.date | None) -> str:
    """`text` with each bare English day ("the 19th", "(19th)") written with its month: the one a roundup named
    alone before it ("March slate: ... on the 19th"), else, said of the release with no month named at all, the
    next such day from `written`; any other bare day as it is (never guessed)."""
    if written is None:
        return text
    text = _DAY_THEN_MONTH_BRACKETED.sub(r"\g<month> \g<day>", text)  # "the 19th (march)": March 19
    text = _IN_MONTH_THEN_DAY.sub(r"\g<verb>on \g<month> \g<day>", text)  # "drops in march, on the 19th": March 19
    text = _NTH_WEEKDAY.sub(lambda m: _nth_weekday(m, written), _ISO_WEEK_BEFORE_DAY.sub("", _with_weekdays_days(text, written)))
    for m in reversed(list(_EN_BARE_DAY.finditer(text))):
        day, before = int(m.group("day")), text[:m.start()]
        months = list(_EN_MONTH_ALONE.finditer(before))
        found: dt.date | None
        try:
            if months:
                found = headline_day(MONTHS[(months[-1].group("month") or months[-1].group("opening")).lower()], day, written)
                found = found if found <= written + ROUNDUP_AHEAD else None
            elif (_EN_DAY_OF_RELEASE.search(before) and m.group("lead").strip() != "(" and not _EN_MONTH_DAY.search(text)
                  and not _MONTH_NAMED_ALONE.search(text)):
                found = _such_day(day, written, text)
            else:
                found = None
        except ValueError:
            found = None
        if found is not None:
            said = f"{found.strftime('%B')} {found.day}"
            text = text[:m.start()] + (m.group("lead") if "(" in m.group("lead") else "") + said \
                + (m.group("close") or "") + text[m.end():]
    return text


#: A weekday, then a bare day of the month: "friday 26th", "Fri the 26th" (not "Friday 26th March": a full date).
_WEEKDAY_DAY = compile_later(r"\b(?P<weekday>" + WEEKDAY + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+"
                          r"(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:" + "|".join(MONTHS) + r")\b)", re.I)


def _with_weekdays_days(text: str, written: dt.date) -> str:
    """Each "friday 26th" written with its month when the next 26th from `written` is a Friday (a weekday and a day that
    disagree leave the bare number, which gives no day: neither is guessed)."""
    def said(m: re.Match[str]) -> str:
        day = int(m.group("day"))
        found = _such_day(day, written, m.string)
        if found is None or found.weekday() != WEEKDAYS.index(m.group("weekday")[:3].lower()):
            return m.group("day")  # "thursday 26th" when the 26th is a Friday: neither day taken
        return f"{m.group('weekday')} {found.strftime('%B')} {found.day}"
    return _WEEKDAY_DAY.sub(said, text)


#: A weekday counted in its month: "the last friday of march", "first friday in april" (s2wild81: never the coming Friday).
_NTH_WEEKDAY = compile_later(rf"\b(?:the\s+)?(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(?P<weekday>{WEEKDAY})\s+(?:of|in)\s+"
                             rf"(?P<month>{_MONTH_NAMES})\b\.?", re.I)


_NTH = (("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"))


def _nth_weekday(m: re.Match[str], written: dt.date) -> str:
    """That weekday's day, as "March 26", in the month's next occurrence from `written`."""
    month = MONTHS[m.group("month").lower()]
    first = headline_day(month, 1, written)
    weekday = WEEKDAYS.index(m.group("weekday")[:3].lower())
    nth = m.group("nth").lower()
    if nth == "last":
        end = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        found = end - dt.timedelta(days=(end.weekday() - weekday) % 7)
    else:
        weeks = next(n for n, words in enumerate(_NTH) if nth in words)
        found = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * weeks)
    return f"{found.strftime('%B')} {found.day}"
