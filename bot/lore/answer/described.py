"""A name with the fans' description of them in front ("the baby mama hee soo", "the nerd joon
yeong", "class prez namra") or last ("who plays joon yeong the nerd"): when the question is not answered as typed, it is asked again of the
name alone, since the name says who is meant and the description only what fans call them.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.words import STOP

# Words that make a clause of what comes before the name, not a description of it: verbs, and the
# words that join or compare ("the kiss between ent0", "the fight with ent0", "the bite of ent0").
_NOT_DESCRIPTION = STOP | frozenset(
    """
    kill kills killed killing bite bites bit bitten biting save saves saved saving kiss kissed kisses
    fight fights fought hit hits stab stabs stabbed infect infects infected turn turns turned die dies
    died death dead alive survive survives survived meet meets met love loves loved hate hates like
    between vs versus and or with without against over under after before during near like than
    plays played playing play actor actress role cast episode ep season which
    """.split()
)
# "the <description> entN" anywhere; "<description> entN" right after the verb or preposition that
# asks about them ("who plays class prez ent0", "what happened to baby mama ent1"), never after "is"
# ("who is stronger ent0").
# "who is stronger, ent0 or ent1": two named to compare; nothing before them describes either.
_COMPARED = compile_later(r"\bent\d+,? (?:or|vs|versus|and) ent\d+|\bthan\b")
_DESCRIBED = compile_later(
    r"(?:\bthe|(?<=\bplays)|(?<=\bplayed)|(?<=\bplaying)|(?<=\bto)|(?<=\babout))((?: (?!ent\d|the\b)[a-z]+){1,3}) (ent\d+)\b"
)

# "who plays ent0 the nerd": a description after the name ends the clause; never after "is" ("is ent0
# the class president" asks whether the description fits).
_TRAILING = compile_later(r"^(?!(?:is|was|are|were|isn'?t|wasn'?t|am)\b)(.*\bent\d+) the((?: [a-z]+){1,3})\W*$")


def undescribed(text: str) -> str | None:
    """`text` with the description before a name left out, or None when it has none."""
    def bare(match: re.Match[str]) -> str:
        words = match.group(1).split()
        if any(w in _NOT_DESCRIPTION for w in words):
            return match.group(0)
        return f" {match.group(2)}"

    if not re.search(r"\bent\d", text) or _COMPARED.search(text):
        return None
    plain = _DESCRIBED.sub(bare, text).strip()
    trailing = _TRAILING.match(plain)
    if trailing is not None and not any(w in _NOT_DESCRIPTION for w in trailing.group(2).split()):
        plain = trailing.group(1)
    return plain if plain != text.strip() else None
