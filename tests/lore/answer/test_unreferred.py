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


@pytest.mark.parametrize("question", ["are they dating", "do they end up together", "did they kiss", "are they a couple",
                                      "do they get married"])
def test_a_pair_asked_of_as_they_is_asked_about_never_a_release_or_a_list(engine: AnswerEngine, question: str) -> None:
    text = _text(engine, question)
    assert not engine.answer(question).answered
    assert text.startswith("I don't know who \u201cthey\u201d are") and "premiered" not in text


@pytest.mark.parametrize(("question", "opening"), [("sila na ba", "Hindi ko alam kung sino"),
                                                   ("magjowa ba sila", "Hindi ko alam kung sino"),
                                                   ("¿son novios?", "No sé de quién"), ("¿él muere?", "No sé de quién"),
                                                   ("pacaran ga mereka?", "Aku tidak tahu siapa")])
def test_a_pair_or_a_pronoun_asked_of_abroad_is_asked_about_in_that_language(
        engine: AnswerEngine, question: str, opening: str) -> None:
    assert not engine.answer(question).answered
    assert _text(engine, question).startswith(opening)


@pytest.mark.parametrize("question", ["did they announce the date", "are they in high school",
                                      "are namra and suhyeok dating"])
def test_they_the_makers_or_the_class_or_a_pair_named_is_still_answered(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question).answered
