"""Korean words as the engine's glosses read them (bot/lore/answer/words.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _first_line(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0].splitlines()[0]


@pytest.mark.parametrize("typed", ["시즌2 연기됨?", "시즌2 연기됐어?", "s2 미뤄졌어?"])
def test_season_two_said_delayed_in_korean_gets_the_delay_english_gets_said_in_korean(engine: AnswerEngine, typed: str) -> None:
    english = render_text(engine.answer("is season 2 delayed?"), Position.legacy(12))[0]
    assert english.startswith("No release date for season 2 has been announced") and "Star News" in english
    assert _first_line(engine, typed).startswith("보도에 따르면: 한국 언론(스타뉴스)은") and "2025년" in _first_line(engine, typed)
