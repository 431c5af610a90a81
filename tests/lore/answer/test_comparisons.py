"""The show against another one (bot/lore/answer/comparisons.py): what the sources measure, never a verdict on a
measure they do not compare."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize("question", [
    "was the rating higher than squid game",
    "does it have better reviews than squid game",
    "is its imdb score higher than squid game",
    "does it have more episodes than squid game",
])
def test_a_measure_the_sources_do_not_compare_gets_no_verdict_off_the_viewing_figures(
        engine: AnswerEngine, question: str) -> None:
    said = _text(engine, question)
    assert not said.casefold().startswith(("overall, no", "no", "yes")), said
    assert "third on Netflix's all-time" not in said, said


def test_the_viewing_figures_still_answer_bigger_than_another_show(engine: AnswerEngine) -> None:
    assert "behind Squid Game" in _text(engine, "is it bigger than squid game")
