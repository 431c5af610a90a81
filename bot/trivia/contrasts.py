""""Not X but Y" typed in a fan channel's other languages, read as the matcher's English.

A player who sets one guess against another says which one they stand by: "no es onjo sino namra", "não é onjo,
é namra", "pas onjo mais namra", "non è onjo ma namra", "nicht onjo sondern namra", "hindi onjo kundi namra",
"bukan 7 tapi 6" all guess the second, as "not onjo but namra" does in English (`bot.trivia.matching` judges
that). Only a whole message of that shape is read so, one to three words on each side, so a word of these
languages said in other talk ("ma" for mum, "pas" in "faux pas"; Spanish "pero" and Portuguese "mas" join a clause rather than name
the one instead, and are left) is left as typed. A German
"nicht X" alone denies X as "not X" does.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

__all__ = ["contrast_in_english"]

# The denial opening it: Spanish, Portuguese, Italian, French, German, Tagalog, Malay/Indonesian (never Tagalog "hindi ka
# mali", you're not wrong: "hindi ka mali, onjo talaga" agrees, then guesses On-jo)
_NOT = (
    r"(?:no\s+(?:es|era|fue)|n[aã]o\s+(?:é|e|era|foi)|non\s+(?:è|e|é|era)|(?:ce\s+)?n['’]est\s+pas|c['’]est\s+pas|pas"
    r"|(?:das\s+)?(?:ist|war)\s+nicht|nicht|hindi(?!\s+ka\s+mali\b)(?:\s+si)?|bukan(?:nya)?)"
)
# ...the word that turns to what it is instead ("sino", "mais", "sondern"...), or a comma or a full stop before "it is"
# ("hindi namra. onjo": not Nam-ra, On-jo)
_BUT = r"(?:\s*,?\s*(?:sino|sondern|mais|ma|kundi(?:\s+si)?|tapi|tetapi|melainkan)\s+|\s*(?:,|;|\.+)\s*|\s+(?=(?:es|é|è|c['’]est|ist)\s))"
_IT_IS = r"(?:(?:es|é|è|e|c['’]est|ist|es\s+ist|si)\s+)?"
_ARTICLE = r"(?:(?:el|la|lo|los|las|o|a|os|as|le|les|il|der|die|das|si|ang|ni)\s+)?"
_WORDS = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?"
_CONTRAST = compile_later(
    rf"^\s*{_NOT}\s+{_ARTICLE}(?P<x>{_WORDS}){_BUT}{_IT_IS}{_ARTICLE}(?P<y>{_WORDS})\s*[.!?…]*\s*$", re.I
)
_NICHT_ALONE = compile_later(rf"^\s*(?:das\s+)?(?:ist\s+)?nicht\s+{_ARTICLE}(?P<x>{_WORDS})\s*[.!?…]*\s*$", re.I)
_TRIGGERS = compile_later(r"(?<![\w'’])(?:no|n[aã]o|non|pas|nicht|hindi|bukan|bukannya)(?!\w)", re.I)  # (its openers)


def contrast_in_english(guess: str) -> str:
    """The message in English when the whole of it sets one guess against another in another language
    ("nicht onjo sondern namra" -> "not onjo but namra"; "não é onjo, é namra" -> "not onjo but namra") or
    denies one in German ("nicht onjo" -> "not onjo"); as typed otherwise."""
    if _TRIGGERS.search(guess) is None:
        return guess  # (most messages: one look)
    if (m := _CONTRAST.match(guess)) is not None:
        return f"not {m.group('x')} but {m.group('y')}"
    if (m := _NICHT_ALONE.match(guess)) is not None:
        return f"not {m.group('x')}"
    return guess
