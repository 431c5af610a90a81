"""Trivia questions and lists: plain, immutable data shared by the question sources and the game."""

from __future__ import annotations

from dataclasses import dataclass, field

DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Question:
    """One trivia question.

    `id` is stable across releases: bundled "aouad-001", generated "gen-<kind>-<entity>", imported
    "<list slug>:<sha1 of the text, 10 hex>". `answers[0]` is the answer shown; the others are
    accepted aliases. `choices` holds four options for multiple choice (answers[0] among them) or is
    empty when the list gives none. `spoils` is the Season 1 episode that the question, its answer,
    its explanation or its source would spoil (0 = safe).
    """

    id: str
    text: str
    answers: tuple[str, ...]
    choices: tuple[str, ...] = ()
    category: str = "general"
    difficulty: str = "medium"
    spoils: int = 0
    explanation: str | None = None
    source: str | None = None
    list_name: str = "aouad"

    @property
    def shown_answer(self) -> str:
        return self.answers[0]


@dataclass(frozen=True)
class TriviaList:
    """A parsed list (bundled, or imported in Red's or hyosan's format)."""

    name: str
    author: str | None
    description: str | None
    config: dict[str, object] = field(default_factory=dict, hash=False)
    questions: tuple[Question, ...] = ()
    warnings: tuple[str, ...] = ()
