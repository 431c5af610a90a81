"""Dates, times and windows written in Korean, put into the English words bot/season2/dates.py and
bot/season2/windows.py read (pure).

Days: 2027년 1월 15일 (금), 12월 25일, 15일 (the 15th), 오늘, 내일, 모레, 글피, 어제, 그저께, 금요일, 이번 주 금요일 (this week's,
Monday to Sunday), 다음 주 금요일, 지난주 금요일, 이번 금요일, 다음 금요일 (which may be either of two: asked
again, as "next Friday" is). Times: 오후 5시, 오전 10시 30분, 저녁 7시, 밤 9시 반, 새벽 2시, 낮 2시, 17시, 정오,
자정; an hour that names neither half of the day (5시, 12시, 밤 12시, 밤 1시: is it that night's or the next
morning's?) is marked unread (" 시?"), so the reply asks for 오전/오후 or 17시. Windows: 2027년 3월, 3월 초/중순/말,
2027년 상반기/하반기, 1분기, 2027년 봄, 올해 가을, 내년, 내년 상반기, 다음 달, 이번 달, 연말, 내년 초.
A day said in Korean is Korea's (KST) unless a zone is named.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.text import HANGUL, KOREAN_WEEKDAY_LETTERS, MONTH_NAMES, WEEKDAY_NAMES
from bot.zones import KOREAN_ZONE

_MONTH_NAMES = tuple(name.lower() for name in MONTH_NAMES)
_WEEKDAYS = dict(zip(KOREAN_WEEKDAY_LETTERS, (day.lower() for day in WEEKDAY_NAMES), strict=True))
_DAY = compile_later(rf"(?:(\d{{4}}|\d{{2}})\s*년\s*)?(\d{{1,2}})\s*월\s*(\d{{1,2}})\s*일(?:\s*\(?([{KOREAN_WEEKDAY_LETTERS}])(?:요일)?\)?(?!\S))?")
_MONTH = compile_later(r"(?:(\d{4}|\d{2})\s*년\s*)?(\d{1,2})\s*월(?!\s*\d)(?:\s*(초순|초|상순|중순|중|하순|말|말경|말쯤))?")
_YEAR_PART = compile_later(r"((?:\d{4}|\d{2})\s*년|올해|금년|내년)\s*(초|중반|말)?(?!\s*\d+\s*월)")
_PARTS = {"초": "early", "초순": "early", "상순": "early", "중": "mid", "중순": "mid", "중반": "mid", "하순": "late",
          "말": "late", "말경": "late", "말쯤": "late"}
#: A weekday with the week it is in: 이번 주 금요일 (this week's), 다음 주, 지난주/저번 주; or without: 이번 금요일.
_WEEKDAY = compile_later(rf"(?:(이번|다음|지난|저번)\s*(주\s*)?)?([{KOREAN_WEEKDAY_LETTERS}])요일")
_WHICH = {"이번": "this", "다음": "next", "지난": "last", "저번": "last"}
#: The words Korean names for days, said from today, and for years and months.
_WORDS = (
    ("그저께", "today-2"), ("그제", "today-2"), ("어제", "yesterday"), ("오늘", "today"), ("내일", "tomorrow"),
    ("모레", "today+2"), ("글피", "today+3"), ("올해", "this year"), ("금년", "this year"), ("내년", "next year"),
    ("올(?=\\s*(?:봄|여름|가을|겨울))", "this year"),  # "올봄 공개" (this spring), "올여름"
    ("이번\\s*달", "this month"), ("다음\\s*달", "next month"), ("내달", "next month"), ("상반기", "h1"), ("하반기", "h2"), ("연초", "early this year"),
    ("연말", "late this year"), ("봄", "spring"), ("여름", "summer"), ("가을", "fall"), ("겨울", "winter"),
    ("정오", "noon"), ("자정", "midnight"), ("크리스마스\\s*이브", "christmas eve"), ("크리스마스", "christmas"),
    ("성탄절", "christmas"), ("설(?:날)?\\s*(?:연휴|명절\\s*연휴)", "seollal holidays"),
    ("추석\\s*(?:연휴|명절\\s*연휴)", "chuseok holidays"), ("부활절", "easter"), ("설날", "seollal"), ("구정", "seollal"), ("추석", "chuseok"), ("한가위", "chuseok"),
    ("신정", "new year's day"), ("발렌타인\\s*데이", "valentine's day"), ("화이트\\s*데이", "white day"),
    ("할로윈", "halloween"), ("핼러윈", "halloween"),
    ("또는", "or"), ("혹은", "or"), ("아니면", "or"),  # "3월 또는 4월": March or April, both
)
#: A run of days: 3월 3일~5일, 3월 3-5일, 3월 30일 ~ 4월 2일 (a window: bot/season2/day_spans.py).
_DAYS = compile_later(
    r"(?:(\d{4}|\d{2})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일?\s*[-~\u301c\uff5e]\s*(?:(\d{1,2})\s*월\s*)?(\d{1,2})\s*일"
)
_QUARTER = compile_later(r"([1-4])\s*분기")
#: A day of the month alone (12일: "the 12th"), not a count of days (12일간, 3일째) nor one after its month.
_DAY_ALONE = compile_later(r"(?<![\d월])(?<!월\s)(\d{1,2})\s*일(?!\s*(?:간|째|동안))")
#: An hour after the words for parts of the day: which half of the day each hour is, where it says.
_TIME = compile_later(r"(오전|오후|아침|새벽|낮|저녁|밤)?\s*(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분|\s*(반))?")
_HALF_OF_DAY = {
    "오전": ("am", range(1, 12)), "아침": ("am", range(5, 12)), "새벽": ("am", range(1, 7)), "오후": ("pm", range(1, 13)),
    "낮": ("pm", range(12, 13)), "저녁": ("pm", range(5, 12)), "밤": ("pm", range(6, 12)),
}
#: A season's word said as a time: after a year or a release's word ("2027년 봄", "내년 봄", "올봄", "공개는 봄"), with a
#: particle glued to it ("봄에", "봄이면", "봄으로"), before a release's or time's word ("봄 공개", "여름 예정"), or alone in
#: brackets ("(봄)"). Anywhere else it is no time: 봄 also ends a sentence as 보다's "watched" ("9일 공개였는데 오늘 봄",
#: "다 봄ㅋㅋ"), and a word glued before it is another word (해봄, 돌봄, 지켜봄).
_SEASON_WORD = compile_later(rf"({HANGUL.pattern}*?)(봄|여름|가을|겨울)")
_YEAR_GLUED = compile_later(r"(?:년|올|올해|금년|내년|작년|이번|다음)$")
_TIME_BEFORE = compile_later(r"(?:(?:\d{2,4}\s*년|20\d\d|'\d\d|내년|올해|금년|작년|지난해|이번|다음|다가오는|오는|(?:공개|개봉|방영|방송|출시"
                          r"|컴백|릴리즈)\s*(?:시기|예정|일정|목표|날짜)?\s*(?:은|는|이|가|도)?)\s*:?\s*|\(\s*)$")
_TIME_AFTER = compile_later(r"^(?:\)|에|엔|쯤|경|께|까지|부터|으로|로|이|인|임|중|내|초|말|\s*(?:공개|개봉|방영|방송|첫\s*방|출시|컴백"
                         r"|예정|목표|시즌|라인업|편성|신작|릴리즈|중순|즈음|무렵|release|premiere|\)))", re.I)


def seasons_as_times(text: str) -> str:
    """`text` with each Korean season word said as no time taken out ("지우학2 9일 공개였는데 오늘 봄": 봄 is "watched", no
    spring), those said as times kept ("2027년 봄", "봄 공개", "봄에"): see `_SEASON_WORD`."""
    def kept(m: re.Match[str]) -> str:
        glued, before, after = m.group(1), text[max(0, m.start() - 20):m.start()], text[m.end():]
        if glued:
            return m.group(0) if _YEAR_GLUED.search(glued) else glued  # "올봄", "내년봄"; "해봄", "돌봄" are other words
        return m.group(0) if _TIME_BEFORE.search(before) or _TIME_AFTER.match(after) else " "
    return _SEASON_WORD.sub(kept, text) if HANGUL.search(text) else text


def _clock(m: re.Match[str]) -> str:
    word, hour = m.group(1), int(m.group(2))
    minutes = "30" if m.group(4) else f"{int(m.group(3) or 0):02d}"
    if word is None:
        # 17시 or 0시 is plain; 5시 is five in the morning or the afternoon, 12시 noon or midnight
        return f" {hour}:{minutes}" if hour == 0 or 13 <= hour <= 23 else " 시?"
    half, hours = _HALF_OF_DAY[word]
    if word == "낮" and 1 <= hour <= 5:
        return f" {hour}:{minutes}pm"  # 낮 2시 is 14:00
    if hour not in hours:
        return " 시?"  # 밤 12시, 밤 1시 (that night, or the next morning?), 오전 12시: asked again
    return f" {hour}:{minutes}{half}"


def _year(word: str) -> str:
    said = {"올해": "this year", "금년": "this year", "내년": "next year"}.get(word, word.rstrip("년").strip())
    return f"20{said}" if len(said) == 2 else said  # 27년 is 2027


def korean_to_english(text: str) -> tuple[str, bool]:
    """`text` with its Korean date words put in English, and whether it said a day or a time in
    Korean (which is then Korea's). Text without Korean is returned as it is."""
    if not HANGUL.search(text):
        return text, False

    def days(m: re.Match[str]) -> str:
        first, last = int(m.group(2)), int(m.group(4) or m.group(2))
        if not (1 <= first <= 12 and 1 <= last <= 12):
            return m.group(0)
        year = f" {_year(m.group(1))}" if m.group(1) else ""
        if first == last:
            return f" {int(m.group(3))} to {int(m.group(5))} {_MONTH_NAMES[first - 1]}{year} "
        return f" {_MONTH_NAMES[first - 1]} {int(m.group(3))} to {_MONTH_NAMES[last - 1]} {int(m.group(5))}{year} "

    def day(m: re.Match[str]) -> str:
        month = int(m.group(2))
        name = _MONTH_NAMES[month - 1] if 1 <= month <= 12 else f"month{month}"
        # (its weekday goes first, as in English, so that a wrong one is refused: "(화)" on a Friday)
        weekday = f"{_WEEKDAYS[m.group(4)]} " if m.group(4) else ""
        return f" {weekday}{int(m.group(3))} {name}" + (f" {_year(m.group(1))}" if m.group(1) else "") + " "

    def month(m: re.Match[str]) -> str:
        number = int(m.group(2))
        name = _MONTH_NAMES[number - 1] if 1 <= number <= 12 else f"month{number}"
        part = f"{_PARTS[m.group(3)]} " if m.group(3) else ""
        return f" {part}{name}" + (f" {_year(m.group(1))}" if m.group(1) else "") + " "

    def weekday(m: re.Match[str]) -> str:
        name = _WEEKDAYS[m.group(3)]
        if m.group(1) is None:
            return f" {name} "
        which = _WHICH[m.group(1)]
        return f" {which} week {name} " if m.group(2) else f" {which} {name} "

    said_time = bool(_TIME.search(text)) or "정오" in text or "자정" in text
    said_date = bool(_DAY.search(text) or _WEEKDAY.search(text) or _DAY_ALONE.search(text))  # "2027년 3월 5일 17:00" is Korea's 17:00
    english = KOREAN_ZONE.sub(" kst ", text)
    english = _DAYS.sub(days, english)
    english = _DAY.sub(day, english)
    english = _DAY_ALONE.sub(lambda m: f" the {int(m.group(1))}th ", english)
    english = _MONTH.sub(month, english)
    english = _YEAR_PART.sub(lambda m: f" {_PARTS[m.group(2)] + ' ' if m.group(2) else ''}{_year(m.group(1))} ", english)
    english = _WEEKDAY.sub(weekday, english)
    english = re.sub(rf"\(\s*([{KOREAN_WEEKDAY_LETTERS}])\s*\)", lambda m: f" ({_WEEKDAYS[m.group(1)]}) ", english)  # 2027.3.5 (금)
    english = _QUARTER.sub(lambda m: f" q{m.group(1)} ", english)
    english = _TIME.sub(_clock, english)
    for word, meaning in _WORDS:
        english = re.sub(word, f" {meaning} ", english)
    english = " ".join(english.split())
    said_day = bool(re.search(r"\b(?:today|tomorrow|yesterday|week)\b|[+-]\d|day\b", english))
    return english.replace("밤", "").replace("에", "").strip(), said_time or said_date or said_day
