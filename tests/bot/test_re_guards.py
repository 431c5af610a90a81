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
