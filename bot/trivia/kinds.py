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

from bot.lazy_re import compile_later
from bot.trivia.normal import is_number, read

_YEAR = compile_later(r"^(1[0-9]{3}|20[0-9]{2})$")
# "Who..." ("From who...") asks for a person when it opens the question (after a topic in brackets); a relative
# "who" inside a quotation or a slogan ("the men who wear the star") does not.
_WHO = compile_later(
    r"^\W*(?:\([^)]*\)\W*)?(?:(?:from|to|by|with|for)\s+)?(?:who|whom|whose|he|she)\b|[,;:][\"'”’]?\s*(?:who|whom|whose)\b", re.IGNORECASE
)
# "(Identify the Michael Jackson song) <lyrics>": the bracket is the question, the rest a quotation.
_INSTRUCTION = compile_later(r"^\s*\(((?:identify|name|guess)\b[^)]*)\)", re.IGNORECASE)
# ("This famous English actor ... passed away": a clue that describes the one asked for)
_ASKED = r"\b(?:which|what(?:['’]s)?|this|name\s+(?:the|a|an|one|any))\s+(?:[\w'.-]+\s+){0,4}?"  # ("which U.S. state", "what's the name of Snoopy's owner")
_PERSON_WORDS = (
    r"actor|actress|player|singer|rapper|character|person|people|president|king|queen|author|"
    r"writer|artist|painter|composer|director|driver|coach|wrestler|scientist|inventor|poet|"
    r"philosopher|god|goddess|hero|villain|champion|captain|emperor|musician|guitarist|drummer|"
    r"member|manager|pitcher|goalie|goaltender|quarterback|footballer|boxer|explorer|leader|ruler|"
    r"founder|ceo|host|comedian|youtuber|streamer|operator|photographer|designer|model|journalist|"
    r"astronaut|athlete|chef|dancer|politician|senator|governor|mayor|general|pope|saint|prophet|"
    r"economist|physicist|chemist|mathematician|philanthropist|businessman|entrepreneur|"
    r"defenseman|defenceman|forward|striker|goalkeeper|winger|center|centre|skater|rookie|"
    r"pok[eé]mon|champion|hero|agent|legend|girl|boy|man|woman|brother|sister|son|daughter|wife|"
    r"husband|father|mother|role|running\s+back|receiver|linebacker|shortstop|catcher|midfielder|defender|"
    r"owner|creator|discoverer|killer|murderer|narrator|protagonist|antagonist|"
    # the people of a story, asked by their part in it ("Which student...", "Which teacher dies...", "Which bully...")
    r"student|classmate|teacher|principal|friend|best\s+friend|bully|firefighter|soldier|officer|detective|doctor|nurse|"
    r"survivor|victim|neighbou?r|commander|paramedic|archer|boyfriend|girlfriend|kid|teenager|assemblywoman|assemblyman"
)
_PERSON_NOUNS = compile_later(_ASKED + r"(" + _PERSON_WORDS + r")s?\b", re.IGNORECASE)
# A clue that opens with the one it asks for: "The director of Jaws, Raiders of the Lost Ark?"
_PERSON_CLUE = compile_later(
    r"^\W*(?:the|a|an)\s+(?:[\w'.-]+\s+){0,2}?(?:" + _PERSON_WORDS + r")s?\s+(?:of|in|behind|for|who)\b", re.IGNORECASE
)
_PLACE_NOUNS = compile_later(
    r"\bwhere\b|\bcapital\s+(?:city\s+)?of\b|" + _ASKED + r"("
    r"country|countries|city|cities|capital|state|states|continent|island|islands|river|"
    r"mountain|ocean|sea|lake|desert|province|region|county|town|nation|planet|territory|kingdom|"
    r"village|borough|district|peninsula|strait|canal|bay|arena|stadium|venue|location|place"
    r")s?\b",
    re.IGNORECASE,
)
# A person's name asked for ("What's Deadpool's real name?", "What was Tina Turner's birth name?"): a person.
_REAL_NAME = compile_later(r"\b(?:real|birth|maiden|legal)\s+(?:(?:first|full|last|given)\s+)?(?:sur)?name\b", re.IGNORECASE)
_YEAR_QUESTION = compile_later(r"\b(what|which|in)\s+year\b|\bwhat\s+decade\b|\bwhen\b", re.IGNORECASE)
_CODE = compile_later(r"^[A-Z0-9&]{2,5}$")


class Kind(StrEnum):
    YEAR = "year"
    NUMBER = "number"
    PERSON = "person"
    PLACE = "place"
    CODE = "code"  # an abbreviation shown in capitals: "CO", "DHCP", "NASA"
    WORD = "word"  # a single word that is none of the above
    PHRASE = "phrase"  # several words that are none of the above


def answer_kind(answer: str, question_text: str = "") -> Kind:
    """The kind of an answer to a question (see module docstring)."""
    tokens = read(answer).tokens
    numbers = [t for t in tokens if is_number(t)]
    if numbers and len(numbers) == len(tokens):
        # a year, a season ("2017-2018") or plain numbers
        if all(_YEAR.match(t) for t in numbers) and len(numbers) <= 2 and (
            not question_text or _YEAR_QUESTION.search(question_text) or "how many" not in question_text.lower()
        ):
            return Kind.YEAR
        return Kind.NUMBER
    if len(numbers) == 1 and len(tokens) <= 3:
        return Kind.NUMBER  # a number and its unit: "4.3 seconds"
    stripped = answer.strip()
    if _CODE.match(stripped) and any(ch.isalpha() for ch in stripped):
        return Kind.CODE
    cue = _question_cue(question_text) if question_text else None
    if cue is not None:
        return cue
    return Kind.WORD if len(tokens) <= 1 else Kind.PHRASE


def _question_cue(text: str) -> Kind | None:
    """PERSON or PLACE when the question asks for one, from the first such noun it uses."""
    instruction = _INSTRUCTION.match(text)
    if instruction is not None:
        text = instruction.group(1)
    if _WHO.search(text) or _REAL_NAME.search(text) or _PERSON_CLUE.search(text):
        return Kind.PERSON
    person = _PERSON_NOUNS.search(text)
    place = _PLACE_NOUNS.search(text)
    if person is not None and (place is None or person.end() <= place.end()):
        return Kind.PERSON
    if place is not None:
        return Kind.PLACE
    return None


def number_unit(answer: str) -> str:
    """The words around a number answer ("seconds" for "4.3 seconds"), to prefer the same unit."""
    return " ".join(t for t in read(answer).tokens if not is_number(t))
