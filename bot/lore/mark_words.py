"""A channel's spoiler mark said in words instead of an episode, as moderators type it to /spoilers.

"no spoilers", "spoiler-free", "nospoilers", "노스포", "스포 금지" mean nothing in the clear (the mark
0); "full spoilers", "spoilers allowed", "스포 허용" mean everything out so far (the latest episode).
A text says so only when it names spoilers and every other word is one of those below, so "no
spoilers past ep 5" or a bare "spoilers" say nothing here (the episode reader asks again).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from bot.text import strip_invisible

MarkWords = Literal["nothing", "latest"]

_SPOILER = frozenset({"spoiler", "spoilers", "spoilery", "스포", "스포일러"})
#: Words saying there are none: "no spoilers", "spoiler free", "스포 금지".
_NONE = frozenset({"no", "non", "zero", "free", "without", "금지", "노", "없음", "없이", "안됨"})
#: Words saying every one is fine: "full spoilers", "spoilers allowed", "스포 허용".
_ALL = frozenset({"full", "all", "allowed", "ok", "okay", "welcome", "everything", "any", "허용", "가능", "ㅇㅋ", "풀"})
#: Words that say nothing more ("no spoilers here", "this channel is spoiler free").
_FILLER = frozenset({"here", "this", "channel", "thread", "is", "are", "the", "in", "mode", "zone", "only", "please",
                     "pls", "totally", "completely", "fully", "it", "채널"})
_GLUED = re.compile(r"(스포일러|스포|spoilers|spoiler|spoilery)")


def mark_in_words(text: str) -> MarkWords | None:
    """"nothing" or "latest" when `text` says the mark in words (see the module's docstring), else None."""
    shown = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    spaced = _GLUED.sub(r" \1 ", shown.replace("'", "").replace("\u2019", ""))
    words = re.findall(r"[^\W_]+", spaced)
    if not words or not any(w in _SPOILER for w in words):
        return None
    if any(w not in _SPOILER | _NONE | _ALL | _FILLER for w in words):
        return None
    if any(w in _NONE for w in words):
        return "nothing"
    if any(w in _ALL for w in words):
        return "latest"
    return None
