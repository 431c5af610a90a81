"""Tables of rewrites (pattern, replacement) applied row after row, each row tried only on a text that can hold its match.

The season-2 readers put a post in the words they know through long ordered tables ("llega el" -> "premieres on", 301 rows
for the languages abroad): each row's `sub` already skips a text holding none of the words its pattern needs
(bot/re_guards.py), but asking every row cost a call and a loop over its words, row after row, for the same text: a fifth
of reading a post. A `RewriteTable` reads the text once for every word any row needs (one scan through a trie of them) and
tries only the rows one of whose words it holds, reading the text again only after a row changed it. The same rows on the
same texts in the same order: a row skipped is one whose pattern could not match (its `sub` would give the text back).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeAlias

from bot.lazy_re import LazyPattern, Pattern
from bot.re_guards import analysed, folded, required_strings

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
