"""How old the students are (bot/lore/answer/ages.py): no source gives an age."""

from __future__ import annotations

import pytest

from bot.lore.answer.router import AnswerEngine


@pytest.mark.parametrize("question", ["how old are the students", "how old is onjo", "how old r the kids",
                                      "how old is cheongsan"])
def test_a_students_age_is_not_known_but_their_school_year_is(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    text = " ".join(part.text for part in answer.parts)
    assert "no ages" in text and "second year" in text and not answer.answered


@pytest.mark.parametrize("question", ["how old is ms park", "how old is so-ju"])
def test_a_grown_ups_age_never_gets_the_students_year(engine: AnswerEngine, question: str) -> None:
    assert "second year" not in " ".join(part.text for part in engine.answer(question).parts)
