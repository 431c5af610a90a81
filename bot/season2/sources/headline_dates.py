"""The day a headline gives, and the years it names: a full date ('January 15, 2027', '2027년 1월
15일', '2027.03.05'), a day without its year read from the day it was written ('March 5', '3월 5일'),
never a season's number ("Season 2 March 2027") nor season 1's history; two days offered for one
release ("March 12 or March 19") found so that neither is taken."""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.season2.dates import MONTHS
from bot.season2.sources.headline_moments import headline_day, other_day
from bot.season2.sources.headline_words import MONTH, WEEKDAY
from bot.season2.sources.other_titles import SHOW

_MONTH = MONTH.replace("(?:", "(?P<month>", 1)
_DATES = (
    compile_later(r"\b(?P<year>20\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    compile_later(r"(?<![A-Za-zÀ-ÿ])" + _MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?,?\s+(?P<year>20\d\d)\b", re.I),
    compile_later(r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r",?\s+(?P<year>20\d\d)\b", re.I),
    compile_later(r"(?P<year>20\d\d)\s*년\s*(?P<mnum>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"),
    compile_later(r"(?<![\d.])(?P<year>20\d\d)\.\s?(?P<mnum>\d{1,2})\.\s?(?P<day>\d{1,2})(?![\d.]\d)"),  # 2027.03.05, as in Korea
    # a full day by numbers only when it reads one way: "14/05/2027" (day first), "05/14/2027" (month first); "05/07/2027"
    # is either, and never read
    compile_later(r"(?<![\d/.])(?P<day>1[3-9]|2\d|3[01])/(?P<mnum>0?[1-9]|1[0-2])/(?P<year>20\d\d)(?![\d/])"),
    compile_later(r"(?<![\d/.])(?P<mnum>0?[1-9]|1[0-2])/(?P<day>1[3-9]|2\d|3[01])/(?P<year>20\d\d)(?![\d/])"),
)
#: Two days offered for one release ("March 12 or March 19", "Mar 12 or the 19th", "3월 12일 또는 19일"): neither is read.
_ANY_MONTH = MONTH
EITHER_DAY = compile_later(
    _ANY_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:or|and/or)\s+(?:on\s+)?(?:the\s+)?(?:" + _ANY_MONTH + r"\s+)?\d{1,2}(?:st|nd|rd|th)?\b"
    r"|(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:또는|혹은|이나|아니면)\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일", re.I)
_MONTH_NAMED = compile_later(_ANY_MONTH + r"|\d{1,2}\s*월", re.I)


def one_month(either: str) -> bool:
    """Whether two days offered are in one month ("March 12 or the 19th", "3월 12일 또는 19일"), not two."""
    named = {(MONTHS.get(m.lower().rstrip(".")) if not m.endswith("월") else int(m[:-1].strip()))
             for m in _MONTH_NAMED.findall(either)}
    return len(named) == 1


#: A number that is the season's, not a day: "Season 2 March 2027 release" is no 2 March.
_SEASON_NUMBER = compile_later(r"(\b(season|series|part|dead|s)|시즌)\s*$", re.I)


def _season_number(text: str, match: re.Match[str]) -> bool:
    """Whether the day a pattern matched first is the number of a season ("Season 2 March 2027")."""
    return match.start("day") == match.start() and _SEASON_NUMBER.search(text[:match.start()]) is not None
#: A day without its year ("premieres March 5", "3월 5일 공개"): the first such day from the day it was written.
_YEARLESS = (
    # "Mar 19, 27" may be a year; "Mar 19, 5PM KST" or "May 28, 9 Uhr" is a time, "March 5, 24 hours from now" a count
    # (never a clock after a day-first date: "28 May 9 AM BST" is the 28th at 9, not "May 9")
    # (a month's letters inside a word are none: "El juego del calaMAR 3" is Squid Game's season 3, never March 3)
    compile_later(r"(?<![A-Za-zÀ-ÿ])" + _MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?\b(?!\s*(?:[ap]\.?\s?m\b|[:.]\d\d\b))(?!,?\s*(20\d\d|\d+(?!\d|[:.]?\d*\s*[ap]\.?\s?m\b|:\d\d|\s*(?:hours?|hrs?|days?|mins?|minutes?|weeks?|uhr|h)\b)))", re.I),
    compile_later(r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r"\b(?!,?\s*20\d\d)", re.I),
    compile_later(r"(?<!\d)(?P<mnum>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"),
)


def _month(parts: dict[str, str | None]) -> int:
    """The month a date pattern matched, by number or by name (0 when neither)."""
    number = parts.get("mnum")
    return int(number) if number else MONTHS.get((parts.get("month") or "").lower(), 0)


def parse_headline_date(text: str, written: dt.date | None = None) -> dt.date | None:
    """A full date in a headline ('January 15, 2027', '15 Jan 2027', '2027-01-15', '2027년 1월 15일'),
    else, given the day it was `written`, a day without its year ('March 5', '3월 5일') as the first
    such day from then (as a day typed without its year: `nearest_day`); else None. Season 1's day ("after
    season 1's January 28, 2022 debut") is its history, never read."""
    text = _SEASON_ONE_YEAR.sub(" ", text)
    for pattern in _DATES:
        match = pattern.search(text)
        if not match or _season_number(text, match):
            continue
        parts = match.groupdict()
        try:
            return dt.date(int(parts["year"]), _month(parts), int(parts["day"]))
        except (TypeError, ValueError):
            continue
    if written is None:
        return None
    for pattern in _YEARLESS:
        match = pattern.search(" " + text)
        if not match or _season_number(" " + text, match):
            continue
        parts = match.groupdict()
        try:
            return headline_day(_month(parts), int(parts["day"]), written)  # a day just past is that one
        except ValueError:
            return None  # no such day ("April 31"; "Feb 29" when the next one is in no leap year)
    return other_day(text, written)  # "next Friday", "2/19", "12일" (headline_moments.py)


#: A year named ("pushed to 2028"), not a count ("조회수 2000만", "2025 views", "2000명"): no sign the news is old.
_YEAR = compile_later(r"(?<![\d.,])(20\d\d)(?!\d|[.,]\d|\s*(?:만|억|천|명|회|개|편|%|(?i:views?|viewers|likes|people|fans|times"
                   r"|hours|streams|million|thousand)))")


#: A year said of season 1 ("five years after season 1's January 28, 2022 debut", "시즌1 (2022년)"): its history,
#: no sign the news is old.
_SEASON_ONE_YEAR = compile_later(r"(?:\b(?:season|series|part)\s*(?:1|one)\b|\bfirst\s+season\b|\bs1\b|시즌\s*1)"
                              r"(?:(?!\b(?:season|series|part)\s*(?:2|two)\b|\bs2\b|시즌\s*2)[^;…?]){0,40}?(?<!\d)20\d\d(?!\d)", re.I)


def years_named(text: str) -> list[int]:
    """The years a headline names ("pushed to 2025", "2027년 3월"), not those of season 1's history."""
    return [int(year) for year in _YEAR.findall(_SEASON_ONE_YEAR.sub(" ", text))]


#: A month stamped in brackets, as a retweet or a throwback dates the news it repeats ("(2022.06)", "(Feb 2026)", "[June 2022]",
#: "(2026년 2월)", "(February 2026 report)"): the month that news is from.
_STAMP = compile_later(r"[(\[]\s*(?:(?P<year>20\d\d)[./-](?P<mnum>0?[1-9]|1[0-2])|" + _MONTH + r"\.?,?\s+(?P<year2>20\d\d)"
                       r"|(?P<year3>20\d\d)\s*년\s*(?P<mnum3>0?[1-9]|1[0-2])\s*월)(?:\s+(?:report|article|news|post|tweet|기사|뉴스))?\s*[)\]]", re.I)


def months_stamped(text: str) -> list[tuple[int, int]]:
    """The (year, month) of each month a headline stamps in brackets (`_STAMP`): "RT …: season 2 renewed (2022.06)" is news of then."""
    stamps = []
    for m in _STAMP.finditer(text):
        parts = m.groupdict()
        month = int(parts["mnum"] or parts["mnum3"] or 0) or MONTHS.get((parts["month"] or "").lower().rstrip("."), 0)
        if month:
            stamps.append((int(parts["year"] or parts["year2"] or parts["year3"]), month))
    return stamps


#: News said to be old in words, as a re-share labels what it repeats ("from last February:", "an article from last year",
#: "2년 전 기사", "작년 기사", "去年の記事", "2年前の記事", "去年的新闻", "artículo de hace dos años", "noticia del año pasado",
#: "notícia do ano passado", "Bu haber geçen yıldan", "berita tahun lalu"): news of then, as a month stamped (s2wild59).
_TOLD_AS_OLD = compile_later(
    r"^\W*(?:(?:this\s+is|this\s+was|news|article|post|tweet|report)\s+)?from\s+last\s+(?:year|month|" + MONTH + r")\b\s*[:(\[—–-]"
    r"|\b(?:old|last\s+year['’]?s|(?:a|one|two|three|four|five|\d)[\s-]+years?[\s-]+old)\s+(?:article|headline|report|news\s+story)\b"
    r"|\b(?:article|headline|report|tweet|post|news)\s+from\s+(?:last\s+(?:year|month|" + MONTH + r")\b|(?:a|one|two|three|four|five|\d)\s+"
    r"(?:years?|months?)\s+ago\b)"
    r"|(?:(?<![\d.])\d\s*년\s*전|작년|지난해|몇\s*년\s*전)\s*(?:이맘때\s*(?:쯤\s*)?|오늘\s*|이\s*맘때\s*)?(?:의\s*)?(?:(?:기사|뉴스|트윗)(?!님)|글(?![가-힣]))"
    r"|(?:去年|昨年|一昨年|[一二三\d]\s*年前)の(?:記事|ニュース|ツイート|投稿)|(?:去年|前年|[一两二三\d]\s*年前)的(?:新闻|新聞|文章|消息|旧闻)"
    r"|\b(?:art[ií]culo|artigo|noticia|not[ií]cia|mat[ée]ria|nota|reportagem)\s+(?:de\s+hace\s+\w+\s+(?:años?|mes(?:es)?)|del\s+a[ñn]o\s+pasado"
    r"|do\s+ano\s+passado|de\s+\w+\s+anos?\s+atr[áa]s)\b|\bhaber\s+ge[çc]en\s+y[ıi]ldan\b|\bge[çc]en\s+y[ıi]l[ıi]n\s+haberi\b"
    r"|\bberita\s+(?:lama|tahun\s+lalu)\b|\b(?:artikel|meldung|bericht)\s+(?:vom\s+(?:letzten\s+jahr|vorjahr)|von\s+vor\s+\w+\s+jahren?)\b"
    r"|\barticle\s+de\s+l['’]an(?:n[ée]e)?\s+derni[eè]re?\b",
    re.I)


def told_as_old(text: str) -> bool:
    """Whether a headline says in words that the news it repeats is old (`_TOLD_AS_OLD`): "from last February: … wraps filming"."""
    return _TOLD_AS_OLD.search(text) is not None


#: Our day counted from another day said ("moving 2 premieres march 5 and aouad 2 a week later", "aouad 2 drops a week after
#: moving 2 (march 5)", "una semana después", "일주일 뒤", "1週間後", "一周后"): the day written is the other one's.
_COUNTED_FROM = compile_later(
    r"\b(?:a|one|two|three|four|\d)\s+(?:days?|weeks?)\s+(?:later|after|afterwards)\b|\bthe\s+(?:day|week)\s+after\b(?!\s+(?:tomorrow|next))"
    # "… and aouad 2 the friday after", "the following friday", "the next week" (s2wild59)
    r"|\bthe\s+(?:(?:following|next)\s+)?" + WEEKDAY + r"\s+after\b|\bthe\s+(?:following|next)\s+(?:week|day"
    r"|" + WEEKDAY + r")\b(?=\W*$)"
    # "el viernes siguiente a Moving 2", "la semana siguiente", "na sexta seguinte à estreia de …" (s2wild59)
    r"|\b(?:" + WEEKDAY + r",?\s+|(?:viernes|jueves|sexta|quinta)(?:-feira)?\s+)?(?:siguiente\s+(?:a|al|de|del)"
    r"|seguinte\s+(?:a|ao|à|de|do|da))\b|\bsemana\s+(?:siguiente|seguinte)\b"
    r"|\b(?:una|dos|tres|uma|duas|un|une|deux|eine|zwei)\s+(?:semanas?|d[ií]as?|semaine|jour|woche|wochen|tag)\s+(?:despu[ée]s|depois"
    r"|plus\s+tard|apr[èe]s|sp[äa]ter|danach)\b|\bseminggu\s+(?:kemudian|setelah|sesudah)"
    r"|(?:일주일|\d\s*주|하루|\d\s*일)\s*(?:뒤|후)(?![가-힣])|그\s*다음\s*(?:주|날)|\d\s*週間?後|翌週|翌日|[一两二三\d]\s*(?:周|週|天)(?:之)?后|隔天|第二天",
    re.I)


def counted_from_another_day(text: str, written: dt.date | None) -> bool:
    """Whether our season's day is counted from another day the headline says (`_COUNTED_FROM`) with no day of its own
    between our show's name and the count ("aouad 2 drops march 12, a week after moving 2" has its own): that day is not ours."""
    if (count := _COUNTED_FROM.search(text)) is None:
        return False
    names = [m for m in SHOW.finditer(text) if m.end() <= count.start()]
    return not names or parse_headline_date(text[names[-1].end():count.start()], written) is None
