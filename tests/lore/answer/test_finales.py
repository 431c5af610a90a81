"""Which season "the last episode" is once a season 2 exists (bot/lore/answer/finales.py): season 1's
last episode said as season 1's, season 2's last as TVmaze lists it, never episode 12 as the show's last."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bot.lore.answer import AnswerEngine
from bot.lore.content import bundled_pack
from bot.show import EpisodeInfo, ShowShape
from tests.lore.helpers import bundled_resolver

PREMIERE = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)


def _engine(shape: ShowShape) -> AnswerEngine:
    return AnswerEngine(bundled_pack(), bundled_resolver(), show=shape)


@pytest.fixture(scope="module")
def listed() -> Iterator[AnswerEngine]:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, f"Title {n}", PREMIERE, 60) for n in range(1, 9)])
    built = _engine(shape)
    yield built
    built.close()


@pytest.mark.parametrize("question", ["what's the last episode", "which episode is the finale",
                                      "who dies in the last ep", "마지막화 몇화임"])
def test_the_last_episode_is_season_ones_said_so_once_season_two_is_listed(listed: AnswerEngine, question: str) -> None:
    answer = listed.answer(question)
    assert [p.text for p in answer.parts[:1]] == ["Season 1's last episode is episode 12."]
    assert "season 2, episode 8" in answer.parts[1].text and answer.parts[1].aside


def test_season_twos_listing_beside_the_last_episode_leaves_it_official(listed: AnswerEngine) -> None:
    assert listed.answer("what's the last episode").confidence == "official"  # TVmaze's listing is context


def test_the_last_episode_of_a_named_season_is_that_seasons_alone(listed: AnswerEngine) -> None:
    assert listed.answer("what's the last episode of season 1").parts[0].text.startswith("Season 1, episode 12:")


def test_a_standing_premiere_with_no_listing_says_no_episode_of_season_two_is_listed() -> None:
    shape = ShowShape.season_one()
    shape.set_premiere(2, PREMIERE)
    built = _engine(shape)
    try:
        texts = [p.text for p in built.answer("what's the last episode").parts]
    finally:
        built.close()
    assert texts[:2] == ["Season 1's last episode is episode 12.", "No source lists season 2's episodes yet."]


def test_while_season_two_is_not_out_the_last_episode_is_season_ones_so_far(engine: AnswerEngine) -> None:
    texts = [p.text for p in engine.answer("what's the last episode").parts]
    assert texts[:2] == ["Season 1's last episode is episode 12.", "Season 2 has not come out yet."]
    assert texts[2].startswith("Season 1, episode 12:")


def test_who_dies_in_the_last_episode_is_told_without_a_lead_while_season_two_is_not_out(engine: AnswerEngine) -> None:
    assert engine.answer("who dies in the last episode").parts[0].text.startswith("Season 1, episode 12")
