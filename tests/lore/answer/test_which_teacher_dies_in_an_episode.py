"""A group's deaths asked of one episode ("which teacher dies in episode 3"): those of the group who die there
(episodes.py with roles.py's group), never every death of the episode."""

from __future__ import annotations

from tests.lore.helpers import said_in_the_clear


def test_which_teacher_dies_in_episode_3_is_ms_park_and_not_gyeong_su() -> None:
    text = said_in_the_clear("which teacher dies in episode 3")
    assert "Park Sun-hwa" in text and "Gyeong-su" not in text and "Hee-soo" not in text


def test_which_teacher_dies_in_episode_3_stays_hidden_from_a_fan_at_episode_2() -> None:
    assert "Park Sun-hwa" not in said_in_the_clear("which teacher dies in episode 3", watched=2)


def test_who_dies_in_episode_3_still_names_every_death_of_it() -> None:
    text = said_in_the_clear("who dies in episode 3")
    assert "Gyeong-su" in text and "Park Sun-hwa" in text
