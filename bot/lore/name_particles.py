"""A name as fans type it into a lookup that takes one name (/character, /cast): in Korean with what
follows it, "청산이" (the friendly -이 after a name ending in a consonant), "온조야" (calling her),
"귀남이가", "수혁이는" (read without it when the whole word is no name); with a remark in brackets, a
question put before it or Korean emoticons after it ("who is onjo", "온조 ㅠㅠ")."""

from __future__ import annotations

import re

from bot.text import HANGUL, JAMO
from bot.trivia.hangul import without_ending

_HANGUL_WORD = re.compile(HANGUL.pattern + "{2,}")
# Longest first: "이가" before "가", so "귀남이가" is 귀남.
_AFTER_NAME = tuple(sorted((
    "이", "아", "야", "이가", "가", "이는", "는", "은", "이를", "를", "을", "이의", "의", "이도", "도", "이랑", "랑",
    "이한테", "한테", "이에게", "에게", "이야", "이요", "이에요", "이예요", "님", "씨", "쌤", "이쌤",
), key=len, reverse=True))


def without_particle(text: str) -> str | None:
    """The name in one Hangul word with what follows a name taken off ("청산이" -> "청산"), or None
    when `text` is no such word; the name left keeps two syllables at least."""
    word = text.strip()
    if _HANGUL_WORD.fullmatch(word) is None:
        return None
    bare = without_ending(word, _AFTER_NAME)
    return bare if bare != word else None


# Around a name typed into a lookup: a remark in brackets ("cheong-san (the main guy)"), a question
# put before it ("who is onjo", "tell me about gwinam"), Korean emoticons after it ("온조 ㅠㅠ").
_REMARK = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_ASKED = re.compile(r"^(?:who ?is|who['’]?s|who was|tell me about|show me|info on|about|what about)\s+", re.I)
# ㅠㅠ, ㅋㅋ (NFKC writes them as conjoining jamo); one consonant glued after a syllable is a name being typed
# (mid-IME "청ㅅ", by initials: the name resolver's search reads it).
_EMOTICON = re.compile(rf"(?!(?<={HANGUL.pattern})[\u1100-\u1112\u3131-\u314e]$)(?:\s*[{JAMO}]+)+$")


def name_typed(text: str) -> str:
    """The name in what was typed into a lookup, without what is said around it (the text itself
    when nothing is left without it)."""
    bare = _EMOTICON.sub("", _ASKED.sub("", _REMARK.sub(" ", text).strip())).strip(" ?")
    return bare or text
