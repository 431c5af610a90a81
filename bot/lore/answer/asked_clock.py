"""A release time in the zone the asker named: "what time does s2 drop in the uk / est / manila / seoul / sydney".

The release answer writes its time in UTC (and Korea's, in the languages that read it); on Discord that becomes a
timestamp each reader's app shows in their own zone, but the CLI, a copied message and a fan who asked about another
place's hour read the UTC one. So when the question names a place or a zone whose clock is one (the tz database's, summer
time and all, computed for that day), the answer adds the time there (bot/zones.py's PLACES; Indonesia's is Jakarta's, WIB,
as its fans write it). The US, asked most, adds its two coasts' clocks (Netflix sets its release hour by the Pacific one:
"00:00 PST ... 03:00 EST"), Australia its east's and west's (Sydney, Perth); Mexico, Chile and Brazil read their
capitals'; any other name that stands for several clocks (Canada, "IST", "CST") or none ("in my country", "for me") adds
nothing: never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import replace

from bot.lazy_re import compile_later
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.written_dates import day_in
from bot.zones import (
    AUSTRALIA_CLOCKS,
    CANADA_CLOCKS,
    NUMBER_PLACES,
    PLACES,
    TIME_WORD_PLACES,
    US_COASTS,
    WORDLIKE_PLACES,
)

#: Places and zones fans name (every name of bot.zones.PLACES), each with its one clock and how the answer names it. A zone
#: that is also a word ("est" in French, "et", "pt") counts only after "in / at / for" or ending the question (`_CLOCK`).
_PLACES: tuple[tuple[str, str, str], ...] = tuple((place.words, place.clock, place.label) for place in PLACES)
_WORDLIKE = WORDLIKE_PLACES
_CLOCK = compile_later(
    r"(?<![\w])(?P<before>\b(?:in|at|for|sa|en|di|de)\s+)?(?P<place>"
    + "|".join(f"(?:{words})" for words, _, _ in _PLACES) + r")(?P<after>\s+time\b|\s*\W*$)?(?![\w])", re.I)
#: "(hora de Corea: ...)": a language that writes Korea's time beside UTC already (written_dates.when_in)
_KOREA_WRITTEN = frozenset({"ko", "ja", "zh", "es", "pt", "id", "fr", "de", "tl"})
#: "in the us", "in the states", "en estados unidos", "di amerika", "미국": the US, whose release hour is its two coasts'
#: (never "for us", "for us in europe": the askers themselves)
_US = compile_later(r"\b(?:in|for|at|en|em|di|aux|nos|los)\s+(?:the\s+|los\s+|os\s+|den\s+)?(?:(?<!\bfor )us|usa|u\.s\.(?:a\.)?|america|states"
                    r"|united states|estados unidos|ee\.?\s?uu\.?|eua|amerika(?:\s+serikat)?|[ée]tats-unis)(?![\w.])|미국", re.I)
#: "in australia", "호주": Australia, whose hour is its east's and west's
_AUSTRALIA = compile_later(r"\b(?:in|for|at|en|em|di|na)\s+(?:the\s+)?(?:australia|austr[aá]lia|aussie)\b|호주", re.I)
#: "in canada", "캐나다": Canada, whose hour is its east's and west's (Toronto, Vancouver)
_CANADA = compile_later(r"\b(?:in|for|at|en|em|di|na|au)\s+(?:the\s+)?(?:canada|canad[aá]|kanada)\b|캐나다", re.I)
#: A country of several clocks and its main ones, as PLACES names them ("Los Angeles (US Pacific)", "New York (US
#: Eastern)": Netflix's hour first; "Sydney", "Perth")
_SEVERAL = tuple((country, tuple((place.clock, place.label) for clock in clocks for place in PLACES if place.clock == clock))
                 for country, clocks in ((_US, US_COASTS), (_AUSTRALIA, AUSTRALIA_CLOCKS), (_CANADA, CANADA_CLOCKS)))
_LEAD = {"en": "That is {when} in {place}.", "es": "En {place}: {when}.", "pt": "Em {place}: {when}.",
         "id": "Di {place}: {when}.", "fr": "À {place} : {when}.", "de": "In {place}: {when}.", "tl": "Sa {place}: {when}.",
         "ko": "{place} 시간: {when}.", "ja": "{place}の時間: {when}。", "zh": "{place}时间：{when}。"}


def asked_clock(question: str) -> tuple[zoneinfo.ZoneInfo, str] | None:
    """The one clock the question names (its zone and how the answer names the place), None when it names none or
    several ("in the uk or est")."""
    found: dict[str, str] = {}
    for m in _CLOCK.finditer(question.casefold()):
        place = m.group("place")
        if place in _WORDLIKE and not (m.group("before") or m.group("after") is not None):
            continue
        said_time = (m.group("after") or "").strip() == "time"
        if (place in NUMBER_PLACES and not (m.group("before") or said_time)) or (place in TIME_WORD_PLACES and not said_time):
            continue
        zone, label = next((z, label) for words, z, label in _PLACES if re.fullmatch(words, place, re.I))
        found[zone] = label
    if len(found) != 1:
        return None
    ((zone, label),) = found.items()
    clock = _clock(zone)
    return None if clock is None else (clock, label)


def _clock(zone: str) -> zoneinfo.ZoneInfo | None:
    """The tz database's clock of `zone`; None without a time zone database: say nothing rather than guess an offset."""
    try:
        return zoneinfo.ZoneInfo(zone)
    except zoneinfo.ZoneInfoNotFoundError:
        return None


def _local(moment: dt.datetime, clock: zoneinfo.ZoneInfo, lang: str) -> str:
    """"Friday 12 March 2027, 03:00 EST (UTC-5)": the day and hour on that clock, with its offset."""
    local = moment.astimezone(clock)
    offset = local.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    utc = f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")
    name = local.tzname() or ""
    zone = f"{name} ({utc})" if name.isalpha() and clock.key.startswith(("America/", "Europe/London")) else utc
    if lang == "en":
        return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M} {zone}"
    return f"{day_in(lang, local.date())} {local:%H:%M} {zone}"


def with_asked_clock(answer: Answer, question: str, lang: str) -> Answer:
    """`answer` with its first release time said again in the zone the question names, right after the part that
    gives it; as it is when it gives no time with an hour or the question names no one clock."""
    at = next((i for i, p in enumerate(answer.parts) if p.times and not p.aside), None)
    if not answer.answered or at is None:
        return answer
    asked = asked_clock(question)
    moment = answer.parts[at].times[0].astimezone(dt.UTC)
    several = next((main for country, main in _SEVERAL if country.search(question)), ()) if asked is None else ()
    if several:
        found = [(clock, label) for zone, label in several if (clock := _clock(zone)) is not None]
        clocks = found if len(found) == len(several) else []  # (all its main clocks or none: never one alone)
    else:
        clocks = [asked] if asked is not None else []
    if not clocks or ((moment.hour, moment.minute) == (0, 0) and not re.search(r"\d\d:\d\d", answer.parts[at].text)):
        return answer  # a day without its hour
    if clocks[0][0].key == "Asia/Seoul" and lang in _KOREA_WRITTEN:
        return answer  # already beside UTC
    worded = lang if lang in _LEAD else "en"
    lines = [Part(_LEAD[worded].format(when=_local(moment, clock, worded), place=place),
                  confidence=answer.parts[at].confidence, hedged=True, lang=worded) for clock, place in clocks]
    return replace(answer, parts=[*answer.parts[:at + 1], *lines, *answer.parts[at + 1:]])
