"""A pattern ending in `$` searched right before a place in a sentence ("i'm only on ep 5", "and then dies", "zombie
cheongsan"), over the few words its match can hold instead of the whole sentence before it.

The guard reads every message on the event loop, and these searches are asked once per event word or per name: over
the whole sentence before, one 4,000-character sentence cost a third of a second and grew near 3x per doubling. Each
caller states how many words its pattern's match can hold (a comment beside it proves the bound), so the answer,
match and all, is `pattern.search(sentence, 0, at)`'s: a lookbehind and `\\b` still see the text before the window,
and `^` matches only at the sentence's real start.
"""

from __future__ import annotations

import bisect
import functools
import re

from bot.lazy_re import Pattern

_WORD = re.compile(r"\S+")  # a word as the patterns' `\s` separates them


@functools.lru_cache(maxsize=256)
def _words(sentence: str) -> tuple[list[int], list[int]]:
    """Where each word of `sentence` starts and ends: read once per sentence, not per name."""
    spans = [match.span() for match in _WORD.finditer(sentence)]
    return [start for start, _ in spans], [end for _, end in spans]


def ending_at(pattern: Pattern, sentence: str, at: int, words: int, inside: Pattern | None = None) -> re.Match[str] | None:
    """`pattern.search(sentence, 0, at)` for a `pattern` ending in `$` whose match holds at most `words` whole words
    other than those `inside` matches in full (`inside`: what its unbounded repetition is made of, "then", "finally"...).
    A match starting before the window would hold the window's words whole, one more than it can: so none does."""
    starts, ends = _words(sentence)
    count = 0
    for index in range(bisect.bisect_left(starts, at) - 1, -1, -1):
        if inside is None or not inside.fullmatch(sentence, starts[index], min(ends[index], at)):
            count += 1
            if count > words:
                return pattern.search(sentence, starts[index], at)
    return pattern.search(sentence, 0, at)


def words_on(sentence: str, at: int, words: int) -> int:
    """Where the word after the next `words` words from `at` starts (the sentence's end if fewer follow): a match from
    `at` holding at most `words` words ends by there."""
    starts, _ = _words(sentence)
    index = bisect.bisect_left(starts, at) + words
    return starts[index] if index < len(starts) else len(sentence)


def found_from(pattern: Pattern, sentence: str, at: int) -> bool:
    """Whether `pattern.search(sentence, at)` finds a match: whether one may start at `at` or after, that is at or before
    the last place one may start (where a match may start does not depend on where the search began)."""
    return at <= _last_start(pattern, sentence)


@functools.lru_cache(maxsize=1024)
def _last_start(pattern: Pattern, sentence: str) -> int:
    """The last place in `sentence` a match of `pattern` may start (-1: none): read once per sentence, not per name."""
    last = -1
    for found in pattern.finditer(sentence):
        last = found.start()
    while last >= 0 and (inside := pattern.search(sentence, last + 1)) is not None:  # one starting inside the last found
        last = inside.start()
    return last


def opens_word_from(pattern: Pattern, sentence: str, at: int, end: int) -> bool:
    """Whether `pattern.finditer(sentence, at, end)` yields a match opening with a letter or digit. Asked once per emoji
    of a long message from where it stands: each asker's matches are followed only until they join those another asker
    followed (a match at a place is the same whatever the search's start), so the sentence is searched about once."""
    return _chain(pattern, sentence, end).opens_word_from(at)


class _Chain:
    """The matches of `pattern` in `sentence` up to `end`, as searches from any start find them, each searched once."""

    def __init__(self, pattern: Pattern, sentence: str, end: int) -> None:
        self.pattern, self.sentence, self.end = pattern, sentence, end
        self._starts: list[int] = []  # where each search began, in order ...
        self._found: list[re.Match[str] | None] = []  # ... and the first match it found (no match starts between)
        self._opens_word: dict[int, bool] = {}  # by a match's start: whether it or one yielded after it opens a word

    def _first(self, at: int) -> re.Match[str] | None:
        index = bisect.bisect_right(self._starts, at) - 1
        if index >= 0:
            found = self._found[index]
            if at <= (found.start() if found is not None else self.end):
                return found  # no match starts between that search's start and its match, so none from `at`
        found = self.pattern.search(self.sentence, at, self.end)
        self._starts.insert(index + 1, at)
        self._found.insert(index + 1, found)
        return found

    def opens_word_from(self, at: int) -> bool:
        passed: list[int] = []
        place = at
        while (found := self._first(place)) is not None:
            if found.start() in self._opens_word:
                answer = self._opens_word[found.start()]
                break
            if found.group(0)[:1].isalnum():
                answer = True
                break
            if found.end() == found.start():  # after an empty match finditer moves on as no search from its end does
                return any(match.group(0)[:1].isalnum() for match in self.pattern.finditer(self.sentence, at, self.end))
            passed.append(found.start())
            place = found.end()
        else:
            answer = False
        for start in passed:
            self._opens_word[start] = answer
        if found is not None:
            self._opens_word[found.start()] = answer
        return answer


@functools.lru_cache(maxsize=64)
def _chain(pattern: Pattern, sentence: str, end: int) -> _Chain:
    return _Chain(pattern, sentence, end)
