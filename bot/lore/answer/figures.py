"""Two of the show's own figures set side by side: "were week 2 hours higher than week 1", "was the rotten
tomatoes score higher at launch or later", "more countries in week 1 or week 2".

The sources give each figure, never which is higher, so each side is asked as a question of its own (the
measure said once is the measure of both sides: "week 2 hours ... than week 1" asks the hours of week 1) and the
answer gives both figures, each with its sources and how sure it is; no verdict is worked out. A side the sources
do not give leaves the question unanswered, as it was.
"""

from __future__ import annotations

import re

_MORE = r"(?:higher|lower|bigger|smaller|more|less|fewer|greater|larger|better|worse)"
# "were week 2 hours higher than week 1", "did week 2 get more hours than week 1"
_THAN = re.compile(
    rf"^(?:was|were|is|are|did|does|do)\s+(?:the\s+)?(?P<left>.+?)\s+(?:get\s+|have\s+|draw\s+)?{_MORE}"
    rf"(?:\s+(?P<noun>[a-z]+))?\s+than\s+(?:in\s+|at\s+|on\s+|during\s+|after\s+)?(?:the\s+)?(?P<right>.+?)\W*$"
)
# "was the rotten tomatoes score higher at launch or later", "more hours in week 1 or week 2"
_OR = re.compile(
    rf"^(?:(?:was|were|is|are|did|does)\s+(?:the\s+)?(?P<left>.+?)\s+)?{_MORE}(?:\s+(?P<noun>[a-z]+))?\s+"
    r"(?P<prep>at|in|on|during|after)\s+(?:the\s+)?(?P<a>.+?)\s+or\s+(?:in\s+|at\s+|on\s+)?(?:the\s+)?(?P<b>.+?)\W*$"
)
# "were there more countries in week 2 than week 1", "did it get more hours in week 2 than in week 1"
_THERE = re.compile(
    rf"^(?:(?:were|was|are|is) there|did it (?:get|have|draw|reach)|does it have)\s+{_MORE}\s+(?P<noun>[a-z]+)\s+"
    r"(?P<prep>in|at|on|during|after)\s+(?:the\s+)?(?P<left>.+?)\s+than\s+(?:in\s+|at\s+|on\s+)?(?:the\s+)?(?P<right>.+?)\W*$"
)
# The show itself as the left side ("did it get more views than squid game"): set against another title, unless the
# right side is a time or a part of its own ("than week 1", "than at launch", "than season 1")
_THE_SHOW = re.compile(r"^(?:it|there|show|series|drama|this show|aouad|all of us are dead)$")
_ITS_OWN_TIME = re.compile(r"\b(?:weeks?|days?|months?|launch|premiere|release|debut|start|first|second|third|last|later"
                           r"|earlier|before|season|episode|ep|\d+)\b")
# What is measured: the last of these words said on the left is the measure of both sides.
_MEASURES = re.compile(r"\b(?:hours|views|viewers|score|rating|ratings|countries|reviews|viewership|numbers)\b")


def compared_figures(text: str) -> tuple[str, str] | None:
    """The two questions a comparison of two figures asks, or None when `text` sets no two figures side by side
    (a show set against another is comparisons.py's)."""
    text = " ".join(text.casefold().split())
    if (said := _THERE.match(text)) is not None:
        noun, prep = said.group("noun"), said.group("prep")
        return (f"{noun} {prep} {said.group('left')}", f"{noun} {prep} {said.group('right')}") if _measure(noun) else None
    if (said := _THAN.match(text)) is not None:
        left, right = said.group("left"), said.group("right")
        if _THE_SHOW.match(left) and not _ITS_OWN_TIME.search(right):
            return None  # the show against another title (comparisons.py)
        measure = said.group("noun") or _measure(left)
        if measure is None or _MEASURES.search(right):
            return None if measure is None else (f"{left} {said.group('noun') or ''}".strip(), right)
        return f"{left} {said.group('noun') or ''}".strip(), f"{measure} {right}"
    if (said := _OR.match(text)) is not None:
        measure = " ".join(w for w in (said.group("left"), said.group("noun")) if w)
        if not measure or _measure(measure) is None:
            return None
        prep = said.group("prep")
        return f"{measure} {prep} {said.group('a')}", f"{measure} {prep} {said.group('b')}"
    return None


def _measure(words: str) -> str | None:
    found = _MEASURES.findall(words)
    return found[-1] if found else None
