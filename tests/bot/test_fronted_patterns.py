"""Every lazy pattern, compiled behind its look-aheads (bot/re_guards.py `guarded`, `fronted`), finds in a fan's message
exactly what `re.compile` of its source finds: the same messages taken down, the same words read, on any text. Compiled
from the parse those read (`fast_compiled`), it is the very pattern `re.compile` makes of its fast form."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest
import yaml

import bot
from bot.lazy_re import LazyPattern
from bot.re_guards import fast_compiled, fronted, guarded

ROOT = Path(__file__).resolve().parents[2]
#: Bench and test sets of several kinds (the guard's, the lexicon's, /ask's, season 2's), and what fans type beside them.
SETS = ("bench/guard_replies90.yaml", "bench/lexicon_heldout74.yaml", "bench/lexicon_heldout60.yaml",
        "tests/lore/ask_blind109.yaml", "bench/data/season2_wild101.yaml")
VARIED = (
    "STRASSE straße STRAẞE ſtraße", "\u212aELVIN kelvin K k", "ǅ ǆ Ǆ ﬃ FFI ǈ ǉ", "İstanbul i I ı", "ΣΊΣΥΦΟΣ σς",
    "٣화 3화 ３화 第5集 他死了吗?", "남라가 물렸어 ㅠㅠ 청산이 죽었어", "a\u3000x\u00a0y", "ÉPISODE 5 — il MEURT à la fin",
    "ms park DIES in ep 5 💀💀", "😭😭😭 RIP cheongsan 🫡", "ep 5\nEPISODE 6\n^line ep 7", "", " ", "-x ]y ^z \\w",
    "¿QUIÉN MUERE? nadie jaja", "onjo x suhyeok 🫶 mali ka dyan", "S2E8 out?? parte 2 – 19 de marzo",
)


@cache
def _lazy_patterns() -> tuple[tuple[str, int, str], ...]:
    """(source, flags, the source behind its look-aheads) of every lazy pattern the look-aheads change."""
    for module in pkgutil.walk_packages(bot.__path__, "bot."):
        if not module.name.endswith("__main__"):  # (the command line: runs on import)
            importlib.import_module(module.name)
    # (read from the modules, not gc.get_objects(): tests/conftest.py freezes what is loaded, which gc then does not list)
    found = {(p.pattern, p._given_flags) for name, module in list(sys.modules.items()) if name.startswith("bot.")
             for p in _held(vars(module).values(), 3)}
    # (the fast form worked out here once, not again by each test that reads it)
    fast = {(source, flags): fronted(guarded(source, flags), flags) for source, flags in found}
    return tuple(sorted((source, flags, fast[source, flags]) for source, flags in found if fast[source, flags] != source))


def _held(values: Iterable[object], depth: int) -> Iterator[LazyPattern]:
    """The lazy patterns among `values` and in the tuples, lists and dicts they hold (a table of phrasings)."""
    for value in values:
        if isinstance(value, LazyPattern):
            yield value
        elif depth and isinstance(value, tuple | list):
            yield from _held(value, depth - 1)
        elif depth and isinstance(value, dict):
            yield from _held((*value.keys(), *value.values()), depth - 1)


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@cache
def _texts() -> tuple[str, ...]:
    """The messages every pattern is tried on (read once for both halves: the sets are long YAML)."""
    texts = sorted({text for name in SETS for text in _strings(yaml.safe_load((ROOT / name).read_text())) if len(text) < 300})
    sample = texts[:: max(1, len(texts) // 80)]
    return (*sample, *VARIED, *(text.upper() for text in sample[::4]), *(text.swapcase() for text in sample[1::4]))


def _found(match: re.Match[str] | None) -> object:
    return match and (match.span(), match.groups())


def test_most_lexicon_patterns_are_tried_only_where_they_can_start() -> None:
    assert len(_lazy_patterns()) > 2_000


@pytest.mark.parametrize("half", [0, 1])
def test_every_guarded_pattern_finds_in_any_message_what_its_source_finds(half: int) -> None:
    texts = _texts()
    for source, flags, fast_source in _lazy_patterns()[half::2]:
        plain, fast = re.compile(source, flags), re.compile(fast_source, flags)
        for text in texts:
            if plain.search(text) is None and fast.search(text) is None:
                # Neither matches at any position: then neither matches from 3 either, nor at 0 or 3 (an attempt at a
                # position reads the same text whatever the search's start: ^ and look-behinds see the whole string),
                # and both find nothing below. Most patterns match in few of these messages: this is most of the pairs.
                continue
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)], (source, text)
            for pos in (0, 3):
                assert _found(fast.search(text, pos)) == _found(plain.search(text, pos)), (source, text)
                assert _found(fast.match(text, pos)) == _found(plain.match(text, pos)), (source, text)
                assert _found(fast.fullmatch(text, pos)) == _found(plain.fullmatch(text, pos)), (source, text)


def test_a_lazy_pattern_compiled_from_its_parse_is_the_pattern_re_compile_makes_of_its_fast_form() -> None:
    for source, flags, fast_source in _lazy_patterns()[::16]:  # (a sample: each costs two compiles)
        fast, compiled = fast_compiled(source, flags), re.compile(fast_source, flags)
        assert (fast, fast.groups, fast.groupindex) == (compiled, compiled.groups, compiled.groupindex), source


# What could slip past a look-ahead for the first characters: case folds outside ASCII (ß/ẞ, ſ, K, ı/İ, ς, ǅ), Unicode
# spaces and digits, an optional or empty opening, class members that mean something inside a class, ^ in MULTILINE.
SHAPES = (
    (r"(?<!phone )(?<!laptop )(?:dies|died|💀)", re.I), (r"(?<!x)(?:dies|)x", 0), (r"^(?:ep|episode) \d", re.M | re.I),
    (r"(?<=\s)straße", re.I), (r"\bkelvin", re.I), (r"\b[k-s]", re.I), (r"\b\d+화", 0), (r"\b\d+화", re.A),
    (r"(?<!a)\s+x", 0), (r"(?<!a)(?=b)[a-c]", 0), (r"\b(?:x*)y", 0), (r"(?!ab)[ab]c", 0), (r"(?<!\w)(?:σ|ς)", re.I),
    (r"\bİ", re.I), (r"\bı", re.I), (r"\b(?:ß|ss)", re.I), (r"\bſ", re.I), (r"\bK", re.I), (r"(?<!a)ǅ", re.I),
    (r"(?<![\w-])(?:-x|\]y|\^z|\\w)", 0), (r"\b(?:a?)+b", 0), (r"\A\s*ep", 0), (r"\Zx|\by", 0), (r"\ba*+b", 0),
    # an alternative opening with ^ (at the beginning only, unless MULTILINE) beside ones that can be told
    (r"\b(?<!phone )dies|^\W*ep\b", re.I), (r"\b(?:x|^\W*y)z", 0), (r"(?<!a)(?:^|[|:])\s*b", 0),
)
SHAPE_TEXTS = ("STRASSE straße STRAẞE ſtraße ſ s S", "\u212aelvin KELVIN K k", "ǅ ǆ Ǆ", "İ i I ı", "Σ σ ς", "٣화 3화 ３화",
               "a\u3000x a x \u00a0x", "phone dies, DIED 💀, laptop died", "ep 5\nEPISODE 6\n ep 7", "-x ]y ^z \\w",
               "aab aaab b c abc acb bac", "", " ", "😭😭", "yz xz\n yz", "-- yz", "EP dies ep", " b :b |b ab", "y\ny")


@pytest.mark.parametrize(("source", "flags"), SHAPES)
def test_a_pattern_opening_with_an_assertion_finds_what_it_found_on_case_folds_and_odd_openings(source: str,
                                                                                                 flags: int) -> None:
    plain, fast = re.compile(source, flags), re.compile(fronted(source, flags), flags)
    assert fast.pattern != source
    assert fast_compiled(source, flags) == fast
    for text in SHAPE_TEXTS:
        for pos in range(min(len(text), 4) + 1):
            assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)], text
            assert _found(fast.match(text, pos)) == _found(plain.match(text, pos)), text
            assert _found(fast.fullmatch(text, pos)) == _found(plain.fullmatch(text, pos)), text


@pytest.mark.parametrize(("source", "flags"), [
    (r"\b(?:a|)\b", 0),  # may match nothing
    (r"(?<!x)(?i:abc)", 0), (r"(?i)\bfoo", 0),  # flags set inside the pattern
    (r"(?=abc)\w+", 0), (r"\b(?:[^a]b)", 0), (r"(?<!a)[\D]", 0),  # any word character, a negated class
    (r"\b(?>ab|a)c", 0), (r"$|\bx", re.M), (r"\bx|^\W*y", re.M),  # (^ in MULTILINE: at every line's beginning)
])
def test_a_pattern_whose_first_characters_cannot_be_told_is_left_as_written(source: str, flags: int) -> None:
    assert fronted(source, flags) == source
    assert fast_compiled(source, flags) == re.compile(source, flags)


@pytest.mark.parametrize("source", [r"(?<!a+)\bb", r"\b(?:a", r"(?P<x>a)|(?P<x>b)", "잃|a)", r"a|(?P<x>a)|(?P<x>(?<!b)잃)"])
def test_a_pattern_the_engine_refuses_is_refused_as_re_compile_refuses_it(source: str) -> None:
    with pytest.raises(re.error) as compiling:
        re.compile(fronted(guarded(source, 0), 0), 0)
    with pytest.raises(re.error) as fast:
        fast_compiled(source, 0)
    assert fast.value.msg == compiling.value.msg
