"""Korean words as the engine's glosses read them (bot/lore/answer/words.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _first_line(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0].splitlines()[0]


@pytest.mark.parametrize("typed", ["시즌2 연기됨?", "시즌2 연기됐어?", "s2 미뤄졌어?"])
def test_season_two_said_delayed_in_korean_asks_what_is_delayed_in_english(engine: AnswerEngine, typed: str) -> None:
    assert _first_line(engine, typed) == _first_line(engine, "is season 2 delayed?")
