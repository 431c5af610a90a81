"""Chat beside an open question of our pack in Thai, Tagalog, Korean, Vietnamese and Spanish (held94): what costs a
guess and what scores (bot.trivia.thaiviet, bot.trivia.chatabroad, bot.trivia.address, bot.trivia.hangul)."""

from __future__ import annotations

import pytest

from bot.trivia.matching import Verdict
from bot.trivia.model import Question
from tests.trivia.pack_judging import Pack, judge, load_pack

KISS = Question(id="t-kiss", text="Which two students kiss in episode 7?", answers=("Su-hyeok and Nam-ra",))


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


def test_thai_who_do_you_mean_costs_no_guess(pack: Pack) -> None:
    assert judge(pack, "หมายถึงใคร", "aouad-034") is Verdict.CHAT


def test_tagalog_is_that_you_costs_no_guess(pack: Pack) -> None:
    assert judge(pack, "ikaw ba yan bes", "aouad-034") is Verdict.CHAT


def test_korean_i_said_with_the_quoting_ending_scores(pack: Pack) -> None:
    assert judge(pack, "아 내 말은 남라라고", "aouad-034") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["남라라고요", "남라라구", "내 말은 남라라고요!"])
def test_korean_i_said_with_the_polite_or_casual_quoting_ending_scores(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-034") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["뭐라고?", "뭐라고", "뭐라고요?", "뭐라구", "ㅋㅋ 뭐라고"])
def test_korean_what_did_you_say_costs_no_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-034") is Verdict.CHAT


def test_korean_i_said_with_the_quoting_ending_of_another_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "아 내 말은 남라라고", "aouad-056") is Verdict.WRONG_ATTEMPT


def test_a_name_then_the_pair_praised_in_tagalog_guesses_that_name(pack: Pack) -> None:
    assert judge(pack, "namra, cute nila ni suhyeok", "aouad-034") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["son lindos los dos", "são fofos os dois", "cute nila pareho"])
def test_both_praised_with_no_name_costs_no_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, KISS) is Verdict.CHAT


def test_vietnamese_disgust_before_the_animal_scores(pack: Pack) -> None:
    assert judge(pack, "ghê con chuột", "aouad-064") is Verdict.RIGHT


def test_vietnamese_so_scary_before_a_name_still_guesses_it(pack: Pack) -> None:
    assert judge(pack, "ghê quá, onjo chứ ai", "aouad-056") is Verdict.RIGHT
