"""Which questions a game's mode can ask."""

from __future__ import annotations

import pytest

from bot.trivia.model import Question
from bot.trivia.selection import may_ask


@pytest.mark.parametrize("answers", [("😀",), ("?",), ("**",), ("♥", "...")])
def test_a_typed_game_never_asks_a_question_no_typed_guess_can_answer(answers: tuple[str, ...]) -> None:
    # an imported answer of only an emoji or punctuation: every guess is read without it, so nobody could win
    assert not may_ask(Question(id="q", text="Which emoji is the smiley?", answers=answers), "typed")


def test_a_typed_game_asks_a_question_with_one_answer_a_guess_can_match() -> None:
    assert may_ask(Question(id="q", text="Which emoji is the smiley?", answers=("😀", "smiley")), "typed")
