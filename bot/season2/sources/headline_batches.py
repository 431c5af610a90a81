"""A season released in batches, as Netflix splits one (Squid Game 2/3, Stranger Things 4 vol. 1/2): "Part 1 on May 28,
Part 2 on June 25", "파트1 5월 28일, 파트2 6월 25일", "前編5月28日、後編6月25日", "上部…下部", "la primera … la segunda".
The season's release is its first batch's day: a post that names both, in either order, is read as the first part's
post (the later part's clause set aside, the first part's label out of the way of the forms that want the season's name right before
its day); a post about a later batch alone ("AOUAD 2 volume 2 arrives July 2", "Part 2 is out now", "《僵尸校园2》下部
今天上线了") says nothing about the season's release, so nothing is read from it (the safe side: the countdown never
moves to a later part's day). "no Part 2 split", "no part 2 for AOUAD 2" split nothing. `later_batch` says a later batch
of ours as the season's own news would ("Part 1 May 28, Part 2 June 25" as "… June 25"), for `headline_parts` to read that
part's own day from (a PART_DATED claim, part55), and `weeks_later` how many weeks after the first a later part is counted
("part 2 three weeks after", 3주 뒤). Pure functions on text, read
first by `headline_parts.read_headline`."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

from bot.lazy_re import compile_later
from bot.season2.dates import MONTHS
from bot.season2.sources.headline_events import names_event
from bot.season2.sources.headline_words import DATED_LABEL, MONTH, NAMED_DAY
from bot.season2.sources.other_titles import ours_only

_LATIN_PART = r"(?:part|pt\.?|vol(?:ume)?\.?|volumen|parte|partie|teil|bagian|bahagi|deel|część|czesc|kısım|kisim)"
#: The first batch's label. Vietnamese "phần 1" only after the season's "2" (alone, "phần 2" is season 2 itself).
_FIRST = compile_later(
    rf"(?:\b(?:la|le|the|die|el|a)\s+)?\b{_LATIN_PART}\s*(?:1(?![0-9A-Za-z])|one\b|i\b)(?![\d/]|,\s*\d|[.:]\d)|\b(?:the\s+)?first\s+part\b|\bla\s+prim(?:era|a)(?:\s+parte\b|(?=\s+(?:el|il|arriva|llega)\b))"
    # (and Portuguese "a primeira" before its day or verb, never "a primeira temporada", s2wild107)
    r"|\ba\s+primeira(?:\s+parte\b|(?=\s+(?:(?:em|no|dia|chega|sai|estreia)\b|\d)))"
    r"|\bpremi[eè]re\s+partie\b|\berster\s+teil\b|(?<!\d)1\.\s*bölüm|(?<=2 )phần\s*1\b|\bпервая(?:\s+часть)?|\bчасть\s*1\b"
    r"|파트\s*1(?!\d)|(?<!\d)1\s*부(?![가-힣])|전반부|前編|前篇|パート\s*1|上部|上篇|上半部|第[一1]部分|พาร์[ทต]\s*1|الجزء\s+الأول", re.I)
#: A later batch's label ("Part 2", "vol. 2", "la segunda" but never "la segunda temporada", season 2 itself; "Part2は" in Japanese too).
_LATER = compile_later(
    rf"(?:\b(?:la|le|the|die|el|a)\s+)?\b{_LATIN_PART}\s*(?:[23](?![0-9A-Za-z])|two\b|three\b|ii\b)(?![\d/]|,\s*\d|[.:]\d)|\b(?:the\s+)?second\s+part\b|\bla\s+seg(?:unda|onda)(?:\s+parte\b|(?=\s+(?:el|il|arriva|llega|a|en)\b|\s*[,.]))"
    r"|\ba\s+segunda\s+parte\b"
    r"|\bseconde\s+partie\b|\bzweiter\s+teil\b|(?<!\d)[23]\.\s*bölüm|(?<=2 )phần\s*[23]\b"
    r"|\bвторая(?:\s+часть)?|\bчасть\s*[23]\b|파트\s*[23](?!\d)|(?<!\d)[23]\s*부(?![가-힣])|후반부|後編|後篇|パート\s*[23]"
    r"|下部|下篇|下半部|第[二三2-3]部分|พาร์[ทต]\s*[23]|الجزء\s+الثاني"
    # (第二部 alone only after the season's own "2": alone it is as often the second season itself, s2wild100)
    r"|(?<=2)第[二2]部|(?<=2\s)第[二2]部", re.I)
#: A split said not to happen ("no Part 2 split", "there is NO part 2", "sin parte 2"): no later batch.
_NONE_BEFORE = compile_later(r"\b(?:no|not|without|never|sin|sem|sans|ohne|tanpa|bukan)\s+(?:a\s+|any\s+)?$", re.I)
#: Our season named right before a batch's label ("AOUAD 2 Part 2", "지우학2 파트2", "《僵尸校园2》下部"), or the label opening
#: the post ("volume 2 arrives …", "Part 2 of AOUAD 2 …"): that batch is ours, not another show's ("Kingdom 3 part 2").
_SEASON_TWO = (r"(?:(?:season|series|staffel|saison|temporada|stagione|sezon|musim|시즌)\s*(?:2|two)|\bs2|\baouad\s*2|\bdead\s*2|지우학\s*2"
               r"|학교는\s*2|今学校\s*2|(?:muertos|mortos|öldük|vivi|martwi)\s*2|僵尸校园\s*2|殭屍校園\s*2|今私\s*2|มัธยมซอมบี้\s*2|xác\s+sống\s*2)")
_OURS_BEFORE = compile_later(rf"(?:{_SEASON_TWO}|[》」』\"”'’])(?:\W{{0,3}}|\s*の\s*)$", re.I)  # ("今学校2のパート2")
#: ... or the label opening the post.
_OPENS = compile_later(r"\W*(?:the\s+)?", re.I)
#: The season named with its own "2" (not "all of us are dead part 2", where the part is the season): a part after it is a batch.
_SEASON_TWO_NAMED = compile_later(_SEASON_TWO + r"(?![\d])", re.I)
#: ... said in full after a part's "of" ("part 2 of all of us are dead 2", "parte 2 de Estamos Mortos 2").
_NAMED_AFTER_OF = compile_later(r"(?:(?:all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*(?=season|staffel|temporada|s2)|all\s?of\s?us\s?are\s?(?=dead)"
                                r"|(?:todos\s+n[óo]s\s+)?estamos\s+(?=muertos|mortos))?"
                                + _SEASON_TWO + r"(?![\d])", re.I)
#: A later batch's day right after its label ("Part 2 on June 25", "파트2 6월 25일", "下部7月2日", "parte 2 em 25 de junho",
#: "Teil 2 am 25. Juni", "Part 2 Hunyo 25"): set aside with it, what follows kept (the season's name, "on Netflix").
_ITS_DAY = compile_later(r"(?:[は는은]|\s*[:：])?\W{0,3}(?:(?:kommt|llega|arriva|arrives|drops|comes|chega|arrive|sort)\s+)?"
                         r"(?:(?:on|el|il|le|am|em|the|de|den|in|at|à|a|tanggal|vào)\s+){0,2}"
                         r"(?:\d{1,2}\s*월\s*\d{1,2}\s*일|\d{1,2}\s*月\s*\d{1,2}\s*日|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.:]\d)"
                         r"|\d{1,2}\.?\s*(?:de\s+)?[^\W\d_]{3,}|\d{1,2}/\d{1,2}\b|\d{1,2}\s*[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]{1,3}\.)"
                         r"(?:['’][^\W\d_]{1,4})?", re.I)
#: ... or its day counted from the first's ("part 2 a week after", "la parte 2 una semana después", "파트2는 일주일 뒤", "Part2は1週間後"):
#: set aside with it too (s2wild59).
_ITS_COUNT = compile_later(r"(?:[は는은]|\s*[:：])?\W{0,3}(?:(?:comes|drops|arrives|follows|llega|sale|chega|arriva|kommt)\s+)?"
                           r"(?:(?:a|one|two|three|\d|una|dos|uma|duas|una|eine|zwei)\s+(?:weeks?|semanas?|settimana|woche|wochen)\s+"
                           r"(?:later|after(?:wards)?|despu[ée]s|depois|dopo|sp[äa]ter|danach)\b|(?:일주일|\d\s*주)\s*(?:뒤|후)|\d\s*週間後|[一两\d]\s*周后)", re.I)
#: ... its count read: how many weeks after the first ("part 2 three weeks after", "Part 2 Follows Three Weeks Later", "파트2는
#: 3주 뒤", "una semana después"), for `weeks_later` (s2wild64).
_COUNTED = compile_later(r"\b(?P<n>an?|one|two|three|four|[1-4]|una|dos|tres|tr[êe]s|uma|duas|eine|zwei|drei)\s+(?:weeks?|semanas?"
                         r"|settiman[ae]|wochen?)\s+(?:later|after(?:wards)?|despu[ée]s|depois|dopo|sp[äa]ter|danach)\b"
                         r"(?!\s+(?:the|a|an|my|his|her|its|their|that|this|de|del|la|el)\b)"  # (never "after the finale")
                         r"|(?P<ko>일주일|(?P<kn>[1-4])\s*주)\s*(?:뒤|후)|(?P<ja>[1-4])\s*週間後|(?P<zh>[一两二三1-4])\s*周后", re.I)
_WEEKS = {"a": 1, "an": 1, "one": 1, "una": 1, "uma": 1, "eine": 1, "일주일": 1, "一": 1, "two": 2, "dos": 2, "duas": 2,
          "zwei": 2, "两": 2, "二": 2, "three": 3, "tres": 3, "três": 3, "trés": 3, "drei": 3, "三": 3, "four": 4}


def weeks_later(text: str) -> int | None:
    """How many weeks after the first batch a later one is said to come in `text` (see `_COUNTED`); None when no count is."""
    if (m := _COUNTED.search(text)) is None:
        return None
    said = (m.group("n") or m.group("kn") or m.group("ko") or m.group("ja") or m.group("zh")).lower()
    return int(said) if said.isdigit() else _WEEKS[said]


#: What follows a later batch's day named before the first's ("Part 2 June 25 — Part 1 May 28", "…, tras la primera"):
#: set aside with it, so the first part's day follows the season's name as a post about one batch would have it.
#: Its separator may already be behind the clause's end ("25 มิ.ย. ส่วนพาร์ท 1": the ". " ended it), so none is required.
_THEN = compile_later(r"(?:\s*[—–,，、;；]\s*|\s*)(?:(?:(?:and|y|e|et|und|then|tras|after|schon|dès)\b|ส่วน)\s*)?", re.I)
#: Where a later batch's clause ends when the first batch follows it ("下部7月2日上线，上部…", "Part 2 on June 25, Part 1 …")
_CLAUSE_END = compile_later(r"[,，、;；。!！?？|]|\.(?!\d)\s|\s[—–-]\s")
#: A later batch said to have no day yet ("…, part 2 not officially dated yet", "la parte 2 todavía sin fecha oficial", "파트2는 아직
#: 날짜 미정"): its clause is that batch's, set aside whole; never the season's day taken back (s2wild103).
_UNDATED = compile_later(r"\s*(?:[は는은]\s*)?(?:(?:is|has|still|todav[ií]a|a[uú]n|ainda|아직|还|還|尚)\s*)*"
                         r"(?:not\s+(?:yet\s+)?(?:officially\s+)?(?:dated|announced|confirmed)|no\s+(?:official\s+)?(?:release\s+)?date"
                         r"|tb[adc]\b|sin\s+fecha|sem\s+data|(?:날짜\s*)?미정|未定|没有?定档|沒有?定檔|belum\s+ada\s+tanggal|chưa\s+có\s+ngày"
                         r"|wala\s+pang\s+(?:date|petsa)|soon\b)", re.I)
#: What joined the later batch to the first ("…, Part 2", "… e parte 2", "、下部"): set aside with it.
_JOINED = compile_later(r"(?:\s*[,，、;；]\s*|\s+)(?:(?:and|y|e|et|und|i|ve|và|dan|then)\s+)?$", re.I)


#: Every batch named at once ("both parts on Netflix", "ambas partes"): the season as a whole, a later part's label in it no
#: post about that batch alone.
_BOTH = compile_later(r"\bboth\s+parts\b|\ball\s+(?:the\s+)?parts\b|\bambas\s+(?:as\s+)?partes\b|\bles\s+deux\s+parties\b"
                      r"|\bbeide\s+teile\b|上下部|上下两部|前後編|前編・後編", re.I)
#: ... said to be out now ("part 2 is out now too!! both parts on Netflix"): the whole season is out; a day to come
#: beside both parts ("Part 2 arrives March 26, both parts on Netflix") stays the later batch's.
_OUT_NOW = compile_later(r"\b(?:is|are)\s+(?:\w+\s+)?out\b|\bout\s+now\b|上线了|上線了|공개됐|配信開始", re.I)


_TWO_MARKS = compile_later(r"(\s[—–-]|[:：|])\s+[:：—–,-](?=\s)")


#: ... or its day said right before its label, the label naming a release ("the April 9 Part 2 date", "AOUAD 2's April 9
#: Part 2 release"): set aside with the label, the release word kept (s2wild64).
_DAY_BEFORE = compile_later(r"(?:[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[^\W\d_]{3,}"
                            r"|\d{1,2}/\d{1,2}|\d{1,2}\s*월\s*\d{1,2}\s*일)['’]?s?\s+$", re.I)
#: ... or a day said "for" the later batch ("aouad 2 is out now!! see you april 9 for part 2"): that batch's day (s2wild68).
_DAY_FOR = compile_later(r"(?:[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[^\W\d_]{3,}|\d{1,2}/\d{1,2})"
                         r"\s+(?:is\s+)?for\s+(?:the\s+)?$", re.I)
_NAMES_RELEASE = compile_later(r"\s+(?:release|premiere|debut|launch|drop|date|airdate|streaming)\b|\s*공개", re.I)


#: How many characters, spaces aside, a label's own words before it are read within ("see you april 9 for ", "AOUAD 2 teaser
#: march 1, "): each of a long post's labels reads only its own neighbourhood, never the whole post again ("aouad 2 march 19
#: part 2 tba part 2 tba …" 360 times: square time, s2wild103). Every form read right before a label is far shorter; our
#: season's name and the words around it ("AOUAD 2 ", "no ", "…, y ") within `_NAME_REACH`.
_NEAR = 100
_NAME_REACH = 40


@lru_cache(maxsize=8)
def _words_seen(text: str) -> tuple[int, ...]:
    """How many characters other than spaces `text` holds before each of its positions."""
    return (0, *accumulate(not ch.isspace() for ch in text))


def _near(text: str, end: int, start: int = 0, reach: int = _NEAR) -> int:
    """Where the words right before `end` start (`reach` characters back, spaces between them aside, never in a word; `start`
    at the earliest): a pattern ending at `end` searched from there finds what it would find searched from `start` (it sees
    what precedes)."""
    seen = _words_seen(text)
    at = bisect_left(seen, seen[end] - reach, 0, end)
    while at > start and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1  # (a word's start: "…aaaa april 9 for" is read from it as from the post's start)
    return max(start, at)


def _named_before(text: str, end: int) -> bool:
    """Whether our season is named with its own "2" (`_SEASON_TWO_NAMED`) in `text` before `end`."""
    first = _first_named(text)
    if first is None or first.end() <= end or first.start() >= end:
        return first is not None and first.end() <= end
    return _SEASON_TWO_NAMED.search(text, 0, end) is not None  # (the name crossing `end`: "시즌 2부")


@lru_cache(maxsize=8)
def _first_named(text: str) -> re.Match[str] | None:
    return _SEASON_TWO_NAMED.search(text)


@lru_cache(maxsize=8)
def _last_named_start(text: str) -> int:
    return max((m.start() for m in _SEASON_TWO_NAMED.finditer(text)), default=-1)


def _named_after(text: str, start: int) -> bool:
    """Whether our season is named with its own "2" in `text` from `start` on, read as a text of its own."""
    return _last_named_start(text) >= start or _SEASON_TWO_NAMED.match(" " + text[start:start + 2 * _NEAR], 1) is not None


def _without_later_days(text: str) -> str:
    """`text` without each later batch's label with its day after it, or before it where the label names a release (the
    label alone kept: "part 2 is out too")."""
    kept: list[str] = []
    at = 0
    for m in _LATER.finditer(text):
        if m.start() < at or not (_named_before(text, m.start()) or _named_after(text, m.end())):
            continue
        if (day := _ITS_DAY.match(text, m.end()) or _ITS_COUNT.match(text, m.end())) is not None:
            kept.append(_JOINED.sub("", text[at:m.start()]))
            at = day.end()
        elif (((before := _DAY_BEFORE.search(text, _near(text, m.start(), at), m.start())) is not None
               and _NAMES_RELEASE.match(text, m.end()))
              or (before := _DAY_FOR.search(text, _near(text, m.start(), at), m.start())) is not None):
            kept.append(text[at:before.start()])
            at = m.end()
        elif _UNDATED.match(text, m.end()) and _CLAUSE_START.search(text, _near(text, m.start(), at, _NAME_REACH), m.start()):
            # ("aouad 2 march 19, part 2 not officially dated yet": that batch's clause, set aside whole, s2wild103)
            kept.append(_JOINED.sub("", text[at:m.start()]))
            at = stop.start() if (stop := _CLAUSE_END.search(text, m.end())) is not None else len(text)
    return " ".join(" ".join([*kept, text[at:]]).split()) if kept else text


def _ours(text: str, label: re.Match[str]) -> bool:
    """Whether a later batch's label is our season's: named right before it, opening the post, or said "of" it after a
    fan's or an outlet's opening word or two ("no, part 2 of aouad 2 is NOT april 2": that part's news, never the season's;
    never after news of the season: "AOUAD 2 drops March 19, part 2 of AOUAD 2 on April 9", s2wild68)."""
    near = _near(text, label.start(), reach=_NAME_REACH)
    of = _OF.match(text, label.end())
    opened = of is not None and len(text[:label.start()].split(None, 3)) <= 2 and not any(ch.isdigit() for ch in text[:label.start()])
    return (_OURS_BEFORE.search(text, near, label.start()) is not None or _OPENS.fullmatch(text, 0, label.start()) is not None
            or (opened and of is not None and _NAMED_AFTER_OF.match(text, of.end()) is not None)) \
        and _NONE_BEFORE.search(text, near, label.start()) is None


#: A later batch's label said out right after it ("… part 2 is out").
_LABEL_OUT = compile_later(r"\s+(?:is|are)\s+(?:now\s+|finally\s+)?out\b", re.I)
#: ... a few words after our season with no clause, number nor release word between (another title's "sweet home 4", "is out!!").
_NO_CLAUSE_BETWEEN = compile_later(r"(?:(?!\b(?:out|streaming|here|dropped)\b)[^\d.,;:!?|—–])*", re.I)


def _said_out_after_ours(text: str, label: re.Match[str]) -> bool:
    """Whether a later batch's label said out follows our season named earlier with no other title between ("aouad 2 finale
    day 😭 part 2 is out": that part's news alone, s2wild72; never "aouad 2 out now, sweet home 4 part 2 is out too")."""
    if _LABEL_OUT.match(text, label.end()) is None or (season := _first_named(text)) is None:
        return False
    if season.end() > label.start() and (season := _SEASON_TWO_NAMED.search(text, 0, label.start())) is None:
        return False
    return _NO_CLAUSE_BETWEEN.fullmatch(text, season.end(), label.start()) is not None


def first_batch(text: str) -> str:
    """`text` as the season's own news: with a first batch named, each later batch's label and day set aside and the first one's
    label taken out; with only a later batch of ours named, "" (it says nothing of the season's release)."""
    first = _FIRST.search(text)
    if first is None:
        later = next((m for m in _LATER.finditer(text) if _ours(text, m) or _said_out_after_ours(text, m)), None)
        if later is not None:
            return "" if not (_BOTH.search(text) and _OUT_NOW.search(text)) else text
        # a later batch named further on with its day ("… lo más visto de Netflix, y la parte 2 llega el 9 de abril"):
        # that day is the batch's, never the season's; the rest is kept (s2wild62)
        return _without_later_days(text)
    kept: list[str] = []
    at = 0
    # every later batch, before the first one too ("下部7月2日上线，上部5月28日", "Part 2 on June 25, Part 1 on May 28"):
    # the order a post names them in never makes a later part's day the season's
    for m in _LATER.finditer(text):
        if m.start() < at or first.start() <= m.start() < first.end():
            continue
        if (label := _DATED_LABEL_BEFORE.search(text, at, m.start())) is not None:  # (its lookbehind fails at once)
            # "Coming April 9: <ours> Part 2. <ours> Part 1 is on Netflix now" (both orders): the label's day is the later
            # batch's, set aside with its whole clause (s2wild75)
            kept.append(text[at:label.start()])
            stop = _CLAUSE_END.search(text, m.end()) if m.start() < first.start() else None
            at = stop.end() if stop is not None and stop.end() <= first.start() else m.end()
            continue
        kept.append(_JOINED.sub("", text[at:m.start()]))
        if m.start() < first.start():  # its clause set aside whole, up to the first batch ("Part 2 arrives June 25 after Part 1 …")
            stop = _CLAUSE_END.search(text, m.end(), first.start())
            clause_end = at = stop.end() if stop is not None else first.start()
            if (then := _THEN.match(text, at)) is not None:  # "…, tras la primera": the joining word goes with it
                at = then.end()
            kept.append(_name_set_aside(text, m, clause_end))
            continue
        day = _ITS_DAY.match(text, m.end()) or _ITS_COUNT.match(text, m.end())
        if day is None and _UNDATED.match(text, m.end()) and m.start() > first.end():
            stop = _CLAUSE_END.search(text, m.end())
            at = stop.start() if stop is not None else len(text)
            continue
        if day is None and (before := _DAY_FOR.search(text, _near(text, m.start(), at), m.start())) is not None:
            kept[-1] = text[at:before.start()]  # "finished part 1, see you april 9 for part 2": that batch's day (s2wild70)
        at = day.end() if day is not None else m.end()
    kept.append(text[at:])
    # (the label out from between two marks leaves one: "Season 2 — Part 1: February 26" is "Season 2 — February 26", s2wild59;
    # "AOUAD 2: Part 1, March 19" is "AOUAD 2: March 19", s2wild64)
    return _TWO_MARKS.sub(r"\1 ", " ".join(_FIRST.sub(" ", " ".join(kept), count=1).split()))


def _name_set_aside(text: str, label: re.Match[str], end: int) -> str:
    """Our season's name from a later batch's clause set aside before the first batch's, when the post names it nowhere before
    ("la parte 2 de aouad 2 llega el 9 de abril y la primera el 19 de marzo" is "aouad 2 el 19 de marzo"); a trailer's or a
    teaser's clause is kept whole, its label out ("the part 2 trailer of aouad 2 drops april 2, part 1 is march 19": the trailer's
    news and the season's day, s2wild107); "" when the name is before it or not in it."""
    if _named_before(text, label.start()) or (name := _SEASON_TWO_NAMED.search(text, label.end(), end)) is None \
            or _NOT_THE_SEASONS.search(text, label.end(), end):
        return ""  # ("part 2 of my aouad 2 theory thread …", "the part 2 fan meeting of aouad 2 …": never the season's parts)
    if _MATERIAL_AFTER.match(text, label.end()):
        return f"{text[label.end():end]} {name.group(0)} "
    if (of := _OF.match(text, label.end())) is None or _NAMED_AFTER_OF.match(text, of.end()) is None:
        return ""
    return f"{text[of.end():name.end()]} "


#: A dated label opening the clause a later batch's label ends ("Coming April 9: All of Us Are Dead Season 2 Part 2", after the
#: post's start or a sentence's end): its day is that batch's.
_DATED_LABEL_BEFORE = compile_later(rf"(?:^|(?<=[.!?！？]\s)){DATED_LABEL}[^.:;!?！？]{{1,60}}$", re.I)


#: Where a clause starts ("…, Part 2 on April 9", "…?? part 2 on april 9", "…, y la parte 2 llega …", "(partie 2 le 26 mars)"):
#: a later batch's label there, with our season named in the post, is ours; after another title ("Kingdom 3 part 2") it is not.
_CLAUSE_START = compile_later(r"(?:[.!?？！,，、;；:(（…·]|\s[—–-])\s*(?:(?:and|y|e|et|und|then|tapos|ส่วน)\s*)?$", re.I)
#: ... or a bare "and" after our season named with its own 2 ("AOUAD 2 drops march 19 and part 2 a week after", other shows'
#: clauses already cut away by `ours_only`, s2wild64).
_AND_BEFORE = compile_later(r"\s(?:and|y|e|et|und|then)\s+$", re.I)
#: An event about the season, or a series of videos about it, which come in parts of their own (s2wild65).
_EVENTS = (r"fan\s*(?:meet(?:ing)?s?|cons?|events?)|concerts?|showcases?|tours?|pop-?ups?|livestreams?|vlogs?|specials?|interviews?"
           r"|(?:behind[-\s]the[-\s]scenes|making[-\s]of)(?:\s+series)?|(?:web|youtube|bts|vlog|recap|reaction)\s+series"
           # (Korean events run in sessions, 1부 and 2부: "팬미팅 1부 3월 13일, 2부 3월 27일")
           r"|팬\s*미팅|팬\s*콘|쇼케이스|콘서트|팝업|행사|무대\s*인사|간담회|제작\s*발표회")
#: Something made about the season, or one of `_EVENTS`, named in the clause just before a later part's label, no first part
#: named: its part.
_MATERIAL_BEFORE = compile_later(r"\b(?:tr[aá]ilers?|teasers?|clips?|posters?|osts?|soundtracks?|videos?|featurettes?|" + _EVENTS
                                 + r")\b[^.;!?]{0,25}$", re.I)
#: One of `_EVENTS` named right before the first part's label ("fan meet Part 1 March 13, Part 2, March 27", "behind-the-scenes
#: series: Part 1 March 5"): every part there is its own (never a trailer's title, "Official Trailer: Part 1 March 19, …").
_EVENT_RIGHT_BEFORE = compile_later(r"\b(?:" + _EVENTS + r")\s*(?:[:：]|\s[—–-])?\s*$", re.I)
#: ... or named as what the first part is of ("part 1 of the fan meet march 13, part 2 march 27").
_OF_EVENT = compile_later(r"\s+of\s+(?:the\s+|our\s+|my\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _EVENTS + r")\b", re.I)
#: What follows a part's label when the part is a fan's or an outlet's own (a recap, a review, a thread), not a batch.
_NOT_A_BATCH = compile_later(r"\s*(?:recaps?|reviews?|reactions?|react|breakdowns?|analysis|videos?|threads?|streams?|podcasts?"
                             r"|theor(?:y|ies)|explained|resumen|reseña|rese[nñ]a|análise|analise|리뷰|리액션|정리|解説|感想|解说)\b", re.I)
#: What makes a later part's clause another thing's parts: an event, a fan's thread, video or review.
_NOT_THE_SEASONS = compile_later(r"\b(?:" + _EVENTS + r"|recaps?|reviews?|reactions?|reacci[oó]n|rea[cç][aã]o|breakdowns?|v[ií]deos?"
                                 r"|threads?|hilo|fio|streams?|podcasts?|theor(?:y|ies)|teor[ií]as?)\b", re.I)
#: A trailer or a teaser a later batch's label names ("the part 2 trailer of …"): its clause is that trailer's news.
_MATERIAL_AFTER = compile_later(r"\s*(?:official\s+)?(?:tr[aá]ilers?|teasers?)\b", re.I)


#: "Part 2 of …" is ours only when our season follows ("Part 2 of AOUAD 2 on March 26"), never "part 2 of my theory thread",
#: nor "of" left last where another title was cut away ("…!! part 2 of Squid Game 3 is April 9": "…!! part 2 of").
_OF = compile_later(r"\s+(?:of|de|do|da|von|ng)(?:\s+(?:the\s+)?|\s*$)", re.I)
#: A later part's label closing its clause, or our season's name after it ("… for part 2 🧟 (aouad 2)"), not "for part 2 promo".
_LABEL_CLOSES = compile_later(r"\W*(?:$|" + _SEASON_TWO + r"(?![\d]))", re.I)
#: Our season's name up to its closing mark ("《僵尸校园2", "All of Us Are Dead Season 2"), which a later batch's post is read after.
_NAME_UP_TO = compile_later(r".*?" + _SEASON_TWO + r"(?![\d])[》」』\"”'’]?", re.I | re.S)


def later_batch(text: str) -> tuple[str, ...]:
    """A later batch of ours dated in `text`, said as the season's own news would say it, for the season's readers to read its
    day from: the post with the batches' roles swapped (the first one's clause set aside, the later one's label out, the rest
    kept: "AOUAD 2 Part 1 May 28, Part 2 June 25?? fake?" is "AOUAD 2 June 25?? fake?"), then our season's name before the
    later label's own clause ("Part 2 of AOUAD 2 now drops June 25" is "AOUAD 2 now drops June 25"); () when no later batch of ours
    is named or our season is not ("Kingdom 3 part 2 arrives June 25", "Part 2 of my theory thread drops June 4", "no part 2")."""
    if (name := _NAME_UP_TO.match(text)) is None or any(_NOT_A_BATCH.match(text, label.end()) for label in
                                                        [*_FIRST.finditer(text), *_LATER.finditer(text)]):
        return ()  # "AOUAD 2 part 1 recap, part 2 april 9": a fan's video in parts, no batch of the season
    if any(_EVENT_RIGHT_BEFORE.search(text, _near(text, label.start()), label.start()) or _OF_EVENT.match(text, label.end())
           for label in _FIRST.finditer(text)):
        return ()  # "AOUAD 2 fan meet Part 1 March 13, Part 2, March 27", "part 1 of the fan meet …": the event's parts (s2wild65)
    first = _FIRST.search(text)
    for m in _LATER.finditer(text):
        near, name_near = _near(text, m.start()), _near(text, m.start(), reach=_NAME_REACH)
        if _MATERIAL_BEFORE.search(text, near, m.start()) and not first:
            continue  # "AOUAD 2 teaser march 1, part 2 march 8": the teaser's second part, no batch of the season (s2wild64)
        of = _OF.match(text, m.end())
        if (said_for := _DAY_FOR.search(text, near, m.start())) is not None and not first and of is None \
                and (season := _first_named(text)) is not None \
                and not _NONE_BEFORE.search(text, _near(text, said_for.start(), reach=_NAME_REACH), said_for.start()) \
                and _LABEL_CLOSES.match(text, m.end()) is not None and not names_event(text):
            # "see you april 9 for part 2 (aouad 2)": the day said "for" the later batch, the season named anywhere (s2wild70);
            # never an event's day ("watch party april 9 for part 2", "a talk show april 9 for part 2 promo")
            return (f"{season.group(0)} premieres {said_for.group(0).split(' for')[0]}",)
        if _NONE_BEFORE.search(text, name_near, m.start()) or not (
                _ours(text, m) or _CLAUSE_START.search(text, name_near, m.start()) or first
                or (_AND_BEFORE.search(text, name_near, m.start()) and _named_before(text, m.start()))):
            continue  # (beside a first batch, "parte 1 el 12 de marzo y parte 2 el 26", the later one is the same season's)
        if of is not None and not _NAMED_AFTER_OF.match(text, of.end()):
            continue  # "part 2 of episode 12", "Part 2 of our recap video"
        swapped = _as_later(text[:m.start()]) + " part 1 " + _as_later(text[m.end():])
        lead = _LEAD.match(text, of.end() if of is not None else m.end())
        stop = _ITS_CLAUSE_END.search(text, lead.end())  # type: ignore[union-attr]
        rest = text[lead.end():stop.start() if stop is not None else len(text)]  # type: ignore[union-attr]
        if of is not None and stop is not None and _NAMED_AFTER_OF.fullmatch(rest.strip()):
            # (only the name's clause after "of", its day the next one: "Part 2 ng aouad 2, April 9 na!", s2wild71)
            stop = _ITS_CLAUSE_END.search(text, stop.end())
            rest = text[lead.end():stop.start() if stop is not None else len(text)]  # type: ignore[union-attr]
        # (named after the label, "Teil 2 kommt am 25. Juni, …: All of Us Are Dead Staffel 2": the season said in full before it)
        said = name.group(0) if name.end() <= m.start() else ("" if of is not None else "All of Us Are Dead Season 2")
        return first_batch(" ".join(swapped.split())), " ".join(f"{said} {rest}".split())
    return ()


def _as_later(text: str) -> str:
    """`text` with each first batch named in it out with its day ("Teil 1 am 28. Mai, ": gone), or said as a later one when
    it has none ("上部已上线！": its clause set aside by `first_batch`, as a later batch's is)."""
    out, at = [], 0
    for f in _FIRST.finditer(text):
        out.append(text[at:f.start()])
        day = _ITS_DAY.match(text, f.end())
        at = _THEN.match(text, day.end()).end() if day is not None else f.end()  # type: ignore[union-attr]
        if day is None:
            out.append(" part 2 ")
    return "".join([*out, text[at:]])


#: What leads a later batch's day after its label: a topic particle ("파트2는 4월 9일", "後編は6月25日"), a comma ("Part 2, April 9").
_LEAD = compile_later(r"\s*(?:[は는은]|[,:：]\s*)?")
#: Where the label's clause ends: never at a day's own full stop ("Teil 2 folgt am 9. April").
_ITS_CLAUSE_END = compile_later(r"[,，、;；。!！?？|]|(?<!\d)\.(?!\d)\s|\s[—–-]\s")


#: A season's episodes said in two runs, the second straight after the first ("episodes 1-6 now, 7-12 on april 9", "eps 1~6 out
#: now, eps 7-12 april 9"): its two parts (s2wild74). Only "now" or "out" between them: "eps 1-6 watched, 7-12 tonight" is a
#: fan's own viewing, never Part 2 dated tonight (review59d).
_EPISODE_RUNS = compile_later(r"\b(?:episodes?|eps?\.?)\s*(?P<a>1)\s*[-–~]\s*(?P<b>\d{1,2})\b(?P<mid>(?:\s*(?:are\s+|is\s+)?(?:out\s+|streaming\s+|available\s+)?now|\s*(?:are\s+)?out)?"
                              r"[\s,;:!.&+/|—–-]{1,6}(?:(?:and|then)\s+)?)"
                              r"(?:\b(?:episodes?|eps?\.?)\s*)?(?P<c>\d{1,2})\s*[-–~]\s*\d{1,2}\b(?!\s*(?:min|[:.]\d))", re.I)


#: ... or each run after its day ("march 19 eps 1 to 6, april 9 eps 7 to 12", s2wild102): the days are the two parts'.
_RUN = r"\s+(?:episodes?|eps?\.?|caps?\.?|cap[ií]tulos?|epis[oó]dios?)\s*(?P<{0}>\d{{1,2}})\s*(?:[-–~]|to)\s*(?P<{1}>\d{{1,2}})\b"
_DAYS_THEN_RUNS = compile_later(rf"(?P<d1>{NAMED_DAY}){_RUN.format('a', 'b')}(?P<sep>[\s,;:!.&+/|—–-]{{1,6}}(?:(?:and|then)\s+)?)"
                                rf"(?P<d2>{NAMED_DAY}){_RUN.format('c', 'e')}", re.I)


_MONTH_WORD = compile_later(MONTH, re.I)
_NUMBER = compile_later(r"\d{1,2}")


def _month_days(said: str) -> list[tuple[int, int]]:
    """The (month, day) a `NAMED_DAY` may be: one with its month named or 3월 19일, both orders for "3/19"."""
    numbers = [int(n) for n in _NUMBER.findall(said)]
    if (month := _MONTH_WORD.search(said)) is not None:
        return [(MONTHS[month.group(0).lower().rstrip(".")], numbers[0])]
    return [(numbers[0], numbers[1])] + ([] if "월" in said else [(numbers[1], numbers[0])])


def _weeks_apart(first: str, second: str) -> bool:
    """Whether the second day is a week or more after the first, read the same way (a season's parts come out weeks apart:
    "march 19 eps 1 to 6, march 20 eps 7 to 12" is a fan's binge plan, review67b)."""
    return any(_apart(a, b) for a, b in zip(_month_days(first), _month_days(second), strict=True))


def _days_as_parts(m: re.Match[str]) -> str:
    # (never a watch party's plan of its own days: "watch party: march 19 eps 1 to 6 and march 26 eps 7 to 12", review67b)
    if int(m["a"]) != 1 or int(m["c"]) != int(m["b"]) + 1 or not _weeks_apart(m["d1"], m["d2"]) or names_event(m.string):
        return m.group(0)
    d1, d2 = _slashes_named(m["d1"], m["d2"])
    return f"part 1 {d1}{m['sep']}part 2 {d2}"


def _slashes_named(first: str, second: str) -> tuple[str, str]:
    """Two "m/d" days with their month named when only one order makes both days, weeks apart: "3/19 … 4/9" is March 19 then
    April 9 (alone, "4/9" may be 4 September, so Part 2's day went unread, s2wild105); any other pair as it is."""
    if "/" not in first or "/" not in second:
        return first, second
    orders = [(a, b) for a, b in zip(_month_days(first), _month_days(second), strict=True) if _apart(a, b)]
    if len(orders) != 1:
        return first, second
    return tuple(f"{dt.date(2000, month, day):%B} {day}".lower() for month, day in orders[0])  # type: ignore[return-value]


def _apart(first: tuple[int, int], second: tuple[int, int]) -> bool:
    try:
        return (dt.date(2000, *second) - dt.date(2000, *first)).days >= 7
    except ValueError:  # no such day read this way ("19/3" as month 19)
        return False


#: Chinese 第一部 … 第二部 ("the first part … the second"): alone, 第二部 is as often the second season itself (s2wild100); after 第一部
#: they are the season's two parts, as 上部 … 下部 say (s2wild103).
_CHINESE_NUMBERED = compile_later(r"第([一1二2])部(?!分)")


def _chinese_parts(text: str) -> str:
    first = text.find("第一部")
    if first < 0 or text.find("第二部", first) < 0:
        return text
    return _CHINESE_NUMBERED.sub(lambda m: "上部" if m[1] in "一1" else "下部", text)


def episodes_as_parts(text: str) -> str:
    """`text` with a season's two runs of episodes (`_EPISODE_RUNS`, `_DAYS_THEN_RUNS`) or Chinese 第一部 … 第二部 said as its Part 1
    and Part 2 (the first's bare "now" as "out now"); any other as it is."""
    text = _DAYS_THEN_RUNS.sub(_days_as_parts, _chinese_parts(text))
    return _EPISODE_RUNS.sub(lambda m: f"part 1{_NOW.sub(' out now', m.group('mid'), count=1)}part 2"
                             if int(m.group("c")) == int(m.group("b")) + 1 else m.group(0), text)


_NOW = compile_later(r"^\s*now\b", re.I)


#: A later part's mark closing our season's clause: "aouad 2 in 3 days (part 2)", "… - part 2", "[pt 2]", "(parte 2)",
#: "(파트2)", "(p2)", "— part 2 only, …", "#Part2" (s2wild79); never "(part 2 of my thread)", "(part 2 spoilers)".
_TRAILING_LATER = compile_later(
    r"\s*[(\[（]\s*(?P<inner>(?:part|pt\.?|parte|partie|p)\s*(?:2|two|ii)|파트\s*2)(?:\s+(?:only|ofc|lang|na|ya))?\s*[)\]）]"
    r"|\s*#(?P<tag>(?:part|pt|parte)\s*2|파트\s*2)(?![\w])"  # (in brackets or a tag: the mark is all there is)
    r"|\s+[—–-]\s*(?P<dash>(?:part|pt\.?|parte|partie)\s*(?:2|two|ii)|파트\s*2)(?:\s+only)?"
    r"(?=\s*(?:[,.!]|$|#|[\U0001F300-\U0001FAFF]))", re.I)  # (after a dash: closing the clause, not "part 2 of my …")


def trailing_later_first(text: str) -> str:
    """`text` with a later part's mark closing our season's clause (in `ours_only`: not after another show's) said
    after the season's name, as the leading form says it ("aouad 2 in 3 days (part 2)" is "aouad 2 part 2 in 3 days"):
    Part 2's day, never the season's. A mark after another show's clause, or in a post naming a later part already, stays."""
    mark = _TRAILING_LATER.search(text)
    if mark is None or mark.group(0).strip() not in ours_only(text) or _LATER.search(text[:mark.start()]):
        return text
    names = list(_SEASON_TWO_NAMED.finditer(text, 0, mark.start()))
    if not names:
        return text
    label = "파트2" if (mark.group("inner") or mark.group("dash") or mark.group("tag")).startswith("파트") else "part 2"
    at = names[-1].end()
    return f"{text[:at]} {label}{text[at:mark.start()]}{text[mark.end():]}"


#: A post's own numbering in brackets: "(part 2 of my thread)", "[pt 2 of my countdown thread]" (s2wild79), "(part 2 of 3)",
#: "(parte 2 de 3)" (a season split in two: of three or more is a thread's, s2wild80); never "(part 2 of 2)", which may be the
#: season's own last part.
_POST_NUMBERING = compile_later(r"\s*[(\[（]\s*(?:part|pt\.?|parte)\s*\d\s+(?:of|de)\s+(?:(?:my|the|this|mi|meu)\s+(?:\w+\s+)?"
                                r"(?:thread|series|video|countdown|breakdown|review|hilo|fio)|[3-9]|1\d)\s*[)\]）]", re.I)


def without_post_numbering(text: str) -> str:
    """`text` without a thread's or a video's own part number, which is no part of the season."""
    return _POST_NUMBERING.sub("", text)
