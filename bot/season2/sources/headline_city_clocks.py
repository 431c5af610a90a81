"""The hours a list of cities' clocks gives, as fans post a release's time around the world: the hour then its city ("4 pm
Seoul / 3 pm Manila / 3 am New York", "1 am CDMX, 2 am Bogotá") or the city then its hour, a line or a bar each ("🇰🇷 Seoul
4pm", "Seoul 4pm | Manila 3pm | London 8am", "Jakarta 14.00 WIB, Bangkok 14.00"), or a flag alone then its hour ("🇰🇷 16:00
🇵🇭 15:00"): each hour with its city's or country's zone, so the moment reader (`headline_moments.headline_time`) reads the
first one, as every line gives the same moment. A city whose clocks change (London, Paris, Berlin, Madrid, Rome) becomes "<city> time", read by that day's clock there. Only where a
list's mark, a line's end or the end follows, so "4 pm Seoul time" and "3 pm Manila premiere" are left to other readers.
Pure functions on text.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.zones import FIXED_ZONES, PLACES

#: A clock time as English headlines write it: "5 p.m.", "5.30pm", "noon", "midnight", "17:00".
CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|noon|midday|midnight|\d{1,2}:\d\d)"
#: Cities (bot.zones.PLACES) with the zone their hour is written in: one zone all year, or ET and PT, read by the day's clock.
_CITY_ZONES = (*((zone, place.cities) for place in PLACES if (zone := place.hour_zone) and place.cities and not zone.endswith(" time")),
               # (and Los Angeles as fans shorten it, in capitals: "1am in LA", "1am LA time", never Spanish's "la", s2wild77)
               ("PT", r"(?-i:LA)|L\.A\."))
_ZONES = "|".join(sorted([*FIXED_ZONES, "pt", "et", "ct", "mt"], key=len, reverse=True))
_CITIES = "|".join(city for _, city in _CITY_ZONES)
#: Cities whose clocks change in Europe: their "<city> time" is read by that day's clock (`headline_moments._place_hour`).
_CHANGING_ZONES = tuple((zone, place.cities) for place in PLACES if (zone := place.hour_zone) and zone.endswith(" time"))
_CHANGING_CITIES = "|".join(city for _, city in _CHANGING_ZONES)
#: A country's flag, which opens a city's line in a list ("🇰🇷 Seoul 4pm 🇵🇭 Manila 3pm", its lines run together as a title).
_FLAG = "[\U0001F1E6-\U0001F1FF]"
#: What ends one city's clock in a list: a list's mark, a dash between spaces, a line's end, the next line's flag, or the post's
#: end (a flag or a cry may end it: "2 am CDMX 🇲🇽").
_LIST_END = rf"(?=[^\S\n]*(?:[/,|;·\n]|\s[-–—]\s|{_FLAG}|[^\w\s]*\s*$|(?:{_CITIES}|{_CHANGING_CITIES}|l\.?a\.?)\s*[:：]?\s*(?:\d|noon|midnight)))"
#: The hour, then its city ("4 pm Seoul", "at 4:00 (Brasília)", "10pm Hawaii time", "10 pm in hawaii").
_CITY_CLOCK = compile_later(rf"(?P<clock>{CLOCK})\s*(?:in\s+)?\(?\s*(?P<city>{_CITIES})\s*\)?(?:\s*time\b)?{_LIST_END}", re.I)
#: An hour "for us", the one city the post names being where "us" are ("hawaii gang: it's thursday 10 pm for us"): that city's
#: hour, never the day it names read as the release's (the evening before in Hawaii, s2wild58).
_FOR_US = compile_later(rf"(?P<clock>{CLOCK})\s+for\s+us\b", re.I)
_CITY_NAMED = compile_later(rf"\b(?:{_CITIES})\b", re.I)
#: The city, then its hour ("Seoul 4pm", "Seoul: 16:00", "Jakarta 14.00 WIB"), at a line's or a list item's start (after a
#: flag, a bullet or a cry: "april 9!! seoul 4pm / london 8am"); a 24-hour clock with a dot counts here, where the city makes it an
#: hour. A zone said after it is kept.
_CITY_FIRST_CLOCK = (r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|noon|midday|midnight"
                     r"|(?:1[3-9]|2[0-3]|0\d)[:.][0-5]\d")  # (a 24-hour clock only when it is plain: "16:00", "04:00", never "4:00")
_CITY_FIRST = compile_later(rf"(?:^|(?<=[\n/|,;·:(!])|(?<={_FLAG})|(?<=[ap]m\s)|(?<=[ap]\.m\.\s))[^\w\n]*?(?P<city>{_CITIES}|{_CHANGING_CITIES})\s*[:：\-–]?\s*"
                            rf"(?P<clock>{_CITY_FIRST_CLOCK})(?P<zone>\s*\(?\s*(?:{_ZONES})\b\s*\)?)?{_LIST_END}",
                            re.I | re.M)


#: A country's flag then its hour, as a table without the cities' names ("🇰🇷 16:00 🇵🇭 15:00 🇮🇩 14:00"): the zone that country
#: keeps all year (Indonesia's capital's, as fans' tables mean it; a country whose clocks change, or with several, is left unread).
_FLAG_ZONES = {"🇰🇷": "KST", "🇯🇵": "JST", "🇵🇭": "PHT", "🇸🇬": "SGT", "🇭🇰": "HKT", "🇹🇼": "UTC+8", "🇨🇳": "UTC+8", "🇹🇭": "ICT",
               "🇻🇳": "ICT", "🇮🇩": "WIB", "🇲🇾": "MYT", "🇲🇽": "UTC-6", "🇨🇴": "UTC-5", "🇵🇪": "UTC-5", "🇦🇷": "UTC-3"}
#: (never read across two flags run together: "🇯🇵🇭🇰" holds the letters of 🇵🇭)
_FLAG_CLOCK = compile_later(rf"(?<!{_FLAG})(?P<flag>{'|'.join(_FLAG_ZONES)})[^\S\n]*[:：\-–]?[^\S\n]*(?P<clock>{_CITY_FIRST_CLOCK}){_LIST_END}", re.I)


#: A zone then its hour, an item of a list ("WIB 14.00 | WITA 15.00 | WIT 16.00", "KST 4pm / PHT 3pm"): the hour in that zone.
_ZONE_FIRST = compile_later(rf"(?:^|(?<=[\n/|,;·:(!]))[^\S\n]*(?P<zone>(?-i:WIB|WITA|WIT|KST|JST|PHT|SGT|ICT|MYT))[^\S\n]*[:：\-–]?[^\S\n]*"
                            rf"(?P<clock>{_CITY_FIRST_CLOCK}){_LIST_END}", re.I | re.M)
#: A list's item whose hour falls on another day than the post's, said beside it ("Honolulu 9pm (Apr 8)", "🇲🇽 6:00 p.m. (2 de
#: marzo)", "Anchorage 11pm (4/8)"): the day before for the Americas; its hour is that day's, never read as the release's (s2wild55).
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|fev|set|out|dez)[a-zçéû]*\.?"
_OTHER_DAYS_ITEM = compile_later(rf"(?:^|(?<=[\n|/;·!,:])|(?={_FLAG}))(?:{_FLAG}{{2}})?(?:(?!{_FLAG})[^\n|/;·!,:])*?(?:{CLOCK}|\d{{1,2}}[:.]\d\d)[^\S\n]*\((?:(?:mon|tue|wed|thu|fri|sat|sun)"
                                 rf"[a-z]*\.?,?\s*)?(?:{_MONTH_WORD}\s*\d{{1,2}}|\d{{1,2}}\.?\s*(?:de\s+)?{_MONTH_WORD}|\d{{1,2}}/\d{{1,2}}"
                                 r"|prev(?:ious)?\.?\s+day|(?:the\s+)?day\s+before)\)[^\S\n]*", re.I | re.M)


def _zone_of(city: str) -> str:
    return next(name for name, pattern in (*_CITY_ZONES, *_CHANGING_ZONES) if re.fullmatch(pattern, city, re.I))


def _plain(clock: str) -> str:
    return re.sub(r"^(\d{1,2})\.(\d\d)$", r"\1:\2", clock)  # "14.00": 14:00


def _city_first(m: re.Match[str]) -> str:
    clock = _plain(m.group("clock"))
    if m.group("zone"):  # "Jakarta 14.00 WIB": the zone it names
        return f"{clock} {m.group('zone').strip()}"
    return f"{clock} {_zone_of(m.group('city'))}"  # (a city whose clocks change: "<city> time", read by that day's clock)


_ANY_CLOCK = compile_later(rf"(?<![\d:.])(?:{CLOCK})", re.I)
#: A list's item giving a city's own day and hour ("🇺🇸 Hawaii: Thu Apr 8, 9pm", "🇰🇷 Seoul: Fri Apr 9, 4pm"), its day told apart.
_DAY_HOUR_ITEM = compile_later(rf"(?:{_FLAG}{{2}})?[^\S\n]*(?P<city>[^\W\d][^\W\d .]*(?:[ .][^\W\d]+){{0,2}}?)[^\S\n]*[:：][^\S\n]*"
                               rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?P<day>{_MONTH_WORD}\s*\d{{1,2}}|\d{{1,2}}\.?\s*"
                               rf"(?:de\s+)?{_MONTH_WORD}|\d{{1,2}}/\d{{1,2}})\s*[,@]?\s*(?:at\s+)?(?P<clock>{CLOCK})", re.I)


#: A city then a 24-hour clock that could be either half of the day ("CDMX 1:00", "Buenos Aires 4:00"), in a city that keeps one zone.
_CITY_BARE_CLOCK = compile_later(rf"(?:^|(?<=[\n/|,;·:(!\s])|(?<={_FLAG}))(?P<city>{_CITIES})[^\S\n]*[:：\-–]?[^\S\n]*"
                                 rf"(?P<h>\d{{1,2}})[:.](?P<m>[0-5]\d)(?![\d:.]|\s*[ap]\.?\s?m\b){_LIST_END}", re.I)


def _fixed_minutes(zone: str) -> int | None:
    """The minutes a city's zone (`_CITY_ZONES`) stands from UTC all year, by bot.zones' offsets; None for one whose clocks change (ET, PT)."""
    if m := re.fullmatch(r"UTC([+-])(\d{1,2})(?::(\d\d))?", zone):
        return (int(m.group(2)) * 60 + int(m.group(3) or 0)) * (-1 if m.group(1) == "-" else 1)
    return FIXED_ZONES.get(zone.lower())


def _bare_clocks_agreeing(text: str) -> str:
    """`text` with its cities' bare clocks as 24-hour ones when two or more of them, so read, give one moment ("🇲🇽 CDMX 1:00
    🇦🇷 Buenos Aires 4:00": 07:00 UTC both): the list itself says which half of the day it means (s2wild55)."""
    found = [(m, minutes) for m in _CITY_BARE_CLOCK.finditer(text) if (minutes := _fixed_minutes(_zone_of(m.group("city")))) is not None]
    moments = {(int(m.group("h")) * 60 + int(m.group("m")) - minutes) % (24 * 60) for m, minutes in found}
    if len(found) < 2 or len(moments) != 1:
        return text
    return _CITY_BARE_CLOCK.sub(lambda m: f"{m.group('city')} {int(m.group('h')):02d}:{m.group('m')}", text)


def without_other_days(text: str) -> str:
    """`text` without a list's items whose hour is said on another day (`_OTHER_DAYS_ITEM`: "Honolulu 9pm (Apr 8)"); a list
    giving each city its own day and hour is Seoul's item alone, with its zone (the evening before in Hawaii is no release day)."""
    if len(_ANY_CLOCK.findall(text)) >= 2:  # (a list: one hour beside its day, "drops 4pm KST (April 16)", is the release's)
        text = _OTHER_DAYS_ITEM.sub("", text)
    items = list(_DAY_HOUR_ITEM.finditer(text))
    korean = next((m for m in items if re.fullmatch(r"seoul|korea|kst|서울", m.group("city"), re.I)), None)
    if korean is None or len(items) < 2:
        return text
    seoul = f"{korean.group('day')}, {korean.group('clock')} KST"
    return text[:items[0].start()] + " " + seoul + " " + text[items[-1].end():]


def zones_by_city(text: str) -> str:
    """`text` with each listed hour's city, zone or flag as its zone (`_CITY_CLOCK`, `_CITY_FIRST`, `_ZONE_FIRST`,
    `_FLAG_CLOCK`), an item on another day left out (`_OTHER_DAYS_ITEM`)."""
    said: list[str] = []

    def listed(hour: str) -> str:
        said.append(hour)
        return hour

    text = _bare_clocks_agreeing(without_other_days(text))
    if len(zones := {_zone_of(city) for city in _CITY_NAMED.findall(text)}) == 1:
        text = _FOR_US.sub(lambda m: f"{m.group('clock')} {next(iter(zones))}", text)
    text = _ZONE_FIRST.sub(lambda m: m.group(0)[:m.start("zone") - m.start(0)] + listed(f"{_plain(m.group('clock'))} {m.group('zone')}"),
                           text)
    text = _CITY_CLOCK.sub(lambda m: listed(f"{m.group('clock')} {_zone_of(m.group('city'))}"), text)
    text = _CITY_FIRST.sub(lambda m: m.group(0)[:m.start("city") - m.start(0)] + listed(_city_first(m)), text)
    text = _FLAG_CLOCK.sub(lambda m: f"{m.group('flag')} " + listed(f"{_plain(m.group('clock'))} {_FLAG_ZONES[m.group('flag')]}"), text)
    # Seoul's hour first, when the list gives it: the day a post gives is Korea's, the release's own (Honolulu's 9 p.m. and
    # Anchorage's 11 p.m. are the evening before, whatever the list's order: s2wild55)
    korean = next((hour for hour in said if hour.endswith(" KST")), None)
    return text if korean is None or len(said) < 2 else f"{korean} {text}"
