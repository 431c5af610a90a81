"""A question about "he" or "she" that nothing names (unreferred.py) asks who is meant, never guesses."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize("question", ["does she die", "who killed him", "is he a halfbie", "who is her dad",
                                      "what ep does she die", "this show is so good. who plays her", "죽어?"])
def test_a_pronoun_nothing_names_is_asked_about_not_guessed(engine: AnswerEngine, question: str) -> None:
    assert not engine.answer(question).answered
    assert _text(engine, question).startswith("I don't know wh")


@pytest.mark.parametrize(("question", "fact"), [("the girl with the bow does she die", "Ha-ri"),
                                                 ("who is ha-ri's brother and who plays him", "Son Sang-yeon"),
                                                 ("gwinam is so scary. is he dead", "Gwi-nam")])
def test_a_pronoun_something_names_is_still_answered(engine: AnswerEngine, question: str, fact: str) -> None:
    assert fact in _text(engine, question)
