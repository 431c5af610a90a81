"""Where questions come from (the bundled pack, the lore, imports) and how a game draws them.

`QuestionBank.draw` is the spoiler gate: a question whose `spoils` is above `max_spoils` is never
returned, whatever else is asked.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable, Iterator
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.recent import RecentByIdentity
from bot.show import Position, ShowShape
from bot.trivia.descriptions import descriptions, named_before
from bot.trivia.lists import parse_list
from bot.trivia.matching import AnswerMatcher
from bot.trivia.model import Question, TriviaList
from bot.trivia.tagging import Reads

if TYPE_CHECKING:
    from bot.trivia.generate import LorePack

log = logging.getLogger(__name__)
BUNDLED_PATH = Path(__file__).parent / "data" / "aouad.yaml"


#: What /trivia info says of the list of questions made from the lore (it has no file of its own).
GENERATED_ABOUT = (
    "Made from hyosan's lore: who plays whom, which character an actor plays, in which episode a character "
    "dies or turns, and who bit, killed, saved or loves whom. The wrong options are always of the same kind."
)


@cache
def _bundled() -> TriviaList:
    return parse_list(BUNDLED_PATH.read_bytes(), "aouad", bundled=True)


def bundled_questions() -> tuple[Question, ...]:
    """The hand-written All of Us Are Dead pack (read once; call from a thread in async code)."""
    return _bundled().questions


def built_in_about(name: str) -> tuple[str | None, str | None]:
    """A built-in list's author and description, as /trivia info shows them."""
    if name == "generated":
        return "hyosan", GENERATED_ABOUT
    if name == "aouad":
        return _bundled().author, _bundled().description
    return None, None


def generated_questions(pack: LorePack, shape: ShowShape) -> tuple[Question, ...]:
    """Questions generated from the lore content pack (see bot/trivia/generate.py)."""
    from bot.trivia.generate import generate

    return generate(pack, shape)


def load_content(shape: ShowShape, pack: LorePack | None = None) -> tuple[list[Question], AnswerMatcher]:
    """Everything a game draws from: the bundled pack, the lore-generated questions and a matcher
    that knows the characters' names (blocking: run it in a thread). `shape` is the show's shape
    the generated questions' episodes come from; `pack` the lore content pack in use (None: the
    bundled one).

    A broken part is logged and left out, so trivia still runs: without the lore, on the bundled
    questions with plain matching.
    """
    questions: list[Question] = []
    try:
        questions.extend(bundled_questions())
    except Exception:
        log.exception("the bundled trivia pack could not be read")
    resolver: Any = None
    roles: dict[tuple[str, ...], str] = {}
    try:
        from bot.lore.content import bundled_pack
        from bot.lore.names import resolver_of

        lore: Any = pack if pack is not None else bundled_pack()
        resolver = resolver_of(lore)
        by_shape = _LORE_PARTS.get(lore, dict)
        key = (len(questions), *_shape_key(lore, shape))
        if key not in by_shape:
            if len(by_shape) >= 8:  # (a shape grows a few times in a process's life: bounded all the same)
                by_shape.clear()
            by_shape[key] = _lore_part(lore, shape, questions)
        pack_roles, generated = by_shape[key]
        roles.update(pack_roles)
        questions.extend(generated)
    except Exception:
        log.exception("lore content unavailable: trivia runs on the bundled questions only")
    return questions, AnswerMatcher(resolver, shape=shape, roles=roles)


# A pack's role words and generated questions, for each shape of the show (and bundled list) they
# were made for: every bot of a process (a test run starts a thousand) builds the same ones, a third of its start's CPU.
# Pure values (frozen questions; the roles are copied into each matcher): nothing a game changes.
_LorePart = tuple[dict[tuple[str, ...], str], tuple[Question, ...]]
_LORE_PARTS: RecentByIdentity[Any, dict[tuple[object, ...], _LorePart]] = RecentByIdentity()


def _shape_key(pack: Any, shape: ShowShape) -> tuple[object, ...]:
    """What the generated questions read of the shape: its episodes, and which fates' episodes it has
    (a premiere standing counts a first episode not listed yet)."""
    fates = (c.fate.episode for c in pack.characters.values() if c.fate is not None and c.fate.episode is not None)
    return shape.positions(), tuple(shape.contains(episode) for episode in fates)


def _lore_part(pack: Any, shape: ShowShape, questions: list[Question]) -> _LorePart:
    names = {c.id: (c.name,) for c in pack.characters.values()}  # (the full name: "the name of On-jo" names no role)
    # (the pack's own questions: "the archer Jung Min-jae" makes "the archer" his as well as Ha-ri's)
    roles = dict(descriptions(pack.characters.values(), named=named_before((q.text for q in questions), names)))
    return roles, generated_questions(pack, shape)


def spoiler_reader(pack: LorePack | None = None) -> Reads | None:
    """What a text gives away, read by the lore's spoiler lexicon of `pack` (None: the bundled one;
    blocking: run it in a thread); None when the lore cannot be read (imported questions then count
    as spoiling: tagging.py)."""
    try:
        from bot.lore.content import ContentPack, bundled_pack
        from bot.lore.lexicon import lexicon_of

        # an imported list may be about any story: "archery" or "Guinan" alone is not the show's
        return partial(lexicon_of(pack if isinstance(pack, ContentPack) else bundled_pack()).position, anywhere=True)
    except Exception:
        log.exception("lore content unavailable: imported questions count as spoiling")
        return None


class QuestionBank:
    """An immutable pool of questions; duplicate ids keep the first one."""

    def __init__(self, questions: Iterable[Question]) -> None:
        unique: dict[str, Question] = {}
        for question in questions:
            unique.setdefault(question.id, question)
        self._questions: tuple[Question, ...] = tuple(unique.values())
        self._by_id = unique

    def __len__(self) -> int:
        return len(self._questions)

    def __iter__(self) -> Iterator[Question]:
        return iter(self._questions)

    def get(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def categories(self, *, max_spoils: Position | None = None) -> list[str]:
        """Categories, sorted; with max_spoils, only those that have a question safe to ask."""
        return sorted(
            {q.category for q in self._questions if max_spoils is None or q.spoils <= max_spoils}
        )

    def draw(
        self,
        *,
        max_spoils: Position,
        count: int,
        category: str | None = None,
        difficulty: str | None = None,
        exclude_ids: set[str] | frozenset[str] = frozenset(),
        rng: random.Random,
    ) -> list[Question]:
        """Up to `count` distinct questions, none spoiling past `max_spoils`, none in exclude_ids."""
        if count <= 0:
            return []
        pool = [
            q
            for q in self._questions
            if q.spoils <= max_spoils
            and q.id not in exclude_ids
            and (category is None or q.category == category)
            and (difficulty is None or q.difficulty == difficulty)
        ]
        if len(pool) <= count:
            rng.shuffle(pool)
            return pool
        return rng.sample(pool, count)
