"""A question's episode label where quiz apps and Discord posts put it: behind the quiz's own numbering ("Round 2 -
S2E4: ", "Q3 - P2E2: ", "[Part 2] Q3 (ep 2): ", "S2 quiz - P2E1: ") or in spoiler bars inside its brackets ("(||S2E7||)").
The text handed on is what bot/trivia/episodelabels.py reads a label from, and what tagging.py reads a question's words
from (a quiz's "S2 quiz - " alone would say all of season 2)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from bot.lazy_re import compile_later
from bot.trivia.laterseason import names_later_season

# A quiz's own numbering before a question's label ("Round 2 - S2E4: ", "Q3 - P2E2: ", "#4 — 2x10: ", "S2 quiz - P2E1: ",
# "[Part 2] Q3 (ep 2): ", "Part 2 - Q1 (ep 7): ", "Ronda 2 - T2E4: "): the label after it is the question's; a part
# before the number is its episode's (where the upload names a later season: `upload_naming`).
_QUIZ_PREFIX = compile_later(
    r"^\s*(?:\[\s*(part\s*[1-3])\s*\]\s*|(part\s*[1-3])\s*[-–—:]\s*)?"
    r"(?:(?:round|ronda|rodada|q|question|pregunta|no\.?|#)\s*\d{1,3}|s\d{1,2}\s+(?:quiz|trivia))"
    r"\s*[-–—:.)]?\s+(?=[(\[]|[st]\d|p\d|\d{1,2}x\d|e(?:p|pisode)?\s*\.?\s*\d)", re.I)
_BARE_EP = compile_later(r"^([(\[]\s*)(e(?:p(?:isode)?)?\s*\.?\s*\d{1,2}\s*[)\]])", re.I)


# A label hidden in spoiler bars inside its brackets ("(||S2E7||)", "(||part 2 ep 3||)").
_BARS_INSIDE = compile_later(r"([(\[])\s*\|\|([^|()\[\]]{1,40})\|\|\s*([)\]])")


#: Whether the upload being read names a later season anywhere (its title, a heading, a mark, a comment): where it names
#: none, a "[Part 2]" before a quiz's numbering is the quiz night's own part ("part 1 = warm up, part 2 = the hard
#: ones"), never season 2's. Set around one upload as partnotes' listing is (lists._parse_read, UploadReading.ready),
#: for the same reason (the readers reach `unprefixed` through `label`); unset, a part is read as the season's.
_LATER_NAMED: ContextVar[bool] = ContextVar("later_season_named", default=True)


@contextmanager
def upload_naming(text: str, newcomers: bool = False) -> Iterator[None]:
    """Read quiz prefixes' parts against `text`, the whole upload (or its questions, answers and title), while the
    block runs (`newcomers`: a later season's character is named in it, which names that season too)."""
    token = _LATER_NAMED.set(newcomers or names_later_season(text))
    try:
        yield
    finally:
        _LATER_NAMED.reset(token)


def unprefixed(text: str) -> str:
    """The question with a quiz's numbering before its label left out ("Q3 - P2E2: Who ...?": "P2E2: Who ...?"), a
    part in brackets before it said in the label ("[Part 2] Q3 (ep 2): ": "(part 2 ep 2): ") where the upload names a
    later season (else it is the quiz's own part, left out as its numbering is); other text as it is."""
    prefix = _QUIZ_PREFIX.match(text)
    if prefix is None:
        return text
    rest = text[prefix.end():]
    part = prefix.group(1) or prefix.group(2)
    if not part or not _LATER_NAMED.get():
        return rest
    return _BARE_EP.sub(lambda m: f"{m.group(1)}{part} {m.group(2)}", rest, count=1)


def bared(text: str) -> str:
    """The text with a label's spoiler bars inside its brackets left out ("(||S2E7||)": "(S2E7)"), read as if bare."""
    return _BARS_INSIDE.sub(r"\1\2\3", text) if "||" in text else text
