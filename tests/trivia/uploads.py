"""What the upload tests read back from the importer: a set's files, a text, a refusal's problems, each
question's answers and the episode each declares (tests/trivia/test_uploads_wild*.py share these)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.show import Position, ShowShape
from bot.trivia.lists import ListError, parse_list
from bot.trivia.model import TriviaList

FIXTURES = Path(__file__).parent / "fixtures"


def reader(folder: str) -> Callable[[str], TriviaList]:
    """Reads one file of a blind set's uploads (tests/trivia/fixtures/FOLDER) as a moderator's list."""
    return lambda name: parse_list((FIXTURES / folder / name).read_bytes(), "mods")


def text(data: str, shape: ShowShape | None = None) -> TriviaList:
    return parse_list(data.encode(), "mods", shape=shape)


def refusal(data: bytes) -> str:
    with pytest.raises(ListError) as refused:
        parse_list(data, "mods")
    return "\n".join(refused.value.problems)


def answers(parsed: TriviaList) -> dict[str, tuple[str, ...]]:
    return {q.text: q.answers for q in parsed.questions}


def spoils(parsed: TriviaList) -> dict[str, Position]:
    """Each question's declared episode (an undeclared one is left to the lexicon, so it is not here)."""
    return {q.text: q.spoils for q in parsed.questions if q.id not in parsed.undeclared}
