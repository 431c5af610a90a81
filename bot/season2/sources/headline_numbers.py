"""Numbers with a stroke that fans write and that are no day: "24/7" (all the time), a score ("9/10 rating", "10/10 would
watch", "5/5 stars", "hype 10/10", "평점 9/10"), a share ("1/2 of the cast") and how far one has watched ("3/4 episodes", "watched 3/4").
The day readers (`headline_moments.other_day`, `headline_abroad.in_english`) read the text with them put in words, so
"지우학2 공개 24/7 기다리는중" is never 24 July nor "aouad s2 release 5/5 stars" 5 May. A day with its year ("24/7/2027") stays
a day. Pure functions on text.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_words import NAMED_DAY

#: Round the clock: "24/7", "24/7/365", "24x7"; never a day with its year after it ("24/7/2027").
_ALL_THE_TIME = compile_later(r"(?<![\d/.])24\s*(?:/|x)\s*7(?:\s*/\s*365)?(?![\d/.]|\s*/\s*\d)", re.I)
#: A number over another with a stroke: a share or a count ("3/4", "8/10"), or a score out of 5, 10 or 100 ("9.5/10",
#: "4/5", "11/10"; never "3/19", which no score is).
_OVER = r"(?<![\d/.])\d{1,3}(?:\.\d)?\s*/\s*\d{1,3}(?![\d/]|\.\d)"
_SCORE = r"(?<![\d/.])\d{1,3}(?:\.\d)?\s*/\s*(?:5|10|100)(?![\d/]|\.\d)"
#: ... then words that make it a score ("10/10 would watch", "4/5 stars", "9/10점", "8/10 from me", "10/10 ⭐").
_SCORE_AFTER = compile_later(_SCORE + r"(?=\s*(?:stars?\b|[⭐★☆🌟]|ratings?\b|rated\b|points?\b|pts\b|scores?\b|would\b|from\s+me\b"
                          r"|for\s+me\b|imo\b|no\s+notes\b|recommend|masterpiece|점|만점|별|추천|강추))", re.I)
#: ... or words before it that do ("rated 8/10", "I'd give it 9/10", "평점 9/10", "별점: 4/5").
_SCORE_BEFORE = compile_later(r"(?:\brat(?:ed|ing|e)|\bscor(?:ed|e|es)|\bgiv(?:e|es|ing)\s+it|\bgave\s+it|\bverdict|\bhype(?:\s+level)?"
                           r"|\bvibes|\bmood|\bexcitement|\bacting|\bplot|\bcgi|\bost|\bsoundtrack|평점|별점|점수|평가|기대(?:감|치|도)?)"
                           r"\s*[:=]?\s*(?:an?\s+|a\s+solid\s+|like\s+)?(" + _SCORE + ")", re.I)
#: ... or a perfect score said of the show ("aouad 2 is 10/10", "march 19, i mean 10/10", "it's 11/10"): a stroke past the
#: full mark or on it, never a day "on 10/10" (s2wild91).
_PERFECT_SCORE = compile_later(r"\b(?:i\s+mean|is|was|it['’]?s|its)\s+(?:literally\s+|honestly\s+|easily\s+)?((?<![\d/.])"
                               r"(?:1[01]|100|1000)\s*/\s*10|5\s*/\s*5|100\s*/\s*100)(?![\d/]|\.\d)", re.I)
#: ... or a perfect score beside another day of the post ("aouad 2 march 19, 10/10", "3/19 10/10", "aouad 2: 10/10. out 3/19"):
#: a fan rating it, never a second day (s2wild92). Alone ("aouad 2 10/10") it may still be 10 October.
_PERFECT_BARE = compile_later(r"(?<![\d/.])(?:1[01]|100)\s*/\s*10(?![\d/]|\.\d)")
_ANOTHER_DAY = compile_later(rf"{NAMED_DAY}|\d{{1,2}}\s*[月월]\s*\d{{1,2}}", re.I)
#: A share or how far one has watched: "1/2 of the cast", "3/4 episodes", "ep 3/8", "watched 3/4", "3/8화" (never "of 2027").
_SHARE_AFTER = compile_later(_OVER + r"(?=\s*(?:of\b(?!\s+(?:this|next)\s+year\b|\s+20\d\d)|eps?\b|episodes?\b|done\b|through\b|watched\b"
                          r"|완료|시청|정주행))", re.I)
_SHARE_BEFORE = compile_later(r"(?:\b(?:watched|finished|binged|ep|on\s+ep(?:isode)?)|정주행|시청)\s*[:#]?\s*(" + _OVER + ")",
                           re.I)


def without_non_days(text: str) -> str:
    """`text` with its stroked numbers that are no day in words ("waiting 24/7": "waiting all the time", "9/10 rating":
    "a score rating"), every other number as it was."""
    if "/" not in text and "x7" not in text.lower():
        return text
    text = _ALL_THE_TIME.sub(" all the time ", text)
    text = _SCORE_BEFORE.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " a score ", text)
    text = _PERFECT_SCORE.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " a score ", text)
    text = _SCORE_AFTER.sub(" a score ", text)
    if _PERFECT_BARE.search(text) and _ANOTHER_DAY.search(_PERFECT_BARE.sub(" ", text)):
        text = _PERFECT_BARE.sub(" a score ", text)
    text = _SHARE_BEFORE.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " a share ", text)
    return " ".join(_SHARE_AFTER.sub(" a share ", text).split())
