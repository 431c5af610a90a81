"""A likeness to another work gets no verdict, and the film a question asks for is named
(likeness.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str, progress: int = 12) -> tuple[bool, str]:
    answer = engine.answer(question)
    return answer.answered, render_text(answer, Position.legacy(progress))[0]


@pytest.mark.parametrize("question", ["is the show like train to busan", "부산행이랑 비슷해?"])
def test_a_likeness_is_what_the_sources_compare_without_a_verdict(engine: AnswerEngine, question: str) -> None:
    answered, text = _text(engine, question)
    assert answered and "Cheong-san compares" in text and not text.startswith(("Yes", "No")), text


def test_a_work_no_source_compares_is_not_known(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "is aouad kinda like kingdom")
    assert not answered and text.startswith("I don't know whether it is like Kingdom"), text


@pytest.mark.parametrize("question", ["what movie does cheongsan mention", "what zombie film do they name in the trailer"])
def test_the_film_asked_for_is_named(engine: AnswerEngine, question: str) -> None:
    answered, text = _text(engine, question)
    assert answered and "Train to Busan" in text, text


def test_the_film_is_hidden_before_its_episode(engine: AnswerEngine) -> None:
    _, text = _text(engine, "what movie does cheongsan mention", progress=1)
    assert "Train to Busan" not in text.replace("||", "\0").split("\0")[0], text


def test_a_film_company_is_no_film(engine: AnswerEngine) -> None:
    assert "Train to Busan" not in _text(engine, "what is film monster")[1]


def test_a_source_other_than_the_webtoon_is_no(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "is it a remake of a movie")
    assert answered and text.startswith("No.") and "webtoon" in text, text


def test_what_inspired_it_gets_no_verdict(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "is it inspired by squid game")
    assert answered and not text.startswith(("Yes", "No")) and "webtoon" in text, text


def test_the_same_maker_as_another_work_is_ours_without_a_verdict(engine: AnswerEngine) -> None:
    answered, text = _text(engine, "same director as train to busan?")
    assert answered and text.startswith("My sources don't say who made Train to Busan") and "Lee Jae-kyoo" in text, text
