"""A one-word name answer typed with given names: the person's own, or another of that name.

A list may answer "Mozart" alone while another list the matcher learned answers "Wolfgang Amadeus
Mozart" (`Lessons.ended`). When the learned lists end exactly one longer name with the answer
(`Prepared.full_names`), that is whose given names they are: "wolfgang amadeus mozart" and "amadeus
mozart" name the answer (not three candidates), and "leopold mozart", another given name before it,
names someone else (a wrong attempt, not the composer). With two such names learned ("Janet
Jackson", "Michael Jackson") no one can say whose the answer is, and nothing is decided here.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import OSA

from bot.trivia.accepted import Answer
from bot.trivia.english import COMMON_WORDS
from bot.trivia.guesses import ARTICLES, TITLE_WORDS
from bot.trivia.hits import Prepared
from bot.trivia.typedforms import GIVEN_NAMES

__all__ = ["full_name_said"]


def full_name_said(core: Sequence[str], p: Prepared) -> tuple[Answer, bool] | None:
    """The one-word answer `core` ends with and whether the given names before it are its person's
    (True: "wolfgang amadeus mozart"; False: another person's, "leopold mozart"), or None when the
    message is no such name or nothing is known of whose given names they are."""
    if len(core) < 2 or core[-1] not in p.full_names:
        return None
    answer = next((a for a in p.accepted if a.compact == core[-1]), None)
    if answer is None:
        return None
    own = p.full_names[core[-1]][:-1]
    given = core[:-1]
    if _in_order(given, own) or (len(given) == 1 and any(OSA.distance(given[0], name) <= 1 for name in own if len(name) >= 5)):
        return answer, True  # ("aldus huxley": a typo of his own given name)
    word = given[0]
    if len(given) == 1 and word.isalpha() and len(word) >= 3 and word not in TITLE_WORDS and word not in ARTICLES and (
        word in GIVEN_NAMES or word not in COMMON_WORDS  # ("young mozart" is the composer young)
    ) and word not in p.known and word not in p.last_words:
        return answer, False  # ("orwell huxley", "einstein newton" name two answers: that is the rivals' to say)
    return None


def _in_order(words: Sequence[str], names: Sequence[str]) -> bool:
    """Whether `words` are some of `names`, in their order ("amadeus" of wolfgang amadeus)."""
    rest = iter(names)
    return all(any(word == name for name in rest) for word in words)
