"""Where the show was filmed is the shoot (retrieval.py), never a scene in which a character films."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


@pytest.mark.parametrize("question", ["where was the school filmed", "where did they film the school scenes"])
def test_where_it_was_filmed_is_the_set_not_a_scene(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert "built as a set" in text and "principal" not in text, text


@pytest.mark.parametrize("question", ["is it true the school was a real set", "was the school a real set",
                                      "is it true that the school was a real set"])
def test_the_school_asked_as_a_real_set_is_yes_it_was_built_as_one(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert text.startswith("Yes.") and "built as a set" in text, text


@pytest.mark.parametrize("question", ["is the school real", "was it filmed at a real school"])
def test_a_real_school_is_still_no_it_was_a_set(engine: AnswerEngine, question: str) -> None:
    assert render_text(engine.answer(question), Position.legacy(12))[0].startswith("No."), question


def test_who_filmed_in_the_story_is_still_the_scene(engine: AnswerEngine) -> None:
    assert "Cheong-san films it" in render_text(engine.answer("who filmed gwinam killing the principal"), Position.legacy(12))[0]



@pytest.mark.parametrize("question", ["when did filming end", "when did they finish filming season 1"])
def test_when_filming_ended_is_never_when_it_began(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert "June 2020" not in text and "April 2020" not in text, text


def test_when_season_1_finished_filming_is_never_season_2s_shoot(engine: AnswerEngine) -> None:
    assert "2026" not in render_text(engine.answer("when did they finish filming season 1"), Position.legacy(12))[0]


def test_when_filming_started_is_still_june_2020(engine: AnswerEngine) -> None:
    assert "June 2020" in render_text(engine.answer("when did filming start"), Position.legacy(12))[0]


@pytest.mark.parametrize("question", ["did filming end", "is filming done", "they done filming?", "has filming ended yet"])
def test_whether_filming_ended_is_season_2s_wrap_never_the_makers(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert "February 2026" in text and "produced the series" not in text, text


@pytest.mark.parametrize("question", ["did filming end on march 19", "did they finish filming on march 19"])
def test_a_day_asked_of_filmings_end_is_checked_against_the_wrap(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert text.startswith("Reportedly, no.") and "18 to 19 February 2026" in text, text
