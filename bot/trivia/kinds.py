"""The kind of thing an answer is: a year, a number, a person, a place, a word or a phrase.

Used to pick wrong options of the same kind for a list played in buttons mode (numbers with
numbers, years with years, people with people) and to know which answers of a list are rival
candidates of a question's answer when a player names several ("paris london berlin").

The kind is read from the answer's shape and the question's wording ("Who...", "Which city...",
"In what year..."). It only has to be consistent inside one list, which is where it is compared.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.trivia.normal import is_number, read

_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")
_WHO = re.compile(r"\b(who|whom|whose)\b", re.IGNORECASE)
_PERSON_NOUNS = re.compile(
    r"\b(which|what|name\s+(?:the|a|an|one))\s+(?:\w+\s+){0,2}?("
    r"actor|actress|player|singer|rapper|character|person|people|president|king|queen|author|"
    r"writer|artist|painter|composer|director|driver|coach|wrestler|scientist|inventor|poet|"
    r"philosopher|god|goddess|hero|villain|champion|captain|emperor|musician|guitarist|drummer|"
    r"member|manager|pitcher|goalie|goaltender|quarterback|footballer|boxer|explorer|"
    r"prime minister|leader|ruler|founder|ceo|host|comedian|youtuber|streamer|operator|pok[eé]mon"
    r")s?\b",
    re.IGNORECASE,
)
_PLACE_NOUNS = re.compile(
    r"\b(country|countries|city|cities|capital|state|states|continent|island|islands|river|"
    r"mountain|ocean|sea|lake|desert|province|region|county|town|nation|planet|where|located|"
    r"flag|map|territory|kingdom|village|borough|district|peninsula|strait|canal|bay)\b",
    re.IGNORECASE,
)
_YEAR_QUESTION = re.compile(r"\b(what|which|in)\s+year\b|\bwhat\s+decade\b|\bwhen\b", re.IGNORECASE)


class Kind(StrEnum):
    YEAR = "year"
    NUMBER = "number"
    PERSON = "person"
    PLACE = "place"
    WORD = "word"  # a single word that is none of the above
    PHRASE = "phrase"  # several words that are none of the above


def answer_kind(answer: str, question_text: str = "") -> Kind:
    """The kind of an answer to a question (see module docstring)."""
    tokens = read(answer).tokens
    numbers = [t for t in tokens if is_number(t)]
    if numbers and len(numbers) == 1 and len(tokens) <= 3:
        if len(tokens) == 1 and _YEAR.match(tokens[0]) and (
            not question_text or _YEAR_QUESTION.search(question_text) or "how many" not in question_text.lower()
        ):
            return Kind.YEAR
        return Kind.NUMBER
    if question_text:
        if _WHO.search(question_text) or _PERSON_NOUNS.search(question_text):
            return Kind.PERSON
        if _PLACE_NOUNS.search(question_text):
            return Kind.PLACE
    return Kind.WORD if len(tokens) <= 1 else Kind.PHRASE


def number_unit(answer: str) -> str:
    """The words around a number answer ("seconds" for "4.3 seconds"), to prefer the same unit."""
    return " ".join(t for t in read(answer).tokens if not is_number(t))
