"""How headlines write the parts of a day: a month by name ("March", "mar.", "sept") and as fans type it
("febuary"), a weekday, a Korean day (3월 12일, 19일). The readers of headlines build their patterns from these."""

from __future__ import annotations

from bot.season2.dates import MONTHS

#: A month by its name or abbreviation ("March", "mar.", "sept"): `bot.season2.dates.MONTHS`.
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
#: A month as fans type it, typos and all: its first three letters and any after ("Janurary", "febuary", "Mar.").
MONTH_TYPED = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A weekday in full ("friday") and in Korean (금요일); a Korean day of the month, with its month or not (3월 12일, 19일).
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
KO_WEEKDAY = r"[월화수목금토일]요일"
KO_DAY = r"(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일"
