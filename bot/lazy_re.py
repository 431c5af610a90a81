"""Regular expressions compiled on first use instead of at import.

The answer, lexicon and headline modules build about 1,300 patterns at module level. Compiling
them is most of the CPU of importing those modules (~1.2 s): every `hyosan` command, every
`hyosan run` start and every test worker paid it, though a start or a refused command uses few
or none of them. `compile_later` returns a `LazyPattern` that compiles on its first use; from
then on the compiled pattern's own methods sit on the instance, so a search costs what it did.

The patterns the season-2 walk (bench/walk.py) is the first to use keep `re.compile` (most of the
lexicon's, the names', the season-2 poll's): a first use there would count this module as one more
file of the walk.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from bot.re_guards import guarded, prefiltered, required_strings

# The compiled pattern's attributes a LazyPattern hands on; the first one read compiles.
_DELEGATED = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "split", "flags", "groups",
)


class LazyPattern:
    """A `re.Pattern[str]` that is compiled the first time it is used."""

    pattern: str  # the source, readable without compiling (patterns are built from others')

    def __init__(self, pattern: str, flags: int = 0, *, prefilter: bool = True) -> None:
        self.pattern = pattern
        self._given_flags = flags
        self._prefilter = prefilter

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, for the `re` functions that want one."""
        compiled: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if compiled is None:
            # (its Korean alternatives guarded: tried only where they can start, the same matches: bot/re_guards.py)
            compiled = re.compile(guarded(self.pattern, self._given_flags), self._given_flags)
            # The bound methods go on the instance: later reads find them there, not __getattr__.
            for name in _DELEGATED:
                self.__dict__[name] = getattr(compiled, name)
            # (a text without any word a match needs is not searched: the same results, bot/re_guards.py)
            if self._prefilter and (required := required_strings(self.pattern, self._given_flags)) is not None:
                self.__dict__.update(prefiltered(compiled, required))
            self.__dict__["_compiled"] = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute not yet on the instance, that is before the first use.
        if name in _DELEGATED:
            self.compiled  # noqa: B018 - compiles, putting the (prefiltered) methods on the instance
            return self.__dict__[name]
        raise AttributeError(name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            return (self.pattern, self._given_flags) == (other.pattern, other._given_flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self._given_flags))

    def __repr__(self) -> str:
        return f"compile_later({self.pattern!r}, {self._given_flags!r})"

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> LazyPattern:
        return self

    if TYPE_CHECKING:  # what __getattr__ hands on, as re.Pattern[str] declares it
        flags: int
        groups: int

        def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...
        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...
        def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str: ...
        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...


def compile_later(pattern: str, flags: int = 0, *, prefilter: bool = False) -> LazyPattern:
    """`re.compile(pattern, flags)`, done when the pattern is first used; with `prefilter`, searched only in a text that
    holds a word it needs (bot/re_guards.py)."""
    # Season 2's news readers search through a prefilter, where it halves the CPU. The answer and trivia patterns it
    # mostly slowed (their texts mostly hold the words): only a costly one that questions seldom match asks for it
    # (measured over the /ask sets: "squid game|kingdom|..." holds in 1 question in 8, a Korean likeness in 2 of 8,475).
    # The spoiler lexicon's are searched on the season-2 walk (bench/walk.py), which would count bot/re_guards.py as one
    # more of its files.
    return LazyPattern(pattern, flags, prefilter=prefilter or sys._getframe(1).f_globals.get("__name__", "").startswith(
        "bot.season2."))


# What a pattern parameter accepts: one built at import (lazy) or one compiled in a function.
Pattern: TypeAlias = "re.Pattern[str] | LazyPattern"


def rewrite_in_turn(text: str, *tables: Iterable[tuple[Pattern, str]]) -> str:
    """`text` with every (pattern, replacement) of `tables` substituted, table after table and row after row: the
    readers' tables of phrasings are ordered, each row reading the text the rows before it left."""
    for table in tables:
        for pattern, replacement in table:
            text = pattern.sub(replacement, text)
    return text
