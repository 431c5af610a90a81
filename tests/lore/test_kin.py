"""A character named by whose relative they are (bot/lore/kin.py)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.kin import kin_of
from bot.lore.names import resolver_of
from tests.table import table


def _named(typed: str) -> list[str]:
    pack = bundled_pack()
    return [e.name for e in kin_of(typed, pack, resolver_of(pack))]


@table("typed", ["onjo's dad", "onjo dad", "On-jo's father", "온조 아빠", "온조아빠"])
def test_a_father_named_by_his_daughter_is_found(typed: str) -> None:
    assert _named(typed) == ["Nam So-ju"]


def test_a_bond_both_ways_is_read_from_either_side() -> None:
    assert _named("so-ju's daughter") == ["Nam On-jo"]


def test_several_who_fit_are_all_offered() -> None:
    assert len(_named("onjo's best friend")) > 1


@table("typed", ["onjo", "the bully", "nobody's dad", "onjo's cat"])
def test_what_names_no_relative_finds_nobody(typed: str) -> None:
    assert _named(typed) == []


def test_a_bond_that_gives_something_away_is_never_used() -> None:
    # Byeong-chan is Jin-su's father only from episode 1 on: a public card titled with him would tell it
    assert _named("jin-su's dad") == []
