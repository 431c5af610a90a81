"""A game over several lists or categories (comma-separated in /trivia start category)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.clock import ManualClock
from bot.trivia.model import Question, TriviaError
from bot.trivia.selection import split_categories
from db.connection import Database
from db.trivia import games as game_store
from tests.trivia.helpers import _questions, _request, _service


def _three_lists() -> list[Question]:
    return [
        replace(q, id=f"{name}-{q.id}", list_name=name, category=name)
        for name in ("alpha", "beta", "gamma")
        for q in _questions(6)
    ]


async def test_a_game_over_two_lists_draws_from_both_and_no_other(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock, _three_lists())
    shown = await service.start(_request(category="alpha, beta", questions=12))
    async with db.read() as conn:
        rows = [await game_store.get_game_question(conn, shown.game.id, i) for i in range(12)]
    lists = {row.question_id.split("-")[0] for row in rows if row is not None}
    assert lists == {"alpha", "beta"}


async def test_list_names_are_read_in_any_case(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock, _three_lists())
    shown = await service.start(_request(category="GAMMA"))
    assert shown.question.list_name == "gamma"


async def test_an_unknown_name_among_several_is_named(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock, _three_lists())
    with pytest.raises(TriviaError) as info:
        await service.start(_request(category="alpha, delta"))
    assert "'delta'" in info.value.message


def test_repeated_and_empty_parts_are_dropped() -> None:
    assert split_categories("alpha, ,beta,alpha,") == ("alpha", "beta")


def test_more_than_ten_categories_are_refused() -> None:
    with pytest.raises(TriviaError):
        split_categories(",".join(f"c{i}" for i in range(11)))
