"""A message that says what its author thinks of the answer, rather than guessing it, is talk:

- the answer as the subject of a verdict: "that rat was so gross", "the archers were so good",
  "drone scene was cool" (the answer, a word of its own at most, "was"/"is"... and an intensifier
  or a word of opinion; "rat was the answer", "rats is my guess" stay guesses);
- the answer as what someone feels for: "i hate rats", "we love lomon" ("i think rats" frames a guess);
- the answer commented on by a word after it: "lomon supremacy", "archery girls vibes" (`bot.trivia.talk.comments_on`; "rat king" is another name).

Read only where the message holds an accepted answer (bot.trivia.matching); chat around an answer is
otherwise no reason to refuse it ("paris lol", "pretty sure it's rats").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.trivia.talk import comments_on

_BEFORE = frozenset({"that", "the", "those", "this", "these", "omg", "ok", "ngl", "honestly", "lol", "wow", "man", "24/7"})
_BEING = frozenset({"was", "were", "is", "are", "looked", "looks", "felt", "feels", "sounded", "seems", "seemed"})
_VERDICT = frozenset(
    """so too very really such kinda pretty super lowkey highkey literally actually always never best worst
    underrated overrated amazing awesome gross creepy cute scary sad cool good bad great iconic funny hot tall
    brutal disgusting terrifying insane crazy legendary beautiful ugly annoying perfect smart dumb fire mid real mvp""".split()
)
# ("rats is so obvious": a guess made sure of)
_NOT_A_VERDICT = frozenset(
    {"answer", "guess", "it", "right", "correct", "final", "mine", "my", "one", "obvious", "obviously", "easy", "sure"}
)
# Comment words that also make a name or a count with the answer ("rat king", "150 goals")
_NAMING = frozenset({"king", "queen", "baby", "goals", "core", "era", "time", "question", "questions", "icon"})
_FEELERS = frozenset({"i", "we", "ppl", "everyone", "everybody"})
_FEELING = frozenset({"love", "loved", "hate", "hated", "miss", "missed", "adore", "adored", "like", "liked"})


def _unstretched(word: str) -> str:
    """A word stretched for emphasis as it is written ("sooo" so, "reallyyy" really, "creeepy" creepy)."""
    if _STRETCH.search(word) is None:
        return word
    for length in (r"\1", r"\1\1"):
        if (plain := _STRETCH.sub(length, word)) in _VERDICT or plain in _BEFORE or plain in _FEELING:
            return plain
    return word


_STRETCH = compile_later(r"([a-z])\1{2,}")


def opinion(tokens: Sequence[str], start: int, end: int) -> bool:
    """Whether the message says what its author thinks of the answer standing at tokens[start:end]."""
    tokens = [*map(_unstretched, tokens[:start]), *tokens[start:end], *map(_unstretched, tokens[end:])]
    before, after = tokens[:start], tokens[end:]
    if before and before[0] in _FEELERS and len(before) <= 3 and before[1:2] and before[1] in _FEELING:
        return all(w in _BEFORE for w in before[2:]) and len(after) <= 1
    if not all(w in _BEFORE for w in before):
        return False
    if comments_on(after) and after[0] not in _NAMING and not any(w[:1].isdigit() for w in tokens[start:end]):
        return True
    at = 1 if len(after) >= 3 and after[0] not in _BEING else 0  # a word of its own: "drone scene was cool"
    said = after[at + 1 :]
    if said and said[0] == "the":
        said = said[1:]  # "the best", "the worst"
    return (
        len(after) > at and after[at] in _BEING and bool(said) and said[0] in _VERDICT
        and not any(w in _NOT_A_VERDICT for w in said)
    )
