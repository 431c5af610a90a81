"""Alternatives of a pattern tried only where they can start: the same matches, found sooner.

Many lexicon patterns are "English words | Korean words" (the death words, the harm words). Python's
engine tries every alternative at every position of the text, and a Korean alternative opening with
look-behinds (잃 "lost", not after 눈 "eyes", 정신 "mind", ... 150 of them) paid for all of them at each
character of an English sentence: most of what tagging a 10,000-question upload cost. `guarded` puts
before such an alternative a look-ahead for the characters it can start with (read from the parsed
pattern: Korean letters, spaces), so the engine leaves at the first character. The look-ahead admits
every character the alternative could start with, compiled with the same flags, so no match is gained
or lost; where that cannot be told (a class of any word character, a back-reference, local flags)
the alternative is left as it is.

`Dispatched` does the same for a long list (the lexicon's 484 phrasings abroad), with no capturing group and one look-ahead
per run of alternatives: at each word the engine tried them all, a third of what scanning an answer cost.
"""

from __future__ import annotations

import _sre  # the engine re.compile hands a parsed pattern's code to
import contextlib
import re
import re._compiler as sre_compile  # a parsed pattern's code (Python 3.11+)
import re._constants as sre  # the parsed pattern's opcodes (Python 3.11+)
import re._parser as sre_parse
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from re._casefix import _EXTRA_CASES  # the letters IGNORECASE takes for one another (Python 3.11+)
from typing import Any, NamedTuple

from bot import re_cache
from bot.text import JAMO

_KOREAN = re.compile(rf"[{JAMO}\uac00-\ud7a3]")
#: Where a zero-width item opens an alternative, the engine's own first-character test cannot skip it.
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_CATEGORIES = {sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_DIGIT: r"\d"}  # narrow enough to be worth a look-ahead
_Starts = tuple[set[str], bool]  # the class items a match may start with; whether it may match nothing


@lru_cache(maxsize=4)
def _parsed(source: str, flags: int) -> sre_parse.SubPattern:
    """The parsed pattern, read only. A lazy pattern's first use reads its source three or four times in a row (`guarded`
    counting its groups, `fronted`, `required_strings`, `start_class`): parsed once, not each time (a parse cost about
    half what compiling the pattern did, and every process pays it for each pattern it uses)."""
    return sre_parse.parse(source, flags)


def _escaped(code: int) -> str:
    return re.escape(chr(code))


#: Among `_starts`' items with `anchors`: the match may start at the text's beginning only ("^", "\\A"), whatever comes next.
_AT_START = "\\A"


def _starts(items: list[tuple[Any, Any]], anchors: frozenset[Any] = frozenset()) -> _Starts | None:
    """What a sequence of parsed items may start with; None when that is not a short list of characters. With `anchors`
    (the AT codes that hold only at the text's beginning), a sequence from one of them on adds `_AT_START` instead."""
    found: set[str] = set()
    for op, av in items:
        if op is sre.AT and av in anchors:
            return found | {_AT_START}, False  # matches at the beginning only, where the look-ahead lets all through
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item starts the match
        part: _Starts | None
        if op is sre.LITERAL:
            part = {_escaped(av)}, False
        elif op is sre.IN:
            part = _class(av)
        elif op is sre.SUBPATTERN:
            _, add, remove, inner = av
            part = None if add or remove else _starts(inner.data, anchors)  # local flags: read no further
        elif op is sre.BRANCH:
            parts = [_starts(branch.data, anchors) for branch in av[1]]
            part = None if any(p is None for p in parts) else (
                set().union(*(p[0] for p in parts if p)), any(p[1] for p in parts if p))
        elif op in _REPEATS:
            least, _, inner = av
            inside = _starts(inner.data, anchors)
            part = None if inside is None else (inside[0], inside[1] or least == 0)
        else:
            return None  # any character, a back-reference, a conditional...
        if part is None:
            return None
        found |= part[0]
        if not part[1]:
            return found, False
    return found, True


def _class(items: list[tuple[Any, Any]]) -> _Starts | None:
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            found.add(_escaped(av))
        elif op is sre.RANGE:
            found.add(f"{_escaped(av[0])}-{_escaped(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            found.add(_CATEGORIES[av])
        else:
            return None  # a negated class, any word character
    return found, False


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source (one when it has none)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 if source.startswith("^", i + 1) else 0
            i += 1 if source.startswith("]", i + 1) else 0  # "[]...]": the bracket is a member
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and not depth:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return [*parts, source[start:]]


#: What lets an alternative refer to another's group, or hides a "|" from the split into alternatives (a comment).
_REACHES_OUT = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?#")


def _alternatives_parsed(source: str, flags: int, count: int) -> list[list[tuple[Any, Any]]] | None:
    """The parsed items of each of the `count` top-level alternatives of `source`, read from the parse of the whole
    (which `fronted` reads next) instead of a parse of each: what parsing it alone gives, but for its groups' numbers.
    None where that is not so or cannot be told: the parse fails, an alternative may refer to another's group, or all
    are one character each (parsed as one class). (The parser takes the items every alternative opens with out of the
    branch, in front of it: they are put back.)"""
    if _REACHES_OUT.search(source):
        return None
    try:
        items = _parsed(source, flags).data
    except re.error:
        return None
    if not items or items[-1][0] is not sre.BRANCH or len(items[-1][1][1]) != count:
        return None
    opening = items[:-1]
    return [[*opening, *branch.data] for branch in items[-1][1][1]]


def guarded(source: str, flags: int = 0) -> str:
    """`source` with a look-ahead before each top-level alternative that opens with an assertion or a
    group and can only start with Korean letters (or spaces, digits, other listed characters): the same
    pattern, faster on text without them. Unchanged when it has no Korean or nothing to guard."""
    if not _KOREAN.search(source) or flags & re.VERBOSE or (source.startswith("(?") and source[2:3].isalpha()):
        return source  # verbose and inline-flagged sources are not split by hand
    parts = _alternatives(source)
    if len(parts) < 2:
        return source
    parsed = _alternatives_parsed(source, flags, len(parts))
    out: list[str] = []
    for index, part in enumerate(parts):
        if parsed is not None:
            items = parsed[index]
        else:
            try:
                items = sre_parse.parse(part, flags).data
            except re.error:
                return source  # an alternative that refers to another's group
        starts = _starts(items) if items and items[0][0] not in (sre.LITERAL, sre.IN) else None
        korean = starts is not None and not starts[1] and any(_KOREAN.search(s) for s in starts[0])
        out.append(f"(?=[{''.join(sorted(starts[0]))}]){part}" if korean and starts else part)
    result = "|".join(out)
    if result == source:
        return source
    # (the groups, their names and the flags compiling each would give, read from the parses: fronted reads the second)
    before, after = _parsed(source, flags).state, _parsed(result, flags).state
    return result if (before.groups, before.groupdict, before.flags) == (after.groups, after.groupdict, after.flags) else source


def _opens_blind(items: list[tuple[Any, Any]]) -> bool:
    """Whether a parsed pattern may open with an assertion (a look-behind, a word boundary): then the engine's own
    first-character test is not made and every position of the text runs the assertions."""
    if not items:
        return False
    op, av = items[0]
    if op in _ZERO_WIDTH:
        return True
    if op is sre.SUBPATTERN:
        return _opens_blind(av[3].data)
    if op is sre.BRANCH:
        return any(_opens_blind(branch.data) for branch in av[1])
    return op in _REPEATS and _opens_blind(av[2].data)


def fronted(source: str, flags: int = 0) -> str:
    """`source` behind a look-ahead for the characters a match can start with, when it may open with an assertion
    (the death words open with 19 look-behinds, "(?<!phone )(?<!laptop )...", all tried at every character of a long
    message, most of what reading one cost): the same matches, the rest of the text left at its first character.
    Unchanged where those characters cannot be told, a match may be empty, or the pattern sets its flags inline."""
    opening = _fronting(source, flags)
    return source if opening is None else f"{opening}{source})"


def _fronting(source: str, flags: int) -> str | None:
    """What `fronted` puts before `source` (a group it closes after it), or None where it leaves the source as it is."""
    if flags & re.VERBOSE or (source.startswith("(?") and source[2:3].isalpha()):
        return None  # verbose and inline-flagged sources are not wrapped by hand
    try:
        items = _parsed(source, flags).data
    except re.error:
        return None
    # (an alternative opening with "^" starts at the beginning only: "^\\W*now on netflix" beside "\\b(?<!date )… out now" in a
    # rule of 30 alternatives left all of them untold, tried at every character of every post)
    anchors = frozenset({sre.AT_BEGINNING_STRING} if flags & re.MULTILINE else {sre.AT_BEGINNING_STRING, sre.AT_BEGINNING})
    starts = _starts(items, anchors) if _opens_blind(items) else None
    if starts is None or starts[1] or not starts[0]:
        return None
    characters = "".join(sorted(starts[0] - {_AT_START}))
    if _AT_START not in starts[0]:
        return f"(?=[{characters}])(?:"
    return f"(?:(?=[{characters}])|\\A)(?:" if characters else "\\A(?:"


#: What `_sre.compile` takes: the source, the flags, the engine's code, the groups, their numbers by name and names by number.
Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]


def fast_compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(fronted(guarded(source, flags), flags), flags)`, the same pattern, compiled from the parse `guarded` and
    `fronted` read: re.compile would parse the source once more (a third of what compiling it costs, paid by every
    process for each pattern it uses)."""
    compiled: re.Pattern[str] = _sre.compile(*program(source, flags))
    return compiled


def program(source: str, flags: int = 0) -> Program:
    """What `fast_compiled` hands `_sre.compile`: plain data, kept between processes (bot/re_cache.py)."""
    flags = int(flags)  # (as re.compile reads a RegexFlag)
    inner = guarded(source, flags)
    opening = _fronting(inner, flags)
    try:
        parsed = _parsed(inner, flags)
    except re.error:
        re.compile(inner, flags)  # the engine's own error
        raise
    if opening is not None:
        # The parse of "<opening><inner>)": the opening's items, then the inner parse's (the parser reads a group's
        # contents as it reads a whole pattern that sets no flags inline, which `_fronting` requires, and puts the items
        # of a group that neither captures nor sets flags in the sequence around it).
        parsed = sre_parse.SubPattern(parsed.state, [*sre_parse.parse(f"{opening})", flags).data, *parsed.data])
    # (what re._compiler.compile does with a parsed pattern, the fast form's source kept as the pattern's; the code's
    # opcodes as plain numbers, which marshal writes)
    state = parsed.state
    names: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    return (inner if opening is None else f"{opening}{inner})", flags | state.flags,
            [*map(int, sre_compile._code(parsed, flags))], state.groups - 1, dict(state.groupdict), tuple(names))


class Analysis(NamedTuple):
    """What a lazy pattern's first use works out (bot/lazy_re.py)."""

    compiled: re.Pattern[str]  # `fast_compiled`
    required: frozenset[str] | None  # `required_strings` (None too where not asked for and not kept)
    starts: str | bool | None  # `start_characters` (False: not worked out, neither kept nor read back)


def analysed(source: str, flags: int = 0, *, required: bool = True, store: re_cache.Store = re_cache.STORE) -> Analysis:
    """The pattern compiled, the strings one of which its matches hold (with `required`) and the characters they start
    with: read from bot/re_cache.py's file when it holds them (no parse, no compile but the engine's), else worked out,
    all of them when the file is to be written with them."""
    flags = int(flags)
    kept_under = re_cache.key("analysis", source, flags)
    kept: Any = store.get(kept_under)
    with contextlib.suppress(TypeError, ValueError, RuntimeError):  # (not what was written: worked out again)
        if kept is not None:
            kept_program, kept_required, kept_starts = kept
            if (kept_required is None or all(isinstance(each, str) for each in kept_required)) and isinstance(
                    kept_starts, str | None):
                return Analysis(_sre.compile(*kept_program), None if kept_required is None else frozenset(kept_required),
                                kept_starts)
    made = program(source, flags)
    if not store.keeps():
        return Analysis(_sre.compile(*made), required_strings(source, flags) if required else None, False)
    needed = required_strings(source, flags)
    starts = start_characters(source, flags)
    store.put(kept_under, (made, None if needed is None else tuple(sorted(needed)), starts))
    return Analysis(_sre.compile(*made), needed, starts)


def start_characters(source: str, flags: int) -> str | None:
    """The members of a one-character class holding every character a match of the pattern can start with, or None when
    that cannot be told or it may match nothing."""
    try:
        starts = _starts(_parsed(source, flags).data)
    except re.error:
        return None
    if starts is None or starts[1] or not starts[0]:
        return None
    return "".join(sorted(starts[0]))


def start_class(source: str, flags: int) -> re.Pattern[str] | None:
    """A one-character class holding every character a match of the pattern can start with (compiled with the flags
    that change what a character matches), or None when that cannot be told or it may match nothing."""
    characters = start_characters(source, flags)
    return None if characters is None else re.compile(f"[{characters}]", flags & (re.IGNORECASE | re.ASCII))


def _one_character(item: str) -> str | None:
    """The character a start item (`_starts`) stands for, None for a range or a category."""
    return item[-1] if len(item) == 1 or (len(item) == 2 and item[0] == "\\" and not item[1].isalnum()) else None



def _alternatives_start(alternatives: list[str], flags: int) -> list[set[str] | None]:
    """The characters each alternative can start with (None: any, or it may match nothing), kept in bot/re_cache.py's
    file: parsing the lexicon's 484 phrasings was a tenth of importing the lexicon, paid by every process."""
    kept_under = re_cache.key("alternatives", repr(alternatives), flags)
    kept = re_cache.STORE.get(kept_under)
    if isinstance(kept, list) and len(kept) == len(alternatives) and all(
            each is None or (isinstance(each, tuple) and all(isinstance(item, str) for item in each)) for each in kept):
        return [None if each is None else set(each) for each in kept]
    found = [_starts(sre_parse.parse(part, flags).data) for part in alternatives]
    starts = [None if each is None or each[1] else each[0] for each in found]
    re_cache.STORE.put(kept_under, [None if each is None else tuple(sorted(each)) for each in starts])
    return starts


class Dispatched:
    """A long alternation (`before` (?:a|b|...) `after`) finding what the plain one finds, sooner: no capturing group, and
    the alternatives behind look-aheads for the characters they can start with, in runs of 4 behind one for the run's
    and runs of 16 behind one for theirs (484 phrasings: at each word the engine tried a look-ahead for each and, for
    each alternative it entered, cleared the mark of every group below its own: most of what rephrasing a text cost).
    A look-ahead admits every character its alternatives can start with, in their order: the first alternative that
    matches is the one the plain alternation finds. `owner(match)` tells which, tried again alone where the match starts
    (matches are rare)."""

    def __init__(self, alternatives: Iterable[str], flags: int = 0, *, before: str = "", after: str = "") -> None:
        self._parts, self._flags, self._after = list(alternatives), flags, after
        self._starts = _alternatives_start(self._parts, flags)
        self._fold: Callable[[str], str] = folded if flags & re.IGNORECASE else str  # the characters IGNORECASE takes for one another: one key
        self._under: dict[str, list[int]] = {}  # a character (folded) -> the alternatives that may start with it, in order
        self._wide: list[int] = []  # those that may start with a class, or with anything
        for n, starts in enumerate(self._starts):
            characters = [_one_character(item) for item in starts] if starts is not None else [None]
            if None in characters:
                self._wide.append(n)
            for character in {self._fold(c) for c in characters if c is not None}:
                self._under.setdefault(character, []).append(n)
        self.source = before + "(?:" + self._runs(list(range(len(self._parts))), [16, 4]) + ")" + after
        self._alone: dict[int, re.Pattern[str]] = {}

    def _runs(self, alternatives: list[int], sizes: list[int]) -> str:
        """The alternatives, in order, in runs of sizes[0] each behind a look-ahead for its characters (one each at the last)."""
        size = sizes[0] if sizes else 1
        out: list[str] = []
        for at in range(0, len(alternatives), size):
            run = alternatives[at:at + size]
            inner = self._runs(run, sizes[1:]) if sizes else f"(?:{self._parts[run[0]]})"
            starts = [self._starts[n] for n in run]
            characters = set().union(*starts) if all(each is not None for each in starts) else None  # type: ignore[arg-type]
            out.append(f"(?=[{''.join(sorted(characters))}])(?:{inner})" if characters else f"(?:{inner})")
        return "|".join(out)

    def owner(self, match: re.Match[str]) -> int:
        """Which alternative (0-based) made `match`: the first, in order, that matches alone where it starts."""
        text, at = match.string, match.start()
        tried: list[int] = sorted({*self._under.get(self._fold(text[at]), ()), *self._wide}) if at < len(text) else []
        candidates: list[int] = [*tried, *range(len(self._parts))]  # (the rest: never needed, the engine's own order if ever)
        for n in candidates:
            alone = self._alone.get(n)
            if alone is None:
                alone = self._alone[n] = re.compile(f"(?:{self._parts[n]}){self._after}", self._flags)
            if alone.match(text, at):
                return n
        raise ValueError(match)

# --- Words a match cannot do without -------------------------------------------------------------------------------
# Most headline patterns are long lists of words ("rumou?r|unconfirmed|reportedly|…", 60 to 150 of them) that Python's
# engine tries at every character of a text, where most texts hold none of them: ~100 µs a search, most of what reading
# a headline costs. `required_strings` reads from the parsed pattern strings one of which every match contains (a word
# of each alternative), and `prefiltered` searches only a text that holds one: a substring test costs well under a
# microsecond. The test reads the text and the strings folded as the engine compares letters under IGNORECASE (each
# letter's own lower case, the few letters it also takes for one another merged: ı and i, ſ and s, ς and σ …), so a text
# the engine would match always holds one; folding without IGNORECASE only lets more texts through.

#: Letters IGNORECASE takes for one another beyond their lower case (re._casefix), each mapped to one of its group.
_SAME_LETTER = {code: min((code, *others)) for code, others in _EXTRA_CASES.items()}


def folded(text: str) -> str:
    """`text` as IGNORECASE compares it, one character for each (str.lower alone turns İ into two)."""
    if text.isascii():
        return text.lower()
    return text.replace("\u0130", "i").lower().translate(_SAME_LETTER)


#: The text last folded and its fold: a reader tries dozens of patterns on one text in a row (one tuple, read whole, so
#: a thread between two reads cannot pair a text with another's fold).
_last_folded = ("", "")


_Strings = frozenset[str]


def _better(one: _Strings | None, other: _Strings | None) -> _Strings | None:
    """Of two sets of strings a match must contain one of, the one that lets fewer texts through: longer strings, fewer."""
    if one is None or other is None:
        return one if other is None else other
    return max(one, other, key=lambda found: (min(map(len, found)), -len(found)))


def _required(items: list[tuple[Any, Any]]) -> _Strings | None:
    """Strings (folded) one of which every match of the sequence `items` contains; None where none can be told."""
    best: _Strings | None = None
    run: list[str] = []  # consecutive literal characters: one string in every match
    for op, av in [*items, (None, None)]:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the characters either side of it are adjacent in the match
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({folded("".join(run))}))
            run = []
        part: _Strings | None = None
        if op is sre.SUBPATTERN:
            part = _required(av[3].data)
        elif op is sre.ATOMIC_GROUP:
            part = _required(av.data)
        elif op is sre.BRANCH:
            parts = [_required(branch.data) for branch in av[1]]
            part = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            part = _required(av[2].data)
        elif op is sre.IN and all(member is sre.LITERAL for member, _ in av):
            part = frozenset(folded(chr(code)) for _, code in av)
        best = _better(best, part)
    return best


def _telling(found: _Strings) -> bool:
    """Whether testing for these strings is worth it: none a single letter, digit or space that nearly every text holds."""
    return all(len(text) > 1 or not (text.isascii() and (text.isalnum() or text.isspace())) for text in found)


def required_strings(source: str, flags: int = 0) -> _Strings | None:
    """Strings, folded (`folded`), one of which every match of the pattern contains; None when they cannot be told or
    would let nearly every text through."""
    try:
        found = _required(_parsed(source, flags).data)
    except re.error:
        return None
    return found if found and _telling(found) else None


def prefiltered(compiled: re.Pattern[str], required: _Strings) -> dict[str, Any]:
    """`compiled`'s search, match, sub … each giving what it gives at once for a text that holds none of `required` (no
    match: None, the text unchanged, no matches): the same results, a substring test instead of a search; and "holds",
    that test (False: a text none of its methods need search)."""
    # (a string holding another of them is held whenever it is: only the shorter is tested)
    strings = tuple(sorted(string for string in required if not any(other in string for other in required - {string})))

    # The text this pattern last tested and what it found, one tuple as `_last_folded` is: a reader trying the pattern at
    # each of a long post's labels (bot/season2/sources/headline_batches.py) tests the whole post once, not once a label.
    told: list[tuple[object, bool]] = [(None, True)]

    def holds(text: object) -> bool:
        global _last_folded
        if (last_told := told[0])[0] is text:
            return last_told[1]
        last = _last_folded
        if last[0] is text:
            fold = last[1]
        elif isinstance(text, str):
            fold = folded(text)
            _last_folded = (text, fold)
        else:
            return True  # the engine's own error
        # (a loop, not any() over a generator: this runs millions of times a season-2 set, a generator frame each time)
        for string in strings:
            if string in fold:
                told[0] = (text, True)
                return True
        told[0] = (text, False)
        return False

    # (the engine's own parameters, not *args and **kwargs: packing them cost a tuple and a dict a call, millions a set)
    def search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return compiled.search(string, pos, endpos) if holds(string) else None

    def match(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return compiled.match(string, pos, endpos) if holds(string) else None

    def fullmatch(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return compiled.fullmatch(string, pos, endpos) if holds(string) else None

    def finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return compiled.finditer(string, pos, endpos) if holds(string) else iter(())

    def findall(string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return compiled.findall(string, pos, endpos) if holds(string) else []

    def sub(repl: Any, string: str, count: int = 0) -> str:
        return compiled.sub(repl, string, count) if holds(string) else string

    def split(string: str, maxsplit: int = 0) -> list[Any]:
        return compiled.split(string, maxsplit) if holds(string) else [string]

    # ("holds" too: bot/lazy_re.py tests it inside the one wrapper its `sub` already has, one call fewer a row)
    return {"search": search, "match": match, "fullmatch": fullmatch, "finditer": finditer, "findall": findall,
            "sub": sub, "split": split, "holds": holds}
