"""Numbers typed with a unit or a scale: "10 secs", "10s" and "3hrs" for a question in seconds or
hours, "125m" for 125 million (not where the question counts metres), "50m 100m" as two numbers, and a
number with a unit the question never uses ("4 years" when it counts months; "1.45 million" for 1.45
billion) as another answer."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from decimal import Decimal, InvalidOperation

from bot.lazy_re import compile_later
from bot.trivia.accepted import UNITS
from bot.trivia.guesses import FILLER_WORDS
from bot.trivia.normal import Reading, is_number
from bot.trivia.numberwords import COUNTED_WORDS

_UNIT_ALIASES = {
    "s": "second", "sec": "second", "secs": "second", "min": "minute", "mins": "minute", "h": "hour",
    "hr": "hour", "hrs": "hour", "yr": "year", "yrs": "year", "mo": "month", "mos": "month",
    "wk": "week", "wks": "week", "km": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "m": "meter", "metre": "meter", "metres": "meter", "lb": "pound", "lbs": "pound", "kg": "kilogram",
    "ft": "foot", "feet": "foot", "pc": "percent", "pts": "point", "g": "gram", "percentage": "percent",
    "pct": "percent", "deg": "degrees", "degs": "degrees", "degree": "degrees", "c": "celsius", "f": "fahrenheit",
}
_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
_SCALE_VALUES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SCALE_SHORT = {"thousand": ("k",), "million": ("m", "mil", "mn"), "billion": ("b", "bn", "bil"), "trillion": ("t", "tn")}
_NOT_UNITS = frozenset({"time", "pt"})  # ("what time...?" counts no times)
# Words saying the player steps away: a thing made of the answer's word beside them is chat ("bathroom break brb")
AWAY = frozenset("brb afk gtg g2g bbl bbs".split())


def own_time(tokens: Sequence[str]) -> bool:
    """Whether a number in another unit says how long one is away, how long it has been, or how often one did a
    thing ("brb 5 mins", "its been 4 years since s1", "seen it 12 times"): talk, no attempt."""
    return not AWAY.isdisjoint(tokens) or "been" in tokens or ("times" in tokens and len(tokens) >= 4)


def unit_of(word: str) -> str | None:
    """A unit or a scale word in one spelling ("yrs" = "years" = "year"), or None."""
    if word in _SCALES:
        return word
    if word in _UNIT_ALIASES:
        return _UNIT_ALIASES[word]
    if word in UNITS:
        single = word[:-1] if word.endswith("s") else word  # ("points" = "pts" = "point": one unit)
        return single if single in UNITS or single in _UNIT_ALIASES.values() else word
    if word + "s" in UNITS and word not in _NOT_UNITS:
        return word + "s"  # ("In which episode...?": episodes count, hours do not)
    return None


def unit_spellings(number: str, units: Collection[str]) -> list[str]:
    """Compact forms of `number` with one of `units` as players type it ("10secs", "10s", "10 sec",
    "3hrs"): the question or its answer says the unit, so its short forms name it too."""
    forms = []
    for short, unit in _UNIT_ALIASES.items():
        if unit in units and (len(short) > 1 or unit in _ONE_LETTER_UNITS):
            forms.append(number + short)
    for unit in units:
        if unit not in _SCALES:
            forms.extend((number + unit, number + unit + "s"))
    return forms


def scale_spellings(tokens: Sequence[str], units: Collection[str]) -> list[str]:
    """Compact forms of a number of thousands, millions or billions (`tokens`: "125 million", "236.2
    million hours") with the scale as players shorten it: "125m", "125mil", "2bn" (not "m" where the
    question counts metres)."""
    if len(tokens) < 2 or not is_number(tokens[0]) or tokens[1] not in _SCALE_SHORT:
        return []
    if not all(t in UNITS for t in tokens[2:]):
        return []
    try:
        whole = Decimal(tokens[0]) * _SCALE_VALUES[tokens[1]]
    except InvalidOperation:
        return []
    digits = [str(int(whole))] if whole == whole.to_integral_value() else []  # "560,000,000", "five hundred sixty million"
    if tokens[1] == "million" and "meter" in units:
        return digits
    return [tokens[0] + short for short in _SCALE_SHORT[tokens[1]]] + digits


_ONE_LETTER_UNITS = frozenset({"second", "hour", "celsius", "fahrenheit"})  # ("6s", "2h", "100c"; "5m" and "3g" are as often millions or a network)


def units_in(token_lists: Iterable[Sequence[str]]) -> frozenset[str]:
    """The units the answers and the question use (right after a number, or anywhere in the question)."""
    found: set[str] = set()
    for tokens in token_lists:
        for token in tokens:
            unit = unit_of(token)
            if unit is not None:
                found.add(unit)
    return frozenset(found)


_GLUED = compile_later(r"(\d+(?:\.\d+)?)([a-z]+)")


def units_apart(reading: Reading, units: frozenset[str]) -> Reading:
    """A number typed onto one of the question's `units` set apart from it ("50m 100m" is 50 m and
    100 m, two numbers), so the number is read as one beside another."""
    tokens: list[str] = []
    seps: set[int] = set()
    for k, token in enumerate(reading.tokens):
        if k in reading.seps:
            seps.add(len(tokens))
        glued = _GLUED.fullmatch(token)
        scale = _scale_of(glued.group(2), units) if glued is not None else None
        if glued is not None and scale is not None:
            tokens.extend((glued.group(1), scale))  # "361m 560m": 361 million and 560 million
        elif glued is not None and unit_of(glued.group(2)) in units:
            tokens.extend(glued.groups())
        else:
            tokens.append(token)
    if len(tokens) == len(reading.tokens):
        return reading
    return Reading(tuple(tokens), frozenset(seps))


def _scale_of(short: str, units: frozenset[str]) -> str | None:
    """The scale a short form glued to a number names where the question counts in it ("m" for
    million; not where it counts metres)."""
    if "meter" in units:
        return None
    return next((scale for scale, shorts in _SCALE_SHORT.items() if scale in units and short in shorts), None)


def other_unit(tokens: Sequence[str], units: frozenset[str]) -> bool:
    """Whether a number in the guess carries a unit the question and its answers never use. Where the question
    counts things no unit names (`units` holds only them: "students"), only a measure is another quantity ("6 months"
    where students are counted; "6 people" counts them too)."""
    measures_only = all(unit_of(u) is None for u in units)
    # a measure counted ("how many weeks"), and no things beside it: another plural is other things ("11 countries");
    # where things are counted, another plural may be theirs ("3 kids" for students, "91 nations" for countries), even
    # when a measure is named elsewhere in the question ("students die in episode 1", "countries in its first week")
    measured = any(unit_of(u) in _MEASURES for u in units) and not any(unit_of(u) is None for u in units)
    people = not PEOPLE.isdisjoint(units)  # persons counted ("how many players"): "11 people" counts them too
    things = not people and any(unit_of(u) is None for u in units)  # ("how many oscars": "11 people" counts others)
    for i in range(len(tokens) - 1):
        if not is_number(tokens[i]):
            continue
        if tokens[i + 1] in _NOMINATIONS and _NOMINATIONS.isdisjoint(units):
            return True  # "11 nominations" where Oscars won (or weeks) are counted: what was hoped for, not won
        if people and (tokens[i + 1] in PEOPLE or tokens[i + 1] in FILLER_WORDS):
            continue
        if (people and _PLURAL(tokens[i + 1]) and unit_of(tokens[i + 1]) is None and tokens[i + 1] not in COUNTED_WORDS and not (
            _PERSON_ENDING(tokens[i + 1])
        )) or (
            things and tokens[i + 1] in PEOPLE
        ):
            return True  # "11 overs" where players are counted, "6 zombies" where students are; "11 people" for Oscars
        for word in tokens[i + 1:i + 3]:  # ("100 degrees f": the unit named after a unit the question uses)
            unit = unit_of(word)
            if unit is None:
                if word is tokens[i + 1] and measured and _other_things(word, units):
                    return True  # "11 countries" where weeks are counted
                break
            if unit not in units and (not measures_only or unit in _MEASURES or unit in _SCALES):
                return True
    return False


_PLACE_IN_A_ROW = compile_later(r"\d+(?:st|nd|rd|th)").fullmatch  # ("3rd": a rank, a place, a day in a row)


def measure_for_a_place(tokens: Sequence[str], answers: Iterable[str]) -> bool:
    """Whether, where the answer is a place in a row ("3rd" on an all-time list), the guess's number is a measure
    or a count of persons ("3 days", "3 weeks", "3 people"): another quantity, never that place."""
    return any(_PLACE_IN_A_ROW(a) for a in answers) and any(
        is_number(tokens[i]) and (unit_of(tokens[i + 1]) in _MEASURES or tokens[i + 1] in PEOPLE) for i in range(len(tokens) - 1)
    )


def _other_things(word: str, units: frozenset[str]) -> bool:
    """Whether a word after the number is an English plural naming things the question does not count."""
    if not _PLURAL(word) or word in FILLER_WORDS or word in COUNTED_WORDS:
        return False
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return not ({word, single} & units)


# Words that count persons, whichever the question used ("11 guys" for players, "6 ppl" for students)
PEOPLE = frozenset(
    """
    people persons ppl peeps guys men women kids children boys girls players students members survivors folks humans
    pupils teens teenagers classmates friends fans adults locals individuals souls
    personas pessoas personnes gente jugadores jogadores joueurs miembros membros membres estudiantes estudantes
    alumnos alunos eleves habitantes habitants integrantes
    """.split()
)  # (the last lines: in Spanish, Portuguese and French; Malay "orang" and Tagalog "tao" are read as "people" before)
# Nominations, in the languages fans type them: never the awards won, nor any other thing a question counts but them
_NOMINATIONS = frozenset("nominations nomination noms nominaciones nominacion nominacoes nomeacoes indicacoes nominasi nominierungen".split())
# A plural whose ending names persons ("residents", "viewers", "citizens", "survivors", "employees"; not "overs")
_PERSON_ENDING = compile_later(r"[a-z]{3,}(?:ers|ors|ents|ants|ians|ists|ees|ens)").fullmatch
_PLURAL = compile_later(r"[a-z]{2,}(?:[^aeisu'\W]|ie)s").fullmatch  # ("overs", "countries"; not "semanas", "tres", "dias", "pls")


# Units that measure a span, a size or an amount, never a number of things ("months", "km", "episodes": a show's length)
_MEASURES = frozenset(
    """
    second minute hour day days week weeks month months year years decade decades century centuries percent meter
    kilometer cm mm mile miles foot inch inches yard yards kilogram gram pound ton tons tonnes mph kph kmh mb gb kb tb
    episodes seasons dollars usd euros degrees celsius fahrenheit
    """.split()
)


_COUNT_ASKED = compile_later(r"\bhow\s+(?:many|long|much)\b|\bnumber\s+of\b", re.IGNORECASE)


def asks_a_count(question_text: str) -> bool:
    """Whether the question asks how many, how long or how much ("For about how many weeks...?"): its number answers
    a count, never a place in a row ("11th" is no count of eleven)."""
    return _COUNT_ASKED.search(question_text) is not None


def counted_noun(question_tokens: Sequence[str]) -> str | None:
    """The plural noun a "how many" question counts where no unit names it ("how many Hyosan High students ...":
    students), or None."""
    for i in range(len(question_tokens) - 1):
        if question_tokens[i] == "how" and question_tokens[i + 1] == "many":
            return next(
                (t for t in question_tokens[i + 2 : i + 6] if t.isalpha() and len(t) > 3 and t.endswith("s") and unit_of(t) is None),
                None,
            )
    return None
