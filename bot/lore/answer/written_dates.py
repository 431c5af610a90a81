"""Days, release times and windows written the way each asker's language writes them.

English stays `wording.date_text` / `when_text` ("12 March 2027", "12 March 2027, 08:00 UTC"). The
others: 2027년 3월 12일, 2027年3月12日, 12 de marzo de 2027, 12 de março de 2027, 12 Maret 2027, 12 mars 2027, 12. März 2027. A
time with an hour is written in UTC and in Korea's time (the show's home, where the season-2
releases are set), as the bot has no asker's zone to write it in; on Discord the UTC time becomes a
timestamp each reader's app shows in their own zone and language (`Part.linked_line`).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.text import MONTH_NAMES, MONTH_NAMES_IN
from bot.zones import KST

#: The one table of months as Spanish, Portuguese and Indonesian write them, each with its English name (lowercase), for
#: the readers of questions asked in them (foreign_asks, foreign_glosses, season2_foreign_asks); "marco" is março typed
#: without its cedilla
MONTHS_ABROAD = {lang: {name.casefold(): english.casefold() for name, english in zip(MONTH_NAMES_IN[lang], MONTH_NAMES, strict=True)}
                 for lang in ("es", "pt", "id")}
MONTHS_ABROAD["pt"]["marco"] = "march"
# "(한국 시간 2027년 3월 12일 17:00)": Korea's time beside UTC
_KOREA_TIME = {"ko": "한국 시간", "ja": "韓国時間", "zh": "韩国时间", "es": "hora de Corea", "pt": "horário da Coreia",
               "id": "waktu Korea", "fr": "heure de Corée", "de": "Zeit in Korea", "tl": "oras sa Korea"}


def day_in(lang: str, day: dt.date) -> str:
    """`day` as `lang` writes a date (never English: see `wording.day_text`)."""
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    if lang in ("ja", "zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    if lang == "tl":  # "Marso 12, 2027", as Filipino papers date a day
        return f"{MONTH_NAMES_IN['tl'][day.month - 1]} {day.day}, {day.year}"
    if lang == "id":
        return f"{day.day} {MONTH_NAMES_IN['id'][day.month - 1]} {day.year}"
    if lang == "de":  # "6. Juni 2022"
        return f"{day.day}. {MONTH_NAMES_IN['de'][day.month - 1]} {day.year}"
    if lang == "fr":  # "1er juin 2022", "23 juillet 2025"
        return f"{'1er' if day.day == 1 else day.day} {MONTH_NAMES_IN['fr'][day.month - 1]} {day.year}"
    return f"{day.day} de {MONTH_NAMES_IN[lang][day.month - 1]} de {day.year}"


def month_in(lang: str, year: int, month: int) -> str:
    """A month of a year ("2027년 3월", "marzo de 2027")."""
    if lang == "ko":
        return f"{year}년 {month}월"
    if lang in ("ja", "zh"):
        return f"{year}年{month}月"
    if lang in ("id", "fr", "de", "tl"):
        return f"{MONTH_NAMES_IN[lang][month - 1]} {year}"
    return f"{MONTH_NAMES_IN[lang][month - 1]} de {year}"


def iso_day_in(lang: str, value: str) -> str:
    """A source's date as stored ("2026-02-23", "2026-02") in `lang`; anything else as it is."""
    parts = value.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) not in (2, 3):
        return value
    year, month = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12:
        return value
    return day_in(lang, dt.date(year, month, int(parts[2]))) if len(parts) == 3 else month_in(lang, year, month)


def with_hour(utc: dt.datetime, timed: bool | None) -> bool:
    """Whether a release time is written with its hour: as `timed` says (its hour was given, "00:00 UTC"
    included), or when that is not known (None), unless it is midnight UTC (then it is a day)."""
    return (utc.hour, utc.minute) != (0, 0) if timed is None else timed


def when_in(lang: str, value: dt.datetime, timed: bool | None = None) -> str:
    """A release time: the day and hour in UTC and in Korea, or the day alone when no hour was given
    (`timed` False; None when not known: midnight UTC is then a day)."""
    utc = value.astimezone(dt.UTC)
    if not with_hour(utc, timed):
        return day_in(lang, utc.date())
    korea = utc.astimezone(KST)
    gap = " " if lang in ("ko", "ja", "zh") else ", "
    return (f"{day_in(lang, utc.date())}{gap}{utc:%H:%M} UTC "
            f"({_KOREA_TIME[lang]}: {day_in(lang, korea.date())}{gap}{korea:%H:%M})")


_ENGLISH_MONTHS = tuple(name.casefold() for name in MONTH_NAMES)
# "late 2026", "first half of 2027", "Q1 2027", "April 2023", "2024": a window's label, as each language says it
_LABEL = compile_later(r"(?:(?P<part>early|late|mid|first half of|second half of|h1|h2|q[1-4])\s+|(?P<month>[a-z]+)\s+)?"
                    r"(?P<year>20\d\d)", re.I)
_PARTS = {
    "ko": {"early": "{y}년 초", "late": "{y}년 말", "mid": "{y}년 중반", "h1": "{y}년 상반기", "h2": "{y}년 하반기",
           "q": "{y}년 {n}분기", "year": "{y}년"},
    "ja": {"early": "{y}年初め", "late": "{y}年末", "mid": "{y}年半ば", "h1": "{y}年前半", "h2": "{y}年後半",
           "q": "{y}年第{n}四半期", "year": "{y}年"},
    "zh": {"early": "{y}年初", "late": "{y}年底", "mid": "{y}年年中", "h1": "{y}年上半年", "h2": "{y}年下半年",
           "q": "{y}年第{n}季度", "year": "{y}年"},
    "es": {"early": "a principios de {y}", "late": "a finales de {y}", "mid": "a mediados de {y}",
           "h1": "en la primera mitad de {y}", "h2": "en la segunda mitad de {y}", "q": "en el {n}.º trimestre de {y}",
           "year": "en {y}", "month": "en {m}"},
    "pt": {"early": "no início de {y}", "late": "no fim de {y}", "mid": "em meados de {y}",
           "h1": "no primeiro semestre de {y}", "h2": "no segundo semestre de {y}", "q": "no {n}º trimestre de {y}",
           "year": "em {y}", "month": "em {m}"},
    "id": {"early": "pada awal {y}", "late": "pada akhir {y}", "mid": "pada pertengahan {y}", "h1": "pada paruh pertama {y}",
           "h2": "pada paruh kedua {y}", "q": "pada kuartal {n} {y}", "year": "pada {y}", "month": "pada {m}"},
    "fr": {"early": "début {y}", "late": "fin {y}", "mid": "mi-{y}", "h1": "au premier semestre {y}",
           "h2": "au second semestre {y}", "q": "au {n}e trimestre {y}", "year": "en {y}", "month": "en {m}"},
    "de": {"early": "Anfang {y}", "late": "Ende {y}", "mid": "Mitte {y}", "h1": "im ersten Halbjahr {y}",
           "h2": "im zweiten Halbjahr {y}", "q": "im {n}. Quartal {y}", "year": "im Jahr {y}", "month": "im {m}"},
    "tl": {"early": "sa simula ng {y}", "late": "sa katapusan ng {y}", "mid": "sa kalagitnaan ng {y}",
           "h1": "sa unang kalahati ng {y}", "h2": "sa ikalawang kalahati ng {y}", "q": "sa ika-{n} quarter ng {y}",
           "year": "sa {y}", "month": "sa {m}"},
}
_OR = {"ko": " 또는 ", "ja": "または", "zh": "或", "es": " o ", "pt": " ou ", "id": " atau ", "fr": " ou ", "de": " oder ", "tl": " o "}


def window_in(lang: str, label: str) -> str | None:
    """A release window's label ("late 2026 or early 2027", "first half of 2027") as `lang` says it,
    no narrower and no wider ("2026년 말 또는 2027년 초"); None when a piece of it is not one it knows.
    Spanish, Portuguese and Indonesian say it with their preposition ("en la primera mitad de 2027")."""
    said = []
    for piece in re.split(r"\s+or\s+", label.strip(), flags=re.I):
        match = _LABEL.fullmatch(piece.strip())
        if match is None:
            return None
        year, part, month = match.group("year"), (match.group("part") or "").lower(), (match.group("month") or "").lower()
        words = _PARTS[lang]
        if month:
            if month not in _ENGLISH_MONTHS:
                return None
            named = month_in(lang, int(year), _ENGLISH_MONTHS.index(month) + 1)
            said.append(words.get("month", "{m}").format(m=named))
        elif part.startswith("q"):
            said.append(words["q"].format(y=year, n=part[1]))
        else:
            key = {"first half of": "h1", "second half of": "h2"}.get(part, part) or "year"
            said.append(words[key].format(y=year))
    return _OR[lang].join(said)
