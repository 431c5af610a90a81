"""A near miss of an accepted answer: told privately as "close", and counted as a guess.

A near miss is one typo too many (never another country's or region's name: "Austria" for
Australia, "Ireland" for Iceland; nor an answer of a list the matcher learned: "Atlantis"), a part of a multi-word answer ("Deja" for Deja Q; its words typed as one: "westside" for West Side Story), or the answer
with a chunk added ("washingtondc"); never the answer with one of its words replaced ("MAC address"
for IP address). It is never a different place or thing named by its own
qualifier ("North Korea" is not close to South Korea), nor only the question's own words ("Mexico"
for the capital of Mexico).
"""

from __future__ import annotations

from collections.abc import Collection, Container, Sequence

from rapidfuzz.distance import OSA

from bot.trivia.accepted import HAS_DIGIT, Answer
from bot.trivia.guesses import content_words
from bot.trivia.normal import compact_form
from bot.trivia.places import PLACES
from bot.trivia.variants import QUALIFIERS


def _qualifiers(tokens: Sequence[str]) -> frozenset[str]:
    return frozenset(t for t in tokens if t in QUALIFIERS)


def _word_replaced(core: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether a guess of as many words as the answer has one of them replaced by another word, not
    misspelt: "MAC address" is no near miss of IP address."""
    if len(core) != len(tokens) or len(tokens) < 2:
        return False
    return any(OSA.distance(a, b) > max(1, len(b) // 2) for a, b in zip(core, tokens, strict=True))


#: Chat's short forms of a title's small words ("all of us r dead"): that word, not another.
_SHORT_FORMS = {"r": "are", "u": "you", "ur": "your", "n": "and", "da": "the", "tha": "the", "2": "to", "4": "for"}


def one_word_misspelt(core: Sequence[str], accepted: Sequence[Answer]) -> bool:
    """Whether `core` is an accepted answer of as many words with one of them misspelt or in chat's short
    form ("all of us are ded", "all of us r dead"): a near miss, never another title ("now at our home")."""
    for answer in accepted:
        if len(answer.tokens) != len(core):
            continue
        changed = [(typed, word) for typed, word in zip(core, answer.tokens, strict=True) if typed != word]
        if len(changed) == 1 and (
            _SHORT_FORMS.get(changed[0][0]) == changed[0][1]
            or (changed[0][1].isalpha() and OSA.distance(*changed[0]) <= max(1, len(changed[0][1]) // 3))
        ):
            return True
    return False


def near_miss(
    accepted: Sequence[Answer], core: Sequence[str], compact: str, echoed: Collection[str],
    known: Container[str] = (),
) -> str | None:
    """The accepted answer `core` nearly names (see module docstring), or None; `known`: the answers
    of the lists learned, which are other names, never near misses ("Atlantis" for Atlantic)."""
    words = content_words(core)
    if not words or all(w in echoed for w in words):
        return None
    numbers: tuple[str, ...] | None = None
    size = len(compact)
    qualifiers = _qualifiers(core)
    for answer in accepted if compact not in PLACES and compact not in known else ():  # ("Austria")
        limit = answer.edits + 1
        if len(answer.compact) < 4 or abs(size - len(answer.compact)) > limit + 1:
            continue
        if numbers is None:
            numbers = tuple(t for t in core if HAS_DIGIT(t))
        if numbers != answer.numbers or qualifiers != _qualifiers(answer.tokens):
            continue
        if OSA.distance(compact, answer.compact, score_cutoff=limit) <= limit and not _word_replaced(core, answer.tokens):
            return answer.text
    if size < 3:
        return None
    width = len(core)
    if width == 1 and compact not in PLACES:
        for answer in accepted:  # several of its words typed as one: "westside" for West Side Story
            tokens = answer.tokens
            for start in range(len(tokens) - 1):
                for end in range(start + 2, len(tokens) + (start > 0)):
                    if compact_form(list(tokens[start:end])) == compact:
                        return answer.text
    for answer in accepted:
        if width >= len(answer.tokens) or core[0] not in answer.tokens:
            continue
        if compact in PLACES and answer.compact in PLACES:
            continue  # ("Mexico" is no near miss of New Mexico)
        tokens = answer.tokens
        for start in range(len(tokens) - width + 1):
            if tokens[start : start + width] == tuple(core):
                return answer.text
    return None
