"""Hints: the 50/50 keeps the right choice and one wrong one; the shape masks all but first letters."""

from __future__ import annotations

from bot.trivia.hints import answer_shape, fifty_fifty, hint_available, hint_for
from bot.trivia.model import Question


def _question(choices: tuple[str, ...] = ("Nam On-jo", "Choi Nam-ra", "Lee Su-hyeok", "Yoon Gwi-nam")) -> Question:
    return Question(id="h-1", text="Who?", answers=("Nam On-jo", "On-jo"), choices=choices)


def test_a_fifty_fifty_keeps_the_right_choice_and_one_wrong_one() -> None:
    hint = fifty_fifty(_question(), "1:0:7")
    assert hint is not None and hint.kind == "fifty"
    assert len(hint.keep) == 2 and 0 in hint.keep


def test_a_fifty_fifty_is_the_same_every_time_for_the_same_player() -> None:
    assert fifty_fifty(_question(), "1:0:7") == fifty_fifty(_question(), "1:0:7")


def test_a_fifty_fifty_differs_between_players_somewhere() -> None:
    kept = {fifty_fifty(_question(), f"1:0:{user}").keep for user in range(40)}  # type: ignore[union-attr]
    assert len(kept) > 1


def test_a_three_choice_question_loses_one_wrong_choice() -> None:
    hint = fifty_fifty(_question(("Nam On-jo", "Choi Nam-ra", "Lee Su-hyeok")), "s")
    assert hint is not None and len(hint.keep) == 2 and 0 in hint.keep


def test_a_two_choice_question_has_no_fifty_fifty() -> None:
    question = _question(("Nam On-jo", "Choi Nam-ra"))
    assert fifty_fifty(question, "s") is None
    assert not hint_available(question, "buttons")


def test_the_shape_shows_first_letters_and_word_lengths() -> None:
    hint = answer_shape("Nam On-jo")
    assert hint.shape == "N__ O_-__" and hint.lengths == (3, 4)


def test_the_shape_masks_digits_and_keeps_punctuation() -> None:
    assert answer_shape("Class 2-5").shape == "C____ 2-_"
    assert answer_shape("`x`").shape == "'x'"


def test_typed_mode_gets_the_shape_of_the_shown_answer() -> None:
    hint = hint_for(_question(), "typed", "s")
    assert hint is not None and hint.kind == "shape" and hint.shape.startswith("N")
