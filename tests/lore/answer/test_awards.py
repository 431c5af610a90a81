"""An award asked of an actor no award record names is "I don't know", with the awards the
sources do give (awards.py), never the season-2 cast line that names them."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


@pytest.mark.parametrize("question", ["did lomon win an award", "did cho yi hyun win any awards"])
def test_an_actor_no_award_names_is_not_known(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = render_text(answer, Position.legacy(12))[0]
    assert not answer.answered and text.startswith("I don't know of any award") and "APAN" in text, text
    assert "Season 2" not in text


def test_an_actor_an_award_names_is_answered_from_it(engine: AnswerEngine) -> None:
    answer = engine.answer("did park ji hu win an award")
    assert answer.answered and "APAN" in render_text(answer, Position.legacy(12))[0]
