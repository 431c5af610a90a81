"""Which questions a game's mode can ask."""

from __future__ import annotations

import pytest

from bot.trivia.lists import parse_list
from bot.trivia.model import Question
from bot.trivia.selection import may_ask


@pytest.mark.parametrize("answers", [("😀",), ("?",), ("**",), ("♥", "...")])
def test_a_typed_game_never_asks_a_question_no_typed_guess_can_answer(answers: tuple[str, ...]) -> None:
    # an imported answer of only an emoji or punctuation: every guess is read without it, so nobody could win
    assert not may_ask(Question(id="q", text="Which emoji is the smiley?", answers=answers), "typed")


def test_a_typed_game_asks_a_question_with_one_answer_a_guess_can_match() -> None:
    assert may_ask(Question(id="q", text="Which emoji is the smiley?", answers=("😀", "smiley")), "typed")


def test_an_import_warns_of_a_question_only_buttons_can_ask() -> None:
    parsed = parse_list("AUTHOR: x\nWhich emoji is the smiley?:\n- '😀'\n".encode(), "imported")
    assert len(parsed.questions) == 1
    assert any("line 3" in w and "no typed guess" in w for w in parsed.warnings), parsed.warnings
