"""Deciding whether a typed guess answers a question.

A guess and each accepted answer are normalised the same way: NFKC, accents folded (Pokémon =
pokemon), case folded, "&" read as "and", punctuation and hyphens dropped (Paris. = Paris,
Ji-hu = Jihu), number words read as digits (twelve = 12), leading articles and filler ("the",
"it's", "I think") ignored. Then, in order:

1. the same text as an accepted answer (or its romanization skeleton, for names) -> correct;
2. a message that lists several candidates ("london paris berlin", "Nam-ra or On-jo") -> multiple,
   which earns nothing even when one of them is right;
3. the lore name resolver, when an answer is a person or character: the same entity -> correct,
   another entity -> wrong;
4. a length-aware edit-distance threshold: exact only for answers of up to 3 characters (and any
   answer whose numbers differ), strict for short answers, looser for long ones -> correct; one
   step further -> close (a near miss, told privately);
5. a guess that is only part of an answer ("Ji-hu" for "Park Ji-hu") -> close; otherwise wrong.

Answers are prepared once per question and cached by question id, so a match is a few dictionary
hits and at most a handful of bounded Levenshtein computations.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal, Protocol

from rapidfuzz.distance import Levenshtein

from bot.lore.names import fold_words, has_hangul, same_initial, skeleton
from bot.trivia.model import Question

Verdict = Literal["correct", "close", "wrong", "multiple"]
NAME_KINDS: tuple[str, ...] = ("person", "character")
MAX_GUESS_CHARS = 200
RESOLVER_MIN_SCORE = 90.0
_CACHE_SIZE = 4096


class _EntityLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...


class _ResolutionLike(Protocol):
    @property
    def entity(self) -> _EntityLike | None: ...
    @property
    def ambiguous(self) -> bool: ...
    @property
    def score(self) -> float: ...


class _MentionLike(Protocol):
    @property
    def candidates(self) -> tuple[_EntityLike, ...]: ...


class Resolver(Protocol):
    """What matching needs from bot.lore.names.NameResolver."""

    def resolve(self, text: str, kinds: tuple[str, ...]) -> _ResolutionLike: ...
    def mentions(self, text: str) -> list[_MentionLike]: ...


@dataclass(frozen=True)
class MatchResult:
    verdict: Verdict
    matched: str | None = None  # the accepted answer the guess was judged against

    @property
    def correct(self) -> bool:
        return self.verdict == "correct"


WRONG = MatchResult("wrong")

# -- normalisation ---------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
    "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th",
    "twelfth": "12th",
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_ARTICLES = frozenset({"the", "a", "an"})
# Leading phrases that only frame a guess ("it's Paris", "I think Paris", "is it Paris").
_FILLER_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("i", "think", "it", "is"), ("i", "think", "its"), ("i", "think"), ("i", "guess"), ("is", "it"),
    ("it", "is"), ("its",), ("maybe",), ("probably",), ("answer",), ("answer", "is"), ("the", "answer", "is"),
)
_FILLER_BY_LENGTH = sorted(_FILLER_PREFIXES, key=len, reverse=True)
_FILLER_WORDS = frozenset({"i", "think", "guess", "maybe", "probably", "is", "it", "its", "answer", "um", "uh"})
_SEPARATORS = re.compile(r"\s*(?:[,;/|\n+]|\s(?:or|vs|versus)\s)\s*", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def fold_text(text: str) -> str:
    """The name resolver's folding, word breaks kept (`fold_words`), with "&" read as "and"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # fullwidth "＆" is an "&" too
    return fold_words(text.replace("&", " and "))


def _numbers_to_digits(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in _ORDINALS:
            out.append(_ORDINALS[token])
            i += 1
            continue
        if token not in _UNITS and token not in _TENS:
            out.append(token)
            i += 1
            continue
        total = 0
        current = 0
        while i < len(tokens):
            word = tokens[i]
            if word in _UNITS:
                current += _UNITS[word]
            elif word in _TENS:
                current += _TENS[word]
            elif word in _SCALES and current:
                current *= _SCALES[word]
                if _SCALES[word] >= 1000:
                    total += current
                    current = 0
            elif word == "and" and i + 1 < len(tokens) and (tokens[i + 1] in _UNITS or tokens[i + 1] in _TENS) \
                    and (total or current >= 100):
                pass
            else:
                break
            i += 1
        out.append(str(total + current))
    return out


def _strip_frame(tokens: list[str]) -> list[str]:
    changed = True
    while changed and tokens:
        changed = False
        for prefix in _FILLER_BY_LENGTH:
            width = len(prefix)
            if len(tokens) > width and tuple(tokens[:width]) == prefix:
                tokens = tokens[width:]
                changed = True
                break
        if len(tokens) > 1 and tokens[0] in _ARTICLES:
            tokens = tokens[1:]
            changed = True
    return tokens


def normalize_tokens(text: str) -> list[str]:
    tokens = fold_text(text).split()
    return _strip_frame(_numbers_to_digits(tokens))


def normalize(text: str) -> str:
    """The comparison form of an answer or a guess (words joined by single spaces)."""
    return " ".join(normalize_tokens(text))


def allowed_edits(length: int) -> int:
    """Typos forgiven for an answer of this many (compact) characters."""
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    if length <= 14:
        return 2
    return min(2 + length // 10, 6)


# -- prepared answers --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Answer:
    text: str
    tokens: tuple[str, ...]
    compact: str
    numbers: tuple[str, ...]
    skeleton: str | None  # only for names
    edits: int
    entity: tuple[str, str] | None


@dataclass(frozen=True)
class _Prepared:
    answers: tuple[_Answer, ...]
    by_compact: dict[str, str]
    by_skeleton: dict[str, str]
    entities: dict[tuple[str, str], str]
    choice_compacts: frozenset[str]


def _looks_like_name(text: str) -> bool:
    # Korean names as romanized in the pack: "Park Ji-hu", "Nam On-jo", "Lomon".
    return bool(re.search(r"\b[A-Z][a-z]+(?:-[a-z]+)+\b", text)) or has_hangul(text)


class AnswerMatcher:
    """Judges guesses; one instance serves every game (prepared answers cached by question id)."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self._resolver = resolver
        self._cache: OrderedDict[str, _Prepared] = OrderedDict()

    def _prepare(self, question: Question) -> _Prepared:
        cached = self._cache.get(question.id)
        if cached is not None:
            self._cache.move_to_end(question.id)
            return cached
        answers: list[_Answer] = []
        by_compact: dict[str, str] = {}
        by_skeleton: dict[str, str] = {}
        entities: dict[tuple[str, str], str] = {}
        for text in question.answers:
            tokens = tuple(normalize_tokens(text))
            compact = "".join(tokens)
            if not compact:
                continue
            entity: tuple[str, str] | None = None
            if self._resolver is not None:
                resolution = self._resolver.resolve(text, NAME_KINDS)
                if resolution.entity is not None and not resolution.ambiguous and resolution.score >= 95:
                    entity = (resolution.entity.kind, resolution.entity.id)
                    entities.setdefault(entity, text)
            is_name = entity is not None or _looks_like_name(text)
            skel = skeleton(compact) if is_name and len(compact) >= 5 else None
            answer = _Answer(
                text=text,
                tokens=tokens,
                compact=compact,
                numbers=tuple(t for t in tokens if _DIGITS.fullmatch(t)),
                skeleton=skel,
                edits=allowed_edits(len(compact)),
                entity=entity,
            )
            answers.append(answer)
            by_compact.setdefault(compact, text)
            if skel:
                by_skeleton.setdefault(skel, text)
        choices = frozenset(
            "".join(normalize_tokens(c)) for c in question.choices if c not in question.answers
        ) - frozenset(by_compact)
        prepared = _Prepared(tuple(answers), by_compact, by_skeleton, entities, choices)
        self._cache[question.id] = prepared
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return prepared

    def prepare(self, question: Question) -> None:
        """Warm the cache for a question (optional; `match` prepares on first use)."""
        self._prepare(question)

    def match(self, guess: str, question: Question) -> MatchResult:
        prepared = self._prepare(question)
        if not prepared.answers:
            return WRONG
        raw = guess[:MAX_GUESS_CHARS]
        tokens = normalize_tokens(raw)
        if not tokens:
            return WRONG
        compact = "".join(tokens)
        # 1. exact (after normalisation)
        hit = prepared.by_compact.get(compact)
        if hit is not None:
            return MatchResult("correct", hit)
        if prepared.by_skeleton and len(compact) >= 5:
            hit = prepared.by_skeleton.get(skeleton(compact))
            if hit is not None:
                return MatchResult("correct", hit)
        # 2. several candidates in one message
        multiple = self._multiple(raw, tokens, prepared)
        if multiple is not None:
            return multiple
        # 3. names through the resolver
        if self._resolver is not None and prepared.entities:
            resolution = self._resolver.resolve(raw, NAME_KINDS)
            # Only confident readings (exact, alias, given name, misspelling, romanization skeleton);
            # loose fuzzy readings fall through to this module's own thresholds.
            if resolution.entity is not None and not resolution.ambiguous and resolution.score >= RESOLVER_MIN_SCORE:
                key = (resolution.entity.kind, resolution.entity.id)
                if key in prepared.entities:
                    return MatchResult("correct", prepared.entities[key])
                return WRONG
        # 4. fuzzy, length-aware
        close: str | None = None
        for answer in prepared.answers:
            verdict = _fuzzy(answer, compact, tokens)
            if verdict == "correct":
                return MatchResult("correct", answer.text)
            if verdict == "close" and close is None:
                close = answer.text
        if close is not None:
            return MatchResult("close", close)
        # 5. part of an answer
        partial = _partial(prepared, tokens, compact)
        if partial is not None:
            return MatchResult("close", partial)
        return WRONG

    def _multiple(self, raw: str, tokens: list[str], prepared: _Prepared) -> MatchResult | None:
        # a) separated list: "Paris, London", "Nam-ra or On-jo"
        parts = [p for p in _SEPARATORS.split(raw) if p and p.strip()]
        if len(parts) >= 2:
            compacts = ["".join(normalize_tokens(p)) for p in parts]
            compacts = [c for c in compacts if c]
            if len(set(compacts)) >= 2 and any(_is_answer(prepared, c) for c in compacts):
                return MatchResult("multiple", _first_answer(prepared, compacts))
        # b) an answer inside a longer message: "london paris berlin"
        for answer in prepared.answers:
            width = len(answer.tokens)
            if width >= len(tokens) or len(answer.compact) < 2:
                continue
            for start in range(len(tokens) - width + 1):
                if tuple(tokens[start : start + width]) == answer.tokens:
                    rest = [t for t in tokens[:start] + tokens[start + width :] if t not in _FILLER_WORDS]
                    rest = [t for t in rest if t not in _ARTICLES and t != "and"]
                    if rest and not _extends_answer(prepared, tokens):
                        return MatchResult("multiple", answer.text)
                    break
        # c) a chosen option plus another option (multiple choice typed as text)
        if prepared.choice_compacts:
            joined = set(tokens)
            for choice in prepared.choice_compacts:
                if choice and len(choice) >= 3 and choice in joined:
                    for answer in prepared.answers:
                        if answer.compact in joined:
                            return MatchResult("multiple", answer.text)
        # d) names: two different people/characters in one message
        if self._resolver is not None and prepared.entities:
            mentions = self._resolver.mentions(raw)
            named = {(c.kind, c.id) for m in mentions for c in m.candidates if len(m.candidates) == 1}
            if len(named) >= 2 and named & set(prepared.entities):
                hit = next(iter(named & set(prepared.entities)))
                return MatchResult("multiple", prepared.entities[hit])
        return None


def _is_answer(prepared: _Prepared, compact: str) -> bool:
    if compact in prepared.by_compact:
        return True
    return any(_fuzzy(a, compact, [compact]) == "correct" for a in prepared.answers)


def _first_answer(prepared: _Prepared, compacts: list[str]) -> str:
    for compact in compacts:
        if compact in prepared.by_compact:
            return prepared.by_compact[compact]
    return prepared.answers[0].text


def _extends_answer(prepared: _Prepared, tokens: list[str]) -> bool:
    """Whether the whole guess is a (fuzzy) longer accepted answer ("jonas virus" when "jonas" is one)."""
    compact = "".join(tokens)
    return any(_fuzzy(a, compact, tokens) == "correct" for a in prepared.answers)


def _fuzzy(answer: _Answer, compact: str, tokens: list[str]) -> Verdict:
    if answer.edits == 0 and len(answer.compact) <= 3:
        return "wrong"
    if answer.numbers:
        guess_numbers = tuple(t for t in tokens if _DIGITS.fullmatch(t))
        if guess_numbers != answer.numbers:
            return "wrong"
    if abs(len(compact) - len(answer.compact)) > answer.edits + 1:
        return "wrong"
    if len(tokens) == len(answer.tokens) > 1 and not all(
        same_initial(g, a) for g, a in zip(tokens, answer.tokens, strict=True)
    ):
        # Typos rarely hit the first letter of a word: "SM Entertainment" is not "BH Entertainment".
        return "wrong"
    limit = answer.edits + 1
    distance = Levenshtein.distance(compact, answer.compact, score_cutoff=limit)
    if distance <= answer.edits:
        return "correct"
    if distance <= limit:
        return "close"
    return "wrong"


def _partial(prepared: _Prepared, tokens: list[str], compact: str) -> str | None:
    if len(compact) < 3 or all(t in _FILLER_WORDS or t in _ARTICLES for t in tokens):
        return None
    width = len(tokens)
    for answer in prepared.answers:
        if width >= len(answer.tokens):
            continue
        for start in range(len(answer.tokens) - width + 1):
            if tuple(answer.tokens[start : start + width]) == tuple(tokens):
                return answer.text
    return None
