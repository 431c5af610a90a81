"""What the matcher learned of whole lists: their answers as rival candidates ("paris london" names
two answers of a list, "Robin Hood" is another name than Robin when a list answers it).

A `Lessons` is immutable: `study` builds the next one from the last and some lists' questions, as
plain work that may run in a worker thread while games are judged with the one in use, and the
matcher then adopts it in one assignment (`bot.trivia.preparedcache.PreparedQuestions.learn`). A judge
therefore sees a list wholly as it was or wholly as it is, never half taught.

Lessons are kept per scope (`Classroom`; a scope is a server): list names are a server's own, so
one server's lists never make another's answers "another name" or "no typo", and two servers'
lists of the same name never replace each other's lessons. Scope None holds the lists taught
to every scope (`AnswerMatcher(lists=...)`, `add_lists`).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from bot.lazy_re import compile_later
from bot.trivia.another import asked_label
from bot.trivia.guesses import ARTICLES, FILLER_WORDS, TITLE_WORDS
from bot.trivia.model import Question
from bot.trivia.normal import compact_form, normalize_tokens

__all__ = ["Classroom", "KnownNames", "Lessons", "study", "version_of"]

_NAME_PART = compile_later(r"\b(?:first|last|given|middle|nick|sur|real|full|maiden)\s*names?\b|\bsurname\b", re.IGNORECASE)

Ends = Mapping[str, frozenset[tuple[str, ...]]]


@dataclass(frozen=True)
class Lessons:
    """Every list learned, by list name (never mutated once built: a new one replaces it)."""

    # list -> compact form -> the answer as written
    pools: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    widths: Mapping[str, int] = field(default_factory=dict)  # list -> the most words of an answer
    # list -> the compact form of a name's first words -> the words that end it ("robin" -> ("hood",)):
    # a name of another list that extends an answer is another name
    extensions: Mapping[str, Ends] = field(default_factory=dict)
    extended: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)  # by first words
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # list -> a name -> the kind asked
    # list -> one-word answers of questions that ask for no part of a name (a list answering
    # "Sirius" to "Who...?" names the person so; "Leonard" to "What is McCoy's first name?" does not)
    # ("series|name" where the question opens with its series, "(Attack on Titan) Who...?": that
    # list's "Jean" is no one of One Piece: `alone_here`)
    alone: Mapping[str, frozenset[str]] = field(default_factory=dict)
    prefixes: Mapping[str, frozenset[str]] = field(default_factory=dict)  # list -> every prefix of its forms
    known: frozenset[str] = frozenset()  # every learned answer (compact): a name, never a typo of another
    versions: Mapping[str, int] = field(default_factory=dict)  # list -> the version of its questions taught
    # list -> a word of a name of several words -> the words that follow it there ("" at the end):
    # "robin" -> {""} where the list answers "Nico Robin" (a surname: "Robin Hood" is someone else)
    followers: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)
    # list -> initials -> the answers (compact) of two to six words with those initials: "mj" is
    # Michael Jordan alone only where the list has no Michael Jackson
    initials: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)
    # list -> one-word answers that are chat words elsewhere, as typed ("bad", "thewho"): never looked
    # for inside a message, yet another answer when offered beside the right one ("beat it or bad")
    plain: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # list -> the last word of a name of two to four words -> those names ("mozart" -> ("wolfgang",
    # "amadeus", "mozart")): whose given names a surname answered alone has
    ended: Mapping[str, Mapping[str, frozenset[tuple[str, ...]]]] = field(default_factory=dict)
    last_words: frozenset[str] = frozenset()  # every word that ends such a name ("einstein", "seahawks")


class KnownNames:
    """A scope's learned answers, read live by the questions prepared in it: a list learned later
    in the same server is known to them without preparing them again."""

    __slots__ = ("names",)

    def __init__(self) -> None:
        self.names: frozenset[str] = frozenset()

    def __contains__(self, item: object) -> bool:
        return item in self.names


MAX_SCOPES = 1000  # servers whose lessons are kept (the least recently taught go first)


class Classroom:
    """Each scope's lessons (a server's: `None` is what every scope starts from)."""

    def __init__(self) -> None:
        self._lessons: OrderedDict[int | None, Lessons] = OrderedDict({None: Lessons()})
        self._known: dict[int | None, KnownNames] = {None: KnownNames()}

    def lessons(self, scope: int | None) -> Lessons:
        """What `scope` learned (the shared lessons until it learns a list of its own)."""
        found = self._lessons.get(scope)
        return found if found is not None else self._lessons[None]

    def known(self, scope: int | None) -> KnownNames:
        found = self._known.get(scope)
        return found if found is not None else self._known[None]

    def has(self, scope: int | None) -> bool:
        return scope in self._lessons

    def adopt(self, scope: int | None, lessons: Lessons) -> tuple[frozenset[str] | None, frozenset[int]]:
        """Make `lessons` what `scope` learned. Returns the lists taught anew (None: every list of the
        scope, as its questions were prepared with the shared lessons before) and the scopes
        forgotten to make room, whose prepared questions are stale."""
        before = self._lessons.get(scope)
        if before is lessons:
            return frozenset(), frozenset()
        self._lessons[scope] = lessons
        self._lessons.move_to_end(scope)
        self._known.setdefault(scope, KnownNames()).names = lessons.known
        forgotten: set[int] = set()
        while len(self._lessons) > MAX_SCOPES + 1:
            oldest = next(key for key in self._lessons if key is not None)
            del self._lessons[oldest]
            del self._known[oldest]
            forgotten.add(oldest)
        if before is None or scope is None:
            return None, frozenset(forgotten)
        changed = {name for name, version in lessons.versions.items() if before.versions.get(name) != version}
        return frozenset(changed), frozenset(forgotten)


def version_of(questions: Iterable[Question]) -> int:
    """What a list's questions are, as far as its lessons go (a list imported again may differ)."""
    return hash(tuple((q.id, q.text, q.answers) for q in questions))


def study(base: Lessons, questions: Iterable[Question], lists: Collection[str] | None = None) -> Lessons:
    """`base` with the lists of these questions (only those named in `lists`, when given) learned
    anew; a list whose questions are those it was taught from is left as it is, and `base` is
    returned unchanged when nothing is new. Pure: safe in a worker thread."""
    by_list: dict[str, list[Question]] = {}
    for question in questions:
        if lists is None or question.list_name in lists:
            by_list.setdefault(question.list_name, []).append(question)
    versions = {name: version_of(members) for name, members in by_list.items()}
    fresh = {name: members for name, members in by_list.items() if base.versions.get(name) != versions[name]}
    if not fresh:
        return base
    pools = dict(base.pools)
    widths = dict(base.widths)
    extensions = dict(base.extensions)
    labels = dict(base.labels)
    alone = dict(base.alone)
    prefixes = dict(base.prefixes)
    followers = dict(base.followers)
    initials = dict(base.initials)
    plain = dict(base.plain)
    ended = dict(base.ended)
    for name, members in fresh.items():
        plain[name] = _plain_answers(members)
        forms, width, ends, named, single = _learn_list(members)
        followers[name] = _followers(forms)
        ended[name] = _ended(forms)
        initials[name] = _initials(forms)
        pools[name] = forms
        widths[name] = width
        extensions[name] = ends
        labels[name] = named
        alone[name] = single
        # (every list taught gets its prefixes: a game may draw from several)
        prefixes[name] = frozenset(key[:k] for key in forms for k in range(1, len(key) + 1))
    extended: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name, list_ends in extensions.items():
        for first, rests in list_ends.items():
            extended.setdefault(first, []).extend((name, rest) for rest in sorted(rests))
    return Lessons(
        pools=pools,
        widths=widths,
        extensions=extensions,
        extended={first: tuple(rests) for first, rests in extended.items()},
        labels=labels,
        alone=alone,
        prefixes=prefixes,
        known=frozenset(form for forms in pools.values() for form in forms),
        versions={**base.versions, **{name: versions[name] for name in fresh}},
        followers=followers,
        initials=initials,
        plain=plain,
        ended=ended,
        last_words=frozenset(last for ends in ended.values() for last in ends),
    )


def _initials(forms: Mapping[str, str]) -> Mapping[str, frozenset[str]]:
    by_letters: dict[str, set[str]] = {}
    for compact, text in forms.items():
        tokens = normalize_tokens(text)
        if 2 <= len(tokens) <= 6 and all(t.isalpha() for t in tokens):
            by_letters.setdefault("".join(t[0] for t in tokens if t != "and"), set()).add(compact)
            by_letters.setdefault("".join(t[0] for t in tokens), set()).add(compact)
    return {letters: frozenset(answers) for letters, answers in by_letters.items()}


def _ended(forms: Mapping[str, str]) -> Mapping[str, frozenset[tuple[str, ...]]]:
    found: dict[str, set[tuple[str, ...]]] = {}
    for text in forms.values():
        tokens = tuple(normalize_tokens(text))
        if 2 <= len(tokens) <= 4 and all(t.isalpha() for t in tokens) and tokens[0] not in ARTICLES:
            found.setdefault(tokens[-1], set()).add(tokens)
    return {last: frozenset(names) for last, names in found.items()}


def _followers(forms: Mapping[str, str]) -> Mapping[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for text in forms.values():
        tokens = normalize_tokens(text)
        if 2 <= len(tokens) <= 4 and all(t.isalpha() for t in tokens) and tokens[0] not in ARTICLES:
            for i, token in enumerate(tokens):
                found.setdefault(token, set()).add(tokens[i + 1] if i + 1 < len(tokens) else "")
    return {word: frozenset(after) for word, after in found.items()}


_SERIES = compile_later(r"^\s*[(\[]([^()\[\]]{1,40})[)\]]")


def series_of(question_text: str) -> str:
    """The series a question of a mixed list names first ("(One Piece) Who...?"), folded; or ""."""
    found = _SERIES.match(question_text)
    return compact_form(normalize_tokens(found.group(1))) if found is not None else ""


class AloneHere:
    """A list's one-word answers as seen from one question: those of questions of its own series, or
    of none ("Jean" to an Attack on Titan question names nobody in One Piece's)."""

    __slots__ = ("_names", "_series")

    def __init__(self, names: frozenset[str], question_text: str) -> None:
        self._names = names
        self._series = series_of(question_text)

    def __contains__(self, name: object) -> bool:
        return name in self._names or (bool(self._series) and f"{self._series}|{name}" in self._names)

    def elsewhere(self, name: str) -> bool:
        """Whether a question of another series answers `name` alone: "Highwind" (Final Fantasy VII)
        is then no surname alone of Aranea Highwind (Final Fantasy XV)."""
        end = "|" + name
        own = self._series + end
        return any(entry.endswith(end) and entry != own for entry in self._names)


# Words typed as replies and reactions whatever is asked ("tea, right?", "wow"): never another answer
# (codes of one or two letters are `bot.trivia.pairs.short_code`'s).
_REPLIES = frozenset(
    "yes yep yeah nope none true false okay hello wow right think they you now will more lot can mine start"
    " everyone everybody the and not".split()
)


def _plain_answers(questions: list[Question]) -> frozenset[str]:
    """The answers of one word (an article may open them) that are chat words elsewhere: "Bad", "The
    Who" (compact, as typed: "who" alone stays chat)."""
    out: set[str] = set()
    for question in questions:
        for text in question.answers:
            tokens = normalize_tokens(text)
            bare = tokens[1:] if len(tokens) == 2 and tokens[0] in ARTICLES else tokens
            if len(bare) == 1 and len(bare[0]) >= 3 and bare[0] not in _REPLIES and (
                bare[0] in FILLER_WORDS or bare[0] in TITLE_WORDS
            ):
                out.add(compact_form(tokens))
    return frozenset(out)


def _learn_list(
    questions: list[Question],
) -> tuple[dict[str, str], int, Ends, dict[str, str], frozenset[str]]:
    forms: dict[str, str] = {}
    width = 1
    ends: dict[str, set[tuple[str, ...]]] = {}
    labels: dict[str, str] = {}  # a name of several words -> the kind its question asks
    alone: set[str] = set()
    for question in questions:
        part = _NAME_PART.search(question.text) is not None
        series = series_of(question.text)
        for text in question.answers:
            tokens = normalize_tokens(text)
            if len(tokens) > 1 and tokens[0] in ARTICLES:
                tokens = tokens[1:]
            compact = compact_form(tokens)
            if len(tokens) > 4 or (len(compact) < 3 and not compact.isdigit()):
                continue
            if len(tokens) == 1 and (compact in FILLER_WORDS or compact in TITLE_WORDS):
                continue
            forms.setdefault(compact, text)
            if len(tokens) == 1 and not part:
                alone.add(f"{series}|{compact}" if series else compact)
            width = max(width, len(tokens))
            if len(tokens) > 1 and all(t.isalpha() for t in tokens):
                for cut in range(1, min(len(tokens), 3)):
                    ends.setdefault(compact_form(tokens[:cut]), set()).add(tuple(tokens[cut:]))
                labels[compact] = asked_label(question.text, text)
    return forms, width, {k: frozenset(v) for k, v in ends.items()}, labels, frozenset(alone)
