"""A fate asked of someone described by what they do to a named character ("does the teacher who saves nayeon die"):
the fate of the one described (relative.py), never their profile, hidden as far as the episode that settles it."""

from __future__ import annotations

import pytest

from tests.lore.helpers import said_in_the_clear


@pytest.mark.parametrize("question", ["does the teacher who saves nayeon die", "does the teacher who saved na-yeon die",
                                      "does the teacher that saves nayeon die"])
def test_does_the_teacher_who_saves_nayeon_die_says_ms_park_dies(question: str) -> None:
    text = said_in_the_clear(question)
    assert text.startswith("Yes. Ms. Park is dead") and "Played by" not in text, text


def test_the_teacher_who_saves_nayeon_keeps_her_death_hidden_from_a_fan_at_episode_2() -> None:
    assert "dead" not in said_in_the_clear("does the teacher who saves nayeon die", watched=2)


def test_who_is_the_teacher_who_saves_nayeon_still_says_who_she_is() -> None:
    assert "Park Sun-hwa" in said_in_the_clear("who is the teacher who saves nayeon")


@pytest.mark.parametrize("question", ["¿muere la maestra que salva a na-yeon?", "muere la profesora que salva a nayeon"])
def test_muere_la_maestra_que_salva_a_nayeon_says_in_spanish_that_ms_park_dies(question: str) -> None:
    text = said_in_the_clear(question)
    assert text.startswith("Sí. Ms. Park muere") and "No sé" not in text, text


@pytest.mark.parametrize("question", ["the teacher who saves nayeon, does she die?", "the archer girl, does she die?",
                                      "the guy who bit namra, is he alive"])
def test_a_description_then_does_she_die_never_tells_a_fan_at_the_start_who_was_described(question: str) -> None:
    # "So far, no. Up to this point in the story, Ms. Park is alive" would tell who saves Na-yeon (episode 3)
    assert not any(name in said_in_the_clear(question, watched=0) for name in ("Park", "Ha-ri", "Gwi-nam")), question


def test_who_is_onjos_dad_then_does_he_die_still_says_so_far_in_the_clear() -> None:
    assert "So far, no. Up to this point in the story, So-ju is alive" in said_in_the_clear("who is onjo's dad, does he die", watched=0)


def test_that_teacher_who_saved_nayeon_she_dies_says_ms_park_dies() -> None:
    assert said_in_the_clear("that teacher who saved na-yeon... she dies?").startswith("Yes. Ms. Park is dead")


def test_the_teacher_who_saves_nayeon_then_a_dash_asks_her_fate() -> None:
    assert said_in_the_clear("the teacher who saves nayeon - does she die").startswith("Yes. Ms. Park is dead")
