"""Where someone is from is "I don't know" (no source says), never a scene they are in (hometowns.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


@pytest.mark.parametrize("question", ["where is park ji hu from", "where was lomon born", "what is cho yi hyun's nationality",
                                      "where is onjo from"])
def test_where_someone_is_from_is_not_known(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = render_text(answer, Position.legacy(12))[0]
    assert not answer.answered and "is from" in text and "classroom" not in text and "quarantine" not in text, text
