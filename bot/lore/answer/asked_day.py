"""The one reader of which day a question names: "is it on march 19", "did filming end on january 5", "was it
released on the 23rd of march", "sale el 19 de marzo", "3월 19일에 나와", "tanggal 21". The season-2 answers hold that
day to the one that stands (season2_past.day_verdict), to a wrap reported (season2.py), or to season 1's premiere
(season2_waiting.py); weighing.py keeps a "Yes." to a question that names one only when the answer is dated."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from bot.lazy_re import compile_later
from bot.text import MONTH_NAMES, MONTH_NAMES_IN, MONTH_SHORT

# a month in English (in full or short) or in an answer language (written_dates' table, Tagalog's among them)
_MONTH_OF = ({name.casefold(): n for names in (MONTH_NAMES, *MONTH_NAMES_IN.values())
              for n, name in enumerate(names, 1)} | MONTH_SHORT)
_NAMES = "|".join(sorted(_MONTH_OF, key=len, reverse=True))
# "march 19", "march 19th", "19 march", "the 19th of march", "19 de marzo", "19. März", "3월 19일", "3月19日"
_DAY_NAMED = compile_later(
    rf"\b(?P<m1>{_NAMES})\.?\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<m2>{_NAMES})\b"
    r"|(?P<m3>[0-9]{1,2})\s*[월月]\s*(?P<d3>[0-9]{1,2})\s*[일日号]"
    # "out on the 21st": a day of the release's month (never "on the 2nd trailer", "on the 19th of march")
    rf"|\bon\s+the\s+(?P<d4>[0-9]{{1,2}})(?:st|nd|rd|th)\b(?!\s*(?:of|season|part|ep\w*|trailer|teaser|time|day|{_NAMES})\b)"
    # Indonesian "tanggal 21" ("the 21st"), a day of the release's month; "tanggal 12 maret" is read above
    rf"|\btanggal\s+(?P<d5>[0-9]{{1,2}})\b(?!\s*(?:{_NAMES})\b)",
    re.I)
# an English month misspelt ("janaury 28", "jaunary 28", "the 28th of janurary"): the words season2_waiting.py takes
# as a month, read here so one reader names the day
_TYPO_DAY = compile_later(r"\b(?P<m1>[a-z]{4,10})\.?\s+(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?\b"
                          r"|\b(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>[a-z]{4,10})\b", re.I)


def _misspelt_month(word: str) -> int:
    """The month an English month name misspelt by one letter added, dropped, changed or two swapped names, else 0."""
    word = word.casefold()
    for number, name in enumerate(MONTH_NAMES, 1):
        full = name.casefold()
        if word != full and word[0] == full[0] and abs(len(word) - len(full)) <= 1 \
                and (Counter(word) - Counter(full)).total() <= 1 and (Counter(full) - Counter(word)).total() <= 1:
            return number
    return 0


def _misspelt_day(text: str) -> tuple[int, int] | None:
    for match in _TYPO_DAY.finditer(text):
        number = _misspelt_month(match["m1"] or match["m2"])
        day = int(match["d1"] or match["d2"])
        if number and 1 <= day <= 31:
            return number, day
    return None


def asked_day(text: str) -> tuple[int, int] | None:
    """The (month, day) a question names ("is s2 coming out on march 19"), month 0 for a day alone ("on the 21st"),
    else None."""
    match = _DAY_NAMED.search(text)
    if match is None:
        return _misspelt_day(text)
    month = match["m1"] or match["m2"]
    number = _MONTH_OF[month.casefold()] if month else int(match["m3"] or 0)
    day = int(match["d1"] or match["d2"] or match["d3"] or match["d4"] or match["d5"])
    return (number, day) if 0 <= number <= 12 and 1 <= day <= 31 and (number or match["d4"] or match["d5"]) else None


def is_day(asked: tuple[int, int], day: dt.date) -> bool:
    """Whether `day` is the (month, day) asked_day read (month 0, a day alone: that day of any month)."""
    return asked[1] == day.day and asked[0] in (0, day.month)
