"""A week's schedule run together with commas (s2wild77): "this week: wed - kingdom 3, fri - aouad 2" (each entry opening on
its weekday and a mark) or "kingdom 3 wed, aouad 2 fri, sweet home 4 sat" (each title then its weekday, its hour maybe after):
each title's day its own, never a list of days watched. Split out of headline_forms (its `day_first` reads the result)."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.text import WEEKDAY_NAMES

#: A weekday as listings shorten it ("Wed", "Fri."), or in full.
ABBREVIATED_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
#: A weekday's first three letters -> its name in full.
WEEKDAYS_IN_FULL = {day[:3].lower(): day.lower() for day in WEEKDAY_NAMES}

_WEEKDAY_OPENS = compile_later(rf"(?:^\W*|:\s+)(?:{ABBREVIATED_DAY})\s*[:\-–—]\s*\S", re.I)
_WEEKDAY_CLOSES = compile_later(r"^\W*(?P<title>\S.*?)\s+(?P<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?"
                                r"(?P<hour>\s+\d{1,2}(?::\d\d)?\s*[ap]m\s+[a-z]{2,5})?(?:[.!]+(?:\s.*)?)?\W*$", re.I)

_WATCHED = compile_later(r"\b(?:(?:re)?watch(?:ed|ing)|finish(?:ed|ing)|saw|seen|binged?|binging|done\s+with|last\s+week(?:end)?"
                         r"|(?:this\s+)?past\s+week)\b", re.I)


def weekly_by_commas(text: str, season_name: str) -> list[str] | str:
    """A week's entries run together with commas (`_WEEKDAY_OPENS`) as its entries; titles each then their weekday
    (`_WEEKDAY_CLOSES`), ours (`season_name`) among them, with each entry as "<title> premieres <weekday> [<hour>]" in its
    place; else the text as one entry."""
    commas = text.split(",")
    if sum(bool(_WEEKDAY_OPENS.search(entry)) for entry in commas) >= 2:
        return commas
    starts = [sum(len(entry) + 1 for entry in commas[:i]) for i in range(len(commas))]
    closes = [(start, m) for start, entry in zip(starts, commas, strict=True) if (m := _WEEKDAY_CLOSES.match(entry))
              and m["weekday"].lower()[:3] in WEEKDAYS_IN_FULL
              and len(m["weekday"]) in {3, 4, len(WEEKDAYS_IN_FULL[m["weekday"].lower()[:3]])}]
    ours = [(start, m) for start, m in closes if re.fullmatch(season_name, m["title"], re.I)]
    if len(closes) >= 2 and len(ours) == 1 and not _WATCHED.search(text):  # "watched kingdom 3 wed, …", "last week: …": days past
        # each entry's premiere in its place: what is said around them stays ("rumor: …", "i hope …", "…?", "… not confirmed",
        # review60d), read as a listing of premieres is
        for start, m in reversed(closes):
            said = f"{m['title']} premieres {WEEKDAYS_IN_FULL[m['weekday'].lower()[:3]]}{m['hour'] or ''}"
            text = text[:start + m.start("title")] + said + text[start + m.end("hour" if m["hour"] else "weekday"):]
        return text
    return [text]
