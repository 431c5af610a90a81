"""Characters described by role (subjects.py `describe`): a kin noun names the relative, never the
one whose story mentions them; a person word that fits them ("lady", "guy") is part of the description."""

from __future__ import annotations

import re

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


def _clear(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(engine.answer(question), Position.legacy(watched))[0])


def test_the_bullied_son_is_the_son_never_his_father(engine: AnswerEngine) -> None:
    text = _clear(engine, "who plays the bullied son")
    assert "Lee Min-goo" in text and "Kim Byung-chul" not in text


@pytest.mark.parametrize(("question", "actor"), [
    ("whos the actress that plays the politician lady", "Bae Hae-sun"),
    ("who plays the detective guy", "Lee Kyu-hyung"),
])
def test_a_person_word_that_fits_them_is_part_of_the_description(engine: AnswerEngine, question: str,
                                                                   actor: str) -> None:
    assert actor in _clear(engine, question)


def test_a_person_word_that_does_not_fit_them_is_not_theirs(engine: AnswerEngine) -> None:
    assert "Bae Hae-sun" not in _clear(engine, "who plays the politician guy")
