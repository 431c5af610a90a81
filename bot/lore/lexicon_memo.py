"""The sentences a lexicon has read, remembered: replies repeat theirs (a source line, a footer), imports their
answers ("True", "1998") and headlines their outlets, and reading one costs about a millisecond. Exact: a reading
that asked whether its text is about the show is reused only for a text with the same answer, and the lexicon
forgets them all when it learns (`Lexicon.learn`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from bot.show import Position

#: What one sentence gives away (the latest position and its words) and whom it names.
Read = tuple[tuple[Position, tuple[str, ...]] | None, frozenset[str]]
#: The sentence as read, the names the text is about (`about`), those of the sentence before.
Key = tuple[str, frozenset[str], frozenset[str]]
Show = Callable[[], bool]

#: Sentences remembered before all are forgotten: a few MB at most, more than any test or bench reads in a row.
SIZE = 8192


class Reading(Protocol):  # Lexicon._scan_sentence
    def __call__(self, sentence: str, context: frozenset[str], earlier: frozenset[str] = ..., *, show: Show = ...) -> Read: ...


class SentenceMemo:
    def __init__(self) -> None:
        self._known: dict[Key, tuple[Read, bool | None]] = {}  # the reading, and what `show()` answered (None: not asked)

    def read(self, key: Key, show: Show, reading: Reading) -> Read:
        """`reading` of the sentence of `key`, or what it gave last time when it would give the same."""
        known = self._known.get(key)
        if known is not None and (known[1] is None or known[1] == show()):
            return known[0]
        asked: list[bool] = []

        def asking() -> bool:
            asked.append(show())
            return asked[-1]

        found = reading(*key, show=asking)
        if len(self._known) >= SIZE:
            self._known.clear()  # simpler than evicting one, and safe if another thread reads meanwhile
        self._known[key] = (found, asked[0] if asked else None)
        return found

    def clear(self) -> None:
        self._known.clear()
