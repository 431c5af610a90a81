"""A question about "he" or "she" with nothing to say who: "does she die", "who killed him", "is he
a halfbie", "who is her dad", and the Korean "죽어?" with no one named at all.

With no one named earlier in the message (the router puts that name in place of the pronoun first)
and nothing else in the question that could say who (a description: "the girl with the bow, does she
die"), any answer would be a guess at whom: the first death, bite or father the records give. The
honest answer asks who is meant.
"""

from __future__ import annotations

from bot.lore.answer.analysis import Analysis
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Found
from bot.lore.answer.words import stem

_SINGULAR = {"he": "he", "him": "him", "his": "his", "she": "she", "her": "her", "hers": "her"}
# Words that say what is asked of someone, never who they are.
_ASKED = frozenset(stem(w) for w in """
    die dies died dying dead death kill kills killed alive survive survives survived live lives lived back come comes
    return returns episode season actor actress play plays played old age halfbie hambie zombie turn turns turned
    bite bites bit bitten infected happen happens happened name job father dad mother mom brother sister son daughter
    friend boyfriend girlfriend crush end ending first last real really still now again 2 1
""".split())
# In Korean, only a fate asked of no one ("죽어?"): "시즌 2 출연진" asks of the season.
_FATES = frozenset(stem(w) for w in "die dead alive survive halfbie zombie turn bitten infected".split())
_WHOM = ("I don't know who \u201c{word}\u201d is here: name them, for example \u201cdoes Nam-ra die?\u201d or "
         "\u201cwho plays On-jo?\u201d")
_NOBODY = "I don't know whom you mean: name them, for example \u201c남라 죽어?\u201d or \u201cdoes Nam-ra die?\u201d"


def unreferred(a: Analysis, found: Found) -> Answer | None:
    """"I don't know who “she” is" for a question about a pronoun (or, in Korean, about no one)
    that nothing names; else None."""
    if a.slots or found.subjects or found.ambiguous or a.definition:
        return None
    pronoun = next((_SINGULAR[w] for w in a.words if w in _SINGULAR), None)
    if pronoun is None and not (a.korean and a.qtype == "yes_no"):
        return None
    if not a.stems or any(s not in (_ASKED if pronoun else _FATES) for s in a.stems):
        return None  # "the girl with the bow, does she die": a description may say who
    said = _WHOM.format(word=pronoun) if pronoun else _NOBODY
    return Answer(a.raw, False, [Part(said)], "unknown")
