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
import re._parser as sre_parse  # the replacement templates re reads (Python 3.11+)
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from bot.re_guards import analysed, folded, prefiltered, required_strings, start_class

# The compiled pattern's attributes a LazyPattern hands on; the first one read compiles.
_DELEGATED = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "split", "flags", "groups",
)


class LazyPattern:
    """A `re.Pattern[str]` that is compiled the first time it is used."""

    pattern: str  # the source, readable without compiling (patterns are built from others')

    def __init__(self, pattern: str, flags: int = 0, *, prefilter: bool = True, prefilter_sub: bool = False) -> None:
        self.pattern = pattern
        self._given_flags = flags
        self._prefilter = prefilter
        self._prefilter_sub = prefilter_sub  # (its `sub` only)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, for the `re` functions that want one."""
        compiled: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if compiled is None:
            # (its Korean alternatives guarded, and one opening with assertions behind its first characters: tried only
            # where they can start, the same matches: bot/re_guards.py; read back when an earlier process kept it,
            # bot/re_cache.py)
            analysis = analysed(self.pattern, self._given_flags, required=self._prefilter or self._prefilter_sub)
            compiled = analysis.compiled
            # The bound methods go on the instance: later reads find them there, not __getattr__.
            for name in _DELEGATED:
                self.__dict__[name] = getattr(compiled, name)
            # (a text without any word a match needs is not searched: the same results, bot/re_guards.py)
            holds: Callable[[object], bool] | None = None
            if self._prefilter or self._prefilter_sub:
                self.__dict__["_required"] = analysis.required  # (read with them: `required` asks no parse)
            if (self._prefilter or self._prefilter_sub) and (required := analysis.required) is not None:
                methods = prefiltered(compiled, required)
                holds = methods.pop("holds")
                if self._prefilter:
                    self.__dict__.update(methods)
            self.__dict__["sub"] = _templates_read_once(compiled, holds)
            self.__dict__["_starts"] = analysis.starts
            self.__dict__["_compiled"] = compiled
        return compiled

    def start_class(self) -> re.Pattern[str] | None:
        """`start_class` of this pattern (bot/re_guards.py), from what its first use worked out."""
        compiled = self.compiled
        starts: str | bool | None = self.__dict__["_starts"]
        if starts is False:  # (not worked out at its first use: neither kept nor read back)
            return start_class(self.pattern, compiled.flags)
        # (the characters read from the source parsed with the flags given, as it was compiled: the same items as with
        # the compiled pattern's flags, which add only UNICODE and those the source sets; the class takes the latter)
        return None if not isinstance(starts, str) else re.compile(f"[{starts}]", compiled.flags & (re.IGNORECASE | re.ASCII))

    @property
    def required(self) -> frozenset[str] | None:
        """Strings (folded, bot/re_guards.folded) one of which every match holds; None when they cannot be told."""
        self.compiled  # noqa: B018 - a prefiltered pattern's are worked out (or read back) with it
        if "_required" not in self.__dict__:
            self.__dict__["_required"] = required_strings(self.pattern, self._given_flags)
        found: frozenset[str] | None = self.__dict__["_required"]
        return found

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


def _templates_read_once(compiled: re.Pattern[str], holds: Callable[[object], bool] | None = None) -> Callable[..., str]:
    """`compiled.sub` reading each replacement template ("season \\1") once. `re` reads one on every call, even one that
    replaces nothing, through a cache of 512 keyed on the compiled pattern (hashing all of its code each time): the
    readers' tables of templates (over 512 of them) spent a tenth of a /progress reading there. The same replacement, the
    same errors. With `holds` (the prefilter's test, bot/re_guards.py), a text it says no match can be in is given back
    unchanged after the template is read, as the prefiltered `sub` did: one call a row instead of two (the readers' tables
    run over a million rows a set)."""
    expanders: dict[str, Callable[[re.Match[str]], str]] = {}
    sub = compiled.sub

    def expander_of(repl: str) -> Callable[[re.Match[str]], str]:
        expander = expanders.get(repl)
        if expander is None:
            sub(repl, "")  # a template that cannot be read raises here, as on every call before
            template = sre_parse.parse_template(repl, compiled)
            expander = expanders[repl] = lambda found: sre_parse.expand_template(template, found)
        return expander

    if holds is None:
        def read_once(repl: Any, string: str, count: int = 0) -> str:
            if repl.__class__ is str and "\\" in repl:
                repl = expanders.get(repl) or expander_of(repl)
            return sub(repl, string, count)

        return read_once

    # (`count` named, not *args and **kwargs: packing them cost a tuple and a dict a call, over two million a set)
    def read_once_held(repl: Any, string: str, count: int = 0) -> str:
        if repl.__class__ is str and "\\" in repl:
            repl = expanders.get(repl) or expander_of(repl)
        return sub(repl, string, count) if holds(string) else string

    return read_once_held


def compile_later(pattern: str, flags: int = 0, *, prefilter: bool = False) -> LazyPattern:
    """`re.compile(pattern, flags)`, done when the pattern is first used; with `prefilter`, searched only in a text that
    holds a word it needs (bot/re_guards.py)."""
    # Season 2's news readers search through a prefilter, where it halves the CPU. The answer and trivia patterns it
    # mostly slowed (their texts mostly hold the words): only a costly one that questions seldom match asks for it
    # (measured over the /ask sets: "squid game|kingdom|..." holds in 1 question in 8, a Korean likeness in 2 of 8,475).
    # The spoiler lexicon's are searched on the season-2 walk (bench/walk.py), which would count bot/re_guards.py as one
    # more of its files. The progress readers rewrite each line through ~200 substitutions in turn, most of whose words
    # it lacks: their `sub` only is prefiltered (a tenth of chat_free; their matches gained nothing).
    module = sys._getframe(1).f_globals.get("__name__", "")
    return LazyPattern(pattern, flags, prefilter=prefilter or module.startswith("bot.season2."),
                       prefilter_sub=module.startswith("bot.progress_"))


# What a pattern parameter accepts: one built at import (lazy) or one compiled in a function.
Pattern: TypeAlias = "re.Pattern[str] | LazyPattern"


def rewrite_in_turn(text: str, *tables: Iterable[tuple[Pattern, str]]) -> str:
    """`text` with every (pattern, replacement) of `tables` substituted, table after table and row after row: the
    readers' tables of phrasings are ordered, each row reading the text the rows before it left."""
    for table in tables:
        for pattern, replacement in table:
            text = pattern.sub(replacement, text)
    return text


_Value = TypeVar("_Value")


class FirstCharacterRows(Generic[_Value]):
    """Ordered rows (pattern, value) that a reader tries with `pattern.match(text)`, first match wins: `for_text` gives the
    rows whose pattern can start with the text's first character, in order (the same first match, found sooner). The
    progress readers try 80 to 130 sentence forms in a dozen languages on every clause, where one or two can start
    with its first letter: most of what reading a clause cost. Where a pattern's first characters cannot be told
    (any word character, a negated class ...) its row is always tried (bot/re_guards.py `start_class`)."""

    def __init__(self, rows: Iterable[tuple[Pattern, _Value]]) -> None:
        self.rows = tuple(rows)
        self._starts: tuple[re.Pattern[str] | None, ...] | None = None
        self._by_first: dict[str, tuple[tuple[Pattern, _Value], ...]] = {}

    def for_text(self, text: str) -> tuple[tuple[Pattern, _Value], ...]:
        """The rows whose pattern may match at the start of `text`, in their order."""
        first = text[:1]
        rows = self._by_first.get(first)
        if rows is None:
            if self._starts is None:  # (compiles the patterns: on first use, as they would be)
                self._starts = tuple(pattern.start_class() if isinstance(pattern, LazyPattern)
                                     else start_class(pattern.pattern, pattern.flags) for pattern, _ in self.rows)
            rows = tuple(row for row, start in zip(self.rows, self._starts, strict=True) if start is None or start.match(first))
            if len(self._by_first) < 1024:  # (bounded: a bot reads any character)
                self._by_first[first] = rows
        return rows


# --- Tables of rewrites, each row tried only on a text that can hold its match -------------------------------------
# The season-2 readers put a post in the words they know through long ordered tables ("llega el" -> "premieres on", 301 rows
# for the languages abroad): each row's `sub` already skips a text holding none of the words its pattern needs
# (bot/re_guards.py), but asking every row cost a call and a test of its words, row after row, for the same text. A
# `RewriteTable` reads the text once for every word any row needs (one scan through a trie of them) and tries only the
# rows one of whose words it holds, reading the text again only after a row changed it: the same rows on the same texts in
# the same order, a row skipped being one whose pattern could not match (its `sub` would give the text back).

Row: TypeAlias = "tuple[Pattern, str | Callable[[re.Match[str]], str]]"
_Trie = dict[str, "_Trie"]


def _trie_source(strings: Iterable[str]) -> str:
    """A pattern matching, at a position, the longest of `strings` that starts there (a trie: one character at a time)."""
    trie: _Trie = {}
    for string in strings:
        node = trie
        for character in string:
            node = node.setdefault(character, {})
        node[""] = {}  # a string ends here

    def source(node: _Trie) -> str:
        branches = [re.escape(character) + source(child) for character, child in sorted(node.items()) if character]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body  # (greedy: the longer string first, this one if it fails)

    return source(trie)


class _Index:
    """Which rows of a table a text can hold a match of."""

    def __init__(self, rows: tuple[Row, ...]) -> None:
        needs = [pattern.required if isinstance(pattern, LazyPattern) else required_strings(pattern.pattern, pattern.flags)
                 for pattern, _ in rows]
        self.always = sorted(n for n, words in enumerate(needs) if words is None)  # rows whose words cannot be told
        rows_needing: dict[str, set[int]] = {}
        for n, words in enumerate(needs):
            for word in words or ():
                rows_needing.setdefault(word, set()).add(n)
        # (the trie gives the longest word starting at each position; the shorter ones starting there are its prefixes)
        self.rows_of: dict[str, frozenset[int]] = {
            word: frozenset().union(*(rows_needing.get(word[:end], ()) for end in range(1, len(word) + 1))) for word in rows_needing}
        # (compiled as the rows are, read back from bot/re_cache.py's file when an earlier process kept it)
        self.found: Callable[[str], list[str]] = (
            analysed(f"(?=({_trie_source(rows_needing)}))", required=False).compiled.findall if rows_needing else lambda _: [])

    def rows_for(self, text: str) -> list[int]:
        """The rows, in order, whose pattern `text` holds a word of (or whose words cannot be told)."""
        rows_of = self.rows_of
        found = {n for word in set(self.found(folded(text))) for n in rows_of[word]}
        return sorted(found.union(self.always)) if self.always else sorted(found)


class RewriteTable:
    """Rows (pattern, replacement) substituted in turn, each reading the text the rows before it left."""

    def __init__(self, *rows: Row) -> None:
        self.rows = rows
        self._index: _Index | None = None  # built on first use (it compiles every row's pattern)

    def rewrite(self, text: str) -> str:
        """`text` with every row substituted, row after row."""
        index = self._index
        if index is None:
            index = self._index = _Index(self.rows)
        rows = self.rows
        todo = index.rows_for(text)
        at = 0
        while at < len(todo):
            n = todo[at]
            at += 1
            pattern, replacement = rows[n]
            rewritten = pattern.sub(replacement, text)
            if rewritten != text:  # (the words it holds now: the rows after this one read the text it left)
                text = rewritten
                todo = [later for later in index.rows_for(text) if later > n]
                at = 0
        return text
