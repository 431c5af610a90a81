"""A game over several lists or categories (comma-separated in /trivia start category)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.clock import ManualClock
from bot.trivia.listparts import begun, named
from bot.trivia.model import Question, TriviaError
from bot.trivia.selection import split_categories
from db.connection import Database
from db.trivia import games as game_store
from tests.table import table
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


NAMES = ("aouad", "world-capitals", "season2", "cast", "list")


@table(
    ("typed", "meant"),
    [
        ("World Capitals", "world-capitals"),  # as the import's name was typed, and as /trivia lists shows it
        ("world capitals", "world-capitals"),
        ("WORLD_CAPITALS", "world-capitals"),
        ("world.capitals", "world-capitals"),
        ("Season 2", "season2"),
        ("CAST", "cast"),
        ("list", "list"),
        ("world", None),  # a part of a name is not the name
        ("세계 수도", None),  # nothing a slug keeps: no list called "list" by accident
        ("@@ ||", None),
    ],
)
def test_a_list_or_category_is_found_by_the_name_as_members_type_it(typed: str, meant: str | None) -> None:
    assert named(typed, NAMES) == meant


def test_autocomplete_offers_a_list_whatever_separates_the_words_typed() -> None:
    assert [n for n in NAMES if begun("world cap", n)] == ["world-capitals"]
    assert [n for n in NAMES if begun("Season 2", n)] == ["season2"]


def test_repeated_and_empty_parts_are_dropped() -> None:
    assert split_categories("alpha, ,beta,alpha,") == ("alpha", "beta")


def test_more_than_ten_categories_are_refused() -> None:
    with pytest.raises(TriviaError):
        split_categories(",".join(f"c{i}" for i in range(11)))
