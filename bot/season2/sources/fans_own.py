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
_MADE_ABROAD = (r"reacci[oó]n(?:es)?|reaksi|ulasan|rese[ñn]as?|v[ií]deos?|reacts?|resenhas?|an[aá]lises?|fanarts?"
                r"|리액션|리뷰|영상|팬아트|팬캠|팬픽|자막|感想|リアクション|動画|レビュー|ファンアート|イラスト|字幕|同人\S{0,4}"
                r"|แฟนอาร์ต|แฟนแคม|รีแอค")
#: What is a fan's by its very name, whoever says it ("aouad 2 fansub out march 20", "แฟนซับ …", "an unofficial aouad 2 poster",
#: "fan-made", 팬메이드, 同人): its clause set aside like a fan's own thing (s2wild85).
_FAN_MADE = (r"\b(?:fan[\s-]?subs?\b|(?:fan[\s-]?made|unofficial)\s+(?:[^\W_][\w'’.]*\s+){0,3}?(?:posters?|trailers?|teasers?|subs?"
             rf"|subtitles?|translations?|{GOODS})\b)|แฟนซับ|แฟนเมด|팬메이드|팬\s*자막|同人"
             # (a fanfic, fan art, a fan edit, fancam or fan trailer by its name, said of before its own words, never a thing said to look
             # like one nor one the post closes on, "just finished aouad s2 ep 1 fanfic", s2wild86)
             r"|(?<!\blike\s)(?<!\blike\sa\s)\bfan[\s-]?(?:fic(?:tion)?s?|arts?|edits?|cams?|trailers?)\b(?=\s+[^\W_])")
#: A clause's own end: a comma, a semicolon, a colon, "!", "?", a bar, a spaced slash or dash, a new line, a sentence's full
#: stop (never an abbreviation's dot: "mar. 19" stays in the clause), or "while" and its kin.
_CLAUSE_END = (r"(?=[,;:!?|\n，、。！？]|\s[—–/-]\s|\.(?:\s+[^\W\d]|\s*$)|$"
               # (or a turn to the other thing: "… ส่วนซีรีส์ฉาย 19 มี.ค.", "… còn phim ngày 19/3", "… while the show …", s2wild85)
               r"|\s(?:ส่วน|còn\s|sementara\s|mientras\s|enquanto\s|while\s|meanwhile\s|whereas\s))")
#: The clause after, when it opens on the thing's coming out with no name of its own ("made an unofficial aouad 2 poster, release
#: march 26 lol", "my fan art, out sat."): its day the thing's too (never "…, the show march 19": the season named).
_ITS_DAY_NEXT = (r"(?:[,;:]\s*(?:(?:it|it['’]s|its)\s+)?(?:releas\w*|out|drops?|dropping|up|rilis|tayang|labas|sai|sale|ra|ออก)\b"
                 rf".*?{_CLAUSE_END})")
#: "my …", "our …" (up to four words between) before what a fan made; or what a fan made, its owner said after it ("… của
#: mình", "… ku", "… ko", "mi …", "meu …", "내 …", "私の…"); never after a colon, where the day before labels it ("AOUAD 2,
#: March 20: my review", `headline_cards.EVENTS_DAY`).
_FANS_OWN = compile_later(rf"(?<![:：])(?<![:：]\s)(?:{_FAN_MADE}|\b(?:my|our|mi|mis|meu|minha|meus|minhas)\s+(?:[^\W_][\w'’.]*\s+){{0,4}}?(?:{GOODS}|{_MADE_ABROAD})\b"
                          rf"|(?:내|제|우리)\s*(?:\S+\s+){{0,3}}?(?:{_MADE_ABROAD})|私の\S{{0,12}}?(?:{_MADE_ABROAD})"
                          rf"|\b(?:{GOODS}|{_MADE_ABROAD})(?:\s+[^\W_][\w'’]*){{0,4}}?\s+(?:của\s+(?:(?:nhóm|team|bọn|tụi)\s+)?(?:mình|tui|tôi|em|tớ)|ku|ko|mio|mía"
                          r"|buatan\s*(?:ku|aku|saya|kami|sendiri)|(?:dari|punya)\s+(?:aku|saya|kami|gue|gw))\b)"
                          rf".*?{_CLAUSE_END}{_ITS_DAY_NEXT}?", re.I | re.S)


def without_fans_own(text: str) -> str:
    """`text` without the clause of a fan's own thing and its day ("my aouad 2 fan edit drops march 19": "")."""
    return _FANS_OWN.sub("", text)
