"""Event words typed in a hurry, for the spoiler lexicon (bot/lore/lexicon.py): "sacrifced", "infeccted",
"bittne", "survivd" are read as the word meant, as a name one letter off is (bot/lore/name_keys.py).

Only the slips of typing are read so: a letter left out (not the first), a letter typed twice, two letters
swapped; never a letter changed, which makes other words ("bitter", "kitten", "diet"), nor a word the pack
itself writes or an everyday word one slip from an event's ("tuned")."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The event words whose slips are read (five letters or more: shorter ones are one slip from many words).
_MEANT = ("bitten", "turned", "killed", "infected", "sacrificed", "sacrifices", "sacrifice", "zombified", "murdered",
          "stabbed", "perished", "survived", "survives", "kissed", "confessed")
#: Everyday words one slip from an event word.
_WORDS = frozenset({"tuned", "survive", "bitte"})
_WORD = re.compile(r"(?<![\w-])[a-z]{5,}(?![\w-])", re.I)


def _slips(word: str) -> Iterable[str]:
    """The slips of typing `word`: a letter left out (not the first), a letter typed twice, two letters swapped."""
    for i in range(1, len(word)):
        yield word[:i] + word[i + 1:]
    for i in range(len(word)):
        yield word[:i] + word[i] + word[i:]
    for i in range(len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2:]


_SLIPPED: dict[str, str] = {slip: word for word in _MEANT for slip in _slips(word)
                            if slip != word and slip not in _WORDS and slip not in _MEANT}


def mend(sentence: str, vocabulary: set[str] | frozenset[str]) -> str:
    """`sentence` with each slip of an event word typed as the word meant (a word of `vocabulary`, the
    pack's own, left as written)."""
    if not any(word in _SLIPPED and word not in vocabulary for word in _WORD.findall(sentence.lower())):
        return sentence  # the common case: one cheap pass

    def mended(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        return match.group(0) if word in vocabulary else _SLIPPED.get(word, match.group(0))

    return _WORD.sub(mended, sentence)
