"""Clock times and days of a month said in chat ("ep 3 at 9pm", "a las 9 lo vemos", "jam 9 malam nonton", "9시에 보자",
"4pm na dito", "aug 31 bday ko", "31 de agosto", "ngày 31 tháng 8", "s2 on 12/5"): the hour or the day a fan plans by
or tells of, never a count nor an episode guessed where the question asks no time nor date (read by
`bot.trivia.firstreading` where a number answers).

A number typed first, then a stop and the time or the day ("10 eps, s2 on 12/5") is that number guessed, the
date told beside it (`said_before_when`).

Durations stay counts: "9 jam", "5시간", "8 tháng" (hours, months) and "4 months" are not clock times nor dates.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.text import MONTH_NAMES, MONTH_NAMES_IN, MONTH_SHORT
from bot.trivia.kinds import Kind, answer_kind
from bot.trivia.model import Question

__all__ = ["said_before_when", "told_when"]

_HOUR = r"(?:[01]?\d|2[0-3])"
_CLOCK = compile_later(
    # "9pm", "9:30 pm", "4 p.m." (never "9 am i right?": the guess, then "am I right?")
    rf"(?<![\w/.,:]){_HOUR}(?::[0-5]\d)?(?:\s*(?:pm|a\.m\.|p\.m\.)|am|\s+am(?!\s+i(?![\w'’])))(?!\w)"
    rf"|(?<![\w/.,:]){_HOUR}:[0-5]\d(?![\w:])"  # "9:30"
    rf"|\b(?:a\s+las?|às|jam|pukul|alas)[\s-]+{_HOUR}\b(?!\s*(?:jam|hours?|horas)\b)"  # "a las 9", "às 3", "jam 9", "alas 9"
    rf"|(?<![\w/.,:]){_HOUR}\s*(?:o['’]?clock\b|시(?![즌간])|โมง|ทุ่ม|giờ\s+(?:tối|sáng|chiều|đêm|trưa))",  # "9시에", "12 โมง"
    re.IGNORECASE,
)
# Months in English (never "may", "mar", "jun", "jul": words and names too), Spanish (and its "setiembre"), Portuguese,
# Indonesian and Tagalog, from bot.text's lists
_ABROAD = [name for language in ("es", "pt", "id", "tl") for name in MONTH_NAMES_IN[language]]
_MONTHS = {month.lower() for month in (*MONTH_NAMES, *MONTH_SHORT, *_ABROAD, "setiembre")} - {"may", "mar", "jun", "jul"}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=lambda month: (-len(month), month))) + ")"  # (longest first: "sept" before "sep")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE = compile_later(
    rf"(?<![\w/.,:])(?<!\d\s){_DAY}\s+(?:de\s+|of\s+)?{_MONTH}\b"  # "31 de agosto", "31st of august" (never "4 21 august")
    rf"|\b{_MONTH}\.?\s+{_DAY}(?![\w/.,:])(?!\s*(?:episodes?|eps?|days?)\b)"  # "aug 31" (never "august 31 days")
    r"|\b(?:ngày|tháng)\s+\d{1,2}\b"  # Vietnamese "ngày 31", "tháng 8" (the day, the month; "8 tháng" counts months)
    r"|(?<!\d)(?:1[0-2]|0?[1-9])\s*월(?!\w)|(?<!\d)(?:1[0-2]|0?[1-9])\s*월\s*\d{1,2}\s*일"  # "12월", "12월 12일"
    r"|\b(?:on|by|til|till|until|sa|el|em|tgl|tanggal)\s+\d{1,2}/\d{1,2}(?![\d/])",  # "s2 on 12/5"
    re.IGNORECASE,
)
# A question asking a time or a date (or a year, which dates carry), whose answers such words may be
_ASKS_WHEN = compile_later(r"\b(?:what|which)\s+(?:time|date|day|month|hour|year)\b|\bwhen\b|o['’]clock|\bat\s+what\b", re.IGNORECASE)


def told_when(text: str, question: Question) -> bool:
    """Whether a message says a clock time or a day of a month ("ep 3 at 9pm", "aug 31 bday ko") where a number answers,
    the question asks no time nor date and no answer is one: the hour or the day talked of, no number guessed."""
    if _CLOCK.search(text) is None and _DATE.search(text) is None:
        return False
    answers = question.answers
    if not answers or answer_kind(answers[0], question.text) is not Kind.NUMBER:  # (a year: "august 1977")
        return False
    return _ASKS_WHEN.search(question.text) is None and not any(_CLOCK.search(a) or _DATE.search(a) for a in answers)


_STOP = compile_later(r"[,;(\n]")  # (a bracket too: "31 (aug 31 is my bday)")
_COUNT_FIRST = compile_later(r"\s*\d")  # a count opening the words ("10 eps"), never an episode or a season named ("ep 5", "s2")


def said_before_when(text: str) -> str | None:
    """The words before the first stop when they open with a number and the clock time or the day of a month comes
    only after it ("10 eps, s2 on 12/5": "10 eps"); None otherwise ("ep 3, at 9pm": the hour it is watched; "s2, on
    12/5"; "9pm na, matulog na tayo")."""
    stop = _STOP.search(text)
    if stop is None or _COUNT_FIRST.match(text) is None:
        return None
    head = text[: stop.start()]
    if _CLOCK.search(head) is not None or _DATE.search(head) is not None:
        return None
    return head
