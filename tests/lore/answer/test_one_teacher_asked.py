"""Stop 67's second round (ask122): one teacher asked of, by the episode of her death, by a place, by her sex in Spanish
or Portuguese, or described by whom she saves, answered with that teacher (never a student of the same episode, the
other teacher, or her profile instead of her fate), hidden as far as the fate it tells.
"""

from __future__ import annotations

from tests.lore.helpers import said_in_the_clear


def test_which_teacher_dies_in_episode_3_is_ms_park_never_gyeong_su() -> None:
    text = said_in_the_clear("which teacher dies in episode 3")
    assert "Park Sun-hwa" in text and "Gyeong-su" not in text and "Byeong-chan" not in text


def test_which_teacher_dies_in_episode_4_is_byeong_chan_never_ms_park() -> None:
    text = said_in_the_clear("which teacher dies in ep 4")
    assert "Byeong-chan" in text and "Sun-hwa" not in text


def test_which_teacher_dies_in_an_episode_where_none_dies_says_none() -> None:
    assert "None of the teachers" in said_in_the_clear("which teacher dies in ep 5")


def test_which_teacher_dies_in_episode_3_is_hidden_before_it() -> None:
    text = said_in_the_clear("which teacher dies in episode 3", watched=2)
    assert "Sun-hwa" not in text and "Gyeong-su" not in text


def test_the_teacher_bitten_at_the_police_station_is_byeong_chan() -> None:
    assert "Byeong-chan" in said_in_the_clear("which teacher got bitten at the police station")


def test_the_teacher_bitten_at_the_police_station_is_hidden_before_episode_4() -> None:
    assert "Byeong-chan" not in said_in_the_clear("which teacher got bitten at the police station", watched=3)


def test_qual_professora_morre_names_the_woman_teacher_alone_in_portuguese() -> None:
    text = said_in_the_clear("qual professora morre?")
    assert "Park Sun-hwa morre" in text and "Byeong-chan" not in text and "As professoras" in text


def test_que_profesor_muere_names_both_teachers_in_spanish() -> None:
    text = said_in_the_clear("¿qué profesor muere?")
    assert "Park Sun-hwa muere" in text and "Lee Byeong-chan muere" in text and "Los profesores" in text


def test_does_the_teacher_who_saves_nayeon_die_tells_her_fate_not_her_profile() -> None:
    text = said_in_the_clear("does the teacher who saves nayeon die")
    assert text.startswith("Yes.") and "Ms. Park" in text and "Played by" not in text


def test_did_the_teacher_that_saved_nayeon_survive_says_no() -> None:
    assert said_in_the_clear("did the teacher that saved nayeon survive").startswith("No.")


def test_who_plays_the_teacher_who_dies_for_nayeon_still_names_her_actress() -> None:
    assert "Lee Sang-hee" in said_in_the_clear("who plays the teacher who dies for nayeon")


def test_do_the_teachers_die_tells_both_teachers_deaths_never_which_one() -> None:
    text = said_in_the_clear("do the teachers die")
    assert "Park Sun-hwa" in text and "Byeong-chan" in text and "Which one" not in text


def test_do_the_teachers_die_is_hidden_before_the_first_of_them() -> None:
    assert "Sun-hwa" not in said_in_the_clear("do the teachers die", watched=2)


def test_do_the_twins_die_still_says_no_group_is_told() -> None:
    assert "of a whole group" in said_in_the_clear("do the twins die")


def test_vuelve_gwinam_en_el_ep_5_says_in_spanish_that_gwi_nam_returns_as_a_halfbie() -> None:
    text = said_in_the_clear("vuelve gwinam en el ep 5?")
    assert text.startswith("Sí.") and "Gwi-nam vuelve como el primer alumno medio zombi (halfbie)" in text, text


def test_vuelve_gwinam_en_el_ep_5_is_hidden_before_episode_5() -> None:
    assert "halfbie" not in said_in_the_clear("vuelve gwinam en el ep 5?", watched=4)


def test_which_teacher_dies_in_episode_13_says_season_1_has_12_episodes() -> None:
    text = said_in_the_clear("which teacher dies in ep 13")
    assert "Season 1 has 12 episodes" in text and "None of the teachers" not in text


def test_which_teacher_dies_in_episode_0_names_no_teacher() -> None:
    text = said_in_the_clear("which teacher dies in episode 0")
    assert "episode 0" in text and "Ms. Park" not in text and "Sun-hwa" not in text
