"""Other shows named in a headline about season 2: "Weak Hero Class 2 premieres March 19; All of Us Are
Dead Season 2 follows in the first half of 2027" gives March 19 to Weak Hero, not to us, and "All of Us
Are Dead star joins Sweet Home Season 2" is no news of our second season at all.

`ours_only` keeps what a headline says after naming our show (and before naming any title), up to the
next other title it names, and the words of our show's part before its name ("...; Netflix Also Dates 'All of
Us Are Dead' Season 2 for March 26"). Another title is a capitalised name numbered as a season ("Weak Hero Class 2",
"Squid Game Season 2", "SWEET HOME S2", "Sweet Home 3", "Kingdom 3", 스위트홈3), a quoted numbered title ("\"Sweet Home 2\"", '스위트홈3') or a
title in brackets (「약한영웅2」, 《스위트홈3》), never our own name ("'All of Us Are Dead' Season 2", "AOUAD S2",
「지금 우리 학교는2」): "'스위트홈3' 3월 12일 공개…'지금 우리 학교는2'는 상반기" gives the 12th to Sweet Home. A list's entry
ends at its mark, so the next entry's day written before its title ("… 2 — spring / Feb 5 — Moving 2") is that entry's, and a
day said to be another title's ("jan 22 is kingdom 3", "… but that's KINGDOM 3") goes with its clause. Pure functions on text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from bot.lazy_re import compile_later
from bot.other_works import OTHER_MEDIUM, OTHER_SHOWS, SQUID_GAME_ABROAD
from bot.season2.dates import WEEKDAY_WORD
from bot.season2.sources.headline_city_clocks import CLOCK
from bot.season2.sources.headline_words import DATED_LABEL, MONTH_TYPED
from bot.text import HANGUL

#: The show's names, English and Korean, as patterns to build others from (지우학: fans' short name for 지금 우리 학교는).
EN_SHOW_NAME = r"all\s?of\s?us\s?are\s?dead|\baouad\b"
KO_SHOW_NAME = r"지금\s*우리\s*학교는|지우학"
#: Its titles abroad, where fans' own words are read (Spanish and Portuguese, Vietnamese, Thai, Turkish, Polish).
ABROAD_SHOW_NAME = (r"\b(?:todos\s+)?estamos\s+(?:muertos|mortos)\b|ngôi\s+trường\s+xác\s+sống|มัธยมซอมบี้|\bhepimiz\s+öldük\b"
                    r"|\bwszyscy\s+jesteśmy\s+martwi\b")
#: The show as outlets and fans name it ("#AllOfUsAreDead2" as they tag it; "Now at Our School", a translation).
SHOW = compile_later(rf"{EN_SHOW_NAME}|{KO_SHOW_NAME}|now at our school", re.I)
#: The second season by its name, quoted or not: "All of Us Are Dead Season 2", "aouad s2", "AOUAD 2", "'지우학2'",
#: 「지금 우리 학교는」 시즌2.
SEASON_TWO_NAME = (rf"(?:{EN_SHOW_NAME})['’\"”]?\s*(?:(?:season|series|part)\s*(?:2|two)|s2|2)\b['’\"”]?"
                   rf"|['‘「《\"“]?(?:{KO_SHOW_NAME})['’」》\"”]?\s*(?:시즌\s*)?2['’」》\"”]?")

#: A capitalised title numbered as a season, or a quoted title with its number, or another show by its name.
_NUMBERED_TITLE = compile_later(
    # Squid Game by a title abroad, first: its words would read as a Vietnamese title or "Round 6" as a count (fix104)
    rf"(?P<abroad>(?<![^\W\d_])(?i:{SQUID_GAME_ABROAD})(?:\s?[2-9](?!\d))?)(?![A-Za-z])"
    r"|(?:\b[A-Z][\w'’:&.-]*\s+)+(?P<marker>(?:Season|SEASON|season|Series|SERIES|Class|CLASS|Part|PART|Vol\.?|VOL\.?|Chapter"
    r"|CHAPTER|S)\s*(?:\d{1,2}|Two|TWO|II))\b"
    # a Korean title with its number and no quotes: "스위트홈3 오늘 공개", "킹덤3는 26일" (not "오후 5시", "2년", "시즌2")
    r"|(?<![가-힣])(?P<hangul>[가-힣]{2,8})\s?[2-9](?=$|[^\d가-힣]|(?:은|는|이|가|을|를|도|의|와|과|에|로)(?![가-힣]))"
    # a capitalised name with its number alone: "Sweet Home 3", "Kingdom 3" (not "March 5", "Top 10", "Episode 3")
    r"|(?:\b[A-Z][\w'’:&.-]*\s+)+(?P<bare>[2-9])\b(?![.:/]\d|\s*(?:(?i:[ap]\.?\s?m)\b|%|x\b))"
    # "\"Sweet Home 2\"", and Korean press's '스위트홈3' (the number written on)
    # (never a quoted day: "the 'april 9' poster")
    r"|[\"“‘'](?!D\s*-\s*\d)(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?\d{1,2}(?:st|nd|rd|th)?[\"”’'])(?P<quoted>[^\"”’'\d\s][^\"”’']{1,39}?)(?<!\d)\s?(?:\d{1,2}|II)[\"”’']"  # not a year's end: 'coming 2027'
    # a title in Korean and Chinese brackets: 「약한영웅2」, 《스위트홈3》, 『좀비 학교』, numbered or not
    r"|[「《『〈](?P<bracketed>[^」》』〉]{1,40})[」》』〉]"
    # a title as fans type it in a list, lowercase with its number: "kingdom 3 jan 22, aouad 2, moving 2 feb 5" (s2wild56)
    r"|(?:^|(?<=[,/|·•]\s))(?P<listed>[a-z][a-z'’]+(?:\s[a-z][a-z'’]+){0,2})\s[2-9](?!\d)"
    r"(?=\s*\(|\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?\d)"
    # a Vietnamese title, its first word capitalised, with its number: "Vương triều xác sống 3 ngày 22/1" (Kingdom 3) (s2wild56)
    r"|(?P<vietnamese>\b[A-ZĐ][^\W\d_]*(?:\s[a-zđà-ỹ]+){1,4})\s[2-9](?!\d)(?=\s*(?:[,;:(—–]|$|\s(?:ngày|vào|premieres|on|tháng)\b))"
    # a Japanese title in katakana with its number: "キングダム3は1月22日", "ムービング2" (ours is put in Korean by then) (s2wild56)
    r"|(?<![ァ-ヴー・])(?!シーズン|パート|ボリューム|エピソード|チャプター|シリーズ)(?P<katakana>[ァ-ヴー・]{2,}\s?[2-9])(?!\d)"  # (never "シーズン2")
    # a Chinese title in hanzi with its number: "王国3 3月26日", "鱿鱼游戏3" (ours is put in Korean by then; never 第2季, 今晚9点,
    # 3月, 26日) (s2wild85)
    r"|(?<![\u4e00-\u9fff])(?P<han>[\u4e00-\u9fff]{2,6}\s?[2-9])(?![\d월일시月日号號点點时時季部集期])"
    # Netflix's other Korean and zombie shows by name, numbered or not, quoted or not: "\"Sweet Home\" Spinoff",
    # "'Squid Game' prequel", "Alice in Borderland S3", 오징어 게임 외전 ("Kingdom" and "The Glory" only capitalised, or
    # numbered: fans' "kingdom 3")
    rf"|(?P<known>(?i:{OTHER_SHOWS})|Kingdom|KINGDOM|(?i:kingdom\s*[2-9](?!\d))|The\s+Glory|THE\s+GLORY)(?![A-Za-z])",
)
#: A list's mark between entries ("Kingdom 3 — Feb 26 / AOUAD S2 — spring", "… · … | …"): what follows it is the next entry's.
_LIST_MARK = compile_later(r"\s[/|·•]\s")
#: A line's end inside a post, and one that ends a sentence or opens a list ("2027 on Netflix:"): not an entry's end.
#: (begun only where a run of spaces begins: tried at each space of 4,000, the run was read to its end each time)
_LINE_BREAK = compile_later(r"(?<![ \t])[ \t]*(?:\r?\n|\r|\u2028)\s*")
_SENTENCE_END = compile_later(r"[.!?:。！？：,，]\s*$")
#: A line naming a title, ours or another's (a list has two such entries or more; Japanese ムービング2 as well).
_TITLED_LINE = compile_later(rf"{EN_SHOW_NAME}|{KO_SHOW_NAME}|今私|僵尸校园|[ァ-ヴー]{{2,}}\s?[2-9]", re.I)
#: A line set out as an entry: a bullet or number before it, or a name and its day apart ("— Feb 26", ": 26 de febrero", "➡️").
_ENTRY_LINE = compile_later(r"^\s*(?:[•·▪*►-]|\d{1,2}[.)]\s)|\s[—–-]\s|:\s*\S|➡|→|\|")


def lines_as_list(text: str) -> str:
    """A post of three lines or more, two of them entries, with its entries' line ends as a list's mark ("Kingdom 3 — Feb
    26⏎All of Us Are Dead 2 — first half" as "… / …"), so another entry's day stays that entry's (s2wild51); a line ending a
    sentence, and any other post, as it is."""
    lines = [line for line in _LINE_BREAK.split(text.strip()) if line.strip()]
    # (a numbered title's pattern is no test here: it takes "April 9" for one)
    if len(lines) < 3 or sum(1 for line in lines if _TITLED_LINE.search(line) or _ENTRY_LINE.search(line)) < 2:
        return text  # (one title in it: a sentence written a line per clause, "春が来る⏎今私2が⏎4月9日に⏎帰ってくる") (s2wild52)
    return "".join(line + ("" if n == len(lines) - 1 else " " if _SENTENCE_END.search(line) else " / ")
                   for n, line in enumerate(lines))


#: Another service's or channel's line-up of a year ("Disney+ 2027 lineup", "tvN 2027 라인업", "Prime Video's slate for 2027"):
#: its year is that service's, never a window of ours, which is Netflix's (s2wild52).
_OTHER_SERVICES_YEAR = compile_later(
    r"(?P<service>\b(?:disney\s*(?:\+|plus)|prime\s*video|amazon|apple\s*tv\s*\+?|hbo(?:\s*max)?|hulu|paramount\s*\+?|peacock|tvn"
    r"|jtbc|sbs|kbs2?|mbc|ena|tving|wavve|coupang(?:\s*play)?|viki|viu|crunchyroll)|디즈니\s*(?:\+|플러스)?|티빙|웨이브|쿠팡\s*플레이"
    r"|애플\s*tv\s*\+?|ディズニー\s*(?:\+|プラス)?|迪士尼\s*\+?)(?:['’]s)?\s*(?P<year>20\d\d\s*(?:년|年)?\s*)"
    r"(?=(?:k-?drama\s+|korean\s+|content\s+)*(?:line-?\s?up|slate|라인업|ラインナップ|片单))", re.I)


def without_other_services_year(text: str) -> str:
    """`text` with the year taken off another service's line-up ("tvN 2027 라인업 공개…지우학2는 넷플릭스라 없음": tvN's
    year, no window of ours); Netflix's own line-up as it is."""
    return _OTHER_SERVICES_YEAR.sub(lambda m: m.group("service") + " ", text)
#: Where a headline's parts meet: what follows is said of the title named next.
_BREAK = compile_later(r";|…|\.\.\.|\s[—–]\s|[!?！？]+(?=\s)"  # (a sentence's "!" or "?" ends a part too)
                       # (and a sentence's full stop after a title's number, a capitalised word next: "Now on Netflix: Sweet Home 4.
                       # Coming March 19: All of Us Are Dead Season 2", s2wild72)
                       r"|(?<=\s\d)\.(?=\s+[A-Z][a-z])")
#: A sentence's full stop between another title and ours ("kingdom 3 wednesday — 9pm in Manila. aouad 2 march 19"): the
#: sentence before it, its hour too, is that title's (never "p.m.", nor "Mar. 19": a day's number after it, s2wild83).
_SENTENCE_STOP = compile_later(r"(?:(?<=[^\W_])(?<![.\s][^\W\d_])|(?<=[)）]))\.(?=\s+[^\W\d])|。(?=\s*[^\W\d])")
#: ... or a comma closing an hour ("kingdom 3 wednesday — 9pm in Manila, aouad 2 march 19"): the hour is that title's too (a
#: comma alone is no break: "Netflix 2027 slate: Kingdom 3 on June 25, plus AOUAD 2 …" keeps the slate's year for all).
_HOUR_THEN_COMMA = compile_later(rf"(?:{CLOCK}|\d{{1,2}}\s*(?:h|時|시)(?![^\W\d_]))[^,，、.!?;]*[,，、](?=\s*[^\W\d])", re.I)
#: A label closing our part, after a break, as the next title's own ("<ours>. Coming April 9: Sweet Home 4").
_NEXT_LABEL = compile_later(r"(?:[.;!?！？]|\s[—–])\s+[^.:;!?—–]{1,40}:\s*$")
#: A closing clause of the season after ours ("…, season 3 when??", "… . s3 pls netflix"): its own talk.
_THIRD_SEASON_AFTER = compile_later(r"(?:[,;.!]|\s[—–-])\s*(?:(?:and|but|so|now)\s+)?(?:season\s*(?:3|three)|s3|third\s+season)\b[^.;!]*$", re.I)
#: ... said first, as its own question ("season 3 when?? …", "시즌3 언제 나와?? …", "temporada 3 cuándo??", "season 3 kailan??").
_THIRD_SEASON_FIRST = compile_later(r"^\W*(?:(?:season\s*(?:3|three)|s3|third\s+season|temporada\s*3|musim\s*3)\s+(?:when|cu[aá]ndo|quando|kailan|kapan)\b|시즌\s*3\s*(?:은|는)?\s*언제"
                                    r"(?:\s*(?:나와|나오지|나옴|와))?)[?!？\s]+", re.I)
#: A label giving one day, closing what comes before the first title ("Coming March 26:", "Mar 26:").
_DATED_LABEL = compile_later(rf"^{DATED_LABEL}\s*$", re.I)
#: A sentence's end between two titles ("Sweet Home 4. All of Us Are Dead …").
_SENTENCE_BETWEEN = compile_later(r"[.!?！？]\s")
#: Words that start a sentence rather than a title ("The second Season 2 ..." is no title).
_NOT_A_TITLE = compile_later(r"^(?:the|its|their|new|netflix'?s?|and|after|before|with|as|season|series|part)$", re.I)


#: Another work named without its title: our people's new work ("All of Us Are Dead 2 star Park Ji-hu's new drama
#: premieres March 12", "director's next film") or Netflix's next show ("After All of Us Are Dead 2, Netflix's next zombie
#: series arrives April 2"): what follows is said of it.
_UNTITLED_WORK = compile_later(
    r"\b(?:stars?|actors?|actress(?:es)?|directors?|creators?|writers?|leads?|alums?)(?:['’]s?)?\b[^;…]{0,40}?\b(?:new|next|upcoming"
    r"|latest|other)\s+(?:k-?)?(?:drama|film|movie|series|show|project|thriller|romance|webtoon|variety)\b"
    r"|\b(?:netflix['’]s\s+)?(?:next|another|other)\s+(?:zombie\s+|k-?)?(?:series|show|drama)\b"
    # someone's own work, by their name: "Cho Yi-hyun's new drama", "Yoon Chan-young's drama 'Blue Hour'" (never Netflix's)
    r"|\b(?!netflix)[a-z][\w-]*['’]s\s+(?:(?:new|next|upcoming|latest|other|solo|first)\s+)?(?:k-?)?(?:drama|film|movie|webtoon"
    r"|album|single|musical|play|variety\s+show)\b"
    # a person's new work in Korean: "로몬 신작 드라마", "조이현, 차기작 영화"
    r"|(?:신작|차기작|새)\s*(?:드라마|영화|예능|뮤지컬|웹툰)", re.I)


#: What is said out of that work before our season is named: "Yoon Chan-young's drama 'Blue Hour' out now, …".
_ITS_OUT = compile_later(r"(?:(?!season|\bs2\b|all\s?of\s?us|aouad|지우학|학교는)[^;…]){0,40}?\b(?:is\s+|are\s+)?(?:now\s+)?(?:out"
                      r"|streaming|available)\s+now\b", re.I)


def other_work_out(text: str) -> bool:
    """Whether a headline says someone's other work is out now (`_UNTITLED_WORK`), not our season."""
    return any(_ITS_OUT.match(text, work.end()) for work in _UNTITLED_WORK.finditer(text))


#: Season 1 said to be out, before season 2 is named: "All of Us Are Dead Is Streaming Now On Netflix, And Season 2 Is
#: Coming In 2027", "rewatching aouad s1 (streaming now on netflix!!) while we wait for s2": the show as it is, no news.
_FIRST_SEASON_OUT = compile_later(
    rf"(?:{EN_SHOW_NAME}|{KO_SHOW_NAME})['’\"”]?(?![\s'’\"”:|—–-]*(?:(?:season|series|part)\s*(?:2|two)|s2|2|시즌\s*2)\b)"
    r"(?:\s*(?:season\s*(?:1|one)|s1|시즌\s*1))?[^;…]{0,12}?\(?\s*(?:is\s+|are\s+)?(?P<out>(?:now\s+)?(?:streaming|out|available)"
    r"\s+now|now\s+(?:streaming|available))\b(?=[^;…]*?\b(?:season\s*(?:2|two)|s2)\b)", re.I)


#: Season 1 named as what is out, wherever it stands: "All of Us Are Dead Turns 5: Season 1 Is Streaming Now Ahead of
#: Season 2's March 26 Premiere".
_SEASON_ONE_OUT = compile_later(r"\b(?:season\s*(?:1|one)|s1|first\s+season)['’]?\s+(?:is\s+|are\s+)?(?P<out>(?:now\s+)?"
                             r"(?:streaming|out|available)\s+now|now\s+(?:streaming|available))\b", re.I)


#: Tudum's "Now on Netflix:" naming season 1 ("Now on Netflix: All of Us Are Dead Season 1 — catch up before Season 2"):
#: the first season on the service, never ours out (s2wild71).
_NOW_ON_NETFLIX_FIRST = compile_later(
    rf"^\W*(?P<out>now\s+on\s+netflix)\s*[:—–]\s*(?:{EN_SHOW_NAME}|{KO_SHOW_NAME})['’\"”]?\s*[(\[]?\s*(?:season\s*(?:1|one)|s1"
    r"|시즌\s*1)\b", re.I)


#: A part of a post that is the webtoon's news, its serial's chapters ("웹툰 '지금 우리 학교는' 시즌2는 4월 16일 연재 시작, …",
#: "the webtoon's season 2 gets a new chapter every Friday; …"): the original's own season 2, not the series'.
_WEBTOON_NEWS = compile_later(r"(?:^|(?<=[,;…]))[^,;…]*(?:웹툰|\bwebtoon)[^,;…]*(?:연재|\bchapters?\b|\bserial\w*)[^,;…]*(?:[,;…]\s*|$)",
                              re.I)


#: Season 1 named ("s1", "시즌1", "第一季", "シーズン1", "temporada 1", "ซีซั่น 1"; never Part 1: "파트1", "第一部", nor Vietnamese
#: "phần 1", which says either) ...
_SEASON_ONE = compile_later(r"\b(?:season\s*(?:1|one)|s1|first\s+season|temporada\s*1|(?:primeira|primera)\s+temporada|musim\s*1|saison\s*1|premi[èe]re\s+saison)\b"
                            r"|시즌\s*1(?!\d)|第一季|第\s*1\s*季|シーズン\s*1(?!\d)|ซีซั่น\s*1(?!\d)", re.I)
#: ... shown again: a rerun, a re-release, back on a service ("재방송", "重播", "再放送", "tayang ulang", "chiếu lại", "ฉายซ้ำ"; "volta",
#: "regresa" as the translation says them, "returns on"; "ulang" after any verb, "tayang" being translated: review72b; French
#: "reprise", "rediffusée", "de retour": fix133).
_SHOWN_AGAIN = compile_later(r"\b(?:re-?runs?|re-?air(?:s|ed|ing)?|re-?releases?d?|reissued?|blu-?ray|dvd|coming\s+back|back\s+on|returns?"
                             r"|is\s+back|regresa|vuelve|de\s+volta|volta|reestr[ée]ia|reestreno|(?:se\s+)?reestrena|reprise|rediffus\w*|de\s+retour|ulang|chiếu\s+lại|ipapalabas\s+ulit)\b"
                             r"|재방송|재방|재공개|재개봉|블루레이|重播|重映|再放送|再配信|地上波|ฉายซ้ำ|รีรัน", re.I)
#: ... or Part 1, which may be a season's too ("phần 1", "part 1", "parte 1", "T1", "1期", "파트1", "第一部"): a part shown again is never the
#: premiere, whatever it names (fix133; never beside season 2's own name: "aouad 2 returns march 19 with part 1").
_PART_ONE = compile_later(r"\b(?:phần|part|parte|partie)\s*1\b|\b(?-i:T)\s?1\b|(?<!\d)1\s*期|第一部|파트\s*1(?!\d)", re.I)
_SEASON_TWO_NAMED = compile_later(SEASON_TWO_NAME, re.I)
#: Season 2 named in such a part ("season 1 and 2"): kept.
_SEASON_TWO_TOO = compile_later(r"\b(?:season\s*(?:2|two)|s2|temporada\s*2|saison\s*2)\b|\b(?:and|&|y|e|và|et)\s*2\b|시즌\s*2|第二季|シーズン\s*2"
                                r"|(?<!\d)2\s*期|\b(?-i:T)\s?2\b", re.I)
#: Where a post's part ends (never a comma before a year: "January 28, 2022"; before "2期", fix133), and an "and" before season 2 named ("season 1 is
#: back on netflix march 5 and season 2 drops in april", "temporada 1 regresa el 5 de marzo y la temporada 2 …": review72b).
_PART_END = compile_later(r"(?:[;…]|[,，、](?!\s*\d(?!\s*期)))\s*|(?<!\s)\s+(?:and|y|e|&)\s+(?=(?:the\s+|la\s+|a\s+)?(?:season\s*(?:2|two)\b|s2\b|temporada\s*2\b))",
                          re.I)
#: Season 2 said as the second of the two, after season 1's part ("a primeira temporada volta dia 5 de março, a segunda estreia 19 de
#: março", "la primera temporada regresa …, la segunda llega …": review72b); never "a segunda-feira", a Monday.
_THE_SECOND = compile_later(r"^(?:a|la)\s+segunda\b(?![-\s]*(?:feira|temporada))", re.I)
_THE_FIRST = compile_later(r"\b(?:primeira|primera)\s+temporada\b", re.I)
#: Season 2 said after season 1's part as fans shorten it or as the second ("…, the second season on march 19", "…, T2 se estrena el
#: 19": fix133).
_SECOND_SAID = compile_later(r"^(?:the\s+)?second\s+season\b|^(?-i:T)\s?2\b", re.I)
#: A day with no month ending the part after season 1's, and the month season 1's part named ("T1 vuelve el 5 de marzo, T2 se estrena
#: el 19"): the same month, said once (fix133).
_DAY_ALONE = compile_later(r"\b(?:el|dia|día)\s+\d{1,2}\W*$", re.I)
_ITS_MONTH = compile_later(r"\bde\s+(?:enero|janeiro|febrero|fevereiro|marzo|março|abril|mayo|maio|junio|junho|julio|julho|agosto"
                           r"|septiembre|setembro|octubre|outubro|noviembre|novembro|diciembre|dezembro)\b", re.I)


def without_season_one(text: str) -> str:
    """`text` without its parts that show season 1 again with their own day ("지우학 시즌1 재방송 3월 5일, 시즌2는 3월 19일 공개",
    "aouad s1 4K blu-ray re-release march 12, s2 on netflix march 19": the rerun's day is season 1's, never ours, s2wild108), its
    show's name kept when those parts gave it."""
    ends = [m.end() for m in _PART_END.finditer(text)] + [len(text)]
    parts = [text[start:end] for start, end in zip([0, *ends], ends, strict=False)]
    again = [bool((_SEASON_ONE.search(part) or (_PART_ONE.search(part) and not _SEASON_TWO_NAMED.search(part))) and _SHOWN_AGAIN.search(part)
                  and not _SEASON_TWO_TOO.search(part)) for part in parts]
    kept = [_after_season_one(part, parts[index - 1]) if index and again[index - 1] else part
            for index, part in enumerate(parts) if not again[index]]
    if len(kept) in (0, len(parts)):
        return text
    series = "".join(kept).strip()
    named = _SHOW_ANY.search(text)  # (its name abroad too: "Estamos Muertos T1 vuelve …, T2 …")
    return series if _SHOW_ANY.search(series) or named is None else f"{named.group(0)} {series}"


_SHOW_ANY = compile_later(rf"{EN_SHOW_NAME}|{KO_SHOW_NAME}|now at our school|{ABROAD_SHOW_NAME}|今私(?:たちの学校は)?|今学校|僵尸校园", re.I)


def _after_season_one(part: str, before: str) -> str:
    """The part after season 1's shown again, season 2 named as it says it ("a segunda", "the second season", "T2") and its day
    given the month season 1's part named when it names none."""
    part = _SECOND_SAID.sub("Season 2", _THE_SECOND.sub("Season 2", part) if _THE_FIRST.search(before) else part)
    if (day := _DAY_ALONE.search(part)) is not None and (month := _ITS_MONTH.search(before)) is not None:
        part = f"{part[:day.end()].rstrip()} {month.group(0)}{part[day.end():]}"
    return part


#: Words naming the series itself beside another medium ("the Netflix season 2", "드라마 시즌2", "ซีรีส์"): the series' news too.
_THE_SERIES_WORD = compile_later(r"netflix|넷플|ネトフリ|网飞|网剧|드라마|ドラマ|\b(?:series|serie|série|serial|dizi|phim|drama|show)\b|시리즈"
                                 r"|ซีรีส์|剧", re.I)
#: A story's own day ("Correction: our April 16 story wrongly said …"): the day it ran, never the release's (not a "report",
#: which may be the day reported: "I retracted my April 16 report").
_STORY_DAY = compile_later(r"\b(?:our|the|an?|this|that|its|their|my)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                           r"\s*\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:st|nd|rd|th)?\s+"
                           r"(?=(?:story|article|piece|headline|interview)s?\b)", re.I)


#: A trailer's word written before the title it is of ("trailer kingdom 3", "el tráiler de Kingdom 3", "trailer ng kingdom 3").
_TRAILER_BEFORE = compile_later(r"\s+(?:the\s+|el\s+|o\s+)?(?:tr[aá]iler|teaser)(?:nya)?(?:\s+(?:de|do|da|del|ng|of|for|dari))?\s*$", re.I)
#: A word that joins our part to the next title's, left at its end when that title's part is set aside ("… and", ", y", "&").
_JOINING_WORD = compile_later(r"(?:\s*[,&+]|\s+(?:and|y|e|et|und|i|ve|và|dan|at|tapos))+\s*$", re.I)


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked again of the same one
def ours_only(text: str) -> str:
    """`text` without what it says of other titles (the whole text when it names none), nor of another work named
    without its title (`_UNTITLED_WORK`), nor season 1's being out (`_FIRST_SEASON_OUT`, `_SEASON_ONE_OUT`,
    `_NOW_ON_NETFLIX_FIRST`), nor the
    webtoon's news beside the series' (`_WEBTOON_NEWS`); nothing of a post only about another medium's season 2
    (`OTHER_MEDIUM`), and no story's own day (`_STORY_DAY`)."""
    if OTHER_MEDIUM.search(text) and not _THE_SERIES_WORD.search(text):
        return ""
    if (third := _THIRD_SEASON_AFTER.search(text)) is not None and SHOW.search(text, 0, third.start()):
        text = text[:third.start()]  # "finished aouad 2, season 3 when??": the next season's talk, no question of ours (s2wild74)
    if (third := _THIRD_SEASON_FIRST.match(text)) is not None and SHOW.search(text, third.end()):
        text = text[third.end():]  # "season 3 when?? just finished aouad 2": the same talk said first (s2wild75)
    text = _STORY_DAY.sub("the ", text)
    if (series := _WEBTOON_NEWS.sub(" ", text).strip()) and series != text:
        named = SHOW.search(text)  # ("…, 드라마 시즌2는 5월 28일 공개": the series, by the name the webtoon's part gave)
        text = series if SHOW.search(series) or named is None else f"{named.group(0)} {series}"
    text = without_season_one(text)
    for said_out in (_FIRST_SEASON_OUT, _SEASON_ONE_OUT, _NOW_ON_NETFLIX_FIRST):
        if (first := said_out.search(text)) is not None:
            text = text[:first.start("out")] + text[first.end("out"):]
    if (untitled := _UNTITLED_WORK.search(text)) is not None and SHOW.search(text[:untitled.start()]):
        text = text[:untitled.start()]
    ours = [m.span() for m in SHOW.finditer(text)]
    titles = list(_NUMBERED_TITLE.finditer(text))  # (found once for both lists below: the text's longest search here)
    others = [m for m in titles if _another(m, ours)]
    if (said := _said_of_another(text, others)) != text:
        text = said
        ours = [m.span() for m in SHOW.finditer(text)]
        titles = list(_NUMBERED_TITLE.finditer(text))
        others = [m for m in titles if _another(m, ours)]
    joined = [m for m in titles if _joined(m, ours) and m not in others]
    if not (others or joined) or not ours:
        return text
    if not (others := sorted(others + _named_again(text, others, joined, ours), key=lambda m: m.start())):
        return text
    marks = sorted([(start, True) for start, _ in ours] + [(m.start(), False) for m in others])
    their_ends = {m.start(): m.end() for m in others}
    if (entry := _day_first_entry(text, marks)) is not None:
        return entry
    kept = text[:marks[0][0]]  # what comes before any title ("Rumor: ", "BREAKING: ") is said of all
    if not marks[0][1] and (entries := [m.start() for m in _LIST_MARK.finditer(kept)]):
        # a list's header line is said of every entry ("coming to netflix in 2027 👀⏎kingdom 3 — jan 22⏎…⏎all of us are dead 2");
        # the first entry's day, written before its title, is its own ("… 2027 / Jan 22 — Kingdom 3 / …") (s2wild56)
        kept = kept[:entries[-1]] + " —"
    elif not marks[0][1] and _NEXT_LABEL.search(text, marks[0][0], next(start for start, is_ours in marks if is_ours)):
        kept = ""  # "Coming March 26: Sweet Home 4. Now on Netflix: <ours>": ours has a label of its own, the first is theirs (review58d)
    elif not marks[0][1] and _DATED_LABEL.search(kept) \
            and _SENTENCE_BETWEEN.search(text, marks[0][0], next(start for start, is_ours in marks if is_ours)):
        kept = ""  # "Coming March 26: Sweet Home 4. <ours> is on Netflix now": a dated label is its own title's (s2wild74)
    elif not marks[0][1] and not _LABEL.search(kept):
        # "Netflix delays Sweet Home 4; …": a verb before another title is that title's; a label before it is all's
        # ("march is stacked: trigger 2 on the 12th, weak hero 3 on the 5th, aouad s2 on the 19th")
        labels = [m.end() for m in _INNER_LABEL.finditer(kept)]
        kept = kept[:labels[-1]] if labels else ""
    for n, (start, is_ours) in enumerate(marks):
        if is_ours:
            end = marks[n + 1][0] if n + 1 < len(marks) else len(text)
            if (entries := [m.start() for m in _LIST_MARK.finditer(text, start, end)]) and end < len(text):
                end = entries[-1]  # "All of Us Are Dead 2 — spring / Feb 5 — Moving 2": the next entry's day, written first (s2wild56)
            elif end < len(text) and (label := _NEXT_LABEL.search(text, start, end)) is not None:
                end = label.start()  # "Now on Netflix: <ours>. Coming April 9: Sweet Home 4": the label is the next title's (s2wild73)
            if n > 0 and not marks[n - 1][1] and (same := _SAME_DAY_TOO.match(text, _our_end(text, start))) is not None \
                    and _CLAUSE_OPENS.search(text, max(0, start - 12), start):
                # "El juego del calamar 3 se estrena el 19 de marzo, y Estamos Muertos 2 también": ours on the day the title before
                # it was given, as the post says (never when it goes on: "aouad 2 too i hope"; a question stays one; nor what the
                # fan does "too": "…, i'm watching aouad 2 too", "…, me encanta Estamos Muertos 2 también") (s2wild104, review68a)
                theirs = their_ends[marks[n - 1][0]]  # (a title matched with its number, "イカゲーム3": the month after is the day's)
                if not text[theirs - 1].isdigit() and (number := _THEIR_NUMBER.match(text, theirs)) is not None:
                    theirs = number.end()
                kept += f" {text[start:same.end('name')]} {_JOINING_WORD.sub('', text[theirs:start])} {text[same.end():end]}"
                continue
            if n > 0 and _ALSO.match(text, _our_end(text, start)):
                pass  # "<킹덤> 시즌3 예고편 공개! 6월 11일, 오직 넷플릭스에서 #지금우리학교는2 도 곧": ours "too", the day before it theirs
            elif n > 0 and (breaks := sorted([b.end() for b in _BREAK.finditer(text, marks[n - 1][0], start)]
                                             + [b.end() for pattern in (_SENTENCE_STOP, _HOUR_THEN_COMMA)
                                                for b in pattern.finditer(text, marks[n - 1][0]) if b.end() <= start])) \
                    and not _LIST_MARK.search(text, breaks[-1], start):
                start = breaks[-1]  # "...; Netflix Also Dates 'All of Us Are Dead' ...": its part's verb is ours
                # (never past a list's mark: "Moving 2 — March 19 / All of Us Are Dead S2 — spring": the 19th is Moving's)
            # (the word joining ours to the next title goes with it: "aouad 2 feb 26 and sweet home 4 the week after", s2wild59)
            part = text[start:end]
            if end < len(text) and not marks[n + 1][1]:
                # "…, trailer kingdom 3 dan sudah resmi", "el tráiler de Kingdom 3": a trailer named before a title is its (s2wild76)
                part = _TRAILER_BEFORE.sub("", part)
            kept += " " + (_JOINING_WORD.sub("", part) if end < len(text) else part)
    if not marks[-1][1] and (more := _AND_MORE.match(text, others[-1].end())) is not None:
        kept += " " + text[more.end():]  # "All of Us Are Dead Season 2, Kingdom Season 3 and More Coming Next Year": said of all
    return kept.strip(" ;,…—–-")


#: A list entry's day written before its title, after the list's mark or label ("…: Apr 2 Kingdom 3, Apr 9 <ours>, …").
_DAY_FIRST = compile_later(rf"(?:^|[,/|·•;:]\s*)(?P<day>{MONTH_TYPED}\s*\d{{1,2}}(?!\d)(?:st|nd|rd|th)?)\s*[:\-–—]?\s*$", re.I)


def _day_first_entry(text: str, marks: list[tuple[int, bool]]) -> str | None:
    """Our entry as "<title> (<day>)", with the list's label, in a schedule whose every title follows its own day ("New on Netflix this week:
    Mar 17 Kingdom 3 · Mar 19 <ours> · Mar 20 …"): each day is its title's, never the one before or after (s2wild74)."""
    days = [day for n, (start, _) in enumerate(marks)
            if (day := _DAY_FIRST.search(text, 0 if n == 0 else marks[n - 1][0], start)) is not None]
    if len(marks) < 2 or len(days) < len(marks):
        return None
    first = days[0].start("day")
    label = text[:first] if _LABEL.search(text[:first]) else ""
    n = next(n for n, (_, is_ours) in enumerate(marks) if is_ours)
    end = days[n + 1].start() if n + 1 < len(days) else len(text)
    entry = text[days[n].end():end].strip(" ;,…—–-·|/:")
    return f"{label} {entry} ({days[n].group('day')})".strip()  # the day after the title, as listings write it too


#: A roundup's "and more" after its last title: what follows is said of every title in it (s2wild56).
_AND_MORE = compile_later(r"\s*,?\s*(?:and|&|\+)\s+(?:many\s+)?(?:more|others)\b", re.I)


#: Our show named as one more ("#지금우리학교는2 도 곧 만나요", "AOUAD 2 too", 今私2も): what came before it was another's.
_ALSO = compile_later(rf"['’\"”]?\s*(?:(?:season|시즌|シーズン)\s*)?(?:2|ii)?\s*(?:도|も|也)(?!{HANGUL.pattern})|['’\"”]?\s+(?:too|as\s+well)\b|['’\"”]?\s+also\s+(?:soon|coming|returns?)\b", re.I)


#: ... given the day the title before it was ("…, y Estamos Muertos 2 también", "지우학2도 같은 날", "今学校2も同じ日"), closing the post.
_SAME_DAY_TOO = compile_later(r"(?P<name>['’\"”]?\s*(?:(?:season|시즌|シーズン)\s*)?(?:2|ii)?)\s*(?:\s(?:too|as\s+well|tambi[eé]n|tamb[eé]m|juga|rin|din)\b"
                              r"|(?:도|も|也)\s*(?:是\s*)?(?:같은\s*날|同じ日|同一天|一样|一樣))(?=[^\w]*$)", re.I)
#: ... opening its own clause, as the subject of "too" ("…, and aouad 2 too", "…, y Estamos Muertos 2 también", "…、今学校2も同じ日"),
#: never the object of the fan's own verb ("…, i love aouad 2 too", "…, quiero Estamos Muertos 2 también"). (Brazil's "Todos Nós Estamos
#: Mortos" reaches here as "Todos Nós All of Us Are Dead": its first words are the title's.)
_CLAUSE_OPENS = compile_later(r"(?:^|[,;，、.!！。]|\b(?:and|y|e|et|dan|at|tapos|pati|plus)\b)\s*(?:(?:the|el|la|o|a)\s+)?[\"“'‘#《『「]?"
                              r"(?:todos\s+n[óo]s\s+)?\s*$", re.I)
#: ... the season's number after the title before it ("Squid Game 3", "Round 6 temporada 3"): that title's still (never a
#: day's month or number: "鱿鱼游戏 3월 19일", "Squid Game 3 19 March").
_THEIR_NUMBER = compile_later(r"\s*(?:(?:season|temporada|시즌|s)\s*)?\d{1,2}(?![\d/.:]|\s*(?:[월月日일号號]|de\b|" + MONTH_TYPED + r"))", re.I)


def _our_end(text: str, start: int) -> int:
    """Where our show's name that starts at `start` ends."""
    m = SHOW.match(text, start)
    return m.end() if m is not None else start


#: A label or a part ending what comes before the first title ("BREAKING:", "[Rumor]", "Update —", "3월 라인업…"): said
#: of every title.
_LABEL = compile_later(r"(?:[:|\]\)…;]|\.\.\.|\s[—–-])\s*$|^\s*$")  # ("넷플릭스 3월 라인업…": the lineup's month, said of all)
#: A label or a part's end inside what comes before the first title ("march is stacked: …"): what precedes it is all's.
_INNER_LABEL = compile_later(r":(?!\d)|[|\]\)…;]|\.\.\.|\s[—–-]\s")
#: A letter only Vietnamese writes (a tone or a vowel mark English has not).
_VIETNAMESE_LETTER = compile_later(r"[đàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)
#: Words abroad that a day's number follows ("le 5", "el 5", "am 5", "dia 5"): never a title's number.
_ABROAD_BEFORE_A_DAY = compile_later(r"^(?:le|la|les|el|los|las|de|del|du|des|il|al|am|im|em|do|da|dia|sa|ng|op|en|à|a|ab|bis|tgl|ngày)$")
#: Words a bare number follows that make it a day, a rank or a count, never a title's number ("March 5").
_NOT_A_NAME = compile_later(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:top|no\.?|number|episodes?|ep\.?"
                         r"|eps|day|days|week|weeks|chapter|vol\.?|volume|phase|level|round|act|room|class|gen|d|at|by|in|on|for|to|from|of|and|or|the"
                         r"|than|with|under|over|after|before|about|until|till|only|just|all|its|it's|his|her|their|our)$", re.I)


def numbers_a_count(word: str) -> bool:
    """Whether a bare number after `word` is a day, a rank or a count ("March 5", "Top 3", "Ep 7"), never a title's."""
    return _NOT_A_NAME.match(word) is not None


#: A weekday before a number followed by its month ("Friday 7 May", "Fri 7th May") is a day, not a title.
_WEEKDAY = compile_later(rf"^{WEEKDAY_WORD},?$", re.I)
_MONTH_NEXT = compile_later(r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


#: A quoted text whose number follows a month ("'set for may 14'", "\"out on Jan. 8\""): a day said, never a title's number.
_ENDS_IN_A_MONTH = compile_later(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.I)


#: Korean words a number follows that make it a season, a part, an hour or a count, not a title's number.
_NOT_A_KOREAN_TITLE = compile_later(r"^(?:시즌|파트|에피소드|제|총|약|최대|최소|오후|오전|밤|새벽|저녁|낮|무려|단|첫|매주|주|일)$")


#: Words saying what came before is another title's ("jan 22 is kingdom 3", "… but that's KINGDOM 3", "= Kingdom 3").
_SAID_TO_BE = compile_later(r"(?:\bthat['’]?s|\bthat\s+is|\bis|\bwas|=|\bbelongs\s+to)\s+(?:(?:just|only|actually|literally|for|the)\s+)*$",
                            re.I)
#: ... or a bracket after the day naming whose it is ("Feb 26 (Kingdom 3's date, not ours)", "(that's kingdom 3's)") (s2wild62).
_BRACKET_BEFORE = compile_later(r"\(\s*(?:(?:that['’]?s|it['’]?s)\s+)?$", re.I)
_OWNED = compile_later(r"['’]s?\b")
#: A day with its month named ("jan 22", "22 January", "1월 22일").
_A_DAY = compile_later(rf"{MONTH_TYPED}\s*\d{{1,2}}(?!\d)(?:st|nd|rd|th)?|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_TYPED}"
                       r"|(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일", re.I)
#: Where a clause starts: what came before it is said of something else.
_CLAUSE_START = compile_later(r"[.!?;,…]+\s*|\s[—–/|]\s")


def _said_of_another(text: str, others: list[re.Match[str]]) -> str:
    """`text` without a clause whose day it says is another title's ("someone said aouad 2 drops jan 22 but that's KINGDOM 3",
    "jan 22 is kingdom 3"): the mistaken day, and the hearsay that gave it, are no news of ours (s2wild56)."""
    for other in reversed(others):
        said = _SAID_TO_BE.search(text, 0, other.start()) or (_BRACKET_BEFORE.search(text, 0, other.start()) and _OWNED.match(text, other.end()))
        if said and (days := list(_A_DAY.finditer(text, max(0, other.start() - 60), other.start()))) \
                and not _CLAUSE_START.search(text, days[-1].end(), other.start()):  # (never "drops March 5 — that's Kingdom 3's week too")
            start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, days[-1].start())), default=0)
            text = text[:start] + " " * (other.end() - start) + text[other.end():]
    return text


#: A numbered title's name without its number ("キングダム3" -> キングダム, "킹덤3" -> 킹덤, "kingdom 3" -> kingdom).
_STEM = compile_later(r"^[\"“‘'「《『〈]?(?P<stem>[^\W\d_](?:.*?[^\W\d_])?)\s?[2-9][\"”’'」》』〉]?$")


def _joined(match: re.Match[str], ours: list[tuple[int, int]]) -> bool:
    """Whether a numbered title follows our show's name with only "and" between (今私2とキングダム3, 지우학2랑 킹덤3)."""
    # (ours, found in order, ends in order: the nearest first, up to one with more words between than "and" holds, so a post
    # naming ours a thousand times is not read a thousand times a title)
    for start, end in reversed(ours[:bisect.bisect_right(ours, match.start(), key=lambda span: span[1])]):
        if start < match.start() and _JOINED.fullmatch(match.string, end, match.start()):
            return True
        if _FOUR_WORD_CHARACTERS.search(match.string, end, match.start()):
            return False
    return False


def _named_again(text: str, others: list[re.Match[str]], joined: list[re.Match[str]],
                 ours: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Where another title named with its number is named again without it, after ("今私2とキングダム3、1月22日配信はキングダムの方",
    "지우학2랑 킹덤3, 1월 22일 공개는 킹덤 쪽"): the day before it is that title's (s2wild57); a title named together with ours
    (`_JOINED`) is another's only then."""
    again: list[re.Match[str]] = []
    for other in others + joined:
        if (stem := _STEM.match(other.group(0).strip())) is None or len(stem.group("stem")) < 2:
            continue
        word = stem.group("stem")
        # (a katakana or hangul name is bounded by its own script only: Japanese writes はキングダムの方 with no space)
        edge = "[ァ-ヴー・]" if "ァ" <= word[0] <= "ヴ" else HANGUL.pattern if HANGUL.match(word) else r"[^\W\d_]"
        name = re.compile(rf"(?<!{edge}){re.escape(word)}(?!\s?\d)(?![A-Za-z])(?!{HANGUL.pattern}{{2}})", re.I)
        named = [m for m in name.finditer(text, other.end()) if not any(start < m.end() and m.start() < end for start, end in ours)]
        again += named + ([other] if named and other in joined else [])
    return again


#: Our season's number, then the next title straight away ("지우학2 킹덤3 1월 22일"): that title is another's (s2wild56).
_OUR_NUMBER = compile_later(r"[2-9]\W*")
#: "And" between our title and the next ("今私2とキングダム3"): the two named together, a day after them both's, unless that
#: title is named again after it (`_named_again`).
_JOINED = compile_later(r"[2-9]?\W*(?:と|랑|이랑|하고|와|과|和|与|及)\W*")
#: More word characters than `_JOINED` holds (a digit and a two-letter "and").
_FOUR_WORD_CHARACTERS = compile_later(r"\w(?:\W*\w){3}")


#: A season's number after a title's own ("Round 6 temporada 3", "Alice 2 season 2").
_ITS_SEASON_AFTER = compile_later(r"\s+(?:temporada|season|saison|staffel|stagione|musim)\s*\d", re.I)


def _another(match: re.Match[str], ours: list[tuple[int, int]]) -> bool:
    """Whether a numbered title is another show's: it does not hold or follow our show's name."""
    if any(start < match.end() and end >= match.start() - 2 and not _OUR_NUMBER.fullmatch(match.string, end, match.start())
           for start, end in itertools.takewhile(lambda span: span[0] < match.end(),
                                                 ours[bisect.bisect_left(ours, match.start() - 2, key=lambda span: span[1]):])):
        return False  # "'All of Us Are Dead' Season 2", "AOUAD S2", "\"All Of Us Are Dead 2\""
    if match.group("quoted") is not None and _ENDS_IN_A_MONTH.search(match.group("quoted")):
        return False  # a quotation ending in a day ("netflix responds: 'set for may 14'"), not a title's number
    if match.group("vietnamese") is not None:
        return _VIETNAMESE_LETTER.search(match.group("vietnamese")) is not None  # (an English "Season 2" is no Vietnamese title)
    if any(match.group(group) is not None for group in ("abroad", "quoted", "bracketed", "known", "katakana", "han")):
        return True
    if match.group("listed") is not None:
        words = match.group("listed").split()
        while words and _NOT_A_TITLE.match(words[0]):
            words.pop(0)
        return bool(words) and _NOT_A_NAME.match(words[-1]) is None and _ABROAD_BEFORE_A_DAY.match(words[-1]) is None  # ("ep 3")
    if match.group("hangul") is not None:
        return _NOT_A_KOREAN_TITLE.match(match.group("hangul")) is None
    cut = match.start("marker") if match.group("marker") else match.start("bare")
    words = match.group(0)[:cut - match.start()].split()
    if match.group("bare") and words and _ITS_SEASON_AFTER.match(match.string, match.end()):
        return True  # "Round 6 temporada 3": a name with its own number, its season named after it (s2wild83)
    if match.group("bare") and (not words or _NOT_A_NAME.match(words[-1])):
        return False  # "March 5", "Top 3", "Episode 3": a number, not a title's
    if match.group("bare") and _WEEKDAY.match(words[-1]) and _MONTH_NEXT.match(match.string, match.end()):
        return False  # "Friday 7 May": a day ("Wednesday 2 drops August 6" is the show Wednesday's second season)
    while words and _NOT_A_TITLE.match(words[0]):
        words.pop(0)
    return bool(words)
