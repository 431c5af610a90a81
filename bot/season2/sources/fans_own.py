"""A fan's own thing about the season said with a day ("my fancam compilation for aouad 2 drops mar. 19", "my aouad 2 reaction
video drops march 20", "video reaction aouad 2 của mình ra ngày 20/3", "fanart aouad 2 ku rilis sabtu ini"): the day the fan's
video, art or review goes up, never the season's. Its clause is set aside before the season's day is read; the season's own
clause beside it stays ("aouad 2 is out march 19, my reaction video the day after": the 19th). Pure functions on text, read by
`headline_parts`."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_rules import GOODS

#: What fans make, in the words of the languages the readers know beside `GOODS`' English ones.
_MADE_ABROAD = (r"reacci[oó]n(?:es)?|rese[ñn]as?|v[ií]deos?|reacts?|resenhas?|an[aá]lises?|fanarts?"
                r"|리액션|리뷰|영상|感想|リアクション|動画|レビュー")
#: A clause's own end: a comma, a semicolon, a colon, "!", "?", a bar, a spaced slash or dash, a new line, or a sentence's full
#: stop (never an abbreviation's dot: "mar. 19" stays in the clause).
_CLAUSE_END = r"(?=[,;:!?|\n，、。！？]|\s[—–/-]\s|\.(?:\s+[^\W\d]|\s*$)|$)"
#: "my …", "our …" (up to four words between) before what a fan made; or what a fan made, its owner said after it ("… của
#: mình", "… ku", "… ko", "mi …", "meu …", "내 …", "私の…"); never after a colon, where the day before labels it ("AOUAD 2,
#: March 20: my review", `headline_cards.EVENTS_DAY`).
_FANS_OWN = compile_later(rf"(?<![:：])(?<![:：]\s)(?:\b(?:my|our|mi|mis|meu|minha|meus|minhas)\s+(?:[^\W_][\w'’.]*\s+){{0,4}}?(?:{GOODS}|{_MADE_ABROAD})\b"
                          rf"|(?:내|제|우리)\s*(?:\S+\s+){{0,3}}?(?:{_MADE_ABROAD})|私の\S{{0,12}}?(?:{_MADE_ABROAD})"
                          rf"|\b(?:{GOODS}|{_MADE_ABROAD})(?:\s+[^\W_][\w'’]*){{0,4}}?\s+(?:của\s+(?:mình|tui|tôi|em|tớ)|ku|ko|mio|mía)\b)"
                          rf".*?{_CLAUSE_END}", re.I | re.S)


def without_fans_own(text: str) -> str:
    """`text` without the clause of a fan's own thing and its day ("my aouad 2 fan edit drops march 19": "")."""
    return _FANS_OWN.sub("", text)
