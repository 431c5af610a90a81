"""Someone new in season 2 (newcomers.py): their fate is not known, never "so far, alive"."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import SystemClock
from bot.lore.answer import AnswerEngine, pack_status, render_text
from bot.lore.content import bundled_pack
from bot.season2.claims import claims_from_pack
from bot.season2.rules import compute_status
from bot.show import Position
from tests.lore.helpers import bundled_resolver, netflix_release
from tests.table import table


@pytest.mark.parametrize("question", ["is roh jae won a zombie", "does han du seok die", "is so ju ran alive"])
def test_a_season_2_newcomers_fate_is_not_known(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert text.startswith("Nobody knows yet") and "So far" not in text


def test_who_a_newcomer_is_is_still_said(engine: AnswerEngine) -> None:
    assert "National Intelligence Service" in render_text(engine.answer("who is han du seok"), Position.legacy(12))[0]


async def _released() -> AnswerEngine:
    """An engine whose status says season 2 came out on 5 March 2027 (a moderator's official date)."""
    release, day = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC), dt.date(2027, 1, 10)
    claim = netflix_release(release, day)
    current = pack_status(bundled_pack(), SystemClock())
    current.publish(compute_status([*claims_from_pack(bundled_pack()), claim], release + dt.timedelta(hours=2)))
    return await AnswerEngine.create(bundled_pack(), bundled_resolver(), season2=current)


async def test_once_season_2_is_out_a_newcomers_fate_is_not_said_to_wait_for_it() -> None:
    built = await _released()
    try:
        text = render_text(built.answer("is han du-seok a zombie?"), Position.legacy(12))[0]
    finally:
        built.close()
    assert "has not come out" not in text and "season 2 is out" in text, text


async def test_once_season_2_is_out_who_dies_in_it_is_untold_never_a_season_1_line() -> None:
    built = await _released()
    try:
        deaths = render_text(built.answer("who dies in season 2?"), Position.legacy(12))[0]
    finally:
        built.close()
    assert deaths.startswith("Season 2 is out, but my sources do not say anything yet about what happens"), deaths


@table("question", ["who is the new one in ep 5", "who's the new guy in episode 5", "who is the new character in ep 5",
                    "whos new in ep 5", "who is introduced in episode 5", "any new characters in ep 5?",
                    "who first appears in episode 5", "new girl in ep 5 who is she"])
def test_who_is_new_in_an_episode_the_sources_do_not_place_is_i_dont_know_never_an_award(
    engine: AnswerEngine, question: str
) -> None:
    answer = engine.answer(question)
    text = render_text(answer, Position.legacy(12))[0]
    assert not answer.answered and text.startswith("I don't know who is new in season 1, episode 5"), text
    assert "Best New" not in text and "could mean several" not in text
