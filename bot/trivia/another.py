"""What turns a guess that holds an accepted answer into another answer.

- A qualifier before it: "New York" is not York, "North Korea" not Korea (`QUALIFIERS`, always);
  and, when the question asks for a place, a word that makes another place: "Latin America" is
  not America, "American Samoa" not Samoa, "Little Italy" not Italy. ("Great Britain" and Britain
  are one place: bot.trivia.variants lists them as the same thing.)
- A given name before the answer to a question asking for a place or a thing: "Freddie Mercury"
  is not the planet (bot.trivia.typedforms).
- A place word after it, naming another kind of place than the question asks for: "Mexico City"
  for the country Mexico, "Kansas City" for the state, "Washington DC" for the state. When the
  question asks for a city, "New York City" is New York; when it does not say, the word is kept.
- A sequel number (2 to 12, "Part 2") after an answer that is no place: "Iron Man 2" is not Iron
  Man, "Henry 8" not Henry ("Iron Man 1" is; an answer with a number of its own is left alone:
  "Apollo 11"; a number the question says is no sequel; after a place, it is chat: "paris 20").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bot.trivia.accepted import Answer
from bot.trivia.kinds import Kind
from bot.trivia.normal import compact_form
from bot.trivia.typedforms import asks_for_a_thing, names_a_person
from bot.trivia.variants import QUALIFIERS

# Before a place: words that make it another place ("Latin America", "British Columbia").
PLACE_QUALIFIERS = frozenset(
    "great little latin american british french dutch spanish portuguese german danish inner outer "
    "baja saudi lesser".split()
)
# The kind of place each word names, after an answer ("Mexico City") or in the question ("which city").
_PLACE_WORDS = {
    "city": "city", "cities": "city", "capital": "city", "town": "city", "towns": "city", "village": "city",
    "borough": "city", "dc": "city", "country": "country", "countries": "country", "nation": "country",
    "nations": "country", "kingdom": "country", "republic": "country", "state": "state", "states": "state",
    "province": "province", "provinces": "province", "region": "province", "county": "county",
    "counties": "county", "island": "island", "islands": "island", "isle": "island", "territory": "territory",
    "territories": "territory", "continent": "continent", "continents": "continent",
}
_AFTER = frozenset({"city", "town", "dc", "county", "province", "state", "island", "islands", "isle", "territory"})
_NOUN = "|".join(sorted(_PLACE_WORDS, key=len, reverse=True))
_ASKED_PLACE = re.compile(
    r"\b(?:which|what|name\s+(?:the|a|an|one|any))\s+(?:[\w'.-]+\s+){0,4}?(" + _NOUN + r")\b"
    r"(?:\s+or\s+(" + _NOUN + r")\b)?|\b(capital)\s+(?:city\s+)?of\b",
    re.IGNORECASE,
)
_SEQUEL_WORDS = frozenset({"part", "pt", "vol", "volume", "chapter"})
_MAX_SEQUEL = 12


@dataclass(frozen=True)
class Asked:
    """What a question asks for, as far as telling one answer from another goes."""

    thing: bool = False  # a place or a thing: no person is its answer
    place: bool = False
    places: frozenset[str] = frozenset()  # the kinds of place it names: "city", "country", "state"...


def asked(question_text: str, kind: Kind) -> Asked:
    """What `question_text` asks for, its answer being of `kind`."""
    places: set[str] = set()
    found = _ASKED_PLACE.search(question_text)
    if found is not None:
        places.update(_PLACE_WORDS[w.lower()] for w in found.groups() if w)
    return Asked(asks_for_a_thing(question_text, kind), kind is Kind.PLACE, frozenset(places))


def names_another(
    tokens: Sequence[str], start: int, end: int, answer: Answer, asks: Asked = Asked(),
    echoed: Collection[str] = (),
) -> bool:
    """Whether the words around an answer found at `start`..`end` make it another answer (see the
    module docstring); `echoed` are the question's own words (a number it says is no sequel)."""
    if asks.thing and len(answer.tokens) == 1 and names_a_person(tokens, start):
        return True
    if start > 0:
        before = tokens[start - 1]
        if before in QUALIFIERS or (asks.place and before in PLACE_QUALIFIERS):
            if compact_form([before, *answer.tokens]) != answer.compact:
                return True
    if end == len(tokens):
        return False
    return _another_place(tokens, end, answer, asks) or (not asks.place and _sequel(tokens, end, answer, echoed))


def _another_place(tokens: Sequence[str], end: int, answer: Answer, asks: Asked) -> bool:
    word = tokens[end]
    if word == "d" and tokens[end + 1 : end + 2] == ("c",):
        word = "dc"
    if word not in _AFTER or not asks.places or answer.tokens[-1] in _PLACE_WORDS:
        return False
    return _PLACE_WORDS[word] not in asks.places


def _sequel(tokens: Sequence[str], end: int, answer: Answer, echoed: Collection[str]) -> bool:
    if answer.numbers:
        return False
    at = end + 1 if tokens[end] in _SEQUEL_WORDS and end + 1 < len(tokens) else end
    number = tokens[at]
    return number.isdigit() and 2 <= int(number) <= _MAX_SEQUEL and number not in echoed
