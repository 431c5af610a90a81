"""The day a headline says a release moved from, so that the day it moved to is the one read: "from March 19 to March 26",
"March 19 → March 26", "3월 19일→26일", "was supposed to drop April 2", "4월 2일 공개였는데", "pushed the May 7 premiere; now
May 14", "now arrives March 26 instead of March 12". Read by `headline_parts.read_headline`, which calls the release delayed
when the new day comes after the old one."""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.season2.denials import CORRECTION_MARK
from bot.season2.sources.headline_dates import parse_headline_date
from bot.season2.sources.headline_korean import KO_WAS
from bot.season2.sources.headline_moments import day_span
from bot.season2.sources.headline_words import MONTH, NAMED_DAY

#: A day a release now comes "instead of" (not a correction's "not"): the day it had before.
_INSTEAD_OF = compile_later(rf"\b(?:instead\s+of|rather\s+than)\s+(?:on\s+)?(?:the\s+)?(?:planned\s+|original\s+|scheduled\s+)?"
                         rf"({NAMED_DAY}(?:,?\s*20\d\d)?)"
                         # "premieres March 26 (originally March 19)", "(previously set for March 19)"
                         rf"|\(\s*(?:previously|originally|formerly|was)\s+(?:set\s+for\s+|scheduled\s+for\s+|on\s+)?"
                         rf"({NAMED_DAY}(?:,?\s*20\d\d)?)\s*\)", re.I)


def replaced_day(text: str, written: dt.date | None) -> dt.date | None:
    """The day a release had before, when a headline (no correction) says it now comes on another one."""
    if CORRECTION_MARK.search(text) or (m := _INSTEAD_OF.search(text)) is None:
        return None
    return parse_headline_date(m.group(1) or m.group(2), written)


#: The day a release moves from, said before the one it moves to: "from March 19 to March 26",
#: "March 19 → March 26" (the new day is the one after).
_FROM = compile_later(rf"\bfrom\s+(?:the\s+)?(?:original\s+|planned\s+|earlier\s+)?({NAMED_DAY}(?:,?\s*20\d\d)?)\s+(?=(?:to|until|till|into)\s)"
                   rf"|({NAMED_DAY})\s*(?:→|->|⇒|➜|➡\ufe0f?)\s*(?=\d|{MONTH})"
                   # a fan's "was april 2 but they delayed it to april 9": the day it was, then the one it is put off to
                   rf"|\b(?:was|were|had\s+been|used\s+to\s+be)\s+(?:set\s+for\s+|scheduled\s+for\s+|on\s+)?({NAMED_DAY})\s*,?\s*"
                   r"(?=(?:but|and|then|now|until)\b[^;…]{0,40}?\b(?:delay\w*|postpon\w*|push\w*|mov\w*|shift\w*)\b[^;…]{0,30}?"
                   r"\b(?:to|until|till|into)\s)", re.I)
#: Korean's "3월 19일→26일", "3월 19일에서 26일로": the new day keeps the old one's month unless it names its own.
#: Korean's day it was: "4월 2일 공개였는데 4월 9일로 밀림", "2일 공개 예정이었지만 결국 연기" (the day it had, never the news).
#: ... also as what was said of it ("4월 2일 공개라더니 결국 연기", "2일 공개한다더니 연기됨", "공개한다고 했는데").
_KOREAN_WAS = compile_later(r"((?:\d{1,2}\s*월\s*)?\d{1,2}\s*일)\s*(?:넷플릭스\s*)?(?:공개\s*(?:될|할|되는)?\s*)?(?:예정\s*)?" + KO_WAS + r"\s*")
_AS_PLANNED = compile_later(r"예정대로|그대로|변함\s*없이|차질\s*없이")
#: English's day it was, said as what was meant ("aouad s2 was supposed to drop april 2… delayed again", "was originally set for
#: April 2"): the day it had, never the news (a plain "was set for April 2, Netflix said" is reported speech, the news).
_ENGLISH_WAS = compile_later(rf"\b(?:was|were)\s+(?:(?:originally\s+|initially\s+|first\s+)?(?:supposed|meant|going)\s+to"
                          rf"|(?:originally|initially|first)\s+(?:set|scheduled|slated|planned|due))\s+(?:(?:to|for|on|be|come|out"
                          rf"|drop|premiere|release|arrive|air|stream|debut|land|hit|netflix)\s+){{0,4}}({NAMED_DAY})", re.I)
#: The day a delay puts off, named before its premiere, then a later day: "pushed the drama's May 7 premiere; it will now debut
#: May 14" (the 7th is the day it had, the 14th the new one; with no later day the 7th stays the day put off).
_PUT_OFF_DAY = compile_later(rf"\b(?:delay\w*|postpon\w*|push\w*(?:\s+back)?)\s+(?:[\w'’]+\s+){{0,8}}?(?P<day>{NAMED_DAY})\s+(?:netflix\s+"
                          rf"|global\s+)?(?:premiere|release|debut|launch)\b(?=.*?{NAMED_DAY})", re.I)
_KOREAN_FROM = compile_later(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일\s*(?:에서|→|->|⇒)\s*(?:(\d{1,2})\s*월\s*)?(\d{1,2})\s*일")


def moved_from(text: str, written: dt.date | None) -> tuple[str, dt.date | None]:
    """A headline that says which day a release moves from, read as the day it moves to (the text without
    the old day), and the old day; else the text as it is and None."""
    if (korean := _KOREAN_FROM.search(text)) is not None:
        old = parse_headline_date(f"{korean.group(1)}월 {korean.group(2)}일", written)
        new = f"{korean.group(3) or korean.group(1)}월 {korean.group(4)}일"
        return text[:korean.start()] + new + text[korean.end():], old
    if (was := _KOREAN_WAS.search(text)) is not None and not _AS_PLANNED.search(text, was.end()):
        # the day it was is never the news, another day or none after it ("4월 2일 공개 예정이던 '지우학2', 예정대로 공개": it stands)
        return text[:was.start(1)] + text[was.end(1):], parse_headline_date(was.group(1), written)
    if (was := _ENGLISH_WAS.search(text)) is not None and not _FROM.search(text):
        return text[:was.start(1)] + text[was.end(1):], parse_headline_date(was.group(1), written)
    if (put_off := _PUT_OFF_DAY.search(text)) is not None:
        return text[:put_off.start("day")] + text[put_off.end("day"):], parse_headline_date(put_off.group("day"), written)
    span = day_span(text)  # "premieres from March 5 to March 7": a span of days, no move (a move word makes it one)
    if (english := _FROM.search(text)) is not None and not (span is not None and span.start() <= english.start() < span.end()):
        old = parse_headline_date(english.group(1) or english.group(2) or english.group(3), written)
        return text[:english.start()] + text[english.end():], old
    return text, None
