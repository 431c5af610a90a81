""""did the s2 release date get leaked?", "¿se filtró la fecha?", "시즌2 공개일 유출됐어?": whether the date leaked no source
says, so the answer says neither yes nor no, then what is official about the release (the release answer, no verdict),
in the asker's language (read by season2.py, before any other leak, which asks what no source tells)."""

from __future__ import annotations

import dataclasses
import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.other_seasons import names_other_work
from bot.lore.answer.question import Question
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_status import StatusAnswers
from bot.season2.model import Status
from bot.text import month_alternation

# a leak said with the date it leaked, as the glosses put the question ("filtró" is "filtr"); in Korean as typed
# ("공개일 유출", whose 일 the glosses drop: "release leaked" alone may be the episodes)
_LEAK = r"\b(?:leak\w*|filtr\w*|vaz\w+|bocor\w*)\b"
_DATE = r"\b(?:date|fecha|data|tanggal)\b"
_DATE_LEAK = compile_later(rf"{_LEAK}(?=.*{_DATE})|{_DATE}(?=.*{_LEAK})")
# a leak said with the day or month it named ("someone leaked feb 2027 for s2", "march 12 leaked?"), never another
# thing's leak in that month ("did the trailer leak in march 2027")
_MONTH = month_alternation(names=True, short=True)
_DAY_SAID = rf"\b(?:{_MONTH})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|20\d\d)\b"
_DAY_LEAK = compile_later(rf"{_LEAK}(?=.*{_DAY_SAID})|{_DAY_SAID}(?=.*{_LEAK})")
_OTHER_LEAK = compile_later(r"\b(?:trailers?|teasers?|script|ending|episodes?|eps?|scenes?|posters?|footage|photos?|pics?|clips?)\b")
# as typed, where the glosses put the date's words into a "when" ("a data da temporada 2 vazou?" -> "when does season 2
# vazou come out"): the asker's own words for the date beside their leak
_LEAK_SAID = r"\b(?:vaz(?:ou|ad[ao]s?|aram)|filtr\w+|bocor\w*)\b"
_DATE_SAID = r"\b(?:data|fecha|tanggal)\b"
_DATE_LEAK_SAID = compile_later(rf"{_DATE_SAID}(?=.*{_LEAK_SAID})|{_LEAK_SAID}(?=.*{_DATE_SAID})", re.IGNORECASE)
_DATE_LEAK_KO = compile_later(r"(?:공개일|공개\s*날짜|날짜|개봉일|방영일|출시일)\S*\s*(?:\S+\s+)?유출|유출\S*\s*(?:공개일|날짜|개봉일)")

# neither yes nor no to the leak, then, when the release's first line is official, what is official
_LEAD = {
    "en": ("My sources don't say whether the date leaked.", " What is official:"),
    "ko": ("날짜가 유출됐는지는 출처에 나오지 않아요.", " 공식적으로 알려진 것:"),
    "ja": ("日付が流出したかどうかは情報源に書かれていません。", "公式に分かっていること："),
    "zh": ("我的资料来源没有提到日期是否泄露。", "官方消息："),
    "es": ("Mis fuentes no dicen si la fecha se filtró.", " Lo oficial:"),
    "pt": ("Minhas fontes não dizem se a data vazou.", " O que é oficial:"),
    "id": ("Sumberku tidak menyebut apakah tanggalnya bocor.", " Yang resmi:"),
    "fr": ("Mes sources ne disent pas si la date a fuité.", " Ce qui est officiel :"),
    "de": ("Meine Quellen sagen nicht, ob das Datum durchgesickert ist.", " Offiziell ist:"),
}


def asks_date_leak(ask: Ask) -> bool:
    """Whether the question asks if season 2's date leaked (never of anyone: "did namra leak the date" is no news)."""
    return not ask.found.subjects and (ask.matches(_DATE_LEAK) is not None or _DATE_LEAK_KO.search(ask.raw) is not None
                                       or _DATE_LEAK_SAID.search(ask.raw) is not None
                                       or (ask.matches(_DAY_LEAK) is not None and ask.matches(_OTHER_LEAK) is None))


# a leak asked of anything ("did the s2 trailer leak", "se filtró el tráiler", "o trailer vazou?"): what Netflix
# released is out officially, no leak, so season2.py never says "Yes." to it (only the day it came out)
_ANY_TRAILER = compile_later(r"\b(?:tr[aá]il(?:er|ers|eres)|teasers?)\b", re.IGNORECASE)
_ANY_LEAK = compile_later(r"\b(?:leak\w*|filtr\w+|vaz(?:ou|ad[ao]s?|aram|amento)|bocor\w*)\b", re.IGNORECASE)


def asks_a_leak(raw: str) -> bool:
    """Whether `raw` asks if something leaked (a leak is never an official release)."""
    return _ANY_LEAK.search(raw) is not None


def not_season_two(ask: Ask) -> bool:
    """Whether the question asks of no season 2: another season, unless a date leak with none named (`asks_unnamed_leak`),
    or a trailer of another work ("did the squid game trailer leak", "when is the kingdom trailer")."""
    return ((ask.a.season != 2 and not asks_unnamed_leak(ask))
            or (_ANY_TRAILER.search(ask.raw) is not None and names_other_work(ask.raw)))


def asks_unnamed_leak(ask: Ask) -> bool:
    """A date leak asked with no season named ("the leaked date is march 12 2027 right?"): only season 2's can have
    leaked, never another work's ("did the sweet home release date leak")."""
    return ask.a.season is None and asks_date_leak(ask) and not names_other_work(ask.raw)


def leaked_date(status_answers: StatusAnswers, q: Question, status: Status) -> Answer:
    """Neither yes nor no to the leak, then the release as it stands (no verdict on it either): "What is official:" only
    before an official line, never before a report ("Season 2 is out", reported); the release's asides, a rumoured window
    ("Unofficial estimate (rumour): first half of 2027") or an earlier step, left out, so no rumour reads as the date."""
    release = status_answers.release(q, status, False)
    lang = q.language if q.language in _LEAD and all(p.lang == q.language for p in release.parts) else "en"
    told = [p for p in release.parts if not p.aside] or release.parts
    said, official = _LEAD[lang]
    lead = Part(said + official if told[0].confidence == "official" else said, hedged=True, lang=lang)
    return dataclasses.replace(release, parts=[lead, *told])
