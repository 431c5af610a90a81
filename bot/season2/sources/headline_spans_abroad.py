"""Delays by a span, hours set right and local clocks as posts in other languages say them, put in the English words the
headline readers know before `headline_abroad.in_english` reads the rest: Italian "rinviato di una settimana" and Russian
"перенесли на неделю" (put off a week), "теперь" (now); an hour set right by negation ("nicht um Mitternacht, sondern am
Freitag um 9 Uhr", "às 4h no Brasil, não à meia-noite"), whose negated hour is no news; Vietnamese "14h chiều mai" (14:00
tomorrow), Hindi "अगले शुक्रवार दोपहर 12:30 बजे" (next Friday at 12:30, India's clock) and Tagalog "palabas na sa Netflix"
(showing now on Netflix). Pure functions on text."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.lazy_re import LazyPattern, compile_later


def _hindi_hour(m: re.Match[str]) -> str:
    """A Hindi hour with its part of the day ("दोपहर 12:30 बजे", "शाम 5 बजे") on the 24-hour clock, India's."""
    hour, minute = int(m.group(2)), m.group(3) or "00"
    if m.group(1) in ("दोपहर", "शाम", "रात") and hour < 12 and not (m.group(1) == "रात" and hour < 5):
        hour += 12
    return f" at {hour}:{minute} UTC+5:30 "


def _vietnamese_hour(m: re.Match[str]) -> str:
    """A Vietnamese "14h chiều mai" (14:00, afternoon, tomorrow) or "2h chiều nay" on Vietnam's clock (ICT)."""
    hour, minute = int(m.group(1)), m.group(2) or "00"
    if m.group(3) and m.group(3).lower() in ("chiều", "tối") and hour < 12:
        hour += 12
    day = "tomorrow" if m.group(4).lower() in ("mai", "ngày mai") else "today"
    return f"premieres at {hour}:{minute} ICT {day}" if m.group(0)[0].isalpha() else f"at {hour}:{minute} ICT {day}"


_Rule = tuple[LazyPattern, str | Callable[[re.Match[str]], str]]

_SPANS_AND_HOURS: tuple[_Rule, ...] = (
    # put off by a week or two: Italian "rinviato/rimandato/posticipato/slitta di una settimana", Russian "перенесли на
    # неделю", "отложили на две недели" (the new day, when one follows, read after it as "now …")
    (compile_later(r"\b(?:rinviat[oa]|rimandat[oa]|posticipat[oa]|slitta(?:to|ta)?)\s+di\s+(?:una|1)\s+settimana\b", re.I), "delayed a week"),
    (compile_later(r"\b(?:rinviat[oa]|rimandat[oa]|posticipat[oa]|slitta(?:to|ta)?)\s+di\s+(?:due|2)\s+settimane\b", re.I), "delayed two weeks"),
    (compile_later(r"(?<![\w])(?:перенесл[иа]|перенес[её]н[аы]?|отложил[иа]|отложен[аы]?)\s+на\s+(?:одну\s+|1\s+)?неделю(?![\w])", re.I),
     "delayed a week"),
    (compile_later(r"(?<![\w])(?:перенесл[иа]|перенес[её]н[аы]?|отложил[иа]|отложен[аы]?)\s+на\s+(?:две|2)\s+недели(?![\w])", re.I),
     "delayed two weeks"),
    (compile_later(r"(?<![\w])теперь(?![\w])", re.I), "now"),
    # an hour set right by negation: the negated hour dropped, the one after "sondern", "mas", "sino", "mais", "but" kept
    (compile_later(r"\b(?:nicht|not|no|não|pas)\s+(?:um|at|a\s+la|à|às|a)\s+(?:mitternacht|midnight|medianoche|meia-noite|minuit"
                r"|\d{1,2}(?:[:.]\d\d)?\s*(?:uhr|h|[ap]\.?m\.?)?)\s*,?\s*(?:sondern|but|sino|mas|mais)\s+", re.I), ""),
    (compile_later(r"\s*,?\s*(?:nicht|not|não|no|pas)\s+(?:um|at|a\s+la|à|às|a)\s+(?:mitternacht|midnight|medianoche|meia-noite|minuit)\b"
                r"(?=\s*[.!]*\s*$)", re.I), ""),
    # German weekdays after "am" (on): "am Freitag um 9 Uhr"
    (compile_later(r"\bam\s+(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b", re.I),
     lambda m: "on " + {"montag": "Monday", "dienstag": "Tuesday", "mittwoch": "Wednesday", "donnerstag": "Thursday",
                        "freitag": "Friday", "samstag": "Saturday", "sonntag": "Sunday"}[m.group(1).lower()]),
    # Brazil's clock named after an hour ("às 4h no Brasil"): Brasília's
    (compile_later(r"(?<=\d)(h(?:\d\d)?(?:\s+da\s+manhã)?)\s+no\s+brasil\b", re.I), r"\1 (horário de Brasília)"),
    # Vietnamese "14h chiều mai", "2h chiều nay" (with "(giờ Việt Nam)", Vietnam's time, said again: dropped)
    (compile_later(r"\b(?:(?:ra\s+mắt|lên\s+sóng|chiếu)\s+)?(\d{1,2})h(\d\d)?\s+(?:(sáng|chiều|tối)\s+)?(ngày\s+mai|mai|hôm\s+nay|nay)\b(?:\s*\(?\s*giờ\s+việt\s+nam\s*\)?)?", re.I),
     _vietnamese_hour),
    # Hindi: "अगले शुक्रवार" (next Friday), "इस शुक्रवार" (this Friday), an hour with its part of the day
    (compile_later(r"अगले\s+शुक्रवार(?:\s+को)?"), " next Friday "),
    (compile_later(r"इस\s+शुक्रवार(?:\s+को)?"), " this Friday "),
    (compile_later(r"(सुबह|दोपहर|शाम|रात)\s+(\d{1,2})(?::(\d\d))?\s+बजे"), _hindi_hour),
    # Tagalog "palabas na sa Netflix" (showing now on Netflix): out; never with the day it starts after it ("simula July 2",
    # from July 2; "bukas", tomorrow; "sa Biyernes", on Friday), which is that day to come
    (compile_later(r"\bpalabas\s+na\s+sa\s+(?=netflix\b(?![^.!?\n]*\b(?:simula|bukas|mamaya|sa|ngayong|sa\s+darating)\b))", re.I),
     "is now on "),
)


def spans_and_hours_in_english(text: str) -> str:
    """`text` with the delays by a span, hours set right and local clocks above in English words; else as it is."""
    for pattern, english in _SPANS_AND_HOURS:
        text = pattern.sub(english, text)
    return text
