"""guarded, Dispatched: alternatives tried only where they can start, finding exactly what they found."""

from __future__ import annotations

import re

import pytest

from bot.lore.lexicon_typos import _PHRASES, PHRASE_SOURCE, PHRASINGS
from bot.lore.lexicon_words import GROUPS, HARM
from bot.re_guards import Dispatched, guarded, prefiltered, required_strings

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


@pytest.mark.parametrize(("source", "guarded_source"), [
    # every alternative opens with the same look-behind (the parser reads it once, in front of the branch)
    (r"(?<![\w-])dies|(?<![\w-])(?<!눈)잃\w*", r"(?<![\w-])dies|(?=[잃])(?<![\w-])(?<!눈)잃\w*"),
    (r"(?<!눈)잃|(?<!눈)죽|(?<!눈)다쳐", r"(?=[잃])(?<!눈)잃|(?=[죽])(?<!눈)죽|(?=[다])(?<!눈)다쳐"),
    (r"(?<!눈)잃|(?<!눈)x", r"(?=[잃])(?<!눈)잃|(?<!눈)x"),
    (r"(?<!눈)잃|(?<!눈)죽", r"(?=[잃])(?<!눈)잃|(?=[죽])(?<!눈)죽"),  # (one letter each: the parser reads one class)
    (r"(잃)|(?<!눈)(?:죽|\1)", r"(잃)|(?<!눈)(?:죽|\1)"),  # one that refers to another's group
    (r"(?<!a)잃(?#|x)|(?<!b)죽", r"(?=[잃])(?<!a)잃(?#|x)|(?=[죽])(?<!b)죽"),  # a comment holding a "|"
])
def test_each_alternative_is_guarded_as_it_reads_alone(source: str, guarded_source: str) -> None:
    assert guarded(source) == guarded_source


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


#: The lexicon's phrasings abroad met in chat, in any case, at the starts and ends of lines and beside other words.
PHRASE_TEXTS = (
    "MATARON A woojin y se murió namra", "o cheongsan morreu mesmo?", "namra kena gigit di ep 5", "woojin 😭 hari had to",
    "Stirbt Cheongsan? est-ce que namra meurt", "sa dulo namatay na si onjo", "my phone died lol", "aur bhi mar gaya",
    "la presidenta de la clase es zombie", "el profe de ciencias murió en la comisaría?", "Ha-ri had to watch it.",
    "se lo cargaron a woojin", "hari ini selamat pagi", "치킨 결국 못 빠져나왔어", "ſe murió", "İnanılmaz, öldü",
    "", "di", "\nsa\n", "zombie ban gaya", "protect him at all costs!",
)


def test_the_lexicons_guarded_phrasings_find_what_their_plain_alternation_found() -> None:
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(f"({w})" for w, _ in _PHRASES) + r")(?![\w-])", re.I)
    guarded = re.compile(PHRASE_SOURCE, re.I)  # as rephrase compiles it
    assert guarded.pattern != plain.pattern and plain.groups == len(_PHRASES)
    found = 0
    for text in (*PHRASE_TEXTS, *(t.upper() for t in PHRASE_TEXTS), " ".join(PHRASE_TEXTS)):
        expected = [(m.span(), m.lastindex) for m in plain.finditer(text)]
        assert [(m.span(), PHRASINGS.owner(m) + 1) for m in guarded.finditer(text)] == expected
        found += len(expected)
    assert found > 40  # the texts do meet the phrasings


def test_dispatched_alternatives_tell_the_first_that_matches_in_order() -> None:
    alternatives = [r"(?<!x)dies", r"(?:a|b)?c", r"\w+", "zz", r"\d+ eps?", "ep"]
    dispatched = Dispatched(alternatives, re.I, before=r"(?<![\w-])", after=r"(?![\w-])")
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(f"({a})" for a in alternatives) + r")(?![\w-])", re.I)
    text = "Dies C bc zz xdies 12 eps EP ſ"
    assert [(m.span(), dispatched.owner(m) + 1) for m in re.finditer(dispatched.source, text, re.I)] == [
        (m.span(), m.lastindex) for m in plain.finditer(text)]


@pytest.mark.parametrize(("source", "strings"), [
    (r"\bi\s+wish\b|\bwish(?:es|ed)?\b|\bmanifest\w*", {"wish", "manifest"}),  # a word of each alternative, the longest
    (r"(?:really\s+)?(?:TRAILER|teaser)s?\s+(?:out|drops)", {"trailer", "teaser"}),  # folded; an optional part needs nothing
    (r"(?<!no )\bsource\s*:\s*(?:me|dreams?)", {"source"}),  # look-arounds consume nothing
    (r"\?|¿|뇌피셜", {"?", "¿", "뇌피셜"}),
    (r"(?:season|part)?\s*2|s2", None),  # an alternative that needs only a digit: nearly every text
    (r"\w+ly\b|x*", None),  # one that can match nothing
])
def test_required_strings_are_what_every_match_holds_and_worth_testing(source: str, strings: set[str] | None) -> None:
    assert required_strings(source, re.I) == (None if strings is None else frozenset(strings))


#: Texts whose letters IGNORECASE takes for others (ſ for s, K for k, ı and İ for i, ς for σ) or with none of the words.
FOLD_TEXTS = ("ſeaſon 2 is here", "SEASON 2 IS HERE", "İS IT OUT", "ıs ıt out", "Kelvin K", "ΤΕΛΟΣ ΣΕΖΟΝ", "τελος σεζον",
              "τελοσ", "nothing at all", "", "seas on", "\n")


@pytest.mark.parametrize(("source", "flags"), [
    (r"\bseason\s*2\b", re.I), (r"\bis\s+(?:it\s+)?(?:here|out)\b", re.I), (r"kelvin\s+k", re.I), (r"τελος|σεζον", re.I),
    (r"Season\s*2", 0), (r"\bseason\s*2\b", re.I | re.A),
])
def test_a_prefiltered_pattern_gives_what_the_engine_gives_on_case_folds(source: str, flags: int) -> None:
    compiled = re.compile(source, flags)
    required = required_strings(source, flags)
    assert required is not None
    fast = prefiltered(compiled, required)
    for text in FOLD_TEXTS:
        assert (fast["search"](text) or re.match("", "")).span() == (compiled.search(text) or re.match("", "")).span()
        assert fast["sub"]("<>", text) == compiled.sub("<>", text)
        assert fast["findall"](text) == compiled.findall(text)
        assert fast["split"](text) == compiled.split(text)
        assert [m.span() for m in fast["finditer"](text)] == [m.span() for m in compiled.finditer(text)]
        assert bool(fast["match"](text)) == bool(compiled.match(text))
        assert bool(fast["fullmatch"](text)) == bool(compiled.fullmatch(text))
