"""A typed message read in the matcher's English before it is judged (`bot.trivia.matching`).

Fans of a global server type answers, denials and corrections in their own scripts and languages; each is put
in the words the matcher reads, in turn: other scripts' names and words in Latin letters ("南羅", "ナムラかオンジョ":
`bot.trivia.otherscripts`), Russian and Ukrainian (`bot.trivia.cyrillic`), Thai and Vietnamese
(`bot.trivia.thaiviet`), Arabic script and Turkish (`bot.trivia.arabicturkish`), Hinglish, Malay and Tagalog
(`bot.trivia.asianlatin`), Spanish, Portuguese and French (`bot.trivia.romance`), one guess set against another
in any of these or Italian and German ("nicht onjo sondern namra": `bot.trivia.contrasts`), and a name said in Korean not to
be it ("남라는 아니야": `bot.trivia.koreanchat`). Where the answer joins two with "and", two joined by another
language's "and" are so joined ("namra at suhyeok", "suhyeok y namra", "수혁이랑 남라": `_pair_in_english`). Every
other rule of the matcher then judges it as English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.trivia.arabicturkish import in_english_from_arabic_or_turkish
from bot.trivia.asianlatin import in_english_from_asian_latin
from bot.trivia.contrasts import contrast_in_english
from bot.trivia.cyrillic import from_cyrillic
from bot.trivia.english import COMMON_WORDS
from bot.trivia.koreanchat import korean_denial
from bot.trivia.normal import normalize_tokens
from bot.trivia.otherlanguages import phrase_in_other_language
from bot.trivia.otherscripts import in_latin
from bot.trivia.romance import in_english_from_romance
from bot.trivia.thaiviet import in_english

__all__ = ["read_in_english"]


def read_in_english(guess: str, answers: Sequence[str]) -> tuple[str, str]:
    """The message as typed in Latin letters (other scripts' names and words: "南羅" -> "namra"), which a
    player's unknown words are checked in, and that message read in English ("Онджо", "สิบสอง", "Nam-ra'ydı",
    "bukan namra, onjo", "no, es onjo", "남라 아니고 온조"); `answers`: the question's, whose own words stay."""
    typed = guess = in_latin(guess, answers)
    guess = from_cyrillic(guess, answers)  # "Онджо", "Намра или Онджо"
    guess = in_english(guess, answers)  # "สิบสอง", "mười hai", "อนโจ": Thai and Vietnamese
    guess = in_english_from_arabic_or_turkish(guess, answers)  # "١٢ حلقة", "Nam-ra'ydı", "onjo씨"
    guess = contrast_in_english(guess)  # "nicht onjo sondern namra", "não é onjo, é namra": not X but Y
    guess = in_english_from_asian_latin(guess, answers)  # "bukan namra, onjo", "hindi ba si onjo?", "char mahine", "1.7 lakh"
    guess = in_english_from_romance(guess, answers)  # "no, es onjo", "¿no es gwinam?", "onjo, digo namra"
    guess = _pair_in_english(guess, answers)  # "namra at suhyeok po", "수혁이랑 남라요": the two the answer joins
    return typed, korean_denial(guess)  # "남라는 아니야", "남라 아니고 온조": not Nam-ra


# "And" between two names in Tagalog, Spanish, Portuguese, Indonesian and Vietnamese ("namra at suhyeok", "onjo y
# namra", "namra e suhyeok", "namra dan suhyeok", "suhyeok và namra"; Thai "กับ" is read in `bot.trivia.thaiviet`), a Spanish or Portuguese
# article or Tagalog "si" after it ("é o suhyeok e a namra", "si namra at si suhyeok")...
_AND = compile_later(r"(?<=\w)\s+(?:at|y|e|dan|và)\s+(?:(?:o|a|el|la|si)\s+)?(\w+)", re.IGNORECASE)
# ...and a Korean particle of "and" closing the message's first word, the other name after it ("수혁이랑 남라요",
# "남라와 수혁", "수혁과 남라", "수혁이하고 남라")
_KOREAN_AND = compile_later(r"^(\s*[가-힣]+?)(?:이랑|랑|이하고|하고|와|과)(?=\s+[가-힣\w])")
_JOINED = compile_later(r"\band\b", re.IGNORECASE)


def _pair_in_english(guess: str, answers: Sequence[str]) -> str:
    """`guess` with another language's "and" between two words read "and", where an answer joins two with "and"
    ("Su-hyeok and Nam-ra"); never before an English word ("namra at the end was so sad": no pair)."""
    if not any(_JOINED.search(a) for a in answers) or phrase_in_other_language(tuple(normalize_tokens(guess))) is not None:
        return guess  # ("arco y flecha": the story's phrase, read whole as "bow and arrow")
    guess = _AND.sub(lambda m: m.group(0) if m.group(1).lower() in COMMON_WORDS else f" and {m.group(1)}", guess)
    return _KOREAN_AND.sub(r"\1 and", guess)
