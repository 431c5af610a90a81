"""An answer that is an everyday word ("go", "will", "us", "one") counts when the message only frames
it, and is talk when the message uses it in a sentence of its own ("one sec", "let's go")."""

from __future__ import annotations

import pytest

from bot.show import ShowShape
from bot.trivia.bank import load_content
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question


@pytest.fixture(scope="module")
def matcher() -> AnswerMatcher:
    return load_content(ShowShape.season_one())[1]


def _question(answers: tuple[str, ...]) -> Question:
    return Question(id="everyday", text="Which game has 361 intersections?", answers=answers, list_name="general")


@pytest.mark.parametrize("text", ["let's go", "ok go next"])
def test_the_answer_word_said_in_talk_costs_no_guess(matcher: AnswerMatcher, text: str) -> None:
    assert matcher.judge(text, _question(("Go",))).verdict is Verdict.CHAT


@pytest.mark.parametrize("text", ["go", "GO!!", "go i think", "go?"])
def test_the_answer_word_framed_as_a_guess_is_right(matcher: AnswerMatcher, text: str) -> None:
    assert matcher.judge(text, _question(("Go",))).verdict is Verdict.RIGHT


def test_one_in_a_phrase_is_no_number(matcher: AnswerMatcher) -> None:
    assert matcher.judge("one sec", _question(("1", "episode 1"))).verdict is Verdict.CHAT


def test_one_typed_alone_answers_the_number(matcher: AnswerMatcher) -> None:
    assert matcher.judge("one", _question(("1", "episode 1"))).verdict is Verdict.RIGHT


def test_a_name_that_is_a_word_framed_as_a_guess_is_right(matcher: AnswerMatcher) -> None:
    question = Question(id="will", text="Who was Matt Decker's son?", answers=("Willard", "Will"), list_name="general")
    assert matcher.judge("will i think", question).verdict is Verdict.RIGHT


@pytest.mark.parametrize("text", ["that one hurt", "will someone explain this one"])
def test_a_question_spoken_of_as_this_one_costs_no_guess(matcher: AnswerMatcher, text: str) -> None:
    question = Question(id="will", text="Who was Matt Decker's son?", answers=("Willard", "Will"), list_name="general")
    assert matcher.judge(text, question).verdict is Verdict.CHAT


def test_an_everyday_word_answer_in_a_complaint_costs_no_guess(matcher: AnswerMatcher) -> None:
    question = Question(id="us", text="What country won the 2004 WJC?", answers=("United States", "USA", "US"), list_name="general")
    assert matcher.judge("this is too hard for us", question).verdict is Verdict.CHAT
    assert matcher.judge("us??", question).verdict is Verdict.RIGHT


def test_one_after_an_article_and_a_word_is_a_pronoun(matcher: AnswerMatcher) -> None:
    question = Question(id="yes", text="Which band recorded 'Owner Of A Lonely Heart'?", answers=("Yes",), list_name="general")
    assert matcher.judge("yesss a music one finally", question).verdict is Verdict.CHAT


def test_a_flag_emoji_says_its_country_code(matcher: AnswerMatcher) -> None:
    question = Question(id="us", text="What country won the 2004 WJC?", answers=("United States", "USA", "US"), list_name="general")
    assert matcher.judge("🇺🇸", question).verdict is Verdict.RIGHT
    assert matcher.judge("🇨🇦", question).verdict is not Verdict.RIGHT


@pytest.mark.parametrize(("guess", "right"), [("🍗", True), ("❤", True), ("❤️", True), ("🍕", False), ("💔", False)])
def test_an_answer_that_is_only_emoji_is_matched_by_the_same_picture(matcher: AnswerMatcher, guess: str, right: bool) -> None:
    question = Question(id="emoji", text="What does Cheong-san's mother sell, and feel?", answers=("🍗", "❤️"), list_name="general")
    assert (matcher.judge(guess, question).verdict is Verdict.RIGHT) == right


def test_a_digit_typed_for_a_word_is_no_number(matcher: AnswerMatcher) -> None:
    question = Question(id="four", text="In which episode does the mother turn?", answers=("4", "episode 4"), list_name="general")
    assert matcher.judge("4 real this one hurts", question).verdict is Verdict.CHAT
    assert matcher.judge("4 lol", question).verdict is Verdict.RIGHT
