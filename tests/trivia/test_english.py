"""A common English word typed for a name is that word, not a typo of the name."""

from __future__ import annotations

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question

JONAS = Question(id="t-jonas", text="What is the virus in the show called?", answers=("Jonas virus", "Jonas"))
LOMON = Question(id="t-lomon", text="Which actor plays Lee Su-hyeok?", answers=("Lomon",))


def judge(text: str, question: Question) -> Verdict:
    return AnswerMatcher().judge(text, question).verdict


def test_a_common_word_a_typo_away_from_the_answer_is_not_right() -> None:
    assert judge("jones", JONAS) is not Verdict.RIGHT
    assert judge("lemon", LOMON) is not Verdict.RIGHT


def test_a_misspelt_answer_that_is_no_word_is_still_right() -> None:
    assert judge("jonass", JONAS) is Verdict.RIGHT
    assert judge("lomom", LOMON) is Verdict.RIGHT


def test_a_common_word_that_is_the_answer_with_a_letter_left_out_is_right() -> None:
    seoul = Question(id="t-seoul", text="In which city does the new outbreak strike?", answers=("Seoul",))
    assert judge("soul", seoul) is Verdict.RIGHT
