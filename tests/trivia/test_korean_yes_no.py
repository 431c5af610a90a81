"""A yes or a no typed in Korean answers a yes/no question ("아니", "아직" for No / not yet; "네", "응"
for Yes), and "아니 몰라" ("no, no idea") is chat as "no idea" is (bot.trivia.variants)."""

from __future__ import annotations

import pytest

from bot.show import ShowShape
from bot.trivia.bank import load_content
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question


@pytest.fixture(scope="module")
def matcher() -> AnswerMatcher:
    return load_content(ShowShape.season_one())[1]


_NO = Question(id="no", text="Had Netflix announced a release date for Season 2?", answers=("No", "not yet"), list_name="general")
_YES = Question(id="yes", text="Does Data have the ability to dream (yes/no)?", answers=("Yes",), list_name="general")


@pytest.mark.parametrize("text", ["아니", "아니요", "아직"])
def test_a_korean_no_answers_no(matcher: AnswerMatcher, text: str) -> None:
    assert matcher.judge(text, _NO).verdict is Verdict.RIGHT


@pytest.mark.parametrize("text", ["네", "응"])
def test_a_korean_yes_answers_yes(matcher: AnswerMatcher, text: str) -> None:
    assert matcher.judge(text, _YES).verdict is Verdict.RIGHT


def test_a_korean_no_is_not_yes(matcher: AnswerMatcher) -> None:
    assert matcher.judge("아니", _YES).verdict is not Verdict.RIGHT


def test_no_with_i_dont_know_is_chat(matcher: AnswerMatcher) -> None:
    assert matcher.judge("아니 몰라", _NO).verdict is Verdict.CHAT


@pytest.mark.parametrize(("text", "question"), [("yeah", _NO), ("nope", _YES)])
def test_the_other_reply_to_a_yes_no_question_is_a_wrong_attempt(matcher: AnswerMatcher, text: str, question: Question) -> None:
    assert matcher.judge(text, question).verdict is Verdict.WRONG_ATTEMPT


def test_yeah_is_chat_where_no_is_no_reply(matcher: AnswerMatcher) -> None:
    question = Question(id="nobelium", text='What is the element symbol of "Nobelium"?', answers=("No",), list_name="general")
    assert matcher.judge("yeah", question).verdict is Verdict.CHAT
