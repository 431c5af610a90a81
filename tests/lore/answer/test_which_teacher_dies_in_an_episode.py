"""A group's deaths asked of one episode ("which teacher dies in episode 3"): those of the group who die there
(episodes.py with roles.py's group), never every death of the episode."""

from __future__ import annotations

import pytest

from tests.lore.helpers import said_in_the_clear


def test_which_teacher_dies_in_episode_3_is_ms_park_and_not_gyeong_su() -> None:
    text = said_in_the_clear("which teacher dies in episode 3")
    assert "Park Sun-hwa" in text and "Gyeong-su" not in text and "Hee-soo" not in text


def test_which_teacher_dies_in_episode_3_stays_hidden_from_a_fan_at_episode_2() -> None:
    assert "Park Sun-hwa" not in said_in_the_clear("which teacher dies in episode 3", watched=2)


def test_who_dies_in_episode_3_still_names_every_death_of_it() -> None:
    text = said_in_the_clear("who dies in episode 3")
    assert "Gyeong-su" in text and "Park Sun-hwa" in text


def test_whos_the_teacher_that_dies_in_ep_4_is_byeong_chan_not_which_one() -> None:
    text = said_in_the_clear("who's the teacher that dies in ep 4")
    assert "Byeong-chan" in text and "Park Sun-hwa" not in text and "Which one?" not in text


def test_who_is_the_teacher_who_died_in_ep_3_is_ms_park_not_which_one() -> None:
    text = said_in_the_clear("who is the teacher who died in ep 3")
    assert "Park Sun-hwa" in text and "Byeong-chan" not in text and "Which one?" not in text


def test_the_teacher_that_dies_in_an_episode_stays_hidden_from_a_fan_before_it() -> None:
    assert "Byeong-chan" not in said_in_the_clear("who's the teacher that dies in ep 4", watched=3)


def test_the_teacher_that_dies_with_no_episode_is_still_asked_back() -> None:
    assert "Which one?" in said_in_the_clear("who's the teacher that dies")


def test_who_is_the_female_teacher_that_dies_in_ep_3_is_ms_park_and_not_gyeong_su() -> None:
    text = said_in_the_clear("who is the female teacher that dies in ep 3")
    assert "Park Sun-hwa" in text and "Gyeong-su" not in text


def test_quien_es_la_profesora_que_muere_en_el_ep_3_names_no_one_to_a_fan_who_has_watched_nothing() -> None:
    # was "No sé eso de Park Sun-hwa" in the clear, publicly too: the one woman teacher named as the one who dies
    assert "Park Sun-hwa" not in said_in_the_clear("¿quién es la profesora que muere en el ep 3?", watched=0)


def test_quien_es_la_profesora_que_muere_en_el_ep_3_says_in_spanish_that_park_sun_hwa_dies_there() -> None:
    text = said_in_the_clear("¿quién es la profesora que muere en el ep 3?")
    assert "Park Sun-hwa muere" in text and "No sé" not in text


def test_quien_es_el_profe_que_muere_en_el_ep_4_is_byeong_chan() -> None:
    text = said_in_the_clear("¿quién es el profe que muere en el ep 4?")
    assert "Byeong-chan" in text and "Park Sun-hwa" not in text


@pytest.mark.parametrize("question", [
    "quem e a professora q morre no ep 3",  # was in English, listing the student Gyeong-su and Hee-soo
    "quien es la profe q muere en el ep 3",
    "quien fue la profesora que murio en el ep 3",  # was "No sé eso de Park Sun-hwa" in the clear at mark 0
    "quem foi a professora que morreu no ep 3",
])
def test_the_woman_teacher_who_died_in_ep_3_typed_with_q_or_in_the_past_is_ms_park_alone(question: str) -> None:
    text = said_in_the_clear(question)
    assert "Park Sun-hwa morre" in text or "Park Sun-hwa muere" in text
    assert "Gyeong-su" not in text and "Hee-soo" not in text


@pytest.mark.parametrize("question", ["quien fue la profesora que murio en el ep 3", "quem e a professora q morre no ep 3"])
def test_the_woman_teacher_who_died_in_ep_3_names_no_one_to_a_fan_who_has_watched_nothing(question: str) -> None:
    assert "Park Sun-hwa" not in said_in_the_clear(question, watched=0)


def test_quien_fue_el_profe_q_murio_en_el_ep_4_is_byeong_chan() -> None:
    text = said_in_the_clear("quien fue el profe q murio en el ep 4")
    assert "Byeong-chan" in text and "Park Sun-hwa" not in text


@pytest.mark.parametrize("question", [
    "who is the female teacher that gets killed in ep 3",  # listed the student Gyeong-su and Hee-soo
    "who is the female teacher that dies in episode 3 of season 1",  # the same
    "which female teacher gets killed in ep 3",  # was "I don't know that"
])
def test_the_female_teacher_killed_in_ep_3_is_ms_park_and_no_student(question: str) -> None:
    text = said_in_the_clear(question)
    assert "Park Sun-hwa" in text and "Gyeong-su" not in text and "Hee-soo" not in text


def test_which_teacher_was_killed_in_episode_4_is_byeong_chan() -> None:
    text = said_in_the_clear("which teacher was killed in episode 4")
    assert "Byeong-chan" in text and "Park Sun-hwa" not in text


@pytest.mark.parametrize("question", ["who is the male teacher that dies in ep 4", "giáo viên nào chết ở tập 4 vậy"])
def test_the_male_teacher_or_a_vietnamese_which_teacher_of_ep_4_is_byeong_chan(question: str) -> None:
    text = said_in_the_clear(question)
    assert "Byeong-chan" in text and "Park Sun-hwa" not in text, text
