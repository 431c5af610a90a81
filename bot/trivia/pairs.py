"""One more candidate typed beside the answer, with no separator: "tanks missiles", "bergen oslo".

Players hedge by typing two guesses side by side. The list's own answers and well-known sets are
caught already (bot.trivia.matching, bot.trivia.families); here, the one other word beside the
answer in a bare message (chat, titles and the question's own words set aside: "its dagobah lol",
"dagobah i think" stay right) is another candidate, so the message names several answers and earns
nothing (Red's #331: a message listing candidates must never win), when it is
- an answer another list the server learned gives, and no everyday word ("hoth dagobah");
- a plural beside a plural answer ("unicorns dragons", "waffles pop tarts");
- a word no dictionary of ours knows before a city, river or room answered ("bergen oslo");
- another code beside a code of one or two letters ("ag au" for an element's symbol).
A city before a team answered is where it plays when a learned list names the team so ("chicago cubs"). A given name before a surname
answered alone, where a person is asked, is his ("isaac newton"), even
one another list answers; a name another list answers is never the rest of a longer answer in other
words ("dallas memphis" for Memphis, Tennessee).

It is never one when it only says what the answer is or is part of it: a kind ("severn river",
"dagobah system"), a word of the question in another form ("science teacher" to "...teach?"), the
answer's own words shortened, initialled or misspelt ("sam colt", "hyosan hs", "fire hoes"), where a
place answer is ("seoul korea", "san francisco ca"), a part or age of a place ("downtown oslo"), or
the rest of a longer answer of which the message gives part ("archery team" for Archery club), or, before a
person answered, what a fan calls them in scorn or praise ("that bastard gwinam", "badass namra").
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import OSA

from bot.lore.names import KOREAN_SURNAMES
from bot.trivia.another import ADJECTIVE_ENDINGS, KIND_WORDS
from bot.trivia.english import COMMON_WORDS
from bot.trivia.guesses import ARTICLES, THE_ONE, TITLE_WORDS
from bot.trivia.hits import Hit, Prepared
from bot.trivia.places import COUNTRIES, PLACES, state_by_code
from bot.trivia.typedforms import GIVEN_NAMES

# Words naming what kind of thing the answer is, beyond bot.trivia.another's kinds.
_MORE_KINDS = frozenset("galaxy region area place thing food dish drink weapon tool".split())
# Words that say which part or age of a place is meant: "mainland china", "ancient greece".
_PLACE_MODIFIERS = frozenset(
    """
    mainland ancient modern old new greater central north south east west northern southern eastern western
    upper lower inner outer downtown historic medieval imperial colonial metropolitan rural urban coastal
    """.split()
)
# Things known by a model's name ("What car is this?": "chiron veyron" names two).
_MODEL_KINDS = frozenset({"car"})
_ENDINGS = ("ings", "ing", "ers", "er", "ed", "es", "s")
# What a fan calls a person before naming them, in scorn or in praise ("that bastard gwinam", "psycho gwinam",
# "badass namra", "queen namra"): said of that one, one rule for both.
_EPITHETS = frozenset(
    """
    bastard bastards asshole jerk idiot dumbass creep psycho psychopath snake witch brat bitch scumbag villain
    monster demon devil freak loser coward traitor rat menace murderer killer sicko maniac stupid dumb evil
    badass legend legendary goat icon iconic queen king hero heroine savage boss baddie bestie babe baby angel
    sweetie smol precious mvp genius brave smart cute pretty gorgeous beautiful sweet
    """.split()
)


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _of_the_question(word: str, echoed: frozenset[str]) -> bool:
    stem = _stem(word)
    return any(_stem(e) == stem for e in echoed if e.isalpha() and len(e) >= 3)


def _of_the_answer(word: str, answer_words: Sequence[str]) -> bool:
    """The answer's own words, shortened ("sam"), misspelt ("hoes") or as initials ("hs")."""
    for w in answer_words:
        if len(word) >= 3 and w.startswith(word):
            return True
        if len(word) >= 4 and OSA.distance(word, w) <= (1 if len(w) < 8 else 2):
            return True
    initials = [w[0] for w in answer_words if w]
    return any(
        "".join(initials[i:j]) == word for i in range(len(initials)) for j in range(i + 2, len(initials) + 1)
    )


def _where_it_is(word: str, p: Prepared, answers: Sequence[str]) -> bool:
    if not any(a in PLACES or a in COUNTRIES for a in answers) and not p.asks.place:
        return False
    return word in COUNTRIES or word in PLACES or state_by_code(word, p.asks.places) is not None


def _plural_noun(word: str) -> bool:
    return len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _given_name(word: str) -> bool:
    """A given name ("isaac"), or a Korean surname ("lee" before a given name answered)."""
    return word in GIVEN_NAMES or word in KOREAN_SURNAMES


def _before_a_surname(word: str, p: Prepared, right: Sequence[Hit], tokens: Sequence[str]) -> bool:
    """Whether `word` stands before a one-word answer where a person is asked."""
    if "person" not in p.asks.kinds or p.asks.place:
        return False
    return any(h.answer is not None and len(h.answer.tokens) == 1 and tokens.index(word) < h.start for h in right)


def _his_given_name(word: str, p: Prepared, right: Sequence[Hit], tokens: Sequence[str]) -> bool:
    """Whether `word` is the given name of the surname answered alone ("isaac newton")."""
    return _given_name(word) and _before_a_surname(word, p, right, tokens)


def _another_code(word: str, right: Sequence[Hit], tokens: Sequence[str]) -> bool:
    """Whether `word`, letters and digits ("f50", "3am"), is another of the kind of code answered in
    one word of letters and digits ("f40", "12am"): the same letters, other digits."""
    def shape(text: str) -> tuple[str, str]:
        return "".join(c for c in text if c.isalpha()), "".join(c for c in text if c.isdigit())

    letters, digits = shape(word)
    if not letters or not digits or not word.isalnum():
        return False
    typed = ["".join(tokens[h.start:h.end]) for h in right if h.end - h.start == 1]
    return any(shape(t)[0] == letters and shape(t)[1] not in ("", digits) for t in typed)


def _unknown_name(word: str) -> bool:
    """A word no dictionary of ours knows and no given name: as likely as not a name of its own."""
    return (
        len(word) >= 3 and word not in COMMON_WORDS and word not in TITLE_WORDS and not _given_name(word)
        and not word.endswith(ADJECTIVE_ENDINGS)  # ("one-armed bandit", "belgian waffles": it says which)
        and OSA.distance(word, "the") > 1  # the article mistyped ("teh beatles", "thee rolling stones")
    )


def _of_the_name(word: str, p: Prepared, right: Sequence[Hit], tokens: Sequence[str]) -> bool:
    """Whether `word` may belong to the person answered, where a person may be asked: said of him
    after an article ("ha seung-ri the archer", "the bully gwinam"), or the rest of a name answered
    by one word: a given name before a surname ("stanislas wawrinka" for Stan Wawrinka), any name
    beside a name the answers give only alone ("michelangelo buonarroti"). "arsenal chelsea", where
    the answers name Chelsea F.C., names no one."""
    if "person" not in p.asks.kinds:
        return False
    at = tokens.index(word)
    if at and tokens[at - 1] in ARTICLES:
        return True
    alone = [h.answer for h in right if h.answer is not None and len(h.answer.tokens) == 1]
    if not alone:
        return False
    longer = [a.tokens for a in p.accepted if len(a.tokens) > 1]
    if not any(answer.tokens[0] in name for answer in alone for name in longer):
        return True
    return _before_a_surname(word, p, right, tokens) and any(answer.tokens[0] == name[-1] for answer in alone for name in longer)


def short_code(p: Prepared) -> bool:
    """Whether every accepted answer is a code of one or two letters (an element's symbol, a state's)."""
    return bool(p.accepted) and all(len(a.compact) <= 2 and a.compact.isalpha() for a in p.accepted)


def another_beside(word: str, p: Prepared, hits: Sequence[Hit], tokens: Sequence[str]) -> bool:
    """Whether `word`, the one content word of a bare message (`tokens`) beside the answer it names
    (`hits`), is another candidate rather than a word about that answer (see the module docstring)."""
    right = [h for h in hits if h.accepted and h.answer is not None]
    if right and _another_code(word, right, tokens):
        return True  # "f50 f40", "12am 3am": another model or time
    if not right or not word.isalpha() or (len(word) < 2 and not short_code(p)):
        return False
    if word in KIND_WORDS or _stem(word) in KIND_WORDS or word in _MORE_KINDS:
        return False
    if word in THE_ONE:
        return False  # "yung onjo", "el gwinam": an article before the one named (Tagalog "yung" is "ang")
    if word in _EPITHETS and not p.asks.thing and tokens.index(word) < min(h.start for h in right):
        return False  # "that bastard gwinam": the one answered, called names
    if _of_the_question(word, p.echoed):
        return False
    answer_words = [w for a in p.accepted for w in a.tokens]
    if _of_the_answer(word, answer_words):
        return False
    typed = [h.answer.compact for h in right if h.answer is not None]
    if _where_it_is(word, p, typed):
        return False
    if short_code(p):  # "ag au": another symbol
        return len(word) <= 3 and word not in COMMON_WORDS
    # only part of a longer answer typed ("archery team" for Archery club): the word may be the
    # rest of it, in other words (not when the rest is a kind: "thames severn" for River Severn)
    if _his_given_name(word, p, right, tokens):
        return False  # "isaac newton", though another list answers "Isaac"
    if "team" in p.asks.kinds and any(word + h.answer.compact in p.known for h in right if h.answer is not None):
        return False  # where the team plays, as a list the server learned names it: "chicago cubs"
    known = word in p.known and word not in COMMON_WORDS  # (a name another list answers is no rest of it)
    said = {t for h in right for t in tokens[h.start:h.end]}
    # (before the answer only an everyday word says the rest in other words; "seahawks patriots" does not)
    before = tokens.index(word) < min(h.start for h in right)
    for a in p.accepted if not known and (not before or word in COMMON_WORDS or _given_name(word)) else ():
        rest = [t for t in a.tokens if t not in said and t not in KIND_WORDS and t not in TITLE_WORDS]
        if rest and not said.isdisjoint(a.tokens):
            return False
    last = [h.answer.tokens[-1] for h in right if h.answer is not None]
    # (an everyday word another list answers is as often a word about the answer: "blood", "light")
    if known or (_plural_noun(word) and any(_plural_noun(w) for w in last)):
        return True
    # a word no dictionary of ours knows typed before a name answered (a title, a club, a person's:
    # not a thing of no named kind, which such a word as often qualifies: "ichiraku ramen", "pure gold";
    # after the answer a word as often says what it is: "apple inc", "webbed feet") is another name
    named = p.asks.names or not p.asks.thing or not p.asks.kinds.isdisjoint(_MODEL_KINDS)
    if before and named and not p.asks.place and _unknown_name(word) and not _of_the_name(word, p, right, tokens):
        return True  # "furiosa fury road", "chiron veyron", "arsenal chelsea"
    # a word no dictionary of ours knows before a city, river or room answered: another one ("bergen
    # oslo", "thames severn"), unless it says which part or age of it ("old town"); before a country or
    # state it is as often a city in it ("rome italy", "seattle washington")
    return (
        p.asks.place and tokens.index(word) < min(h.start for h in right)
        and not any(t in PLACES for t in typed)
        and word not in COMMON_WORDS and word not in _PLACE_MODIFIERS
    )

