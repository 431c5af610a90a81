"""A surname with a title names the person ("teacher park" where "Ms. Park" answers, "detective song"
for Song Jae-ik, "park ssaem"), though the surname alone does not (bot.trivia.segments.titled_surname)."""

from __future__ import annotations

import pytest

from bot.trivia.matching import Verdict
from tests.trivia.pack_judging import Pack, load_pack
from tests.trivia.pack_judging import judge as _judge


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


@pytest.mark.parametrize("text", ["teacher park", "park ssaem", "mrs park"])
def test_another_title_before_or_after_the_surname_names_her(pack: Pack, text: str) -> None:
    # Which character does Lee Sang-hee play? Park Sun-hwa ("Ms. Park")
    assert _judge(pack, text, "gen-role-lee-sang-hee") is Verdict.RIGHT


def test_a_title_with_another_surname_is_wrong(pack: Pack) -> None:
    assert _judge(pack, "ms lee", "gen-role-lee-sang-hee") is not Verdict.RIGHT


def test_the_subject_taught_may_stand_before_teacher(pack: Pack) -> None:
    # Which character does Kim Byung-chul play? Lee Byeong-chan ("Mr. Lee")
    assert _judge(pack, "science teacher lee", "gen-role-kim-byung-chul") is Verdict.RIGHT


def test_a_title_before_a_korean_surname_names_the_full_name(pack: Pack) -> None:
    # Which character does Lee Kyu-hyung play? Song Jae-ik
    assert _judge(pack, "detective song", "gen-role-lee-kyu-hyung") is Verdict.RIGHT
    assert _judge(pack, "song", "gen-role-lee-kyu-hyung") is not Verdict.RIGHT
