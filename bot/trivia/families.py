"""Closed sets of things a player lists when hedging: "jupiter saturn", "korea japan", "red blue".

Beside the right answer, one other word of the answer's own set is a second guess, not a word
qualifying the answer ("barack obama", "paris lol"): a message naming two planets for "the largest
planet" names several answers (bot.trivia.matching). Two words beside it already count as a list.
"""

from __future__ import annotations

from bot.trivia.places import COUNTRIES

_SETS = (
    "mercury venus earth mars jupiter saturn uranus neptune pluto",
    "red orange yellow green blue purple violet indigo pink brown black white grey gray",
    "monday tuesday wednesday thursday friday saturday sunday",
    "january february march april june july august september october november december",
    "spring summer autumn winter",
    "asia europe africa antarctica australia oceania",
    "pacific atlantic indian arctic",
    "gold silver bronze copper iron lead tin zinc",
)
_FAMILY: dict[str, int] = {word: n for n, words in enumerate(_SETS) for word in words.split()}
_COUNTRY = -1


def _family(compact: str) -> int | None:
    found = _FAMILY.get(compact)
    if found is None and compact in COUNTRIES:
        return _COUNTRY
    return found


def another_of_its_set(word: str, answers: set[str]) -> bool:
    """Whether `word` is another member of the set one of `answers` (compact forms) belongs to."""
    family = _family(word)
    return family is not None and word not in answers and any(_family(a) == family for a in answers)
