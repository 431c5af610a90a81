"""Korean chat about the question's own words: "뮬란 ㅋㅋ" ("Mulan lol") while the question speaks of
Mulan, "귀남이 ㅋㅋ" while it asks in which episode Gwi-nam lost his eye.

A message in hangul is read in English and romanised to find an answer (`bot.trivia.matching`); read
the same ways, a message with laughter or crying ("ㅋㅋ", "ㅠㅠ") whose other words are only the
question's (a loanword of one, or a name it names) is a reaction, as "mulan lol" is
(`bot.trivia.corrections.reaction`). Without such a sign it stays an attempt: "뮬란" alone may be a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from bot.trivia.guesses import Verdict
from bot.trivia.hangul import (
    KOREAN_TALK_WORDS,
    has_hangul,
    is_korean_predicate,
    is_korean_talk,
    romanised,
    stems,
)
from bot.trivia.koreanwords import english_readings
from bot.trivia.normal import normalize_tokens


def korean_reaction(tokens: tuple[str, ...], question: str, verdict_of: Callable[[str], Verdict]) -> bool:
    """Whether a message in hangul judged an attempt is laughter or crying about the question's words
    (`verdict_of` judges a reading of it)."""
    talk = [is_korean_talk(t) for t in tokens]
    if not any(talk) or all(talk) or not any(has_hangul(t) and not said for t, said in zip(tokens, talk, strict=True)):
        return False
    words = normalize_tokens(question)
    asked = {*words, *(a + b for a, b in pairwise(words))}
    readings = english_readings(
        tokens, asked, lambda word: stems((word,)), lambda word: is_korean_talk(word) and not is_korean_predicate(word),
        KOREAN_TALK_WORDS,
    )
    return any(verdict_of(reading) is Verdict.CHAT for reading in (*readings, romanised(tokens), romanised(tuple(stems(tokens).split()))))
