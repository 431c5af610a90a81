"""Answers already given, kept to give again: fans ask the same things again.

An answer is remembered by the question as typed, and only while what it was read under is in
force: the season-2 status (and whether its Part 2 is out), the show's shape (titles, times) and the year
on the engine's clock ("is aouad in netflix's 2027 lineup" asks of a slate to come in 2026, of that year's in 2027).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.lore.answer.result import Answer
from bot.lore.answer.season2_status import StatusAnswers
from bot.season2.rules import part_out_by
from bot.show import TRACKED_SEASON, ShowShape

_Under = tuple[object, int, object, int, bool]


class RememberedAnswers:
    """Up to `size` answers (0: none), the oldest forgotten first, all forgotten when what they were read under changes."""

    def __init__(self, status: StatusAnswers, show: ShowShape, size: int) -> None:
        self._status = status
        self._show = show
        self._size = size
        self._answers: dict[str, Answer] = {}
        self._answered_under: _Under = (None, 0, (), 0, False)

    def _answering_under(self) -> _Under:
        current = self._status.current  # (Part 2's moment passing turns no status: its answers say it came out)
        status, now = current.status, current.now()
        return (status, len(self._show.positions()), self._show.episodes_in(TRACKED_SEASON), now.year, part_out_by(status, now))

    def _still_under(self, under: _Under) -> bool:
        return under[0] is self._answered_under[0] and under[1:] == self._answered_under[1:]

    def has(self, question: str) -> bool:
        """Whether `question`'s answer is remembered as things stand (answering it again is a lookup)."""
        return question in self._answers and self._still_under(self._answering_under())

    def answer(self, question: str, answer: Callable[[str], Answer]) -> Answer:
        """The remembered answer to `question`, else `answer(question)`, remembered."""
        under = self._answering_under()
        if not self._still_under(under):
            self._answers.clear()
            self._answered_under = under
        found = self._answers.get(question)
        if found is None:
            found = answer(question)
            if self._size:
                if len(self._answers) >= self._size:
                    del self._answers[next(iter(self._answers))]  # the oldest first
                self._answers[question] = found
        return found
