"""A ranking asked for one country is held to that country (charts.py): the US chart is the only
one the sources name, so another country is "I don't know", never the US record's "Yes."."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> tuple[bool, str]:
    answer = engine.answer(question)
    return answer.answered, render_text(answer, Position.legacy(12))[0]


@pytest.mark.parametrize("question", ["was it number 1 in korea", "was it #1 on netflix korea", "한국에서 1위 했어?",
                                      "did it top the charts in india", "was it no. 1 in japan"])
def test_a_country_no_source_ranks_it_in_is_not_known(engine: AnswerEngine, question: str) -> None:
    answered, text = _text(engine, question)
    assert not answered and text.startswith("I don't know how it ranked in") and "Yes." not in text, text
    assert "seventh day" in text  # what the sources do say


@pytest.mark.parametrize("question", ["was it no.1 in the usa", "미국에서 1위했어?", "was aouad number one in america"])
def test_the_us_chart_is_answered_from_its_own_record(engine: AnswerEngine, question: str) -> None:
    answered, text = _text(engine, question)
    assert answered and text.startswith("Yes.") and "seventh day" in text, text


def test_a_day_other_than_the_seventh_is_no(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "did it hit number 1 in the us on the first day")
    assert answered and text.startswith("No.") and "seventh day" in text, text


def test_a_year_no_source_ranks_it_in_is_not_known(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "was it number one in 2023")
    assert not answered and text.startswith("I don't know how it ranked in 2023") and "2022" in text, text


@pytest.mark.parametrize("question", ["was the show released in korea first", "한국에서 먼저 나왔어?"])
def test_a_country_first_is_no_against_the_worldwide_premiere(engine: AnswerEngine, question: str) -> None:
    answered, text = _text(engine, question)
    assert answered and text.startswith("No.") and "worldwide" in text, text


def test_which_country_is_not_known_beyond_the_counts(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "which country was it most popular in")
    assert not answered and text.startswith("I don't know which countries") and "first in 29" in text, text
