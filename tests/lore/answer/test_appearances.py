"""How many episodes someone is in: no source counts them (appearances.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


@pytest.mark.parametrize("question", ["how many episodes is na-yeon in", "how many eps does woojin appear in",
                                      "how many episodes is gwinam in the show"])
def test_how_many_episodes_someone_is_in_is_not_known(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = render_text(answer, Position.legacy(12))[0]
    assert not answer.answered and "how many episodes" in text and "bitten" not in text, text
