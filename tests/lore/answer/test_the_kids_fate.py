"""The fate asked of "the kids", "the boys", "the girls" without "all": the group's answer (groups.py), never one
member's story ("do the kids die" once answered with Byeong-chan, the science teacher)."""

from __future__ import annotations

import re

import pytest

from tests.lore.helpers import said_in_the_clear


@pytest.mark.parametrize("question", ["do the kids die", "are the kids ok", "do the students die"])
def test_the_kids_fate_never_answers_with_byeong_chans_story(question: str) -> None:
    text = said_in_the_clear(question)
    assert "Byeong-chan" not in text and text.startswith("No."), text


@pytest.mark.parametrize(("question", "some"), [("did the boys make it", "Some did."), ("do the girls survive", "Some do."),
                                             ("do the girls die", "Some do."), ("do the boys die", "Some do."),
                                             ("are the boys dead", "Some are."), ("were the girls ok", "Some were.")])
def test_whether_the_boys_or_girls_live_or_die_says_some_do_never_a_flat_no(question: str, some: str) -> None:
    text = said_in_the_clear(question)
    assert "Byeong-chan" not in text and text.startswith(some), text


def test_do_the_girls_survive_names_nam_ra_alive_as_a_halfbie() -> None:
    text = said_in_the_clear("do the girls survive")
    assert "On-jo" in text and "Alive as halfbies" in text and "Choi Nam-ra" in text


def test_do_the_kids_die_names_the_students_who_reach_the_camp() -> None:
    text = said_in_the_clear("do the kids die")
    assert "On-jo" in text and "Hyo-ryeong" in text


def test_do_the_boys_die_names_the_boys_alive_at_the_end() -> None:
    text = said_in_the_clear("do the boys die")
    assert "Lee Su-hyeok" in text and "Yang Dae-su" in text


def test_do_the_kids_die_hides_who_survives_from_a_fan_at_episode_2() -> None:
    assert "On-jo" not in said_in_the_clear("do the kids die", watched=2)


@pytest.mark.parametrize("question", ["mueren los chicos?", "namatay ba yung mga bata", "anak-anak pada mati?",
                                      "os alunos morrem?"])
def test_the_kids_fate_asked_abroad_names_the_students_who_reach_the_camp(question: str) -> None:
    text = said_in_the_clear(question)
    assert "On-jo" in text and "Byeong-chan" not in text, text


@pytest.mark.parametrize("question", ["do the girls die", "do the boys die", "do the teachers die", "how many students die",
                                      "how many girls die", "do the girls survive"])
@pytest.mark.parametrize("watched", [3, 7, 11])
def test_a_count_of_who_dies_in_season_1_stays_hidden_until_its_last_episode(question: str, watched: int) -> None:
    # "And 5 girls who die" at 11 would tell that no girl dies in episode 12
    text = said_in_the_clear(question, watched=watched)
    assert not re.search(r"\b\d+ (?:girls|boys|students|teachers)\b|Every one of", text), text
