"""The release window a headline names ("coming in March 2027", "this spring", "2027년 상반기", "pushed back to
April 2027"): which words name it, and when a window beside a trailer, a teaser or an event is theirs, not the
season's. Read by `headlines.read_clause`; `bot/season2/windows.py` reads the window's words themselves. Pure
functions on text.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.season2.dates import MONTHS
from bot.season2.dates_korean import seasons_as_times
from bot.season2.windows import Window, read_window

#: What ties a date to the season itself when promotional material is named too.
SEASON_DATE = compile_later(
    # (the season by any of its names: "Season 2", "S2", "All of Us Are Dead 2 premieres April 16, Netflix releases new poster")
    r"\b(release|premiere|launch|streaming|debut) date\b|\b(series|show|season (2|two)|s2|dead['’\"”]? ?2|sequel)['’\"”]? (premieres?|arrives?"
    r"|returns?|drops?|debuts?|lands?|releases?|streams?|will|is set|set)\b"
    # (never material it drops: "S2 drops new poster May 2", "… releases main poster and teaser", "… is set to drop its trailer")
    r"(?!\s+(?:to\s+\w+\s+)?(?:(?:its|a|an|the|new|first|final|main|official|another|more|latest|character|key)\s+)*"
    r"(?:trailers?|teasers?|posters?|clips?|stills|featurettes?|first[- ]look|images|photos|sneak\s+peek)\b)|공개일|공개\s*확정",
    re.I,
)


#: The last word of a window a headline names: a year, a month, a season, a half or a quarter,
#: "next month", or Korean (2027년 상반기, 3월, 내년 봄).
_WINDOW_END = compile_later(
    r"^(20\d\d|'\d\d|month|year|spring|summer|autumn|fall|winter|h[12]|q[1-4]|"
    + "|".join(MONTHS) + r")$|(년|월|달|반기|분기|봄|여름|가을|겨울|초|말)$", re.I)
#: Where a delay's new window begins: "pushed from 2026 to 2027" is 2027.
_DELAYED_TO = compile_later(r".*\b(?:to|until|till|into)\s", re.I | re.S)
_KOREAN_DELAYED_TO = compile_later(r"(으)?로\s*(\S+\s*)?(연기|미뤄|미루|늦춰|순연|밀린|밀려|밀렸|밀리(?!언))")  # ("여름으로 밀린다")
#: What ties a window to the season when promotional material is named too ("teaser, March 2027 premiere").
_WINDOW_OF_SEASON = compile_later(r"^(premiere|release|debut|launch|arrival|return|공개)", re.I)
#: ... or before it ("Confirms Release In Early 2027 With New Poster", "Teaser Ahead Of Its Release Next Month").
_RELEASE_IN = compile_later(r"\b(releas|premier|debut|launch|arriv|return)\w*\s+(in|for|by|during)\b"
                         r"|\b(its|their|the series'?|the season'?s?)\s+(release|premiere|debut|launch|return)\s+"
                         r"(?=(next|this)\s+(month|year|spring|summer|fall|autumn|winter)\b)"  # its, not the trailer's
                         # Netflix's word on it beside material out: "aouad 2 teaser is OUT and netflix says first half of 2027"
                         r"|\bnetflix\s+(says|said|confirms|confirmed)\s+(it'?s\s+)?(?=(the\s+)?(early|late|mid|first|second|h[12]|q[1-4]"
                         r"|spring|summer|fall|autumn|winter|20\d\d)\b)", re.I)
_WINDOW_WORDS = 7
#: Dates of other things than the season's release ("filming set for spring 2027", "press conference in
#: March 2027"): a window next to them is theirs.
_OTHER_EVENT = compile_later(
    r"\b(filming|shoot(ing)?|(?<!close to the )(?<!close to )production|wrap(s|ped)?|cameras?|events?|press|conference|fan ?meet(ing)?s?|showcase"
    r"|screenings?|red carpet|festival|awards?|ost|album|concert|tour)\b|촬영|제작|행사|간담회|팬미팅|시사회",
    re.I,
)


#: A Korean month offered with another before it ("3월이나 4월", "3, 4월"): the window read is only one of them.
_OR_MONTH = compile_later(r"\d{1,2}\s*월\s*(이나|나|아님)$|^\d{1,2}$")
_SEASON_WORD = compile_later(r"^(season|series|part|s|시즌|학교는|지우학)$", re.I)


def _one_of_more(words: list[str], start: int) -> bool:
    """Whether the words before a month window offer another month beside it ("March, April or May", "March and
    April", "3월이나 4월", "3, 4월"): the window read is only part of what is said (never guessed which)."""
    if start == 0:
        return False
    before = [w.lower().rstrip(".") for w in words[max(0, start - 2):start]]
    if before[-1] in MONTHS or (len(before) == 2 and before[-1] in ("and", "&", "or") and before[0] in MONTHS):
        return True
    if not words[start].endswith("월") or not _OR_MONTH.search(words[start - 1]):
        return False
    return not (words[start - 1].isdigit() and start >= 2 and _SEASON_WORD.match(words[start - 2]))


#: Korean material named right before a window ("티저 3월 공개"): the 공개 after it is the material's.
_KO_MEDIA = compile_later(r"(티저|예고편|포스터|스틸|트레일러)\S*$")
#: A half with no year of its own after a year the headline names ("Netflix's 2027 slate: ... in the first half").
_YEAR_NAMED = compile_later(r"\b20\d\d\b")
#: (or "of the year" after it: "Netflix 2027: … Season 2 Arrives in the First Half of the Year", the year named)
_BARE_HALF = compile_later(r"\b(?P<half>(?:first|second)\s+half)\b(?:\s+of\s+the\s+year\b)?(?!\s+of\b)", re.I)
#: Korean material named right after a window ("3월 초 예고편 공개 예정"): the window is the material's.
_KO_MEDIA_AFTER = compile_later(r"^(티저|예고편|포스터|스틸|트레일러)")
#: English's fall and spring said as verbs ("fans fall in love all over again", "plans fall apart", "made me spring out of
#: bed"): a particle after them, no word of a time before them ("this fall", "in the spring", "early fall").
_SEASON_AS_VERB = compile_later(r"(?<!\bthis\s)(?<!\bnext\s)(?<!\blast\s)(?<!\bthe\s)(?<!\bin\s)(?<!\bearly\s)(?<!\blate\s)"
                             r"(?<!\bmid\s)(?<!\bmid-)(?<!\bby\s)(?<!\bfor\s)(?<!\bof\s)(?<!\buntil\s)(?<!\btill\s)"
                             r"\b(?:fall|spring)\b(?=\s+(?:in\s+love|apart|for|through|asleep|behind|short|off|flat|into|out|back|up"
                             r"|victim|ill|sick|silent|over|down|to\s+pieces|on\s+(?:a|the|my|our|their|his|her|its)\b))", re.I)
#: Korean's "in" on a window's last word ("3월에 나온대", "상반기엔"): the window is the word before it.
_KO_AT = compile_later(r"(?<=[월달기봄름을울초말년])(?:에는|에|엔|쯤|경)$")


def _ends_a_card(words: list[str], end: int) -> bool:
    """Whether the window ends a card with only Netflix after it ("… | Official Teaser | First Half of 2027 | Netflix"): the
    season's (s2wild51)."""
    return end == len(words) - 2 and words[-1].lower() == "netflix"


#: Words that make a window a bound, not the window ("before june", "by summer", "until June", "6월 전에", "6月までに") (s2wild56).
_BOUNDS = frozenset(("before", "by", "until", "till", "til"))
_BOUNDS_AFTER = frozenset(("전", "전에", "이전", "前", "までに", "以前"))


def release_window_in(text: str, written: dt.date | None, *, media: bool = False,
                      after_to: bool = False) -> Window | None:
    """The release window a headline names (`bot/season2/windows.py` reads it, from the day it was
    `written`: "this spring", "next month"), the last one named, read as widely as its words go
    ("late 2026 or early 2027"), unless an earlier one is the release's own ("3월 초 공개 유력…상반기 첫 주자":
    early March, the half only the slate's); None when there is none, it is over, or it is a trailer's."""
    if written is None or _OTHER_EVENT.search(text):
        return None
    text = _SEASON_AS_VERB.sub(" ", seasons_as_times(text))  # "9일 공개였는데 오늘 봄": 봄 is "watched"; "fans fall in love"
    if (year := _YEAR_NAMED.search(text)) and (half := _BARE_HALF.search(text)) and half.start() > year.end():
        text = text[:half.start()] + f"{half.group('half')} of {year.group(0)}" + text[half.end():]  # "2027 slate: ... in the first half"
    if after_to and (korean := _KOREAN_DELAYED_TO.search(text)):
        text = text[:korean.start()]  # "2027년 하반기로 연기": the window before 로
    elif after_to:
        text = _DELAYED_TO.sub("", text, count=1) if _DELAYED_TO.match(text) else ""
    words = [_KO_AT.sub("", w.strip(".'")) if not re.fullmatch(r"'\d\d", w) else w
             for w in re.sub(r"[,:;!?()\[\]\"“”‘’|]", " ", text).split()]
    last: Window | None = None
    for end in range(len(words) - 1, -1, -1):
        if not _WINDOW_END.search(words[end]):
            continue
        for start in range(max(0, end - _WINDOW_WORDS), end + 1):
            window = read_window(" ".join(words[start:end + 1]), written)
            if window is None:
                continue
            after = " ".join(words[end + 1:end + 2])
            before = " ".join(words[max(0, start - 3):end + 1])  # the window and the words before it
            if window.last < written or (media and not (_WINDOW_OF_SEASON.match(after) or SEASON_DATE.search(text)
                                                        or _RELEASE_IN.search(before) or _ends_a_card(words, end))) \
                    or _one_of_more(words, start) \
                    or (media and any(_KO_MEDIA.search(w) for w in words[max(0, start - 2):start])) \
                    or _KO_MEDIA_AFTER.match(after) \
                    or any(w.lower() in _BOUNDS for w in words[max(0, start - 2):start]) or after in _BOUNDS_AFTER:  # "before june"
                return last
            if last is None and not _WINDOW_OF_SEASON.match(after) and not media:
                last = window  # the last named; an earlier one followed by the release's word is read before it
                break
            if last is not None and not _WINDOW_OF_SEASON.match(after):
                break
            return window
    return last
