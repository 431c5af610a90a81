"""Details of a character the sources give in passing, each its own kind, tried in order: how they
look (looks.py), what becomes of their body (bodies.py), whether they find a relative
(reunions.py)."""

from __future__ import annotations

from collections.abc import Callable

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.bodies import BodyAnswers
from bot.lore.answer.looks import LooksAnswers
from bot.lore.answer.result import Answer
from bot.lore.answer.reunions import ReunionAnswers


class DetailAnswers:
    def __init__(self, shared: Shared) -> None:
        self._kinds: tuple[Callable[[Ask], Answer | None], ...] = (LooksAnswers(shared).answer, BodyAnswers(shared).answer,
                                                                       ReunionAnswers(shared).answer)

    def answer(self, ask: Ask) -> Answer | None:
        for kind in self._kinds:
            if (found := kind(ask)) is not None:
                return found
        return None
