"""Episode numbers in every form fans type (numbering.py) name the same episode."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.numbering import episode_numbers
from bot.show import Position
from tests.table import table


@pytest.mark.parametrize("typed", ["ep 7", "e07", "7th ep", "episode seven", "s1e7", "s01e07", "the seventh episode",
                                   "ep.7", "episode #7", "1x07", "7화"])
def test_every_form_of_episode_seven_gets_its_summary(engine: AnswerEngine, typed: str) -> None:
    text = render_text(engine.answer(f"what happens in {typed}"), Position.legacy(12))[0]
    assert "Season 1, episode 7" in text


def test_an_ordinal_beside_a_later_season_is_left_for_that_season() -> None:
    assert episode_numbers("the 2nd ep of season 2") == "the 2nd ep of season 2"
    assert episode_numbers("the 2nd ep") == "episode 2"


def test_a_number_word_after_episode_becomes_its_digits() -> None:
    assert episode_numbers("who dies in episode ten") == "who dies in episode 10"
    assert episode_numbers("ep eight") == "ep 8"


@pytest.mark.parametrize("typed", ["일곱번째 화", "7번째 에피소드", "일곱 번째 화 내용"])
def test_a_korean_ordinal_episode_is_that_episode(engine: AnswerEngine, typed: str) -> None:
    assert "시즌 1 7화:" in render_text(engine.answer(typed), Position.legacy(12))[0]


@table("typed", ["what ep one of the kids gets bitten", "which episode two of them kiss",
                                   "what episode one of the teachers dies"])
def test_a_number_word_that_begins_of_them_is_no_episode_number(typed: str) -> None:
    # "one of the kids" says who, not episode 1
    assert episode_numbers(typed) == typed
