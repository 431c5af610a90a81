"""Wrong options of the same kind, for lists without options (Red's) played in buttons mode.

A question's wrong options are drawn from the display answers of the other questions of the same
list, of the same kind as its right answer (`bot.trivia.kinds`: numbers with numbers, years with
years, people with people, places with places, single words with single words), preferring those
of a similar length (equally close ones in a seeded order), and drawn at random among the closest
ones with a seeded generator, so a game
shows the same options after a restart. A candidate is never the right answer in another spelling
(an alias, a typo the matcher would accept, a near miss) nor a duplicate of another option after
folding, nor a word of the question itself. Numbers and years short of same-kind answers get
plausible neighbours (1997 -> 1995, 2001...). When a question still has too few, it cannot be
played in buttons mode, and `Options.reason` says why, in words a moderator can act on.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from rapidfuzz.distance import OSA

from bot.lazy_re import compile_later
from bot.show import NOTHING, Position
from bot.trivia.guesses import Verdict
from bot.trivia.kinds import Kind, answer_kind, number_unit
from bot.trivia.matching import AnswerMatcher, allowed_edits
from bot.trivia.model import Question
from bot.trivia.normal import compact_form, is_number, normalize_tokens

WRONG_OPTIONS = 3
MAX_LABEL = 80  # Discord's button label limit
_NUMBER_IN_FORM = compile_later(r"-?\d+(?:\.\d+)?(?:/\d+)?")
_PAIRED = compile_later(r"\s[/|]\s|\w/\w.*[a-z]", re.IGNORECASE)
# Options are drawn at random among the closest candidates and those at most this much further
# (1.0 = three more characters, a quarter of a word; see `_distance`).
_BAND = 1.0

_KIND_WORDS = {
    Kind.YEAR: "years",
    Kind.NUMBER: "numbers",
    Kind.PERSON: "people's names",
    Kind.PLACE: "places",
    Kind.CODE: "abbreviations",
    Kind.WORD: "single words",
    Kind.PHRASE: "phrases",
}


@dataclass(frozen=True)
class Options:
    """The options to show for a question (right answer included), or why there are none."""

    choices: tuple[str, ...]
    reason: str | None = None
    spoils: Position = NOTHING  # what the options picked from other questions' answers spoil

    @property
    def playable(self) -> bool:
        return self.reason is None


@dataclass(frozen=True, slots=True)
class _Entry:
    question_id: str
    text: str
    kind: Kind
    form: str
    words: int
    unit: str
    value: float | None  # for numbers and years
    digits: bool  # shown with digits ("12") rather than words ("Twelve")
    paired: bool  # shown as several answers in one ("Kapkan / Blitz")
    spoils: Position  # its question's tag: showing this answer as an option gives that away


def _entry(question: Question) -> _Entry | None:
    if not question.answers:
        return None
    text = question.answers[0].strip()
    tokens = normalize_tokens(text)
    form = compact_form(tokens)
    if not form or len(text) > MAX_LABEL:
        return None
    kind = answer_kind(text, question.text)
    numeric = kind in (Kind.NUMBER, Kind.YEAR)
    return _Entry(
        question.id, text, kind, form, len(tokens),
        number_unit(text) if kind is Kind.NUMBER else "", _value(form) if numeric else None,
        any(ch.isdigit() for ch in text), _PAIRED.search(text) is not None, question.spoils,
    )


class OptionPicker:
    """Picks same-kind wrong options from one list's answers (prepared once per list)."""

    def __init__(self, questions: Sequence[Question], matcher: AnswerMatcher | None = None) -> None:
        self._entries = [e for e in (_entry(q) for q in questions) if e is not None]
        self._by_kind: dict[Kind, list[_Entry]] = {}
        for entry in self._entries:
            self._by_kind.setdefault(entry.kind, []).append(entry)
        self._matcher = matcher or AnswerMatcher()

    def options(self, question: Question, *, seed: str | int, count: int = WRONG_OPTIONS) -> Options:
        """The right answer and `count` wrong options, shuffled for `seed`; or the reason there are none."""
        if len(question.choices) >= 2:
            return Options(tuple(question.choices))
        right = _entry(question)
        if right is None:
            return Options((), "its answer cannot be shown on a button (empty, or longer than 80 characters)")
        rng = random.Random(f"{seed}|{question.id}")
        wrong = self._from_list(question, right, count, rng)
        if len(wrong) < count and right.kind in (Kind.NUMBER, Kind.YEAR):
            wrong += self._neighbours(question, right, count - len(wrong), {e.form for e in wrong}, rng)
        if len(wrong) < count:
            found = len(wrong)
            return Options(
                (),
                f"its list has {found or 'no'} other answer{'' if found == 1 else 's'} of the same kind "
                f"({_KIND_WORDS[right.kind]}) to offer as wrong options; buttons mode needs {count}",
            )
        choices = [e.text for e in wrong[:count]]
        choices.insert(rng.randrange(count + 1), question.answers[0].strip())
        return Options(tuple(choices), spoils=max((e.spoils for e in wrong[:count]), default=NOTHING))

    def _acceptable(self, question: Question, candidate: str) -> bool:
        verdict = self._matcher.judge(candidate, question).verdict
        return verdict in (Verdict.WRONG_ATTEMPT, Verdict.CHAT)

    def _from_list(self, question: Question, right: _Entry, count: int, rng: random.Random) -> list[_Entry]:
        accepted = {compact_form(normalize_tokens(a)) for a in question.answers}
        echoed = set(normalize_tokens(question.text))
        seen: set[str] = set()
        ranked: list[tuple[float, str, _Entry]] = []
        kinds = [right.kind]
        if right.kind is Kind.CODE and len(self._by_kind.get(Kind.CODE, ())) <= count:
            kinds.append(Kind.WORD)  # too few abbreviations: single words look alike on a button
        for entry in (e for kind in kinds for e in self._by_kind.get(kind, ())):
            if entry.question_id == question.id or entry.form in accepted or entry.form in seen:
                continue
            if entry.words == 1 and entry.form in echoed:
                continue  # a word of the question is an obvious wrong option
            seen.add(entry.form)
            ranked.append((_distance(right, entry), entry.form, entry))
        # The closest first; among equally close ones, a seeded order (not the alphabet's).
        ranked.sort(key=lambda item: item[1])
        ties = {form: rng.random() for _, form, _ in ranked}
        ranked.sort(key=lambda item: (item[0], ties[item[1]]))
        chosen: list[_Entry] = []
        # Draw from the closest few, widening the shortlist as candidates are refused.
        start = 0
        while len(chosen) < count and start < len(ranked):
            end = min(len(ranked), start + count - len(chosen))
            limit = ranked[end - 1][0] + _BAND
            while end < len(ranked) and ranked[end][0] <= limit:
                end += 1
            shortlist = ranked[start:end]
            start = end
            rng.shuffle(shortlist)
            for _, _, entry in shortlist:
                if len(chosen) == count:
                    break
                if any(_same_text(entry, c) for c in chosen) or not self._acceptable(question, entry.text):
                    continue
                chosen.append(entry)
        return chosen

    def _neighbours(
        self, question: Question, right: _Entry, count: int, taken: set[str], rng: random.Random
    ) -> list[_Entry]:
        text = question.answers[0].strip()
        number = next((t for t in normalize_tokens(text) if is_number(t)), None)
        if number is None:
            return []
        out: list[_Entry] = []
        for value in _nearby(number, right.kind, rng):
            shown = _replace_number(text, number, value)
            form = compact_form(normalize_tokens(shown))
            if form in taken or form == right.form or not self._acceptable(question, shown):
                continue
            taken.add(form)
            out.append(_Entry(question.id, shown, right.kind, form, right.words, right.unit, _value(form),
                              right.digits, False, right.spoils))
            if len(out) == count:
                break
        return out


def pick_options(
    question: Question,
    pool: Sequence[Question],
    *,
    seed: str | int,
    count: int = WRONG_OPTIONS,
    matcher: AnswerMatcher | None = None,
) -> Options:
    """The options for one question of a list (`pool`: the list's questions). For many questions
    of one list, build an `OptionPicker` once instead."""
    return OptionPicker(pool, matcher).options(question, seed=seed, count=count)


def _same_text(a: _Entry, b: _Entry) -> bool:
    """Two options a player could not tell apart: the same after folding, or one typo apart
    (lists misspell their own answers: "Caveira" and "Caveria")."""
    if a.form == b.form:
        return True
    size = min(len(a.form), len(b.form))
    limit = allowed_edits(size) or (1 if size >= 4 else 0)
    return limit > 0 and OSA.distance(a.form, b.form, score_cutoff=limit) <= limit


def _distance(right: _Entry, other: _Entry) -> float:
    """How unlike the right answer a candidate looks (0 = the same shape)."""
    style = (3.0 if right.digits != other.digits else 0.0) + (20.0 if right.paired != other.paired else 0.0)
    if right.kind in (Kind.NUMBER, Kind.YEAR):
        a, b = right.value, other.value
        unit = 0.0 if right.unit == other.unit else 5.0
        if a is None or b is None:
            return 50.0 + unit + style
        if right.kind is Kind.YEAR:
            return abs(a - b) / 5 + unit + style
        scale = max(abs(a), abs(b), 1.0)
        return 10 * abs(a - b) / scale + unit + style
    return abs(len(right.text) - len(other.text)) / 3 + 4 * abs(right.words - other.words) + style


def _value(form: str) -> float | None:
    match = _NUMBER_IN_FORM.search(form)
    if match is None:
        return None
    try:
        return float(Fraction(match.group()))
    except (ValueError, ZeroDivisionError):
        return None


def _nearby(number: str, kind: Kind, rng: random.Random) -> list[str]:
    """Plausible wrong values near a number, in a seeded order."""
    negative = number.startswith("-")
    body = number.lstrip("-")
    values: list[str] = []
    if "/" in body:
        try:
            right = Fraction(body)
        except (ValueError, ZeroDivisionError):
            return []
        seen = {right}
        for denominator in (2, 3, 4, 5, 6, 8, 10, 16):
            for numerator in range(1, denominator):
                f = Fraction(numerator, denominator)
                if f not in seen and abs(f - right) <= Fraction(1, 2):
                    seen.add(f)
                    values.append(f"{f.numerator}/{f.denominator}")
    elif "." in body:
        head, _, tail = body.partition(".")
        if not (head.isdigit() and tail.isdigit()):
            return []
        places = len(tail)
        step = 10 ** -places
        base = float(body)
        for k in range(1, 13):
            for sign in (1, -1):
                v = base + sign * k * step * (1 if base < 10 else 5)
                if v > 0:
                    values.append(f"{v:.{places}f}")
    elif body.isdigit():
        n = int(body)
        if kind is Kind.YEAR:
            steps = list(range(1, 13))
        elif n < 20:
            steps = list(range(1, 6))
        else:
            magnitude = 10 ** max(len(body) - 2, 0)
            steps = [k * magnitude for k in (1, 2, 3, 4, 5, 6, 8, 10, 12, 15)]
        for k in steps:
            for v in (n + k, n - k):
                if v >= 0 and (kind is not Kind.YEAR or v <= 2100):
                    values.append(str(v))
    rng.shuffle(values)
    # the closest first, in a seeded order among equals
    if "/" not in body:
        base_value = float(body) if body.replace(".", "", 1).isdigit() else 0.0
        values.sort(key=lambda v: round(abs(float(v) - base_value), 6))
    return [("-" + v if negative and v != "0" else v) for v in values]


def _replace_number(text: str, number: str, value: str) -> str:
    """The display text with its number replaced ("4.3 seconds" -> "4.5 seconds")."""
    literal = number
    if literal in text:
        return text.replace(literal, value, 1)
    unit = number_unit(text)
    return f"{value} {unit}".strip() if unit else value
