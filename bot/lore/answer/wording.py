"""How answers word things: dates, release times, hedged verdicts, a name echoed back."""

from __future__ import annotations

import datetime as dt
import functools
import re

from bot.lazy_re import compile_later
from bot.lore.answer.written_dates import iso_day_in, when_in, with_hour
from bot.text import MONTH_NAMES, timestamp

# How a part whose text carries its own hedge names a claim's confidence inside that text.
HEDGE_WORDS = {"reported": "reported", "rumour": "rumour"}

_ISO_DATE = compile_later(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
# What may stay of a typed name echoed back ("“Kim” could mean several people"): no markup.
_NOT_NAME_LIKE = compile_later(r"[^\w\s'\-.\uac00-\ud7a3]")


def date_text(value: object, lang: str = "en") -> str:
    """'2022-06-06' -> '6 June 2022', '2022-09' -> 'September 2022'; anything else as it is. In
    another asker's language (bot.lore.answer.asker_language), as that language writes it."""
    if value is None:
        return ""
    return _date_text(str(value)) if lang == "en" else iso_day_in(lang, str(value))


@functools.lru_cache(maxsize=1024)
def _date_text(text: str) -> str:
    match = _ISO_DATE.match(text)
    if not match:
        return text
    year, month, day = match.group(1), int(match.group(2)), match.group(3)
    if not 1 <= month <= 12:
        return text
    return f"{int(day)} {MONTH_NAMES[month - 1]} {year}" if day else f"{MONTH_NAMES[month - 1]} {year}"


def day_text(value: dt.date | None, lang: str = "en") -> str:
    return date_text(value.isoformat(), lang) if value is not None else ""


def when_text(value: dt.datetime, timed: bool | None = None, *, lang: str = "en") -> str:
    """A release time as plain text: "12 March 2026", or "12 March 2026, 18:00 UTC" (`timed`: whether
    its hour was given, "00:00 UTC" included; None when not known: midnight UTC is then a day; in another
    asker's language, bot.lore.answer.written_dates.when_in)."""
    if lang != "en":
        return when_in(lang, value, timed)
    utc = value.astimezone(dt.UTC)
    day = date_text(utc.date().isoformat())
    return f"{day}, {utc:%H:%M} UTC" if with_hour(utc, timed) else day


def when_markup(value: dt.datetime, *, lang: str = "en") -> str:
    """`when_text` for Discord: a time with its hour as a timestamp, which each reader's app shows in
    their own zone ("<t:1804320000:F>"); a day alone stays that day's text (as midnight UTC it would
    show the day before to readers west of UTC)."""
    utc = value.astimezone(dt.UTC)
    return when_text(utc, lang=lang) if (utc.hour, utc.minute) == (0, 0) else timestamp(utc, "F")


def hedged_verdict(verdict: str, confidence: str) -> str:
    """A verdict resting on a claim of this confidence: "Yes.", "Reportedly, yes.", or for a rumour
    no verdict at all."""
    if confidence == "reported":
        return "Reportedly, " + verdict[:1].lower() + verdict[1:]
    if confidence == "rumour":
        return "Only a rumour so far:"
    return verdict


def plain_name(text: str) -> str:
    """A name as the member typed it, stripped of anything but letters, digits and name marks."""
    return _NOT_NAME_LIKE.sub("", text)[:60]


_ONLY_ONE = compile_later(r"\b(?:only|just)\s+(?:one|1|a single)\b|\ba single\b")
_MANY = compile_later(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens|hundreds|thousands)\b"
    r"|\b(?:[2-9]|\d{2,})(?:,\d{3})*\b"
)
_ALL = compile_later(r"\b(?:all|every\s*\w*|everyone|everybody|whole|entire)\b")


def weighed_verdict(question: str, text: str, verdict: str) -> str:
    """A "Yes." the record does not bear out, turned: "was there only one survivor" against "six
    survive" is No; "do all of them die" against a death toll is no verdict (it does not say all)."""
    if verdict != "Yes.":
        return verdict
    if _ONLY_ONE.search(question):
        if _MANY.search(text):
            return "No."
        if not re.search(r"\b(?:only|one|single|sole|1)\b", text, re.I):
            return ""  # the record does not say there is just one
    if _ALL.search(question) and not _ALL.search(text):
        return ""
    return verdict


def summary_line(name: str, summary: str) -> str:
    """"On-jo: <summary>", but a summary that already opens with the name ("Cheong-san's mother,
    who runs ...") is said once."""
    return summary if summary.startswith(name) else f"{name}: {summary}"


# "they are not the Korean actors": a denial whose subject is a pronoun for people the record names
_PRONOUN_DENIAL = compile_later(r"^\W*(?:they|he|she|those|these|both|neither)\b", re.I)
_FULL_NAME = compile_later(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)+)\b")


def denies_someone_unasked(record: str, at: int, question: str) -> bool:
    """Whether the clause of `record` at `at` denies something of people it names by pronoun
    ("Harrison Xu and Victoria Grace ...; they are not the Korean actors") while `question` names
    none of the record's people: "is the cast korean" is not what it denies."""
    begin = max(record.rfind(mark, 0, at) for mark in ";:.") + 1
    if not _PRONOUN_DENIAL.match(record[begin:]):
        return False
    asked = question.casefold()
    return bool(_FULL_NAME.findall(record[:begin])) and not any(n.casefold() in asked for n in _FULL_NAME.findall(record))
