"""Two of the show's own figures set side by side (bot/lore/answer/figures.py); the show set against another
title is comparisons.py's."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.figures import compared_figures
from bot.show import Position
from tests.table import table


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@table("question", [
    "did it get more views than squid game",
    "did it get more viewers than squid game",
    "were there more viewers than squid game",
    "did the show get more hours than kingdom",
])
def test_the_show_set_against_another_title_is_no_two_figures_of_its_own(question: str) -> None:
    assert compared_figures(question) is None


def test_the_show_set_against_another_title_by_its_views_is_answered_with_the_comparison(engine: AnswerEngine) -> None:
    said = _text(engine, "did it get more views than squid game")
    assert "Squid Game" in said.split("\n")[0], said
    assert "streams on Netflix only" not in said, said


@table(("question", "sides"), [
    ("did week 2 get more hours than week 1", ("week 2 hours", "hours week 1")),
    ("did it get more hours in week 2 than in week 1", ("hours in week 2", "hours in week 1")),
])
def test_two_times_of_the_shows_own_figure_are_still_two_figures(question: str, sides: tuple[str, str]) -> None:
    assert compared_figures(question) == sides


@pytest.mark.parametrize("question", [
    "were more people killed in episode 11 than 10",
    "did more people die in ep 11 than 10",
    "are more characters killed in ep 11 or ep 10",
])
def test_two_episodes_deaths_compared_in_any_words_show_who_dies_in_each(engine: AnswerEngine, question: str) -> None:
    said = _text(engine, question)
    assert "Joon-seong" in said and "So-ju" in said and "No." not in said, said  # episode 10's death, episode 11's
