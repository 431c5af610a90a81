"""A year or grade asked by its ordinal against the one a record gives: "are they first years" against
"class 2-5 (second year, class 5)" is "No.", never a "Yes." off the shared word "year"."""

from __future__ import annotations

from bot.lazy_re import compile_later

_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ORDINAL_YEAR = compile_later(r"\b(first|1st|second|2nd|third|3rd|fourth|4th)[\s-]*(?:years?|yrs?|grade(?:rs?)?)\b")


def ordinals(text: str) -> set[int]:
    """The years or grades `text` names by ordinal ("second year", "1st graders")."""
    return {_WORDS[m.group(1)] for m in _ORDINAL_YEAR.finditer(text.casefold())}


def other_ordinal(asked: str, said: str) -> bool:
    """The question names a year by ordinal and the record another one, and not the one asked."""
    wanted, given = ordinals(asked), ordinals(said)
    return bool(wanted and given and not wanted & given)
