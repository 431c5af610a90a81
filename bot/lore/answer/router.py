"""The answer engine: reads a question, asks each kind of question in turn, falls back to search.

`AnswerEngine.answer(question)` cleans the text (bot.text.clean_input), finds the names in it
(the one `NameResolver`), then offers the `Question` to each kind in a fixed order; the first that
recognises it answers:

1. episodes.py      "what happens in episode 3", "who dies in episode 5"
2. season2.py       renewal, filming, release, cast, status (the current season-2 status first)
3. relations.py     "On-jo's father", "who killed Woo-jin"
4. cast.py          "who plays On-jo", "who does Lomon play", the cast list
5. fates.py         "what happens to Nam-ra", "is Cheong-san alive", "how many survive"
6. corrections.py   yes/no questions that match a refuted or superseded claim
7. production.py    webtoon, directors, writer, studios, rating, premiere, awards, filming places
8. characters.py    "who is Su-hyeok" (a character's or a person's profile)

then fallback.py (full-text search over every fact and claim, accepted only on enough shared
words), then an honest "I don't know" that lists what can be answered. Nothing is made up: every
text comes from the pack or the season-2 status, each part with the position it spoils, its
confidence and its sources. Everything is in memory and synchronous (tens of microseconds), so
the /ask command answers on the event loop without a thread hop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.lore.answer.cast import CastAnswers
from bot.lore.answer.characters import CharacterAnswers
from bot.lore.answer.claims import Claims
from bot.lore.answer.corrections import CorrectionAnswers
from bot.lore.answer.episodes import EpisodeAnswers
from bot.lore.answer.fallback import FallbackSearch, search_documents
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.production import ProductionAnswers
from bot.lore.answer.question import QUESTION_LIMIT, Question, normalise
from bot.lore.answer.relations import RelationAnswers
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.season2 import Season2Answers
from bot.lore.answer.season2_status import StatusAnswers, pack_status
from bot.lore.answer.terms import Terms
from bot.lore.content import ContentPack
from bot.lore.names import NameResolver
from bot.season2.tracking import CurrentStatus
from bot.show import ShowShape
from bot.text import clean_input
from db.lore.search_index import FactSearchIndex

_EMPTY = "Ask me something about All of Us Are Dead, for example: who plays On-jo?"


class AnswerEngine:
    """Answers over one content pack and one current season-2 status.

    `season2` is the status season-2 answers read (the bot's `Hyosan.season2_status`); without
    one, the status the pack's own claims imply (`pack_status`). `index` is the full-text index
    the fallback searches; without one, no fallback (`build` and `create` make one). `show` is the
    show's shape (the bot's `Hyosan.show`, which grows at run time); without one, season 1.
    """

    def __init__(
        self,
        pack: ContentPack,
        resolver: NameResolver | None = None,
        index: FactSearchIndex | None = None,
        season2: CurrentStatus | None = None,
        show: ShowShape | None = None,
    ) -> None:
        self.pack = pack
        self.show = show = show or ShowShape.season_one()
        self.resolver = resolver or NameResolver.from_pack(pack)
        self.knowledge = knowledge = Knowledge(pack, self.resolver)
        terms = Terms(pack)
        claims = Claims(knowledge, terms)
        status = StatusAnswers(claims, season2 if season2 is not None else pack_status(pack))
        corrections = CorrectionAnswers(claims, status)
        profiles = CharacterAnswers(knowledge)
        self._kinds: tuple[Callable[[Question], Answer | None], ...] = (
            EpisodeAnswers(knowledge, show).answer,
            Season2Answers(knowledge, claims, corrections, status).answer,
            RelationAnswers(knowledge).answer,
            CastAnswers(knowledge, profiles).answer,
            FateAnswers(knowledge, claims, show).answer,
            corrections.answer,
            ProductionAnswers(knowledge, terms).answer,
            profiles.answer,
        )
        self._fallback = FallbackSearch(knowledge, terms, claims, index)

    @classmethod
    def build(
        cls,
        pack: ContentPack,
        resolver: NameResolver | None = None,
        season2: CurrentStatus | None = None,
        show: ShowShape | None = None,
    ) -> AnswerEngine:
        """An engine with its full-text index built (a private in-memory SQLite database)."""
        return cls(pack, resolver, FactSearchIndex.build(search_documents(pack)), season2, show)

    @classmethod
    async def create(
        cls,
        pack: ContentPack,
        resolver: NameResolver | None = None,
        season2: CurrentStatus | None = None,
        show: ShowShape | None = None,
    ) -> AnswerEngine:
        """`build` in a worker thread (indexing and name keys are a few milliseconds of CPU)."""
        return await asyncio.to_thread(cls.build, pack, resolver, season2, show)

    def close(self) -> None:
        self._fallback.close()

    def answer(self, question: str) -> Answer:
        """The first kind of question that recognises it answers; then full-text search; then an
        honest "I don't know"."""
        cleaned = clean_input(question, limit=QUESTION_LIMIT)
        if not cleaned:
            return Answer(cleaned, False, [Part(_EMPTY)], "empty")
        q = Question(cleaned, normalise(cleaned), self.resolver.mentions(cleaned))
        for kind in self._kinds:
            found = kind(q)
            if found is not None:
                return found
        return self._fallback.answer(cleaned) or dont_know(cleaned)
