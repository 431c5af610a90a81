"""A question about the shoot is never answered by a record that only names a film (shooting.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.shooting import only_a_movie
from bot.show import Position


def test_a_record_naming_a_movie_says_nothing_of_filming() -> None:
    assert only_a_movie("The webtoon began in 2009, years before the 2016 film Train to Busan.")
    assert not only_a_movie("Season 1 took eight months to film with a pandemic pause.")
    assert not only_a_movie("Most scenes were shot on the set; one short scene was filmed in Andong.")


@pytest.mark.parametrize("question", ["how long did they film for", "how long was the shoot"])
def test_how_long_the_shoot_took_is_never_the_train_to_busan_record(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert "Train to Busan" not in text and "months" in text, text
