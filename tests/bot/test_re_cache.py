"""What a pattern's first use works out, kept on disk (bot/re_cache.py): read back by the next process, it is the very
pattern compiling it afresh makes; a file that cannot be read is ignored."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from bot.re_cache import Store, importing, key
from bot.re_guards import analysed, fast_compiled, required_strings, start_characters

PATTERNS = (
    (r"(?<![\w-])(?<!phone )(?:dies|died|💀|rip)(?![\w-])", re.IGNORECASE),  # behind a look-ahead for its first letters
    (r"(?P<ep>\d+)\s*화|잃(?<!눈 잃)었", 0),  # a named group, a guarded Korean alternative
    (r"\b(squid ?game|kingdom)\b|오징어", re.IGNORECASE),  # words every match holds
    (r"(?i)^ep (\d)", 0),  # flags set inside the pattern
)


def _kept(path: Path) -> Store:
    """A file holding PATTERNS, as `python -m bot.re_cache` writes one."""
    writing = Store(path)
    writing.building()
    for source, flags in PATTERNS:
        analysed(source, flags, store=writing)
    writing.write()
    return Store(path)


def test_a_pattern_read_back_is_the_pattern_compiled_afresh(tmp_path: Path) -> None:
    reading = _kept(tmp_path / "re-programs.bin")
    for source, flags in PATTERNS:
        assert reading.get(key("analysis", source, flags)) is not None
        read = analysed(source, flags, store=reading)
        fresh = fast_compiled(source, flags)
        assert (read.compiled, read.compiled.groupindex, read.compiled.groups) == (fresh, fresh.groupindex, fresh.groups)
        assert (read.required, read.starts) == (required_strings(source, flags), start_characters(source, flags))
        text = "my phone died, ms park DIES 💀 3화 눈 잃었 잃었 SQUID GAME 오징어 EP 4"
        assert [m.span() for m in read.compiled.finditer(text)] == [m.span() for m in re.finditer(source, text, flags)]


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_a_file_that_cannot_be_read_is_ignored_and_patterns_compile_as_before(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "re-programs.bin"
    _kept(path)
    whole = path.read_bytes()
    path.write_bytes({"truncated": whole[:len(whole) // 2], "garbage": b"\x00\xff" * 999, "empty": b""}[damage])
    reading = Store(path)
    for source, flags in PATTERNS:
        assert analysed(source, flags, store=reading).compiled == fast_compiled(source, flags)


def test_a_process_adds_what_it_worked_out_to_what_the_file_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # (as bytecode: not written when the user says so)
    path = tmp_path / "re-programs.bin"
    _kept(path)
    adding = Store(path)
    more = [(rf"\bep(?:isode)? {n}\b", re.IGNORECASE) for n in range(20)]
    for source, flags in more:
        analysed(source, flags, store=adding)
    adding.write()
    reading = Store(path)
    assert all(reading.get(key("analysis", source, flags)) is not None for source, flags in (*PATTERNS, *more))


def test_a_pattern_compiled_while_importing_is_the_one_re_compile_makes_and_after_it_re_compiles_as_before() -> None:
    source = r"(?P<who>nam-?ra|cheong-?san)\s+(dies|died)\b|청산\d+화 " + str(id(object()))  # (not in re's own cache)
    with importing():
        inside = re.compile(source, re.IGNORECASE)
    assert re._compiler.compile.__module__ == "re._compiler"
    outside = re._compiler.compile(source, re.IGNORECASE)
    assert (inside, inside.groupindex, inside.groups) == (outside, outside.groupindex, outside.groups)
