"""compile_later: a module-level pattern costs nothing until it is used, then works as re.compile's."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bot.lazy_re import compile_later


def test_a_pattern_is_not_compiled_until_first_used() -> None:
    pattern = compile_later(r"(?P<ep>\d+)\s*화")
    assert "_compiled" not in vars(pattern)
    assert pattern.pattern == r"(?P<ep>\d+)\s*화"  # readable without compiling
    assert "_compiled" not in vars(pattern)
    pattern.search("3화")
    assert vars(pattern)["_compiled"] == re.compile(r"(?P<ep>\d+)\s*화")


def test_it_answers_as_the_compiled_pattern_does() -> None:
    lazy = compile_later(r"\bep(?:isode)?\s*(\d+)", re.IGNORECASE)
    eager = re.compile(r"\bep(?:isode)?\s*(\d+)", re.IGNORECASE)
    text = "im on EP 3, then Episode 4"
    first = lazy.search(text)
    assert first is not None and first.group(1) == "3"
    assert [m.group(1) for m in lazy.finditer(text)] == ["3", "4"]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert lazy.fullmatch("episode 12") is not None and lazy.match("x ep 1") is None
    assert (lazy.flags, lazy.groups) == (eager.flags, eager.groups)
    assert lazy.compiled is eager


def test_a_prefiltered_pattern_answers_as_the_compiled_pattern_does() -> None:
    # (a text without a word the pattern needs is not searched: bot/re_guards.py)
    lazy = compile_later(r"\b(squid ?game|kingdom)\b|오징어", re.IGNORECASE, prefilter=True)
    eager = re.compile(r"\b(squid ?game|kingdom)\b|오징어", re.IGNORECASE)
    for text in ("is it like SQUID GAME", "오징어 게임이랑 비슷해?", "who plays onjo", "kingdoms"):
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert (lazy.search(text) is None) == (eager.search(text) is None)
        assert lazy.sub("#", text) == eager.sub("#", text)


def test_a_match_names_the_compiled_pattern() -> None:
    lazy = compile_later(r"onjo")
    found = lazy.search("who plays onjo")
    assert found is not None and found.re is lazy.compiled


def test_an_unknown_attribute_is_still_an_error() -> None:
    lazy = compile_later(r"x")
    with pytest.raises(AttributeError):
        lazy.scanner  # noqa: B018


def test_importing_the_answers_compiles_none_of_their_patterns() -> None:
    # The answer modules held most of the 1,322 patterns compiled at import. (The lexicon's stay
    # compiled at import: the season-2 walk, bench/walk.py, would otherwise count bot/lazy_re.py.)
    probe = (
        "import re, sys\n"
        "compiled = []\n"
        "eager = re.compile\n"
        "def counting(p, flags=0):\n"
        "    compiled.append(sys._getframe(1).f_code.co_filename)\n"
        "    return eager(p, flags)\n"
        "re.compile = counting\n"
        "import bot.lore.answer.router\n"
        "print(sum('/bot/lore/answer/' in f for f in compiled), len(compiled))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    from_answers, everywhere = map(int, out.stdout.split())
    assert from_answers == 0
    assert everywhere < 600  # was about 1,450 with the libraries'
