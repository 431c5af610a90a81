"""A typed message read in the matcher's English before it is judged (`bot.trivia.matching`).

Fans of a global server type answers, denials and corrections in their own scripts and languages; each is put
in the words the matcher reads, in turn: other scripts' names and words in Latin letters ("南羅", "ナムラかオンジョ":
`bot.trivia.otherscripts`), Russian and Ukrainian (`bot.trivia.cyrillic`), Thai and Vietnamese
(`bot.trivia.thaiviet`), Arabic script and Turkish (`bot.trivia.arabicturkish`), Hinglish, Malay and Tagalog
(`bot.trivia.asianlatin`), Spanish, Portuguese and French (`bot.trivia.romance`), one guess set against another
in any of these or Italian and German ("nicht onjo sondern namra": `bot.trivia.contrasts`), and a name said in Korean not to
be it ("남라는 아니야": `bot.trivia.koreanchat`). Every other rule of the matcher then judges it as English.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.trivia.arabicturkish import in_english_from_arabic_or_turkish
from bot.trivia.asianlatin import in_english_from_asian_latin
from bot.trivia.contrasts import contrast_in_english
from bot.trivia.cyrillic import from_cyrillic
from bot.trivia.koreanchat import korean_denial
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
    return typed, korean_denial(guess)  # "남라는 아니야", "남라 아니고 온조": not Nam-ra
