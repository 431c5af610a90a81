"""A surname with a title names the person ("teacher park" where "Ms. Park" answers, "detective song"
for Song Jae-ik, "park ssaem"), though the surname alone does not (bot.trivia.segments.titled_surname)."""

from __future__ import annotations

import pytest

from bot.show import ShowShape
from bot.trivia.bank import load_content
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question


@pytest.fixture(scope="module")
def pack() -> tuple[AnswerMatcher, dict[str, Question]]:
    questions, matcher = load_content(ShowShape.season_one())
    return matcher, {q.id: q for q in questions}


def _judge(pack: tuple[AnswerMatcher, dict[str, Question]], text: str, question_id: str) -> Verdict:
    matcher, questions = pack
    return matcher.judge(text, questions[question_id]).verdict


@pytest.mark.parametrize("text", ["teacher park", "park ssaem", "mrs park"])
def test_another_title_before_or_after_the_surname_names_her(pack: tuple[AnswerMatcher, dict[str, Question]], text: str) -> None:
    # Which character does Lee Sang-hee play? Park Sun-hwa ("Ms. Park")
    assert _judge(pack, text, "gen-role-lee-sang-hee") is Verdict.RIGHT


def test_a_title_with_another_surname_is_wrong(pack: tuple[AnswerMatcher, dict[str, Question]]) -> None:
    assert _judge(pack, "ms lee", "gen-role-lee-sang-hee") is not Verdict.RIGHT


def test_the_subject_taught_may_stand_before_teacher(pack: tuple[AnswerMatcher, dict[str, Question]]) -> None:
    # Which character does Kim Byung-chul play? Lee Byeong-chan ("Mr. Lee")
    assert _judge(pack, "science teacher lee", "gen-role-kim-byung-chul") is Verdict.RIGHT


def test_a_title_before_a_korean_surname_names_the_full_name(pack: tuple[AnswerMatcher, dict[str, Question]]) -> None:
    # Which character does Lee Kyu-hyung play? Song Jae-ik
    assert _judge(pack, "detective song", "gen-role-lee-kyu-hyung") is Verdict.RIGHT
    assert _judge(pack, "song", "gen-role-lee-kyu-hyung") is not Verdict.RIGHT
