"""A word a record uses only inside a term of another sense gives no verdict (senses.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.senses import other_sense
from bot.show import Position


def test_the_school_principal_is_not_principal_photography(engine: AnswerEngine) -> None:
    answer = engine.answer("is the principal in season 2")
    text = render_text(answer, Position.legacy(12))[0]
    assert not answer.answered and "photography" not in text and "yes" not in text.casefold()[:10], text


def test_a_term_the_question_uses_itself_is_its_sense() -> None:
    assert not other_sense("did season 2 finish principal photography", "Principal photography wrapped.")
    assert other_sense("is the principal back", "Principal photography wrapped.")


def test_a_denial_someone_says_is_no_no(engine: AnswerEngine) -> None:
    answer = engine.answer("did cheolsu lie to the helicopter crew")
    text = render_text(answer, Position.legacy(12))[0]
    assert answer.answered and "no one else" in text and not text.startswith("No."), text


@pytest.mark.parametrize(("question", "fact"), [("does ms park drop dead", "Ms. Park is dead"),
                                                ("who drops dead first", "Hyeon-ju"),
                                                ("who is namra dating", "Su-hyeok")])
def test_drop_dead_and_dating_are_a_death_and_a_romance_never_a_release(
        engine: AnswerEngine, question: str, fact: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert fact in text and "premiere" not in text and "season 2" not in text.casefold(), text


@pytest.mark.parametrize("question", ["who gets shot", "does namra get shot", "was anyone shot dead"])
def test_a_person_shot_is_no_filming(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered  # the sources say nothing of anyone shot: never the studios


def test_a_place_shot_is_still_the_filming(engine: AnswerEngine) -> None:
    assert "four-storey" in render_text(engine.answer("where was it shot"), Position.legacy(12))[0]
