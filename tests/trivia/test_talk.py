"""Talk in a typed-answer channel costs no guess: a clause, feelings about the show, Korean chat."""

from __future__ import annotations

import pytest

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question

HYOSAN = Question(id="t-hyosan", text="What is the name of the fictional city where the story is set?", answers=("Hyosan",))
YES = Question(id="t-yes", text="Did Season 1's episodes have official titles?", answers=("No",))


def judge(text: str, question: Question = HYOSAN) -> Verdict:
    return AnswerMatcher().judge(text, question).verdict


@pytest.mark.parametrize("text", ["i hate him", "he deserved it", "she is so underrated", "rip my streak", "i saw it twice"])
def test_a_sentence_about_the_show_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@pytest.mark.parametrize("text", ["best scene", "queen behaviour", "so cute", "spoiler alert lol", "hate hate hate"])
def test_feelings_and_words_about_the_game_are_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@pytest.mark.parametrize("text", ["ㅋㅋㅋ", "ㅋㅋㅋㅋ 뭐야", "헐", "진짜 몰라", "아 이거 뭐였지", "어렵다", "웹툰 봤어?"])
def test_korean_chat_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@pytest.mark.parametrize("text", ["seoul", "police officer", "train to seoul", "i think it's busan", "wasn't it busan", "서울"])
def test_a_name_or_a_thing_is_still_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


def test_a_word_of_the_answers_is_an_attempt_even_beside_talk_words() -> None:
    assert judge("yes", YES) is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["i want chicken now", "i cried at the end", "what a school"])
def test_someone_saying_what_they_do_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


def test_another_answer_of_the_list_said_in_a_sentence_is_talk() -> None:
    matcher = AnswerMatcher(lists=[HYOSAN, Question(id="t-lib", text="Where is the fight?", answers=("The library",))])
    assert matcher.judge("omg the library scene", HYOSAN).verdict is Verdict.CHAT
    assert matcher.judge("the library?", HYOSAN).verdict is Verdict.WRONG_ATTEMPT


def test_never_is_no_typo_of_a_name() -> None:
    naver = Question(id="t-naver", text="On which web portal was the webtoon published?", answers=("Naver",))
    assert judge("never", naver) is not Verdict.RIGHT


def test_an_option_said_beside_a_word_about_the_show_is_still_an_attempt() -> None:
    episode = Question(id="t-ep", text="In which episode does I-sak turn?", answers=("2",), choices=("1", "2", "3", "4"))
    assert judge("ep 1", episode) is Verdict.WRONG_ATTEMPT


def test_a_message_mostly_about_the_show_is_talk() -> None:
    assert judge("best zombie movie") is Verdict.CHAT


@pytest.mark.parametrize("text", ["episode 12", "dawn of the dead", "pizza place"])
def test_a_title_or_a_number_beside_a_word_about_the_show_is_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


def test_someone_saying_what_they_know_beside_another_answer_is_talk() -> None:
    matcher = AnswerMatcher(lists=[HYOSAN, Question(id="t-seoul", text="Where is season 2 set?", answers=("Seoul",))])
    assert matcher.judge("i only know seoul", HYOSAN).verdict is Verdict.CHAT
    assert matcher.judge("i think seoul", HYOSAN).verdict is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["치킨 먹고싶다", "바이러스 이름 뭐였지", "season 2 when"])
def test_a_sentence_ending_with_its_verb_or_question_word_is_talk(text: str) -> None:
    assert judge(text) is Verdict.CHAT


@pytest.mark.parametrize("text", ["서울 아님?", "서울 맞지?", "서울 ㅋㅋ"])
def test_a_name_hedged_in_korean_is_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["i feel like its busan", "i suppose busan", "im going with busan", "i'd say busan"])
def test_a_guess_framed_by_what_the_player_thinks_is_an_attempt(text: str) -> None:
    assert judge(text) is Verdict.WRONG_ATTEMPT
