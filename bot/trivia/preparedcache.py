"""What the answer matcher keeps between messages: each question prepared once per server and cached
by question id (`bot.trivia.hits.Prepared`, built by `bot.trivia.preparing`), what each server's
lists taught (`bot.trivia.lessons`, its own), and the names the lore reads (remembered: players type
the same few names question after question). `bot.trivia.matching.AnswerMatcher` judges with it."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Protocol

from bot.show import ShowShape
from bot.trivia.emojis import emojis_say
from bot.trivia.guesses import THE_ONE
from bot.trivia.hangul import another_korean_given_name, stems
from bot.trivia.hits import Prepared
from bot.trivia.lessons import Classroom, Lessons, study
from bot.trivia.model import SHOW_LISTS, Question
from bot.trivia.normal import read
from bot.trivia.preparing import prepare_question
from bot.trivia.talk import GUESS_PARTICLES

NAME_KINDS: tuple[str, ...] = ("person", "character")
RESOLVER_MIN_SCORE = 90.0
_RECORDED_SPELLING = 95.0  # the resolver's score for a misspelling the lore records; a letter forgiven scores less
_CACHE_SIZE = 4096
_NAMES_SIZE = 20_000
_IT_IS = frozenset({"si", "la", "e", "its"})  # (before a lone name: Tagalog's article; "its": Vietnamese "là", Portuguese "é" read)


class _EntityLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


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
    @property
    def text(self) -> str: ...


class Resolver(Protocol):
    """What matching needs from bot.lore.names.NameResolver."""

    def resolve(self, text: str, kinds: tuple[str, ...]) -> _ResolutionLike: ...
    def mentions(self, text: str) -> list[_MentionLike]: ...


class PreparedQuestions:
    """The questions prepared for judging, per server, and what they were prepared with.

    `learn` (or `add_lists`) teaches it the answers of whole lists, so that naming another answer of the same
    kind from the same list alongside the right one counts as several answers."""

    def __init__(
        self, resolver: Resolver | None = None, lists: Iterable[Question] = (), shape: ShowShape | None = None,
        roles: Mapping[tuple[str, ...], str] | None = None,
    ) -> None:
        self._resolver = resolver
        self._roles = roles or {}  # a character by what they are: "the detective" (`bot.trivia.descriptions`)
        self._shape = shape  # the show's seasons: "the finale" for an episode of its questions
        self._cache: OrderedDict[tuple[int | None, str], Prepared] = OrderedDict()  # (scope, question id)
        self._shape_size = self._shape_now()  # the episodes the show questions were prepared with
        self._names: dict[str, tuple[str, str] | None] = {}
        self._alone: dict[tuple[str, str], tuple[str, str] | None] = {}  # (message, question text): `_named_alone`
        self._classes = Classroom()  # the lists each server learned (replaced whole, never changed in place)
        self._learning = asyncio.Lock()  # one lesson at a time: each builds on the last
        self.add_lists(lists)

    # -- preparation --------------------------------------------------------------------------

    async def learn(self, questions: Sequence[Question], lists: Collection[str], scope: int | None = None) -> None:
        """Learn the answers of `lists` (their questions among `questions`) as rival candidates for
        the games of `scope` (a server), off the event loop: a list of 20,000 questions takes a
        second to study, and games keep being judged meanwhile with what was learned before. A
        list is studied again only when its questions changed (imported anew)."""
        async with self._learning:
            lessons = await asyncio.to_thread(study, self._classes.lessons(scope), questions, frozenset(lists))
            self._adopt(lessons, scope)

    def add_lists(self, questions: Iterable[Question]) -> None:
        """`learn`, at once (on this thread): these questions' lists (grouped by `list_name`).

        What was learned of a list is replaced by the questions given for it; questions of other
        lists keep their preparation."""
        self._adopt(study(self._classes.lessons(None), questions), None)

    def _adopt(self, lessons: Lessons, scope: int | None) -> None:
        changed, forgotten = self._classes.adopt(scope, lessons)
        # A prepared question read its own list's lessons (its pool, its prefixes): only the questions
        # of the lists taught anew, in that scope, are prepared again. (The shared lessons changed,
        # or the scope's first own ones replaced them: all of them.)
        stale = [
            key for key, prepared in self._cache.items()
            if key[0] in forgotten or scope is None
            or (key[0] == scope and (changed is None or prepared.list_name in changed))
        ]
        for key in stale:
            del self._cache[key]

    def prepare(self, question: Question, scope: int | None = None) -> None:
        """Warm the cache for a question (optional; `judge` prepares on first use)."""
        self._prepare(question, scope)

    def _prepare(self, question: Question, scope: int | None) -> Prepared:
        key = (scope if self._classes.has(scope) else None, question.id)
        if (size := self._shape_now()) != self._shape_size:
            # the show grew (a season's episodes listed): "the finale" of a show question may be another episode
            self._shape_size = size
            for stale in [k for k, p in self._cache.items() if p.list_name in SHOW_LISTS]:
                del self._cache[stale]
        cached = self._cache.get(key)
        if cached is not None and cached.key == (question.text, question.answers, question.choices):
            # (a list imported again under the same name may give a question other answers)
            self._cache.move_to_end(key)
            return cached
        prepared = self._build(question, key[0])
        self._cache[key] = prepared
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return prepared

    def _build(self, question: Question, scope: int | None) -> Prepared:
        return prepare_question(
            question, self._classes.lessons(scope), self._classes.known(scope), self._entity,
            self._echoed_entities if self._resolver is not None else None,
            self._episodes_in if question.list_name in SHOW_LISTS else None,
        )

    def _shape_now(self) -> int:
        return len(self._shape.positions()) if self._shape is not None else 0

    def _episodes_in(self, season: int) -> int:
        return len(self._shape.episodes_in(season)) if self._shape is not None else 0

    def _echoed_entities(self, text: str) -> frozenset[tuple[str, str]]:
        assert self._resolver is not None
        return frozenset((c.kind, c.id) for m in self._resolver.mentions(text) for c in m.candidates)

    def _name(self, text: str) -> tuple[str, str] | None:
        """The person or character a text confidently names (exact, alias, given name, known
        misspelling, romanization), remembered: a reading depends on the text alone, and players
        type the same few names and words question after question."""
        assert self._resolver is not None
        if text in self._names:
            return self._names[text]
        resolution = self._resolver.resolve(text, NAME_KINDS)
        key: tuple[str, str] | None = None
        if resolution.entity is not None and not resolution.ambiguous and resolution.score >= RESOLVER_MIN_SCORE and not (
            resolution.score < _RECORDED_SPELLING
            and another_korean_given_name(read(text).tokens, resolution.entity.name, text, vowels_only=True)
        ):  # ("eun jo" is one letter from Eun-ji, but another given name; "Park Jo Hoo" a misspelling recorded)
            key = (resolution.entity.kind, resolution.entity.id)
        if len(self._names) >= _NAMES_SIZE:
            self._names.clear()
        self._names[text] = key
        return key

    def _named_alone(self, text: str, question: Question, besides: Collection[tuple[str, str]] | None = None) -> bool:
        """Whether a message is one name with only emoji or "ㅠㅠ" beside it ("namra ㅠㅠ", "gwinam 😡", "nam-ra 🥺"), a
        name the question itself does not name: a guess, right or wrong alike (ruled at stop 63), not a reaction.
        `besides`, where only another's name is sought: the people the question asks for, none of them (and none
        asked, "nam-ra 🥺" where a thing is: felt for)."""
        if self._resolver is None or (besides is not None and not besides):
            return False
        if (memo := (text, question.text)) not in self._alone:  # (a busy channel's talk read once per question)
            if len(self._alone) >= _NAMES_SIZE:
                self._alone.clear()
            self._alone[memo] = self._name_alone(text, question.text)
        return (key := self._alone[memo]) is not None and key not in (besides or ())

    def _name_alone(self, text: str, question: str) -> tuple[str, str] | None:
        """The one name a message says with only emoji, particles or an article beside it, unless `question` names it."""
        assert self._resolver is not None
        words = list(read("".join(" " if emojis_say(c) else c for c in text)).tokens)
        while len(words) > 1 and words[-1] in GUESS_PARTICLES:
            words.pop()  # ("namra po 🥺")
        while len(words) > 1 and (words[0] in THE_ONE or words[0] in _IT_IS):
            words.pop(0)  # ("si namra po 😭": Tagalog's article before a name; "là daesu ạ 😭", "é a namra 😭": it is)
        said = stems(tuple(words))  # ("우진이 ㅠㅠ": Woo-jin)
        if not said or not self._resolver.mentions(said) or (key := self._name(said)) is None:
            return None
        return None if key in self._echoed_entities(question) else key  # ("NA-YEON 🤬" where she is asked about: felt for)

    def _entity(self, text: str) -> tuple[str, str] | None:
        if self._resolver is None:
            return None
        resolution = self._resolver.resolve(text, NAME_KINDS)
        if resolution.entity is not None and not resolution.ambiguous and resolution.score >= 95:
            return (resolution.entity.kind, resolution.entity.id)
        return None
