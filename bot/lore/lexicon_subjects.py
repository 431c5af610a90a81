"""Which name an event word goes with, for the spoiler lexicon (bot/lore/lexicon.py): the nearest name
in the word's clause (with the names listed together with it), an owner ("On-jo's friends") only for
the word right after it, and across a headline's colon, dash or "|" only when the word's own clause
names no subject before it ("Gyeong-su turns into a zombie: Na-yeon ..." is Gyeong-su's turn,
"Cheong-san: bitten by Gwi-nam" is Cheong-san's bite).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from bot.lore.lexicon_words import CLAUSE_BREAK, OWNED_GAP, SHORTCODE

#: What may stand between the names of a list ("Cheong-san and Na-yeon die": both die; "suhyeok x namra").
LIST_GAP = re.compile(r"^\s*(?:,|and|&|, and|as well as|x|/|\+)\s*$", re.I)  # not "best friend I-sak": one person

#: What every clause break holds (a cheap test before CLAUSE_BREAK's).
_MARKS = (":", "|", "–", "—", "•", " -", "- ", " /")

#: (start, end, characters, stands in: a pronoun or the implied subject, written as an owner) of each
#: name in a sentence.
Mentions = list[tuple[int, int, frozenset[str], bool, bool]]
#: How a reading step reports what it found: (position, the words that gave it away).
Consider = Callable[..., None]


#: How far (characters) a word may stand from a name to be read through the kinds that imply it:
#: "Cheong-san becomes a halfbie" is, "After Cheong-san stabs his eye ... he returns as a halfbie" is not.
IMPLIED_REACH = 16


def distance(mentions: Mentions, character: str, start: int, end: int) -> int:
    """How far the nearest name of `character` stands from a word (0: read from the context)."""
    gaps = [max(m_start - end, start - m_end, 0) for m_start, m_end, chars, _, _ in mentions if character in chars]
    return min(gaps, default=0)


def clauses(sentence: str) -> list[int]:
    """Where each clause of a sentence starts (CLAUSE_BREAK: colons, dashes, "|" of headlines)."""
    if not any(mark in sentence for mark in _MARKS):
        return [0]  # the common case: one clause
    masked = SHORTCODE.sub(lambda m: " " * len(m.group(0)), sentence) if ":" in sentence else sentence
    return [0, *(m.end() for m in CLAUSE_BREAK.finditer(masked))]


def in_clause(mentions: Mentions, starts: list[int], start: int) -> Mentions:
    """The names of the clause a word at `start` stands in, when that clause names its own subject
    before the word ("Gyeong-su turns into a zombie: Na-yeon ..." is Gyeong-su's turn); else the
    sentence's ("Cheong-san: bitten by Gwi-nam", "Cheong-san's fate: dead" are his)."""
    if len(starts) == 1:
        return mentions
    at = bisect_right(starts, start) - 1
    low = starts[at]
    high = starts[at + 1] if at + 1 < len(starts) else 1 << 30
    local = [m for m in mentions if low <= m[0] < high]
    return local if any(m[1] <= start and m[1] > m[0] for m in local) else mentions


def nearest(sentence: str, mentions: Mentions, start: int, end: int, *, owners: bool = False) -> frozenset[str]:
    """The characters of the name nearest a word (all of them when several are as near), with the
    names listed together with it ("Cheong-san and Na-yeon die"). A name written as an owner
    ("On-jo's friends") counts only for `owners` words (family: "On-jo's father")."""
    best: list[int] = []
    gap_best = None
    for index, (m_start, m_end, _, stand_in, owner) in enumerate(mentions):
        inside = m_end > start and m_start < end
        if inside and stand_in:
            continue  # "gives her life": the pronoun belongs to the words, not to whom they are about
        if owner and not owners and not inside and not (m_end <= start and OWNED_GAP.match(sentence[m_end:start])):
            continue  # "On-jo's friends turn" is not On-jo; "Cheong-san's death" is Cheong-san
        gap = 0 if inside else start - m_end if m_end <= start else m_start - end
        if gap_best is None or gap < gap_best:
            gap_best, best = gap, [index]
        elif gap == gap_best:
            best.append(index)
    chosen: set[int] = set(best)

    def listed(a: int, b: int) -> bool:  # two names written as a list: "A and B", "A, B"
        plain = not (mentions[a][3] or mentions[a][4] or mentions[b][3] or mentions[b][4])
        return plain and bool(LIST_GAP.match(sentence[mentions[a][1]:mentions[b][0]]))

    for index in best:
        left = index
        while left > 0 and listed(left - 1, left):
            left -= 1
            chosen.add(left)
        right = index
        while right + 1 < len(mentions) and listed(right, right + 1):
            right += 1
            chosen.add(right)
    return frozenset(c for index in chosen for c in mentions[index][2])
