"""Sub and dub days in one post (s2wild80): "aouad 2: sub on the 19th, dub a week later", "Estamos Mortos 2 legendado dia 19,
dublado dia 26", "aouad 2 english dub april 2, subs march 19", "sub indo tanggal 19 maret, dub indo 2 april", "vietsub ngày 19/3,
lồng tiếng ngày 2/4": the subtitled day is the season's own release (its dub comes on a day of its own), said as "<season>
premieres <the sub's day>" ("subtitulada ya": "<season> is out now"), the dub's day left out. Only a post our season's name opens, said plainly (asked, hedged or denied:
as it is), each clause one of the two."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_forms import SEASON_NAME
from bot.season2.sources.headline_strength import asks, hedged, refuses
from bot.text import ordinal

#: The subtitled version: "sub", "subs", "subbed", "subtitles", "vietsub", "sub indo", "legendado", "subtitulada".
_SUB = compile_later(r"\b(?:(?:english|eng)\s+)?(?:subs?|subbed|subtitles?|subtitled|vietsub|legendad[oa]s?|subtitulad[oa]s?)"
                     r"(?:\s+indo)?\b|\b(?:the\s+)?original(?:\s+(?:korean|version|audio))*\b", re.I)  # (or "the original", s2wild81)
#: The dubbed one: "dub", "dubbed", "dublado", "doblada", "dublagem", "doblaje", "lồng tiếng", "thuyết minh".
_DUB = compile_later(r"\b(?:dub(?:bed|bing|s)?|dublad[oa]s?|doblad[oa]s?|dublagem|doblaje|lồng\s+tiếng|thuyết\s+minh)\b", re.I)
_CLAUSES = compile_later(r"\s*(?:[,;]|\s[—–-]\s)\s*")
_NAME_OPENS = compile_later(rf"^\W*(?P<name>{SEASON_NAME})", re.I)
#: A bare day of the month, as Portuguese and Spanish say it once in English words ("legendado dia 19": "on 19", "no dia 19":
#: "no on 19", "el día 19"): the 19th of the month the post is written in or next (s2wild81).
_BARE_DAY = compile_later(r"^(?:no\s+|el\s+)?(?:on|d[ií]a)\s+(\d{1,2})$", re.I)
#: The subtitled version out already: "subs already out", "subtitulada ya", "legendado já".
_OUT_ALREADY = compile_later(r"^(?:already\s+out|out\s+now|(?:is\s+)?out\s+already|ya(?:\s+está)?|já(?:\s+saiu)?)\W*$", re.I)


def sub_day_first(text: str) -> str:
    """`text` as its season's premiere on the subtitled day when it gives a sub day and a dub day (see the module); else as it
    is."""
    clauses = [clause for clause in _CLAUSES.split(text) if clause.strip()]
    subs = [clause for clause in clauses if _SUB.search(clause) and not _DUB.search(clause)]
    dubs = [clause for clause in clauses if _DUB.search(clause) and not _SUB.search(clause)]
    if len(subs) != 1 or not dubs or len(subs) + len(dubs) != len(clauses) or (name := _NAME_OPENS.match(text)) is None \
            or (mark := _SUB.search(subs[0])) is None or asks(text) or hedged(text) or refuses(text):
        return text
    if subs[0][:mark.start()].strip(" :") not in ("", name.group(0).strip(" :")):
        return text  # "aouad 2 march 19! kingdom 3: sub on the 17th, dub on the 24th": another's sub day (s2wild81)
    day = subs[0][mark.end():].strip(" :")  # "sub on the 19th": "on the 19th"
    if (bare := _BARE_DAY.match(day)) is not None:
        day = f"on the {ordinal(int(bare.group(1)))}"
    if _OUT_ALREADY.match(day):
        return f"{name.group('name')} is out now"  # "subtitulada ya, doblada el 2 de abril": out, its dub to come
    return f"{name.group('name')} premieres {day}" if day else text
