"""A release verb or the season misspelt as fans type them in a hurry ("premiers march 19", "premeires", "relases",
"comming", "seaon 2"), or said as Variety does ("to Bow March 19"), read as the plain word; a month with two letters
swapped ("marhc 5th") as the month (`with_verbs_spelt`, read by `headline_parts` and `summaries`; the listing's forms
are `headline_forms`'). Pure functions on text.
"""

from __future__ import annotations

import functools
import re

from bot.lazy_re import RewriteTable, compile_later
from bot.season2.sources.headline_abroad import in_english
from bot.season2.sources.headline_forms import MONTH_WORD, SEASON_NAME
from bot.season2.sources.headline_words import WEEKDAY
from bot.season2.sources.other_titles import KO_SHOW_NAME
from bot.season2.typed_dates import MONTH_TYPOS

#: Indonesian months a post names alone after its "incar" (eyeing), in English.
_ID_MONTHS = dict(zip("januari februari maret mei juni juli agustus oktober desember".split(),
                      "January February March May June July August October December".split(), strict=True))
#: Misspellings of the release's verbs, as typed in a hurry: a letter left out, doubled or swapped.
_MISSPELT = RewriteTable(
    # a cast member's "fans will meet 'All of Us Are Dead 2' next year" (will see, can watch): it premieres then (a time follows;
    # never "could": "we could see it in 2028 at the earliest" is a guess)
    (compile_later(rf"\b(?:fans|viewers|audiences|we|you|everyone)\s+(?:will|can|['’]ll)\s+(?:meet|see|watch)\s+[\"“'‘]?(?P<name>{SEASON_NAME})"
                rf"[\"”'’]?\s+(?=(?:in\s+|this\s+|next\s+|early\s+|late\s+)?(?:year|spring|summer|fall|autumn|winter|20\d\d|{MONTH_WORD})\b)", re.I),
     r"\g<name> premieres "),
    # a listing's first episode of the season ("Season 2 Episode 1 scheduled for 2027-05-07", TVmaze's "S02E01 airdate
    # changed to …"): all episodes come at once, so its day is the season's; its "airdate" is the release date
    # (never a discussion thread's "S2E1 Discussion", which says it is out)
    (compile_later(r"\b(?:season\s*(?:2|two)\s*[,:]?\s*episode\s*0?1|s0?2\s*e0?1)\b(?!\d)(?=\s+(?:is\s+|was\s+)?(?:scheduled|air\s?-?date|set\s+for))",
                re.I), "Season 2"),
    (compile_later(r"\bair\s?-?date\b", re.I), "release date"),
    # fans' "AOUAD S2 week!! friday 4pm KST" (its release week, then the weekday): the season premieres that weekday
    (compile_later(r"((?:\bseason\s*2|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?)\s+(?:release\s+|premiere\s+)?week\b[\s!.:,🧟]*"
                r"(?=(?:this\s+)?" + WEEKDAY + r"\b)", re.I), r"\1 premieres "),
    # a trailer's closing date card ("ends on a date card: 04.16", "the date card says April 16"): the season's day, its premiere
    (compile_later(r"\bdate\s+card\s*(?:says|reads|shows|:)\s*(?=\d{1,2}\s*[./]\s*\d{1,2}\b|" + MONTH_WORD + r"\.?\s*\d)", re.I),
     "date card: premieres "),
    (compile_later(r"\bpremiers\b(?=\s+(?:on\s+)?(?:\d|" + MONTH_WORD + r"))", re.I), "premieres"),  # before its day only
    (compile_later(r"\bprem(?:ei|i)r(es|e|ing)\b", re.I), r"premier\1"),
    # Indonesian fans' countdown "H-3" (hari, days to go) as Korean's "D-3" (s2wild95); never hours ("H-3 jam")
    (compile_later(r"(?<![\w-])H\s*-\s*(?=\d{1,2}\b(?!\s*(?:jam|hours?|h)\b))"), "D-"),
    # a listing's "prem." before its day ("prem. Fri., Mar. 19 — AOUAD 2", s2wild95): it premieres then
    (compile_later(r"\bprem\.(?=\s*(?:on\s+)?(?:(?:" + WEEKDAY + r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?(?:\d|" + MONTH_WORD + r"))",
                   re.I), "premieres"),
    # a fan's "19 is the date" ending its clause ("march 12, i mean 19 is the date lol", s2wild96): the release date; never a
    # date of something else ("… is the date of the trailer", "… is the date we find out"), nor a day after another thing
    # than the season's name ("aouad 2 trailer: march 12 is the date!", "filming starts, june 3 is the date", review65b)
    (compile_later(rf"({SEASON_NAME}\s*[:,—–-]?\s*(?:on\s+)?(?:{MONTH_WORD}\s*)?\d{{1,2}}(?:st|nd|rd|th)?\s+is\s+the\s+)date\b"
                   r"(?=\s*(?:lol|lmao|fr|tho|[!.,;]|$|[\u2600-\u27bf\U0001f300-\U0001faff]))", re.I), r"\1release date"),
    (compile_later(r"\b(?:rel(?:a|ae)s|realeas|rele{2,}s)(es|e|ing|ed)\b", re.I), r"releas\1"),
    (compile_later(r"\bcom{2,}(ing|es)\b", re.I), r"com\1"),  # "comming"
    (compile_later(r"\b(all\s?of\s?us)\s+r\s+(?=d(?:ae|e|aa|eaa|ea)d+\b)", re.I), r"\1 are "),  # "all of us r dead"
    (compile_later(r"\b(all\s?of\s?us\s?are\s?)(?:d(?:ae|e|aa|eaa)d|dead{2,})\b", re.I), r"\1dead"),  # typed in a hurry: "Daed", "Deadd"
    # the name's other words slipped ("Al of us are dead", "All of Ua Are Dead") and the short name's letters swapped ("AOAUD")
    (compile_later(r"\b(?:al|alll)\s?of\s?us\s?are\s?(?=dead\b)|\ball\s?of\s?u[az]\s?are\s?(?=dead\b)", re.I), "all of us are "),
    (compile_later(r"\b(?:aoaud|auoad|aouda|oauad|aoudad)\b", re.I), "aouad"),
    # the short name run into its 2 ("AOUAD2 OUT NOW"; never a hashtag, "#AOUAD2"), the season said before the show ("season 2
    # of aouad dropped today"): the season's name as the readers know it (s2wild68)
    (compile_later(r"(?<![#\w])(aouad)(2)\b", re.I), r"\1 \2"),
    (compile_later(r"\b(?:the\s+)?(?:season|series)\s*(?:2|two)\s+of\s+(?:the\s+)?(?P<show>all\s?of\s?us\s?are\s?dead|aouad)\b(?!['’]?\s*(?:2|s2|season))",
                re.I), r"\g<show> season 2"),
    # the press's "eyed for" (targeted for) a time: "Season 2 eyed for first half of 2027" is set for it
    (compile_later(r"\b(?:is\s+|being\s+|now\s+)?eyed\s+for\b(?=\s+(?:the\s+)?(?:first|second|early|late|mid|spring|summer|fall|autumn|winter"
                r"|q[1-4]|h[12]|20\d\d|" + MONTH_WORD + r")\b)", re.I), "set for"),
    # a time Netflix is said to have in mind for the season ("Netflix Reportedly Pencilling In March For …", "netflix is mulling
    # march for aouad 2", Indonesian "incar Maret untuk …"): a rumour of it, as "reportedly set for" (Netflix's or reported only,
    # never a fan's "my friend is eyeing march for …"; a day eyed stays a guess, as headline_strength holds, s2wild62)
    (compile_later(r"\b(?:(?:netflix|the\s+streamer)(?:\s+is|['’]s)?(?:\s+(?:reportedly|apparently|dikabarkan))?|reportedly|apparently|dikabarkan)\s+(?:eyeing|pencil(?:l)?ing\s+in"
                r"|mulling|(?:meng)?incar|(?:mem)?bidik)\s+(?:an?\s+)?(?P<when>(?:(?:" + MONTH_WORD + "|" + "|".join(_ID_MONTHS)
                + r")(?!\s*\d{1,2}\b)|(?:the\s+)?(?:first|second)\s+half|early\s+20\d\d|spring|summer|fall|autumn|winter"
                r"|q[1-4])(?:\s+(?:of\s+)?20\d\d)?)\s+(?:(?:release|premiere|debut)\s+)?(?:date\s+)?(?:for|untuk)\s+[\"“'‘]?(?P<name>"
                + SEASON_NAME + ")", re.I),
     lambda m: f"{m.group('name')} reportedly set for {_ID_MONTHS.get(m.group('when').lower(), m.group('when'))}"),
    # a day rumoured "for" ("aouad 2 rumoured for W2, friday the 15th"): as "rumoured to premiere" it (s2wild103); "to be" it, or
    # nothing between ("aouad 2 rumoured to be march 19", "… but rumored march 19", review70a)
    (compile_later(r"\b(rumou?red)\s+(?:for\s+|to\s+be\s+(?:on\s+)?)?(?=(?:" + MONTH_WORD + r")\.?\s*\d|\d{1,2}\s*(?:/|st\b|nd\b|rd\b|th\b)|(?:20\d\d[-\s]?)?W\d"
                r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.I), r"\1 to premiere "),
    # Netflix's day said before the season it is for ("no, netflix said march 19 for aouad 2. not march 12"): as "netflix said aouad 2
    # is march 19" (s2wild103)
    (compile_later(r"\bnetflix\s+(?P<verb>said|says|confirmed|confirms|announced|announces)\s+(?P<day>(?:" + MONTH_WORD
                + r")\.?\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:" + MONTH_WORD + r")|\d{1,2}\s*/\s*\d{1,2})\s+for\s+[\"“'‘]?(?P<name>"
                + SEASON_NAME + ")", re.I), r"netflix \g<verb> \g<name> is \g<day>"),
    # ... or after our season asked or said undated ("aouad 2 no date yet?? netflix just said march 19"): as "netflix said aouad 2 is march
    # 19", the fan's question answered (s2wild104)
    (compile_later(r"(?P<name>" + SEASON_NAME + r")\s+(?:still\s+)?(?:no\s+(?:release\s+)?date|not\s+(?:yet\s+)?dated)(?:\s+yet)?\s*[?!.…]*"
                r"\s*netflix\s+(?:just\s+|literally\s+|already\s+)?(?P<verb>said|confirmed|announced)\s+(?P<day>(?:" + MONTH_WORD
                + r")\.?\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:" + MONTH_WORD + r")|\d{1,2}\s*/\s*\d{1,2})\b", re.I),
     r"netflix \g<verb> \g<name> is \g<day>"),
    # a day's premiere called off ("aouad s2 april 2 premiere scrapped, new date TBA", "the April 2 release is off"): that day put
    # off, as "delays April 2 premiere" says, never the season cancelled nor the day announced
    (compile_later(r"\b(?P<day>(?:" + MONTH_WORD + r")\.?\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s*/\s*\d{1,2})\s+(?:netflix\s+)?(?P<what>premiere"
                r"|release|debut|launch)\s+(?:date\s+)?(?:is\s+|has\s+been\s+|was\s+|got\s+)?(?:officially\s+)?(?:scrapped|cancell?ed"
                r"|called\s+off|off|axed|pulled|canned)\b", re.I), r"delays \g<day> \g<what>"),
    # the day it keeps: "at least aouad 2 stays april 2", "s2 remains on 4/2" (before its day only)
    (compile_later(r"\b(?:stays|remains)\s+(?:on\s+)?(?=(?:" + MONTH_WORD + r")\s*\d|\d{1,2}\s*/\s*\d)", re.I), "premieres "),
    # the day a statement was made on, before "that" or a comma ("Netflix revealed on February 16 that …", "…, announced on
    # February 16, arrives …"): out, the release's own day left
    # (and "confirmed Feb 16 that …", "was announced February 16")
    (compile_later(r"\b((?:(?:was|were|been)\s+)?(?:announced|revealed|unveiled|confirmed|said|stated|shared|told|reported|teased"
                r"|posted))\s+(?:on\s+)?(?:" + MONTH_WORD + r"\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+" + MONTH_WORD + r")(?:,?\s+20\d\d)?"
                r"(?=\s*(?:that\b|,))|\b((?:was|were|been)\s+(?:announced|revealed|unveiled|confirmed))\s+(?:on\s+)?(?:" + MONTH_WORD
                + r"\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+" + MONTH_WORD + r")(?:,?\s+20\d\d)?", re.I), lambda m: m.group(1) or m.group(2)),
    (compile_later(r"\b(?:tmrw|tmrow|tmr|tmw|2moro|2mrw|tmorrow|tomorow|tommorow|tommorrow|tomoz)\b", re.I), "tomorrow"),
    (compile_later(r"\b(?:seaon|seson|sesaon|saeson|seasn|seasson|seaosn|esason|seasno)\b(?=\s*(?:2|two)\b)", re.I), "season"),  # before its number
    # the press's "'지우학2' 5일 오후 4시 베일" (the season unveiled then, to come): its release ("베일 벗었다" is done; the
    # day must follow the season's name at once: "캐스팅 5일 베일" is the casting's)
    # (the title quoted before its 시즌2, a comma after it: "'지금 우리 학교는' 시즌2, 6월 11일 베일 벗는다"; or a window:
    # "'지금 우리 학교는2' 내년 상반기 베일")
    (compile_later(r"((?:" + KO_SHOW_NAME + r")['’」》\"”]?\s*(?:시즌\s*)?2['’」》\"”]?,?\s*(?:(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일"
                r"(?:\s*(?:오전|오후|밤|새벽|낮)?\s*\d{1,2}\s*시(?:\s*반)?)?|(?:내년|올해|20\d\d\s*년)?\s*(?:상반기|하반기|봄|여름|가을|겨울)"
                r"|(?:내년|올해|20\d\d\s*년)?\s*\d{1,2}\s*월(?:\s*(?:초|중순|말))?(?!\s*\d)))\s*베일(?!\s*(?:을\s*)?벗었)"), r"\1 공개"),
    # Variety's "bow": "to Bow March 19", "bows on Netflix Feb. 12" (before a day or Netflix only)
    (compile_later(r"\b(to\s+|will\s+)?bow(s|ing)?\b(?=\s+(?:on\s+)?(?:netflix\b|\d|" + MONTH_WORD + r"))", re.I),
     lambda m: (m.group(1) or "") + {"s": "premieres", "ing": "premiering"}.get((m.group(2) or "").lower(), "premiere")),
)


#: A month's name with two letters swapped, as typed in a hurry ("marhc 5th", "arpil 9"), before its day only.
#: And the misspellings moderators' dates mend (bot/season2/typed_dates.py: "febuary", "decmber", "janurary"), read
#: as typed in headlines: before its day, or after one ("19 Febuary"), never alone ("Mach" is also a speed).
_SWAPPED_MONTH = {word[:i] + word[i + 1] + word[i] + word[i + 2:]: word for word in (
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")
    for i in range(len(word) - 1) if word[i] != word[i + 1]} | MONTH_TYPOS
_MONTH_TYPED = "|".join(sorted(_SWAPPED_MONTH, key=len, reverse=True))
_SWAPPED = compile_later(rf"\b({_MONTH_TYPED})\b(?=\s*\d)|(?:(?<=\d\s)|(?<=\d(?:st|nd|rd|th)\s))({_MONTH_TYPED})\b", re.I)


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked again of the same one
def with_verbs_spelt(text: str) -> str:
    """The headline with the release's verbs spelt as the readers know them, and a post in Spanish, Portuguese or
    Indonesian in English words (`headline_abroad.in_english`)."""
    text = in_english(text)
    text = _MISSPELT.rewrite(text)
    if _DATES_TITLES.search(text):  # "Netflix confirms 'Weak Hero Class 3' for January 22, 'All of Us Are Dead 2' for …"
        text = _FOR_WHEN.sub(lambda m: f"{m.group('name')} {'premieres' if m.group('day') is not None else 'coming in'} ", text)
    return _SWAPPED.sub(lambda m: _SWAPPED_MONTH[(m.group(1) or m.group(2)).lower()], text)


#: Netflix dating its titles one by one, "<title> for <when>": "Netflix confirms 'Weak Hero Class 3' for January 22, 'All of
#: Us Are Dead 2' for first half of 2027", "Netflix Slates 'All of Us Are Dead 2' for March 26": the season premieres then.
_DATES_TITLES = compile_later(r"\b(?:confirm(?:s|ed)?|dates|slates|sets|schedules|locks\s+in)\b", re.I)
_FOR_WHEN = compile_later(rf"(?P<name>{SEASON_NAME})['’\"”]?\s+for\s+(?:(?P<day>(?={MONTH_WORD}\s*\d))|(?=(?:the\s+)?(?:first|second)\s+half"
                       rf"|h[12]\b|q[1-4]\b|(?:early|late|mid)[\s-]|spring|summer|fall|autumn|winter|20\d\d\b|{MONTH_WORD}(?!\s*\d)))", re.I)
