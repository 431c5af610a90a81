"""Episode numbers in the forms fans type, written as the analyser reads them ("episode 7", "s1e7").

"episode seven", "ep eight", "the 7th ep", "the seventh episode", "s01e07", "ep.7", "7번째 화",
"일곱번째 에피소드": each is season 1's episode 7 (or the season named). An ordinal left as a word is also matched as a number ("its
seventh day at the top of the chart"), so it is written as the episode number it says. Ordinals
next to a later season are left alone: season2_which counts those against that season's list.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.text import NUMBER_WORDS, ORDINAL_WORDS, ordinal_number

_EP = r"(?:episodes?|epis?|eps?)"
_NUMBER_WORD = "|".join(word for word, n in NUMBER_WORDS.items() if 1 <= n <= 20)
_ORDINAL_WORD = "|".join(word for word, n in ORDINAL_WORDS.items() if 1 <= n <= 20 and word != "first")
# "episode seven", "ep eight", "season 2 episode three"
# (never "what ep one of the kids gets bitten": "one of" says who)
_IN_WORDS = compile_later(rf"\b({_EP})\.?\s+({_NUMBER_WORD})\b(?!\s+of\b)", re.I)
# "the 7th ep", "seventh episode" (not "first": "the first episode of ..." reads well already)
_NTH = compile_later(rf"\b(?:the\s+)?((?:{_ORDINAL_WORD})|(?:[1-9]\d?)(?:st|nd|rd|th))\s+{_EP}\b", re.I)
# "s01e07", "s1 ep7", "s1 ep 7": season and episode in one
_PADDED = compile_later(r"\bs0*(\d{1,2})\s*(?:e|ep|episode)\s*0*(\d{1,2})\b", re.I)
# "7번째 화", "일곱번째 에피소드", "일곱 번째 화": Korean ordinals
_KOREAN_ORDINALS = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
                    "열한": 11, "열두": 12}
_KOREAN_NTH = compile_later(r"(\d{1,2}|열한|열두|다섯|여섯|일곱|여덟|아홉|첫|두|세|네|열)\s*번째\s*(?:화|회|에피소드|편)")
# "ep.7", "ep. 7"
_DOTTED = compile_later(rf"\b({_EP})\.\s*(\d{{1,2}})\b", re.I)
_LATER_SEASON = compile_later(
    r"\b(?:season|s)\s*0*(?:[2-9]|two|three)\b|\b(?:second|2nd|next|new|third|3rd)\s+season\b|\bsequel\b", re.I
)


def episode_numbers(text: str) -> str:
    """`text` with every episode number written as "episode N" (or "sNeM")."""
    if "번째" in text:
        text = _KOREAN_NTH.sub(lambda m: f"{_KOREAN_ORDINALS.get(m.group(1)) or int(m.group(1))}화", text)
    if not any(c.isdigit() for c in text) and "ep" not in text.casefold():
        return text
    text = _PADDED.sub(lambda m: f"s{int(m.group(1))}e{int(m.group(2))}", text)
    text = _DOTTED.sub(r"\1 \2", text)
    text = _IN_WORDS.sub(lambda m: f"{m.group(1)} {NUMBER_WORDS[m.group(2).casefold()]}", text)
    if not _LATER_SEASON.search(text):
        text = _NTH.sub(lambda m: f"episode {ordinal_number(m.group(1).casefold())}", text)
    return text
