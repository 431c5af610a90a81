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


@pytest.mark.parametrize("question", [
    "is it true the s2 trailer comes out jan 15",
    "is the trailer coming out jan 15?",
    "someone said the trailer drops jan 15 is that real",
    "will the teaser come out on the 15th",
])
def test_a_day_asked_of_something_to_come_is_never_no_off_what_already_came_out(engine: AnswerEngine, question: str) -> None:
    # season 1's teaser (31 December 2021) says nothing of a trailer still to come
    said = render_text(engine.answer(question), Position.legacy(0))[0]
    assert not said.startswith("No.") and "31 December 2021" not in said, said


# season 1's teaser named as such (ask79: an unqualified "the teaser" is season 2's, the one fans wait for)
@pytest.mark.parametrize("question", ["did the s1 teaser come out on jan 15?", "did the first teaser come out on jan 15?",
                                      "didnt it come out in 2021"])
def test_a_day_asked_of_what_already_came_out_is_still_checked(engine: AnswerEngine, question: str) -> None:
    assert render_text(engine.answer(question), Position.legacy(0))[0].startswith("No.")
