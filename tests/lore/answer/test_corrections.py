"""A claim checked against the records (bot/lore/answer/corrections.py): a number the question gives only as a bound
("more than 10") is no count a record with another number contradicts."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


@pytest.mark.parametrize("question", [
    "did more than 10 people die in episode 11",
    "were there more episodes in season 1 than 10",  # it has 12: never "No."
    "does ep 11 have more deaths than 10",
])
def test_a_number_given_as_a_bound_is_never_answered_no_off_another_number(engine: AnswerEngine, question: str) -> None:
    said = render_text(engine.answer(question), Position.legacy(12))[0]
    assert not said.lstrip("|").startswith("No."), said
