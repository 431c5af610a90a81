"""A word of the question that a record uses only inside a name or term of another sense: "is the
principal in season 2" against "principal photography", "is busan in it" against "Train to Busan",
"is the monster real" against "Film Monster".

Such a record is about something else, so its "Yes." or "No." answers nothing the fan asked
(weighing.py drops the answer for "I don't know").
"""

from __future__ import annotations

import re

# word -> the terms in which a record uses it in another sense
_TERMS: dict[str, tuple[str, ...]] = {
    "principal": ("principal photography",),
    "busan": ("train to busan",),
    "monster": ("film monster",),
    "dragon": ("studio dragon",),
    "squid": ("squid game",),
    "game": ("squid game",),
    "train": ("train to busan",),
    "week": ("geeked week",),
    "beast": ("beauty in the beast",),
    "beauty": ("beauty in the beast",),
}


def other_sense(question: str, record: str) -> bool:
    """Whether a word the question asks about appears in `record` only inside a term of another
    sense that the question does not use."""
    asked = question.casefold()
    text = record.casefold()
    for word, terms in _TERMS.items():
        if not re.search(rf"\b{word}\b", asked) or any(t in asked for t in terms):
            continue
        bare = text
        for term in terms:
            bare = bare.replace(term, " ")
        if any(t in text for t in terms) and not re.search(rf"\b{word}\b", bare):
            return True
    return False
