"""Whether it was filmed in a place is held to that place (locations.py): "busan" is never Train to
Busan, and season 2's filming status is never a "yes" for a place it does not name."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> tuple[bool, str]:
    answer = engine.answer(question)
    return answer.answered, render_text(answer, Position.legacy(12))[0]


@pytest.mark.parametrize(("question", "said"), [("was it filmed in busan", "Andong"),
                                                ("was the show filmed in japan", "Andong"),
                                                ("was season 2 filmed in busan", "Gangwon"),
                                                ("is season 2 being filmed in seoul", "Gangwon")])
def test_a_place_no_source_names_is_not_known(engine: AnswerEngine, question: str, said: str) -> None:
    answered, text = _text(engine, question)
    assert not answered and text.startswith("I don't know whether") and said in text, text
    assert "yes." not in text.casefold() and "Train to Busan" not in text


def test_a_place_the_season_two_report_names_is_a_reported_yes(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "did they film season 2 in gangwon")
    assert answered and text.startswith("Reportedly, yes.") and "Gangwon Provincial Government Building" in text, text


def test_korea_is_what_the_sources_say_without_a_verdict(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "was it filmed in korea")
    assert answered and "Andong" in text and not text.startswith(("Yes", "No")), text
