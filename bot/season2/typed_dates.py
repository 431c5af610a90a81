"""A day or a window as moderators type it, made plain before bot/season2/dates.py and
bot/season2/windows.py read it: markdown dropped, tildes as runs or "around", dashes and
apostrophes plain, and common misspellings of months and days mended."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

#: Markdown a date pasted from Discord or an article may carry (**bold**, `code`, ||bars||, ~~struck~~)
#: dropped; a minus sign, en or em dash and a curly apostrophe read as the plain ones.
_PLAIN = str.maketrans({"*": None, "_": None, "`": None, "|": None, "\u2212": "-", "\u2013": "-", "\u2014": "-",
                        "\u2019": "'"})


def mend_tildes(text: str) -> str:
    """A tilde as moderators use one: between two things a run ("3월 3일~5일", "March 3~5"), before one
    "around" ("~March 5" is a rough day, not March 5); ~~strikethrough~~ marks dropped."""
    text = text.replace("~~", "")
    text = re.sub(r"(?<=\S)\s*[~\u301c\uff5e]\s*(?=\S)", "-", text)
    text = re.sub(r"^\s*[~\u301c\uff5e]\s*", "around ", text)
    return text.replace("~", "")


def plain_typed(text: str) -> str:
    """A day or a window as typed, made plain before it is read (here and in bot/season2/windows.py):
    tildes mended, markdown dropped, lowercased, dashes and apostrophes plain, white space folded."""
    return " ".join(mend_tildes(text).translate(_PLAIN).lower().split())


#: Words misspelt often enough to be meant (a misspelling that could be two words is not here).
_TYPOS = {
    "janurary": "january", "januray": "january", "janaury": "january", "febuary": "february", "feburary": "february",
    "febrary": "february", "feberuary": "february", "apirl": "april", "aprl": "april", "agust": "august",
    "augst": "august", "septmber": "september", "setpember": "september", "sepetmber": "september",
    "octobor": "october", "novmber": "november", "novemeber": "november", "decmber": "december",
    "decemeber": "december", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "tomorow": "tomorrow",
    "tommorow": "tomorrow", "tommorrow": "tomorrow", "tomorrw": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "2day": "today", "tdy": "today", "yday": "yesterday", "yesterdy": "yesterday", "fryday": "friday",
    "wendsday": "wednesday", "wensday": "wednesday", "wednseday": "wednesday", "thrusday": "thursday",
    "thurday": "thursday", "saterday": "saturday", "satuday": "saturday", "tueday": "tuesday", "tuseday": "tuesday",
    "overmorrow": "today+2", "marhc": "march", "mrach": "march", "mach": "march", "arpil": "april",
    "jully": "july", "juli": "july", "juen": "june", "agoust": "august", "octber": "october", "ocotber": "october",
    "setember": "september", "sepember": "september", "novemebr": "november", "decemebr": "december",
    "janruary": "january", "januaray": "january", "febraury": "february", "feburay": "february",
    "fridya": "friday", "firday": "friday", "frday": "friday", "satruday": "saturday", "sunady": "sunday",
    "mondya": "monday", "chirstmas": "christmas", "christmass": "christmas", "chrismas": "christmas",
    "haloween": "halloween",
}
_TYPO = compile_later(r"\b(?:" + "|".join(_TYPOS) + r")\b")
_MONTHS = frozenset(("january", "february", "march", "april", "june", "july", "august", "september", "october",
                     "november", "december"))
#: The misspelt months alone, as headlines type them too ("Febuary 19", "19 Decmber"): a misspelt weekday or
#: "tomorrow" is no month (bot/season2/sources/headline_forms.py reads these beside a day only).
MONTH_TYPOS = {typo: word for typo, word in _TYPOS.items() if word in _MONTHS}


def mend_typos(text: str) -> str:
    """`text` (plain, lowercased) with its common misspellings of months, weekdays and days mended."""
    return " ".join(_TYPO.sub(lambda m: _TYPOS[m.group(0)], text).split())
