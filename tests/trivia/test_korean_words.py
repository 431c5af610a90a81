"""An English answer typed in Korean: number words, loanwords and common nouns count; Korean chat
and other Korean words that only sound alike never do."""

from __future__ import annotations

import pytest

from bot.trivia.koreanwords import numeral
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question

MATCHER = AnswerMatcher()


def _q(*answers: str) -> Question:
    return Question(id="k-" + "|".join(answers), text="What is it?", answers=answers)


@pytest.mark.parametrize(("word", "number"), [
    ("열두", "12"), ("여덟", "8"), ("일곱", "7"), ("열하나", "11"), ("스물다섯", "25"), ("십이", "12"),
    ("이십오", "25"), ("여덟개", "8"), ("두명", "2"), ("백명", "100"),
])
def test_a_korean_number_word_is_its_number(word: str, number: str) -> None:
    assert numeral(word) == number


@pytest.mark.parametrize("word", ["네", "이", "사", "오", "이거", "두"])
def test_a_word_that_is_also_talk_is_no_number_without_a_counter(word: str) -> None:
    assert numeral(word) is None


@pytest.mark.parametrize(("typed", "answers"), [
    ("열두", ("12", "twelve")), ("여덟개", ("8",)), ("넷플릭스", ("Netflix",)), ("셰익스피어", ("William Shakespeare", "Shakespeare")),
    ("컴퓨터", ("Computer",)), ("햄버거", ("Hamburger",)), ("목성", ("Jupiter",)), ("초록색", ("Green",)),
    ("한국", ("South Korea", "Korea")), ("넷플릭스 아님?", ("Netflix",)),
])
def test_an_answer_typed_in_korean_is_right(typed: str, answers: tuple[str, ...]) -> None:
    assert MATCHER.judge(typed, _q(*answers)).verdict is Verdict.RIGHT


@pytest.mark.parametrize(("typed", "answer"), [
    ("쉽다", "Jupiter"), ("서울", "Oslo"), ("졸려", "Oslo"), ("피아노", "Banana"), ("애들", "Hotel"), ("헐랭", "Orange"),
    ("넷마블", "Netflix"), ("영동", "Yangdong"), ("드론 장면 좋았는데", "Drone"), ("수성", "Jupiter"), ("열둘", "11"),
])
def test_a_korean_word_that_only_sounds_alike_is_not_the_answer(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT
