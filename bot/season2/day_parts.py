"""Times said in words, as moderators type them, put as clock times before bot/season2/dates.py
reads them (pure): "5 in the evening" and "5 in the afternoon" are 5pm, "8 in the morning" 8am,
"half past 5 in the evening" 5:30pm, "a quarter past 9 at night" 9:15pm, "5 o'clock" 5 (still
asked: am or pm?), "midday" noon. An hour that is not in the part of the day said ("10 in the
afternoon", "13 in the evening") is left as typed and refused. "Midnight" is not touched here: said
with a day it is asked again (the one that begins the day, or the one that ends it?).
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

#: The half of the day each part names, and the hours (1 to 12) said with it.
_PARTS = {"morning": ("am", range(1, 12)), "afternoon": ("pm", range(1, 7)), "evening": ("pm", range(4, 12)),
          "night": ("pm", range(6, 12))}
_SAID = compile_later(
    r"\b(?:(half|quarter) past\s+)?(\d{1,2})(?::(\d{2}))?(?:\s+o['\u2019]?\s?clock)?"
    r"\s+(?:in the (morning|afternoon|evening)|at night)\b"
)
_OCLOCK = compile_later(r"\b(\d{1,2})\s+o['\u2019]?\s?clock\b")
_PAST = compile_later(r"\b(half|quarter) past\s+(\d{1,2})\b(?!:)")


def _clock(m: re.Match[str]) -> str:
    past, hour, minute = m.group(1), int(m.group(2)), m.group(3)
    part = m.group(4) or "night"
    half, hours = _PARTS[part]
    if hour not in hours or (past and minute):
        return m.group(0)
    minutes = {"half": "30", "quarter": "15"}.get(past or "", minute or "00")
    return f"{hour}:{minutes}{half}"


#: "12 noon" and "12 midnight" say the hour twice; "Feb 12 noon" names the 12th, then noon.
_TWELVE_SAID = compile_later(r"(\b[a-z]+\.?\s+)?\b12\s*(?=(?:noon|midnight)\b)")
_MONTH_WORDS = compile_later(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$")


def noon_and_midnight(norm: str) -> str:
    """`norm` with noon and midnight as clock times (12:00, 00:00); "12 noon" is noon, while the 12 of
    "feb 12 noon" stays the day it is."""
    norm = _TWELVE_SAID.sub(lambda m: m.group(0) if _MONTH_WORDS.match(m.group(1) or "") else m.group(1) or "", norm)
    return re.sub(r"\bnoon\b", "12:00", re.sub(r"\bmidnight\b", "00:00", norm))


def clock_words(norm: str) -> str:
    """`norm` (lowercased) with times said in words written as clock times."""
    norm = re.sub(r"\bmid-?day\b", "noon", norm)
    norm = _SAID.sub(_clock, norm)
    norm = _PAST.sub(lambda m: f"{m.group(2)}:{'30' if m.group(1) == 'half' else '15'}", norm)
    return _OCLOCK.sub(r"\1", norm)
