"""A filming question that names no season is answered for both seasons (unnamed_season.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize("question", ["when did they finish filming", "when did filming wrap"])
def test_when_filming_ended_with_no_season_says_both_seasons(engine: AnswerEngine, question: str) -> None:
    text = _text(engine, question)
    assert "February 2026" in text and "Season 1" in text and "Rumour" in text, text


def test_a_season_named_is_answered_for_that_season_alone(engine: AnswerEngine) -> None:
    assert "Season 1" not in _text(engine, "when did season 2 finish filming")


def test_when_filming_started_is_not_answered_with_both_ends(engine: AnswerEngine) -> None:
    assert "2026" not in _text(engine, "when did filming start")
