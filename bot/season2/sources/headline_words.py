"""How headlines write the parts of a day: a month by name ("March", "mar.", "sept") and as fans type it
("febuary"), a weekday, a Korean day (3월 12일, 19일). The readers of headlines build their patterns from these."""

from __future__ import annotations

from bot.season2.dates import MONTHS
from bot.season2.dates_abroad import MONTH_NAMES_ABROAD
from bot.text import KOREAN_WEEKDAY_LETTERS

#: Where a headline's parts meet: ";", "…", "..." or a dash between spaces (" — "), each part read on its own.
PART_MARK = r"(?:;|…|\.\.\.|\s[—–]\s)"
#: A month by its name or abbreviation ("March", "mar.", "sept"): `bot.season2.dates.MONTHS`.
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
#: A month as fans type it, typos and all: its first three letters and any after ("Janurary", "febuary", "Mar.").
MONTH_TYPED = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A weekday in full ("friday") and in Korean (금요일); a Korean day of the month, with its month or not (3월 12일, 19일).
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
KO_WEEKDAY = rf"[{KOREAN_WEEKDAY_LETTERS}]요일"
KO_DAY = r"(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일"
#: A day as a listing or a card writes it: "March 19", "Mar 19th", "19 March", "3/19", "19.03" ("10 may be ..." is no 10 May;
#: "3/19." ends a sentence).
LISTED_DAY = (rf"(?:{MONTH}\s*\d{{1,2}}(?!\d)(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?!may\s+(?:be|have|not|also|still|come|well)\b)"
              rf"{MONTH}|\d{{1,2}}\s*[/.]\s*\d{{1,2}}(?![\d/]|\.\d)|20\d\d-\d\d-\d\d\b"
              # a numeric day with its year, in either order (s2wild53): "03/19/2027", "19.03.2027", "2027.03.19"
              r"|\d{1,2}\s*/\s*\d{1,2}\s*/\s*20\d\d\b|\d{1,2}\.\d{1,2}\.20\d\d\b|20\d\d[./]\d{1,2}[./]\d{1,2}(?![\d/.]))")
#: A day as a headline names it: "March 19", "Feb. 12th", "19th of March", "3/19", "3월 19일" (the readers of a day set
#: aside or moved from build on it).
NAMED_DAY = rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\s*월\s*\d{{1,2}}\s*일)"
_ABROAD = "|".join(MONTH_NAMES_ABROAD)
#: The day a label gives before its colon: "Coming April 9:", "Llega el 9 de abril:", "Tayang 9 April:", "4월 9일 공개:" (s2wild76).
LABEL_DAY = (rf"(?:{MONTH_TYPED}\s*\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+(?:de\s+)?(?:{MONTH_TYPED}|{_ABROAD})\b"
             r"|\d{1,2}\s*월\s*\d{1,2}\s*일(?:\s*[가-힣]+)?)")
#: A label giving one day, up to two words before it and its colon closing it ("Coming April 9:", "Llega el 9 de abril:").
DATED_LABEL = rf"\W*(?:[^\W\d]+\s+){{0,2}}{LABEL_DAY}\s*:"
