"""guarded: a pattern's Korean alternatives tried only where they can start, finding exactly what it found."""

from __future__ import annotations

import re

import pytest

from bot.lore.lexicon_words import GROUPS, HARM
from bot.re_guards import guarded

TEXTS = (
    "Round 3: who bites Nam-ra (Gwi-nam)?",
    "cheongsan dies in ep 11 💀",
    "온조 아빠 죽었어 ㅠㅠ",
    "남라가 물렸어",
    "친구들 구하고 갔어",  # an alternative that may start with a space
    "청산이 정신을 잃었다, then gwinam bit him",
    "He lost his phone; 수혁 잃었어",
    "",
)


@pytest.mark.parametrize("name", ["death", "harm", "turn", "survival"])
def test_a_guarded_lexicon_pattern_finds_what_it_found(name: str) -> None:
    lazy = HARM if name == "harm" else GROUPS[name]
    plain, fast = re.compile(lazy.pattern, lazy.flags), re.compile(guarded(lazy.pattern, lazy.flags), lazy.flags)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_a_korean_alternative_opening_with_look_behinds_is_guarded() -> None:
    source = r"(?<![\w-])dies(?![\w-])|(?<!눈)(?<!정신을 )잃\w*"
    assert guarded(source, re.I) != source
    assert re.compile(guarded(source, re.I), re.I).findall("Dies? 다 잃었다, 정신을 잃었다") == ["Dies", "잃었다"]


@pytest.mark.parametrize("source", [
    r"(?<![\w-])(?:dies|died)(?![\w-])|(?<!\w)killed",  # no Korean: nothing to gain
    r"(?<!x)\w+|(?<!눈)\w*잃",  # alternatives that may start with any letter
    r"(?P<a>죽)|(?<!눈)(?P=a)",  # one that refers to another's group
    r"(?i)(?<!눈)잃|x",  # inline flags
])
def test_a_pattern_it_cannot_read_safely_is_left_as_written(source: str) -> None:
    assert guarded(source) == source


# review48b: what could slip past a one-character look-ahead: case folds outside ASCII (ſ, K, ı, ς), Unicode spaces and
# digits, an optional opening, class members that mean something inside a class, a look-behind at the line's start.
EDGE_TEXTS = ("죽", "s죽", "S죽", "ſ죽", "K죽", "I죽", "İ죽", "ı죽", " 죽", "\u3000죽", "\u00a0죽", "１ 죽", "٣ 죽", "AB 죽",
              "ẞ 죽", "ß 죽", "FF죽", "x\n죽", "-죽", "]죽", "^죽", "Σ 죽", "ς 죽", "a죽", "b죽")


@pytest.mark.parametrize(("source", "flags"), [
    (r"x|(?<!눈)(?:s|k|i)?죽", re.I),
    (r"x|(?<!a)(?:\s)?죽", 0),
    (r"x|(?<!a)(?:\s)?죽", re.A),
    (r"x|(?<!a)(?:[a-z]+ )?죽", re.I),
    (r"x|(?<!a)(?:\d )?죽", 0),
    (r"x|(?<!a)(?:[ß] )?죽", re.I),
    (r"x|(?<=^)(?:\n)?죽", re.M),
    (r"x|(?<!a)[\-\]^]?죽", 0),
    (r"(?:x|(?<!a)죽)|(?<!b)(?:ς )?죽", re.I),
])
def test_a_guarded_pattern_finds_what_it_found_on_case_folds_unicode_spaces_and_optional_openings(
        source: str, flags: int) -> None:
    plain, fast = re.compile(source, flags), re.compile(guarded(source, flags), flags)
    for text in EDGE_TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
