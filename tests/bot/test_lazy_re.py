"""compile_later: a module-level pattern costs nothing until it is used, then works as re.compile's."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bot.lazy_re import FirstCharacterRows, LazyPattern, RewriteTable, compile_later


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
    assert [m.span() for m in lazy.compiled.finditer(text)] == [m.span() for m in eager.finditer(text)]


def test_a_pattern_opening_with_look_behinds_finds_what_it_found_tried_only_where_its_first_letters_stand() -> None:
    source = r"(?<![\w-])(?<!phone )(?:dies|died|💀|rip)(?![\w-])"
    lazy, eager = compile_later(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    text = "my phone died lol, ms park DIES 💀 rip, ripped, undies, 😭" * 3
    assert lazy.compiled.pattern.startswith("(?=[")  # the engine leaves every other character at once
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert [m.group(0) for m in lazy.finditer(text)][:3] == ["DIES", "💀", "rip"]


@pytest.mark.parametrize(("repl", "text"), [
    (r"ep \1", "im on episode 3, then ep 4"),  # a group
    (r"\g<0>!\n", "ep 7"),  # the whole match, an escape
    (r"\2", "nothing here"),  # no match: a template naming a group it lacks still raises
    ("plain", "ep 2"),
])
def test_a_replacement_template_replaces_as_the_compiled_pattern_does_and_fails_as_it_does(repl: str, text: str) -> None:
    lazy, eager = compile_later(r"\bep(?:isode)?\s*(\d+)"), re.compile(r"\bep(?:isode)?\s*(\d+)")
    for _ in range(2):  # the template read on the first call, kept for the next
        try:
            expected: str | type[re.error] = eager.sub(repl, text, count=1)
        except re.error:
            expected = re.error
        if expected is re.error:
            with pytest.raises(re.error):
                lazy.sub(repl, text, count=1)
        else:
            assert lazy.sub(repl, text, count=1) == expected


def test_rows_tried_by_first_character_give_the_first_match_of_all_rows() -> None:
    rows = FirstCharacterRows((compile_later(source, flags), source) for source, flags in (
        (r"^(?:i )?watched (\d)", 0), (r"^(?=시즌)시즌 ?(\d)", 0), (r"\s*ep (\d)", 0), (r"(?i)EP (\d)", 0),
        (r"[^x]y", 0), (r"(?:the )?end", re.IGNORECASE), (r"^$", 0)))
    for text in ("i watched 3", "watched 4", "시즌 2", " ep 5", "ep 6", "The End", "ay", "", "xy"):
        assert [source for pattern, source in rows.for_text(text) if pattern.match(text)] == [
            source for pattern, source in rows.rows if pattern.match(text)]


def test_a_prefiltered_pattern_answers_as_the_compiled_pattern_does() -> None:
    # (a text without a word the pattern needs is not searched: bot/re_guards.py)
    lazy = compile_later(r"\b(squid ?game|kingdom)\b|오징어", re.IGNORECASE, prefilter=True)
    eager = re.compile(r"\b(squid ?game|kingdom)\b|오징어", re.IGNORECASE)
    for text in ("is it like SQUID GAME", "오징어 게임이랑 비슷해?", "who plays onjo", "kingdoms"):
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert (lazy.search(text) is None) == (eager.search(text) is None)
        assert lazy.sub("#", text) == eager.sub("#", text)


def test_a_progress_readers_substitution_rewrites_as_the_compiled_pattern_does() -> None:
    # (the progress readers' patterns skip a line without a word their substitution needs: bot/lazy_re.py)
    lazy = LazyPattern(r"\b(?:ep|episode) (\d+) (?:done|finished)\b", re.IGNORECASE, prefilter=False, prefilter_sub=True)
    eager = re.compile(lazy.pattern, re.IGNORECASE)
    for text in ("EP 5 DONE lol", "ep 5 finished, ep 6 done", "on ep 5", "", "ｅｐ 5 done"):
        assert lazy.sub(r"watched ep \1", text) == eager.sub(r"watched ep \1", text)
        assert lazy.sub(lambda found: found[1], text, count=1) == eager.sub(lambda found: found[1], text, count=1)
        assert (lazy.search(text) is None) == (eager.search(text) is None)
    with pytest.raises(re.error):
        lazy.sub(r"\2", "on ep 5")  # a template it cannot read, refused as before on a line it skips


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


def test_a_rewrite_table_gives_what_every_row_in_turn_gives() -> None:
    # a row needing a word an earlier row writes ("drops" -> "premieres", then "premieres" -> …), a row whose words cannot
    # be told (any digit), and rows never matched: the same text as substituting every row in turn
    rows = ((compile_later(r"\bdrops\b", re.I), "premieres"), (re.compile(r"premieres\s+(\d+)"), r"premieres on day \1"),
            (compile_later(r"\d+"), lambda m: f"<{m.group(0)}>"), (compile_later(r"\bstaffel\b", re.I), "season"))
    for text in ("AOUAD 2 DROPS 19", "nothing here", "Staffel 2 drops 5", ""):
        expected = text
        for pattern, replacement in rows:
            expected = pattern.sub(replacement, expected)
        assert RewriteTable(*rows).rewrite(text) == expected
